// Formats in and out of the built page: every export read back by the page, the W3C
// export anchored by an independent implementation (@apache-annotator/dom), files in
// other tools' documented shapes, re-anchoring into a changed text, orphans, and
// hostile files shown only as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import {
  started, openApp, dragSelect, addArticle, exportFile, exportJson, importFiles, panelEntries, saved,
} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = (name) => fs.readFile(path.resolve(here, '../corpus', name));

const run = started();

const ARTICLE = [
  'Envoys met 👋🏽 in Damascus 🇸🇾 on Monday; the talks were “constructive”, said one.',
  'قال المتحدث إن المحادثات كانت مثمرة — the spokesman said so in Arabic.',
  'Café owners (cafe\u0301 with a combining accent) said “constructive” meant nothing.',
].join('\n');

/** Tags phrases of the open article with the mouse and keys, gives one a note, and
 * tags the right-to-left phrase through the scripting API (a drag across a
 * right-to-left run starts and ends where the mouse says, not where the words do). */
async function annotate(page) {
  const spans = [
    ['Envoys met 👋🏽 in Damascus 🇸🇾', '4'],
    ['“constructive”', '3'],
    ['cafe\u0301 with a combining accent', '1'],
    ['“constructive” meant nothing', '1'],
  ];
  for (const [text, key] of spans) {
    await dragSelect(page, text);
    await page.keyboard.press(key);
    if (key === '3') await page.getByLabel('Note').fill('a loaded, "quoted"\nword');
  }
  const rtl = 'قال المتحدث';
  const start = [...ARTICLE.slice(0, ARTICLE.indexOf(rtl))].length;
  await page.evaluate((span) => window.framelens.addAnnotations([span]), { start, end: start + [...rtl].length, tag: 'quote' });
  return spans.length + 1;
}

test('each W3C selector anchors to its exact text with @apache-annotator/dom', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, ARTICLE, 'Envoys');
  const count = await annotate(page);
  const { json } = await exportJson(page, /W3C Web Annotation/);
  const doc = JSON.parse(await page.evaluate(() => window.framelens.exportWorkspace())).documents.at(-1);
  const ours = json.first.items.filter((item) => item.target.source === `urn:sha256:${doc.fingerprint}`);
  assert.equal(ours.length, count);
  const text = doc.text;

  // A plain page holding the same text, with the independent anchoring library.
  const bundle = await esbuild.build({
    stdin: {
      contents: "export { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } from '@apache-annotator/dom';",
      resolveDir: here,
    },
    bundle: true, format: 'iife', globalName: 'annotator', write: false,
  });
  const plain = await (await run.browser.newContext()).newPage();
  await plain.setContent('<!doctype html><meta charset="utf-8"><pre id="doc"></pre>');
  await plain.evaluate((t) => { document.getElementById('doc').textContent = t; }, text);
  await plain.addScriptTag({ content: bundle.outputFiles[0].text });
  const anchored = await plain.evaluate(async (annotations) => {
    const scope = document.getElementById('doc');
    const results = [];
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      const byQuote = [];
      for await (const range of annotator.createTextQuoteSelectorMatcher(quote)(scope)) byQuote.push(range.toString());
      const byPosition = [];
      for await (const range of annotator.createTextPositionSelectorMatcher(position)(scope)) byPosition.push(range.toString());
      results.push({ exact: quote.exact, byQuote, byPosition });
    }
    return results;
  }, ours);
  for (const { exact, byQuote, byPosition } of anchored) {
    assert.deepEqual(byQuote, [exact], `quote selector for ${exact}`);
    assert.deepEqual(byPosition, [exact], `position selector for ${exact}`);
  }
});

