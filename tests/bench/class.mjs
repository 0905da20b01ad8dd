// The class figure: 40 students' submissions on the sample exercise's 5 articles,
// dropped at once on the teacher's class view, until the scores are on screen; then
// each view of the class's figures, until it is on screen. Every step ends with
// the frame that shows it, layout and paint included.

/** 40 deterministic submissions of about 20 spans each, for the sample class. */
function submissions(exercise, documents, count = 40) {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const tags = ['claim', 'quote', 'framing', 'fact'];
  return Array.from({ length: count }, (_, n) => {
    const annotations = [];
    for (const doc of documents) {
      for (let k = 0; k < 4; k++) {
        const start = Math.floor(random() * (doc.length - 60));
        const id = `00000000-0000-4000-8000-${String(n * 1000 + annotations.length).padStart(12, '0')}`;
        annotations.push({ id, document: doc.fingerprint, start, end: start + 5 + Math.floor(random() * 50), tag: tags[Math.floor(random() * 4)] });
      }
    }
    return {
      name: `student-${n + 1}.json`,
      text: JSON.stringify({
        format: 'framelens-submission', version: 1, exercise, student: `Student ${n + 1}`,
        handedIn: '2025-10-20T09:00:00Z', articles: documents.map((d) => ({ title: d.title, fingerprint: d.fingerprint })), annotations,
      }),
    };
  });
}

/** The steps after reading the class: each view's button, and what shows it drawn. */
export const VIEWS = [
  ['agreement', 'Agreement', '.agreement-view .matrix svg path'],
  ['heatmap', 'Heatmap and gold layer', '.heatmap-view .stretch'],
  ['charts', 'Outlets compared', '.charts svg rect'],
  ['quotes', 'Side by side', '.side-by-side .shared-quote'],
];

/**
 * Milliseconds from `act` (run in the page on `element`, with what `prepare` made
 * of `arg` before the clock starts) to the end of the first frame in which
 * `shown(arg)` holds: the frame's layout and paint count.
 */
function timed(element, act, shown, arg, prepare = (_, arg) => arg) {
  return element.evaluate((element, [act, shown, prepare, arg]) => new Promise((resolve) => {
    [act, shown, prepare] = [act, shown, prepare].map((source) => new Function('element', 'arg', `return (${source})(element, arg)`));
    const prepared = prepare(element, arg);
    const start = performance.now();
    act(element, prepared);
    const check = () => (shown(element, arg) ? resolve(performance.now() - start) : requestAnimationFrame(() => setTimeout(check)));
    requestAnimationFrame(() => setTimeout(check));
  }), [act.toString(), shown.toString(), prepare.toString(), arg]);
}

/** Drops `files` on the class view, until a row per student is drawn. */
function drop(zone, files) {
  return timed(zone,
    (zone, transfer) => zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })),
    (_, files) => document.querySelectorAll('table.scores tbody tr').length === files.length + 5,
    files,
    (_, files) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    });
}

/** Clicks the button named `name`, until `selector` is drawn. */
function open(page, name, selector) {
  return timed(page.getByRole('button', { name, exact: true }), (button) => button.click(),
    (_, selector) => document.querySelector(selector) != null, selector);
}

/** The page's `framelens: …` measures (ui/timing.rs) since the last call, summed. */
function computed(page) {
  return page.evaluate(() => {
    const ms = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('framelens:')).reduce((sum, m) => sum + m.duration, 0);
    performance.clearMeasures();
    return ms;
  });
}

/**
 * From dropping the files to the scores drawn, then from opening each view of the
 * class's figures to it drawn (closing each before the next): per step, the
 * milliseconds to the frame that shows it (`drawn`) and those of them the model's
 * computations took (`computed`).
 */
export async function measureClass(page, before = async () => {}) {
  await page.getByRole('button', { name: 'Exercise' }).click();
  await page.getByRole('button', { name: 'Try the sample class' }).click();
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  const documents = await page.evaluate(() => window.framelens.documents());
  const exercise = { id: '2f6c1a52-8d3e-4b7a-9c41-5e0d7b3a9f10', title: 'One meeting, five outlets' };
  const files = submissions(exercise, documents);
  await before('read');
  await computed(page);
  const figures = { read: { drawn: await drop(page.locator('.drop-zone'), files), computed: await computed(page) } };
  for (const [step, button, selector] of VIEWS) {
    // Every view opens from the page or the class view; close dialogs to the page.
    while (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
    if (step === 'agreement' || step === 'heatmap') await page.getByRole('button', { name: 'Class and feedback' }).click();
    await before(step);
    await computed(page);
    figures[step] = { drawn: await open(page, button, selector), computed: await computed(page) };
  }
  const sum = (key) => Object.values(figures).reduce((total, step) => total + step[key], 0);
  figures.total = { drawn: sum('drawn'), computed: sum('computed') };
  return figures;
}

/** The benchmark's rows for the class figure: each step, and all of them. */
export const CLASS_STEPS = [
  ['read', 'read and score, to the table drawn'],
  ['agreement', 'agreement figures, to the view drawn'],
  ['heatmap', 'heatmap of the first article, drawn'],
  ['charts', 'outlets compared, drawn'],
  ['quotes', 'side by side with shared quotes, drawn'],
  ['total', 'all of them'],
];
