// The class figure: 40 students' submissions on the sample exercise's 5 articles,
// dropped at once on the teacher's class view, until the scores are on screen; then
// the agreement figures, until they are on screen.

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

/** Milliseconds from dropping the files to the scores drawn, and from opening
 * Agreement to its figures drawn. */
export async function measureClass(page) {
  await page.getByRole('button', { name: 'Exercise' }).click();
  await page.getByRole('button', { name: 'Try the sample class' }).click();
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  const documents = await page.evaluate(() => window.framelens.documents());
  const exercise = { id: '2f6c1a52-8d3e-4b7a-9c41-5e0d7b3a9f10', title: 'One meeting, five outlets' };
  const files = submissions(exercise, documents);
  const read = await page.locator('.drop-zone').evaluate((zone, files) => new Promise((resolve) => {
    const transfer = new DataTransfer();
    for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
    const start = performance.now();
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    const check = () => (document.querySelectorAll('table.scores tbody tr').length === files.length + 5
      ? resolve(performance.now() - start) : requestAnimationFrame(check));
    check();
  }), files);
  const figures = await page.getByRole('button', { name: 'Agreement' }).evaluate((button) => new Promise((resolve) => {
    const start = performance.now();
    button.click();
    const check = () => (document.querySelector('.agreement-view .matrix svg path')
      ? resolve(performance.now() - start) : requestAnimationFrame(check));
    check();
  }));
  return { read, figures, total: read + figures };
}