test('every export format reads back into a fresh workspace', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, ARTICLE, 'Envoys');
  await annotate(page);
  const expected = await panelEntries(page);
  // Saved: the workspace file is then the saved Blob, offered as it is.
  await saved(page);
  const files = {};
  const formats = [
    [/Framelens workspace/, 'framelens-workspace.json'],
    [/W3C Web Annotation/, 'framelens-annotations.jsonld'],
    [/Spreadsheet \(CSV\)/, 'framelens-annotations.csv'],
    [/doccano/, 'framelens-doccano.jsonl'],
    [/Label Studio \(JSON\)/, 'framelens-label-studio.json'],
    [/brat standoff/, 'framelens-brat.zip'],
  ];
  for (const [label, name] of formats) {
    const file = await exportFile(page, label);
    assert.equal(file.name, name);
    files[name] = file.bytes;
  }
  assert.equal(files['framelens-workspace.json'].toString('utf8'), await page.evaluate(() => window.framelens.exportWorkspace()));
  // The W3C and CSV files are kept written between exports: a change shows in the
  // next one, and nothing else does.
  await page.locator('.entry').first().click();
  await page.keyboard.press('2');
  const retagged = JSON.parse((await exportFile(page, /W3C Web Annotation/)).bytes.toString('utf8'));
  const before = JSON.parse(files['framelens-annotations.jsonld'].toString('utf8'));
  assert.equal(retagged.total, before.total);
  const tags = (file) => file.first.items.map((a) => a.body[0].value);
  assert.equal(tags(before)[0], 'fact');
  assert.deepEqual(tags(retagged), ['quote', ...tags(before).slice(1)]);
  const csv = (await exportFile(page, /Spreadsheet \(CSV\)/)).bytes.toString('utf8').split('\r\n');
  assert.deepEqual(csv.slice(2), files['framelens-annotations.csv'].toString('utf8').split('\r\n').slice(2));
  assert.match(csv[1], /,quote,/);
  await page.keyboard.press('Control+z');
  // The export dialog says what doccano counts in.
  await page.getByRole('button', { name: 'Export' }).click();
  const doccano = page.getByRole('dialog').getByRole('button', { name: /doccano/ });
  assert.match(await page.locator(`#${await doccano.getAttribute('aria-describedby')}`).textContent(), /UTF-16 code units/);
  await page.keyboard.press('Escape');

  // What each format can hold: notes do not survive doccano; brat flattens them.
  const withoutNotes = expected.map(([tag, quote]) => [tag, quote, '']);
  const flattened = expected.map(([tag, quote, note]) => [tag, quote, note.replace(/\n/g, ' ')]);
  const cases = [
    ['framelens-workspace.json', expected, false],
    ['framelens-annotations.jsonld', expected, true],
    ['framelens-annotations.csv', expected, true],
    ['framelens-doccano.jsonl', withoutNotes, false],
    ['framelens-label-studio.json', expected, false],
    ['framelens-brat.zip', flattened, false],
  ];
  for (const [name, entries, needsText] of cases) {
    const fresh = await openApp(run.browser, run.server.url);
    // Formats without the articles' text need the article open already.
    if (needsText) await addArticle(fresh, ARTICLE, 'Envoys');
    await importFiles(fresh, [{ name, buffer: files[name] }]);
    await fresh.getByRole('status').filter({ hasText: /^Imported/ }).waitFor();
    await fresh.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Envoys/ }).click();
    assert.deepEqual(await panelEntries(fresh), entries, name);
    assert.deepEqual(fresh.errors, []);
    await fresh.context().close();
  }
});

test('annotations follow their words into a re-pasted, edited article, and the rest are listed', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, ARTICLE, 'Envoys');
  await annotate(page);
  const w3c = (await exportFile(page, /W3C Web Annotation/)).bytes;

  const fresh = await openApp(run.browser, run.server.url);
  // Re-pasted: a paragraph added on top, curly quotes made straight, spaces doubled,
  // and the Arabic sentence gone.
  const edited = 'A new first paragraph.\n\n' + ARTICLE
    .replace(/[“”]/g, '"').replace('in Damascus', 'in  Damascus').replace('قال المتحدث إن ', '');
  await addArticle(fresh, edited, 'Envoys again');
  await importFiles(fresh, [{ name: 'envoys.jsonld', buffer: w3c }]);
  const notice = fresh.getByRole('status').filter({ hasText: /^Imported/ });
  await notice.waitFor();
  assert.match(await notice.textContent(),
    /Imported 0 articles and 4 annotations\. 4 were placed by their quoted text.* 1 could not be placed/);
  assert.deepEqual(await panelEntries(fresh), [
    ['Fact', 'Envoys met 👋🏽 in  Damascus 🇸🇾', ''],
    ['Framing', '"constructive"', 'a loaded, "quoted"\nword'],
    ['Claim', 'cafe\u0301 with a combining accent', ''],
    ['Claim', '"constructive" meant nothing', ''],
  ]);
  const orphans = fresh.getByRole('region', { name: /Not placed \(1\)/ });
  assert.match(await orphans.textContent(), /Quote.*قال المتحدث.*annotation 3: its text “قال المتحدث” is not in the article/);
  await orphans.getByRole('button', { name: 'Dismiss this list' }).click();
  assert.equal(await fresh.getByRole('region', { name: /Not placed/ }).count(), 0);
  assert.deepEqual(fresh.errors, []);
});

test('a W3C export of an article that is not open lands on none of the sample articles', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, ARTICLE, 'Envoys');
  const count = await annotate(page);
  const w3c = (await exportFile(page, /W3C Web Annotation/)).bytes;

  // Only the sample is open: Press TV's "Damascus ha…" is near "Damascus 🇸🇾", and
  // must not take it.
  const fresh = await openApp(run.browser, run.server.url);
  await importFiles(fresh, [{ name: 'envoys.jsonld', buffer: w3c }]);
  const notice = fresh.getByRole('status').filter({ hasText: /^Imported/ });
  await notice.waitFor();
  assert.match(await notice.textContent(), new RegExp(`Imported 0 articles and 0 annotations\\. ${count} could not be placed`));
  const orphans = fresh.getByRole('region', { name: new RegExp(`Not placed \\(${count}\\)`) });
  assert.match(await orphans.textContent(), /Envoys met 👋🏽 in Damascus 🇸🇾.*no near match was tried/);
  const placed = await fresh.evaluate(() => window.framelens.annotations().length);
  assert.equal(placed, 0);
  assert.deepEqual(fresh.errors, []);
});

test('a long import says how far it is, leaves the page responsive, and Stop changes nothing', async () => {
  const page = await openApp(run.browser, run.server.url);
  const sentence = 'Jolani made the statement on Wednesday while meeting with Russia';
  await dragSelect(page, sentence);
  await page.keyboard.press('1');
  const json = JSON.parse((await exportFile(page, /W3C Web Annotation/)).bytes.toString('utf8'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await panelEntries(page), []);
  // 1,500 annotations whose words have changed a little: each is found by an
  // approximate search, seconds of work in all.
  const [item] = json.first?.items ?? json.items;
  const changed = sentence.replace('Wednesday', 'Wensday').replace('meeting', 'meetings');
  const items = Array.from({ length: 1500 }, (_, n) => ({
    ...item,
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    target: { ...item.target, selector: [{ type: 'TextQuoteSelector', exact: changed }] },
  }));
  // Over 2 MB (a field no reader looks at): the page says it is reading first.
  // Handed over as a file on disk: a file given in memory is decoded by script in
  // the page, a long task of the test's own.
  const file = path.resolve(here, '../../target/tmp/many.jsonld');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify({ type: 'AnnotationPage', items, padding: 'x'.repeat(2_200_000) }));
  const pick = () => page.locator('.toolbar input[type=file]').setInputFiles(file);
  await page.evaluate(() => {
    window.said = [];
    new MutationObserver(() => window.said.push(document.querySelector('.notices').textContent))
      .observe(document.querySelector('.notices'), { subtree: true, childList: true, characterData: true });
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.longest = Math.max(window.longest, task.duration);
    }).observe({ type: 'longtask' });
  });

  await pick();
  const progress = page.getByRole('status').filter({ hasText: /^Importing \u2068many\.jsonld\u2069: [\d,]+ of 1,500 annotations placed…$/ });
  await progress.waitFor();
  // The page answers meanwhile: a key moves between articles.
  const title = await page.locator('#article-title').textContent();
  await page.keyboard.press(']');
  await page.waitForFunction((before) => document.querySelector('#article-title').textContent !== before, title);
  await page.keyboard.press('[');
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('status').filter({ hasText: 'Stopped importing \u2068many.jsonld\u2069: nothing changed.' }).waitFor();
  assert.equal((await page.evaluate(() => window.said)).find((said) => said.startsWith('Reading')), 'Reading \u2068many.jsonld\u2069…Stop');
  assert.deepEqual(await panelEntries(page), []);

  await pick();
  await page.getByRole('status').filter({ hasText: 'Imported 0 articles and 1,500 annotations. 1,500 were placed by their quoted text' }).waitFor();
  assert.equal(await page.evaluate(() => window.framelens.annotations().length), 1500);
  const longest = await page.evaluate(() => window.longest);
  // The browser reports only tasks of 50 ms or more.
  console.log(`longest task while importing 1,500 approximate matches: ${longest ? `${Math.round(longest)} ms` : 'none of 50 ms or more'}`);
  assert.ok(longest < 250, `the longest task took ${longest} ms`);
  await fs.rm(file);
  assert.deepEqual(page.errors, []);
});

test('doccano JSONL and Label Studio JSON in those tools\' own shapes import', async () => {
  const page = await openApp(run.browser, run.server.url);
  await importFiles(page, [{ name: 'doccano.jsonl', buffer: await corpus('doccano-by-hand.jsonl') }]);
  await page.getByRole('status').filter({ hasText: 'Imported 2 articles and 4 annotations.' }).waitFor();
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /EU officials/ }).click();
  assert.deepEqual(await panelEntries(page), [
    ['Fact', 'EU officials met in Brussels 🇪🇺 on Monday', ''],
    ['Quote', '"a turning point"', ''],
    ['Framing', 'turning point', ''],
    ['Claim', 'critics said little changed', ''],
  ]);
  await importFiles(page, [{ name: 'label-studio.json', buffer: await corpus('label-studio-by-hand.json') }]);
  await page.getByRole('status').filter({ hasText: 'Imported 1 article and 2 annotations.' }).waitFor();
  assert.deepEqual(await panelEntries(page), [
    ['Fact', 'Talks in Damascus 🇸🇾', ''],
    ['Quote', 'called them "constructive"', 'A word chosen to sound hopeful.'],
  ]);
  assert.deepEqual(page.errors, []);
});

test('markup in an imported file is shown as text, and a broken file changes nothing', async () => {
  const page = await openApp(run.browser, run.server.url);
  const before = (await exportJson(page, /Framelens workspace/)).json;
  const broken = [
    ['truncated.jsonld', await corpus('truncated.jsonld'), /\u2068truncated\.jsonld\u2069 was not imported, nothing changed: this is not a valid file: line 15/],
    ['cut.zip', Buffer.from('PK\x03\x04 and nothing more'), /\u2068cut\.zip\u2069 was not imported, nothing changed: this is not a ZIP archive/],
    ['bad.csv', Buffer.from('tag,text\r\nclaim,"never closed\r\n'), /\u2068bad\.csv\u2069 was not imported.*line 2 has a quoted field that is never closed/],
  ];
  for (const [name, buffer, message] of broken) {
    await importFiles(page, [{ name, buffer }]);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
  }
  assert.deepEqual((await exportJson(page, /Framelens workspace/)).json, before);

  await importFiles(page, [{ name: 'hostile.json', buffer: await corpus('hostile.json') }]);
  await page.getByRole('status').filter({ hasText: /^Imported 1 article/ }).waitFor();
  assert.equal(await page.locator('#article-title').textContent(), '<b onmouseover=alert(1)>Title</b>');
  assert.equal(await page.locator('.app img, .app script, .app iframe, .app svg, .app b, .app style').count(), 0);
  assert.match(await page.locator('.article-text').textContent(), /<img src=x onerror=/);
  assert.deepEqual(await panelEntries(page), [[
    'Claim', '<img src=x onerror="document.title=\'pwned\'">',
    '<a href=javascript:alert(1)>click</a> & <style>*{display:none}</style>',
  ]]);
  assert.notEqual(await page.title(), 'pwned');
  assert.deepEqual(page.errors, []);
});

test('the printable report shows spans, a legend, counts and footnotes, and no markup from the text', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, ARTICLE + '\n<script>window.pwned = 1</script>', 'Envoys');
  await annotate(page);
  const { name, bytes } = await exportFile(page, /Printable report/);
  assert.equal(name, 'framelens-report.html');
  const report = await (await run.browser.newContext()).newPage();
  await report.setContent(bytes.toString('utf8'));
  const article = report.locator('article').last();
  assert.equal(await article.locator('h2').textContent(), 'Envoys');
  assert.equal(await article.locator('.counts td').allTextContents().then((c) => c.join(',')), '2,1,1,1');
  assert.equal(await article.locator('.t-3').textContent(), '“constructive”');
  assert.equal(await article.locator('.notes li').count(), 1);
  assert.match(await article.locator('.notes li').textContent(), /Framing ““constructive””: a loaded, "quoted"\nword/);
  assert.equal(await report.locator('script').count(), 0);
  assert.equal(await report.evaluate(() => window.pwned), undefined);
  assert.match(await report.locator('.legend').textContent(), /Claim solid underline.*Quote double underline.*Framing wavy underline.*Fact dotted underline/);
});
