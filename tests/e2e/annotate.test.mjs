// A reader's session in headless Chromium against the built page (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { started, openApp, dragSelect, clickText, addArticle, download, exportJson, importFiles, panelEntries, saved, articleText, dragRightToLeft, shiftLeftOver } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const run = started();

const EMOJI_TEXT = 'Greeting 👋🏽 and 🇸🇾 flags: the minister said “we will restore ties” today.\nSecond line.';

/** Code-point slice, as the W3C selectors count. */
const cpSlice = (text, start, end) => [...text].slice(start, end).join('');

test('the sample exercise opens with five outlets', async () => {
  const page = await openApp(run.browser, run.server.url);
  const tabs = page.getByRole('navigation', { name: 'Articles' }).getByRole('button');
  assert.equal(await tabs.count(), 5);
  assert.match(await tabs.first().textContent(), /Press TV/);
  await tabs.nth(3).click();
  assert.match(await page.locator('#article-title').textContent(), /Al-Sharaa in Moscow/);
  await page.keyboard.press(']');
  assert.match(await page.locator('.article-view .source').textContent(), /Outlet E/);
  for (const name of ['Claim', 'Quote', 'Framing', 'Fact', 'Undo', 'Redo', 'Export', 'Import']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
  }
  assert.deepEqual(page.errors, []);
});

test('a mouse drag after emoji plus a tag key exports code-point offsets', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, EMOJI_TEXT, 'Emoji test');
  await dragSelect(page, 'we will restore ties');
  await page.keyboard.press('1');
  assert.deepEqual(await panelEntries(page), [['Claim', 'we will restore ties', '']]);

  const { name, json } = await exportJson(page, /W3C Web Annotation/);
  assert.equal(name, 'framelens-annotations.jsonld');
  const ours = json.first.items.filter((a) => a.body[0].value === 'claim');
  assert.equal(ours.length, 1);
  const [quote, position] = ours[0].target.selector;
  assert.equal(ours[0]['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.equal(quote.exact, 'we will restore ties');
  assert.equal(position.type, 'TextPositionSelector');
  // Code points, not UTF-16 units: the emoji before count one each (👋, 🏽, 🇸, 🇾).
  assert.equal(cpSlice(EMOJI_TEXT, position.start, position.end), quote.exact);
  assert.equal(position.start, [...EMOJI_TEXT.slice(0, EMOJI_TEXT.indexOf('we will'))].length);
  assert.notEqual(position.start, EMOJI_TEXT.indexOf('we will'));
  assert.equal(quote.prefix, cpSlice(EMOJI_TEXT, position.start - 32, position.start));
  assert.match(ours[0].target.source, /^urn:sha256:[0-9a-f]{64}$/);
  assert.match(ours[0].id, /^urn:uuid:[0-9a-f-]{36}$/);
  assert.deepEqual(page.errors, []);
});

test('tag buttons, overlapping spans, and a click that chooses the innermost', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, EMOJI_TEXT);
  await dragSelect(page, 'the minister said “we will restore ties”');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await dragSelect(page, 'restore ties');
  await page.keyboard.press('3');
  await dragSelect(page, 'flags: the minister');
  await page.keyboard.press('4');
  assert.deepEqual((await panelEntries(page)).map(([tag]) => tag), ['Fact', 'Quote', 'Framing']);

  await clickText(page, 'restore');
  assert.equal(await page.locator('.editor select').inputValue(), 'framing');
  await clickText(page, 'said');
  assert.equal(await page.locator('.editor select').inputValue(), 'quote');
  // The chosen annotation can be re-tagged with a key.
  await page.keyboard.press('1');
  assert.deepEqual((await panelEntries(page)).map(([tag]) => tag), ['Fact', 'Claim', 'Framing']);
  assert.match(await page.locator('.counts').textContent(), /Claim 1.*Quote 0.*Framing 1.*Fact 1/);
  // The highlights are painted through the Custom Highlight API, not as elements.
  const painted = await page.evaluate(() => [...CSS.highlights.keys()].sort());
  assert.deepEqual(painted.filter((name) => name !== 'fl-caret'), ['fl-amber', 'fl-chosen', 'fl-green', 'fl-pink']);
  assert.equal(await page.locator('.article-text p').first().evaluate((p) => p.childElementCount), 0);
});

test('notes, delete, and undo/redo by keys and buttons', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, EMOJI_TEXT);
  await dragSelect(page, 'Second line');
  await page.keyboard.press('2');
  await page.getByLabel('Note').fill('check the <b>source</b>');
  assert.deepEqual(await panelEntries(page), [['Quote', 'Second line', 'check the <b>source</b>']]);
  await page.getByRole('button', { name: 'Delete annotation' }).click();
  assert.deepEqual(await panelEntries(page), []);

  await page.keyboard.press('Control+z');
  assert.deepEqual(await panelEntries(page), [['Quote', 'Second line', 'check the <b>source</b>']]);
  await page.keyboard.press('Control+z'); // the whole typed note goes in one step
  assert.deepEqual(await panelEntries(page), [['Quote', 'Second line', '']]);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await panelEntries(page), []);
  await page.keyboard.press('Control+Shift+z');
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.deepEqual(await panelEntries(page), [['Quote', 'Second line', 'check the <b>source</b>']]);
  // User text is shown as text: no <b> element was made from the note.
  assert.equal(await page.locator('.panel b').count(), 0);
});

test('what is typed is kept as it is typed: a note while the field has focus, an exercise not yet saved', async () => {
  const page = await openApp(run.browser, run.server.url);
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  // Typed, and the field still has focus: no blur, no Enter.
  await page.getByLabel('Note').pressSequentially('who calls him so?');
  await saved(page);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  assert.deepEqual(await panelEntries(page), [['Framing', 'Abu Mohammed al-Jolani', 'who calls him so?']]);

  // An exercise's words, typed and never saved, come back when the dialog opens again.
  await page.getByRole('button', { name: 'Exercise', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Naming the leader');
  await dialog.getByLabel(/Instructions for students/).pressSequentially('Mark every name for him.');
  await dialog.getByLabel('Kurdistan24').uncheck();
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  await page.getByRole('button', { name: 'Exercise', exact: true }).click();
  await dialog.getByText('What you typed here before is back').waitFor();
  assert.equal(await dialog.getByLabel('Title').inputValue(), 'Naming the leader');
  assert.equal(await dialog.getByLabel(/Instructions for students/).inputValue(), 'Mark every name for him.');
  assert.equal(await dialog.getByLabel('Kurdistan24').isChecked(), false);
  // Saved, the draft is let go: the dialog opens on the exercise, with no message.
  await dialog.getByRole('button', { name: 'Save exercise' }).click();
  await saved(page);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  await page.getByRole('button', { name: 'Exercise', exact: true }).click();
  assert.equal(await dialog.getByLabel('Title').inputValue(), 'Naming the leader');
  await page.waitForTimeout(300);
  assert.equal(await dialog.getByText('What you typed here before is back').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('an article can be removed, and undo brings it back with its annotations', async () => {
  const page = await openApp(run.browser, run.server.url);
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'Remove article' }).click();
  await page.getByRole('status').filter({ hasText: 'Removed “\u2068Syria’s HTS' }).waitFor();
  const tabs = page.getByRole('navigation', { name: 'Articles' }).getByRole('button');
  assert.equal(await tabs.count(), 4);
  await page.keyboard.press('Control+z');
  assert.equal(await tabs.count(), 5);
  await tabs.first().click();
  assert.deepEqual(await panelEntries(page), [['Framing', 'Abu Mohammed al-Jolani', '']]);
});

test('reload keeps every article and annotation', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, EMOJI_TEXT, 'Kept');
  await dragSelect(page, 'restore ties');
  await page.keyboard.press('4');
  await page.getByLabel('Note').fill('dated claim');
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button').first().click();
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  const before = (await exportJson(page, /Framelens workspace/)).json;
  await saved(page);

  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  assert.deepEqual((await exportJson(page, /Framelens workspace/)).json, before);
  assert.equal(before.documents.length, 6);
  assert.deepEqual(before.annotations.map((a) => [a.tag, a.exact, a.note]), [
    ['framing', 'Abu Mohammed al-Jolani', ''],
    ['fact', 'restore ties', 'dated claim'],
  ]);
});

/**
 * Does `method` ('get', 'put' or 'getAllKeys') on the page's autosave store;
 * resolves to the request's result (a Blob's or a byte array's bytes as an
 * array; a save in pieces, an array of text and piece keys, joined into its
 * bytes, unless `method` is 'manifest'). A put's third argument, 'asText' or
 * 'asBytes', stores a string as it is or as its UTF-8 bytes.
 */
function saveStore(page, method, ...args) {
  return page.evaluate(({ method, args }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('framelens', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      if (args.length > 2) args = [args[2] === 'asBytes' ? new TextEncoder().encode(args[0]) : args[0], args[1]];
      const store = open.result.transaction('workspace', 'readwrite').objectStore('workspace');
      const request = store[method === 'manifest' ? 'get' : method](...args);
      const bytes = async (value) => [...new Uint8Array(await new Blob([value]).arrayBuffer())];
      request.onsuccess = async () => {
        const result = request.result;
        if (Array.isArray(result) && method !== 'getAllKeys' && method !== 'manifest') {
          // Text and pieces in turn: the pieces read in this transaction.
          const parts = result.map((part, n) => n % 2 ? store.get(part) : part);
          const last = parts.findLast((part) => part instanceof IDBRequest);
          last.onsuccess = async () => {
            open.result.close();
            resolve(await bytes(new Blob(parts.map((part) => part instanceof IDBRequest ? part.result : part))));
          };
          return;
        }
        open.result.close();
        if (result instanceof Blob || result instanceof Uint8Array) resolve(await bytes(result));
        else resolve(result);
      };
      request.onerror = () => reject(request.error);
    };
  }), { method, args });
}

test('autosave stores an article and each chunk of annotations once: after a reload, a change writes the chunk it changed', async () => {
  const page = await openApp(run.browser, run.server.url);
  const length = await page.evaluate(() => window.framelens.documents()[0].length);
  const spans = Array.from({ length: 3000 }, (_, n) => ({ start: n % length, end: (n % length) + 1 + Math.floor(n / length), tag: 'fact' }));
  assert.equal(await page.evaluate((spans) => window.framelens.addAnnotations(spans), spans), 3000);
  await saved(page);
  const pieces = async (key = 'current') => (await saveStore(page, 'manifest', key)).filter((_, n) => n % 2);
  const first = await pieces();
  const firstSteps = await pieces('current history');
  // Five articles, and the 3,000 annotations in chunks; the undo history's one step.
  assert.ok(first.length > 5 + 3, `${first.length} pieces`);
  assert.equal(firstSteps.length, 1);

  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  await page.evaluate(() => window.framelens.addAnnotations([{ start: 2, end: 9, tag: 'claim' }]));
  let second = first;
  for (let tries = 0; second === first || String(second) === String(first); tries++) {
    assert.ok(tries < 100, 'the change is saved');
    await page.waitForTimeout(100);
    second = await pieces();
  }
  // A visit's first change writes the whole workspace: every piece but the changed
  // chunk is the one stored before (the chunks are cut as they were). The new
  // annotation cuts its chunk in two if its random id is one that ends a chunk
  // (one in 256).
  const added = second.filter((key) => !first.includes(key));
  assert.ok(added.length === 1 || (added.length === 2 && second.length === first.length + 1), `new pieces: ${added}`);
  // Joined, the stored pieces are the file an export gives.
  const stored = JSON.parse(Buffer.from(await saveStore(page, 'get', 'current')).toString('utf8'));
  assert.deepEqual(stored, (await exportJson(page, /Framelens workspace/)).json);
  assert.equal(stored.annotations.length, 3001);
  // The history's step that added 3,000 annotations is the one stored; the new
  // step is added.
  const secondSteps = await pieces('current history');
  assert.deepEqual([secondSteps.length, secondSteps[0]], [2, firstSteps[0]]);
  // The first save is kept as an earlier version, so its pieces stay; nothing else.
  const keys = (await saveStore(page, 'getAllKeys')).filter((key) => key.startsWith('current piece '));
  assert.deepEqual(keys.sort(), [...new Set([...first, ...second, ...secondSteps])].sort());
});

test('a save stored as text or bytes by an earlier version opens; an unreadable one is set aside', async () => {
  const page = await openApp(run.browser, run.server.url);
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  await saved(page);
  // Saves are Blobs now; earlier versions stored the same JSON as a string, then as bytes.
  const text = Buffer.from(await saveStore(page, 'get', 'current')).toString('utf8');
  assert.equal(JSON.parse(text).annotations.length, 1);
  for (const form of ['asText', 'asBytes']) {
    await saveStore(page, 'put', text, 'current', form);
    await page.reload();
    await page.locator('.article-text p').first().waitFor();
    assert.deepEqual(await panelEntries(page), [['Framing', 'Abu Mohammed al-Jolani', '']], form);
  }

  const broken = '{"format": "framelens-workspace", broken';
  await saveStore(page, 'put', broken, 'current');
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  await page.getByText('The saved workspace could not be read').waitFor();
  // Set aside among the earlier versions, to download; a second one does not
  // overwrite the first.
  const again = '{"format": "framelens-workspace", broken again';
  await saveStore(page, 'put', again, 'current');
  await page.reload();
  await page.getByText('The saved workspace could not be read').waitFor();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Earlier versions…' }).click();
  const versions = page.getByRole('dialog');
  await versions.locator('.versions li').nth(1).waitFor();
  const unreadable = versions.locator('.versions li', { hasText: 'a save that could not be read' });
  assert.equal(await unreadable.count(), 2);
  const files = [];
  for (const n of [0, 1]) files.push((await download(page, unreadable.nth(n).getByRole('button', { name: /^Download/ }))).bytes.toString('utf8'));
  assert.deepEqual(files.sort(), [broken, again].sort());
  // Not even a stored number is taken for "no save" and written over.
  await page.keyboard.press('Escape');
  await saveStore(page, 'put', 42, 'current');
  await page.reload();
  await page.getByText('The saved workspace could not be read').waitFor();
});

test('an import made by mistake is undone after a reload by restoring the version from before it', async () => {
  const page = await openApp(run.browser, run.server.url);
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  await saved(page);
  // The mistake: a whole other workspace imported over the sample.
  const other = { format: 'framelens-workspace', version: 1, documents: [{ title: 'Elsewhere', source: 'Other', fingerprint: 'x', text: 'Another text entirely.' }], annotations: [] };
  await importFiles(page, [{ name: 'other.json', buffer: Buffer.from(JSON.stringify(other)) }]);
  await page.getByRole('status').filter({ hasText: 'Imported 1 article' }).waitFor();
  await saved(page);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  const tabs = page.getByRole('navigation', { name: 'Articles' }).getByRole('button');
  assert.equal(await tabs.count(), 6);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Earlier versions…' }).click();
  const version = page.getByRole('dialog').locator('.versions li').first();
  assert.match(await version.textContent(), /: 5 articles, 1 annotation, \d+ KB/);
  await version.getByRole('button', { name: /^Restore/ }).click();
  await page.getByRole('status').filter({ hasText: /^Restored the version of \d+ \w+ \d{4}, \d\d:\d\d\. Undo brings back/ }).waitFor();
  assert.equal(await tabs.count(), 5);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('nav.articles li').length === 6);
  assert.deepEqual(page.errors, []);
});

test('a malformed import shows a message and changes nothing', async () => {
  const page = await openApp(run.browser, run.server.url);
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  const before = (await exportJson(page, /Framelens workspace/)).json;
  const input = page.locator('input[type=file][accept^=".json"]');
  const cases = [
    ['truncated.json', '{"format": "framelens-workspace", "version": 1, "documents": [', /\u2068truncated\.json\u2069 was not imported, nothing changed: this is not a valid file: line 1/],
    ['other.json', '{"hello": "world"}', /none of the formats Framelens reads/],
    ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff]), /not a text file/],
  ];
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await assert.doesNotReject(page.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 5000 }));
  }
  assert.deepEqual((await exportJson(page, /Framelens workspace/)).json, before);
});

test('a hostile article is shown as text, and a binary file is refused', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> plain');
  assert.equal(await page.locator('.article-text img, .article-text script').count(), 0);
  assert.match(await page.locator('.article-text').textContent(), /<img src=x/);
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles({
    name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
  });
  await page.getByRole('alert').filter({ hasText: '\u2068photo.txt\u2069 cannot be opened: this is not a plain-text file' }).waitFor();
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.getByRole('navigation', { name: 'Articles' }).getByRole('button').count(), 6);
});

test('a Markdown file and a file from an older Windows program open as plain articles, and the page says how it read them', async () => {
  const page = await openApp(run.browser, run.server.url);
  const open = async (file) => {
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByRole('dialog').locator('input[type=file]').setInputFiles(file);
  };
  await open({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Talks in *Moscow*\n\nThe [meeting](https://example.org) was\n**long**.\n\n- restore ties\n') });
  await page.getByRole('status').filter({ hasText: 'notes.md\u2069 was read as Markdown, its markup taken off: 3 paragraphs' }).waitFor();
  assert.equal(await page.locator('#article-title').textContent(), 'Talks in Moscow');
  assert.equal(await articleText(page), 'Talks in Moscow\n\nThe meeting was long.\n\n- restore ties');
  await open({ name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 \x93ouvert\x94, dit-il.', 'latin1') });
  await page.getByRole('status').filter({ hasText: 'old.txt\u2069 was read as plain text in Windows-1252 (Western European, from older Windows programs): 1 paragraph' }).waitFor();
  assert.equal(await articleText(page), 'Café “ouvert”, dit-il.');
  assert.deepEqual(page.errors, []);
});

test('a saved web page opens as its article: no menus, share buttons, comments or scripts, and its title, site and date', async () => {
  const page = await openApp(run.browser, run.server.url);
  const html = await fs.readFile(path.resolve(here, '../corpus/saved-news-page.html'));
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: 'syria.html', mimeType: 'text/html', buffer: html });
  const said = page.getByRole('status').filter({ hasText: 'was read as a saved web page' });
  await said.waitFor();
  assert.match(await said.textContent(), /9 paragraphs, titled “\u2068Syria seeks to reset ties with Russia\u2069”, from \u2068Example News\u2069, by \u2068Dana Roe\u2069, published 15 Oct 2025/);
  assert.equal(await page.locator('#article-title').textContent(), 'Syria seeks to reset ties with Russia');
  assert.match(await page.locator('.article-view .source').textContent(), /Example News/);
  const text = await articleText(page);
  assert.ok(text.startsWith('NEWS / WORLD\n\nSyria seeks to reset ties with Russia\n\nBy Dana Roe · 15 October 2025'), text);
  assert.match(text, /He said Damascus would “restore and redefine” its ties with Moscow, and would honour all past agreements\./);
  assert.match(text, /- Russia's bases on the coast\n\n- energy and reconstruction$/);
  for (const left of ['cookies', 'Share', 'Tweet', 'Advertisement', 'More from World', 'First!', 'Most read', '©', 'JavaScript', 'Hidden template', 'Politics']) {
    assert.ok(!text.includes(left), `${left} was left out`);
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(page.errors, []);
});

test('an article\'s title, source and text can be changed, annotations follow, and Undo takes it back after a reload', async () => {
  const page = await openApp(run.browser, run.server.url);
  await dragSelect(page, 'Abu Mohammed al-Jolani');
  await page.keyboard.press('3');
  await dragSelect(page, '(Photo by TASS news agency)');
  await page.keyboard.press('4');
  await dragSelect(page, 'during his first state visit');
  await page.keyboard.press('2');
  const before = await page.locator('#article-title').textContent();
  await page.getByRole('button', { name: 'Edit article…' }).click();
  const dialog = page.getByRole('dialog');
  assert.equal(await dialog.getByLabel('Title').inputValue(), before);
  await dialog.getByLabel('Title').fill('Press TV on the visit');
  await dialog.getByLabel('Source').fill('Press TV (Iran)');
  // A paragraph added, a word changed inside an annotation, and the words of
  // another rewritten.
  const text = dialog.getByLabel('Article text');
  const edited = (await text.inputValue())
    .replace('Jolani tells Putin\n\n', 'Jolani tells Putin\n\nA paragraph the teacher added.\n\n')
    .replace('TASS news agency', 'TASS news agencies')
    .replace('during his first state visit', 'on his first trip');
  await text.fill(edited);
  await dialog.getByRole('button', { name: 'Save' }).click();
  assert.equal(await page.locator('#article-title').textContent(), 'Press TV on the visit');
  assert.equal(await page.locator('.article-view .source').textContent(), 'Press TV (Iran)');
  assert.match(await articleText(page), /Jolani tells Putin\n\nA paragraph the teacher added\.\n\nSyria's/);
  assert.deepEqual(await panelEntries(page),
    [['Framing', 'Abu Mohammed al-Jolani', ''], ['Fact', '(Photo by TASS news agencies)', '']]);
  const orphans = page.getByRole('region', { name: /Not placed \(1\)/ });
  assert.match(await orphans.textContent(), /Quote.*during his first state visit.*is not in the article/);
  await orphans.getByRole('button', { name: 'Dismiss this list' }).click();
  await saved(page);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  assert.equal(await page.locator('#article-title').textContent(), 'Press TV on the visit');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.locator('#article-title').textContent(), before);
  assert.equal(await page.locator('.article-view .source').textContent(), 'Press TV');
  assert.match(await articleText(page), /^News/);
  assert.deepEqual(await panelEntries(page), [['Framing', 'Abu Mohammed al-Jolani', ''],
    ['Fact', '(Photo by TASS news agency)', ''], ['Quote', 'during his first state visit', '']]);
  assert.deepEqual(page.errors, []);
});

test('dark colours follow the system, and the reader’s choice of colours is kept over a reload', async () => {
  const page = await openApp(run.browser, run.server.url);
  const ground = () => page.evaluate(() => getComputedStyle(document.querySelector('.article-view')).backgroundColor);
  assert.equal(await ground(), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await ground(), 'rgb(28, 30, 34)');
  await page.getByLabel('Colours').selectOption('Light colours');
  assert.equal(await ground(), 'rgb(255, 255, 255)');
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  assert.equal(await ground(), 'rgb(255, 255, 255)', 'still light over a reload, on a dark system');
  assert.equal(await page.getByLabel('Colours').inputValue(), 'light');
  await page.getByLabel('Colours').selectOption('System colours');
  assert.equal(await ground(), 'rgb(28, 30, 34)');
  assert.deepEqual(page.errors, []);
});

/** What the page's own and generated style sheets say, as computed: the article's
 * ground, the text's colour, the shadow of the bar shown over a selection, and
 * the chosen highlight's and an underline's colours as their rules give them. */
async function colours(page) {
  await page.setViewportSize({ width: 820, height: 1180 }); // a tablet's: the bar shows
  await dragSelect(page, (await articleText(page)).split(' ').slice(0, 3).join(' '));
  const shadow = await page.locator('.selection-bar').evaluate((bar) => getComputedStyle(bar).boxShadow);
  return page.evaluate((shadow) => {
    const rules = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const rule = (selector) => rules.find((r) => r.selectorText === selector).style;
    return {
      ground: getComputedStyle(document.querySelector('.article-view')).backgroundColor,
      ink: getComputedStyle(document.body).color,
      shadow,
      chosen: rule('::highlight(fl-chosen)').backgroundColor,
      underline: rule('::highlight(fl-amber)').textDecorationColor,
    };
  }, shadow);
}

test('a browser without light-dark() shows the light colours, shadows, the chosen highlight and underlines, and no Colours menu', async () => {
  const current = await openApp(run.browser, run.server.url);
  const light = await colours(current);
  assert.equal(light.ground, 'rgb(255, 255, 255)');
  assert.equal(light.ink, 'rgb(27, 29, 33)');
  assert.match(light.shadow, /^rgba\(0, 0, 0, 0\.2\) 0px 4px 16px/);
  assert.match(light.chosen, /^light-dark\(/);
  assert.match(light.underline, /^light-dark\(/);
  await current.emulateMedia({ colorScheme: 'dark' });
  assert.match((await colours(current)).shadow, /rgba\(0, 0, 0, 0\.6\)/);

  // As Chrome before 123 and Safari before 17.5: light-dark() is an unknown
  // function, in the page's style sheet and in the one it makes for the tags.
  const older = await openApp(run.browser, run.server.url, {
    setUp: async (context) => {
      const unknown = (css) => css.replaceAll('light-dark(', 'unknown-function(');
      await context.route(/\.css$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: unknown(await response.text()) });
      });
      // The style sheet is checked against its hash: the page asks for it without.
      await context.route(/\/(index\.html)?$/, async (route) => {
        const response = await route.fetch();
        const page = (await response.text()).replace(/(<link href=[^ >]*\.css) integrity=[^ >]*/, '$1');
        await route.fulfill({ response, body: page });
      });
      await context.addInitScript(() => {
        const replaceSync = CSSStyleSheet.prototype.replaceSync;
        CSSStyleSheet.prototype.replaceSync = function (css) {
          return replaceSync.call(this, css.replaceAll('light-dark(', 'unknown-function('));
        };
        const supports = CSS.supports;
        CSS.supports = (...args) => !args.join(' ').includes('light-dark(') && supports(...args);
      });
    },
  });
  await older.emulateMedia({ colorScheme: 'dark' });
  const { chosen, underline, ...seen } = await colours(older);
  assert.deepEqual(seen, { ground: light.ground, ink: light.ink, shadow: light.shadow }, 'light, on a dark system');
  assert.equal(chosen, 'rgba(20, 40, 160, 0.25)');
  assert.match(underline, /^rgb/, 'the underline keeps its light colour');
  assert.equal(await older.getByLabel('Colours').count(), 0, 'no menu for colours this browser cannot show');
  assert.deepEqual([...current.errors, ...older.errors], []);
});

test('an Arabic line reads from the right beside English ones, and mouse and arrow keys tag it in reading order', async () => {
  const page = await openApp(run.browser, run.server.url);
  const arabic = 'قال المتحدث إن المحادثات كانت بناءة';
  await addArticle(page, `Talks in Damascus\n\n${arabic}\n\nThe envoy agreed.`, 'Mixed');
  // Where each line's text sits in its paragraph: Arabic at the right edge, English at the left.
  const sides = (line) => page.evaluate((line) => {
    const p = [...document.querySelectorAll('.article-text p')].find((p) => p.textContent === line);
    const range = document.createRange();
    range.selectNodeContents(p);
    const [box, text] = [p.getBoundingClientRect(), range.getBoundingClientRect()];
    return { left: Math.round(text.left - box.left), right: Math.round(box.right - text.right) };
  }, line);
  const ar = await sides(arabic);
  assert.ok(ar.right <= 1 && ar.left > 100, `the Arabic line sits at the right: ${JSON.stringify(ar)}`);
  const en = await sides('The envoy agreed.');
  assert.ok(en.left <= 1 && en.right > 100, `the English line sits at the left: ${JSON.stringify(en)}`);

  // The mouse drags from the word's first letter, on the right, to its last.
  const [first, last] = await dragRightToLeft(page, 'المحادثات');
  assert.ok(first.left > last.left, 'the word’s first letter is to the right of its last');
  await page.keyboard.press('2');

  // The keyboard: a click before the line's first letter, then Shift+Left three
  // times takes its first word, in reading order.
  await shiftLeftOver(page, 'قال');
  assert.equal(await page.evaluate(() => getSelection().toString()), 'قال');
  await page.keyboard.press('4');
  assert.deepEqual(await panelEntries(page), [['Fact', 'قال', ''], ['Quote', 'المحادثات', '']]);

  const { json } = await exportJson(page, /W3C Web Annotation/);
  const positions = (json.first?.items ?? json.items).map((item) => {
    const selectors = item.target.selector;
    const at = selectors.find((s) => s.type === 'TextPositionSelector');
    return [selectors.find((s) => s.type === 'TextQuoteSelector').exact, at.start, at.end];
  }).sort((a, b) => a[1] - b[1]);
  // "Talks in Damascus\n\n" is 19 code points; "قال المتحدث إن " 15 more.
  assert.deepEqual(positions, [['قال', 19, 22], ['المحادثات', 34, 43]]);
  assert.deepEqual(page.errors, []);
});

test('hostile web pages give a message or clean text: nothing of them runs, loads or shows as markup', async () => {
  const page = await openApp(run.browser, run.server.url);
  const dialogs = [];
  const requests = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on('request', (request) => { if (!request.url().startsWith(run.server.url)) requests.push(request.url()); });
  const add = async (name, html) => {
    await page.getByRole('button', { name: 'Add article' }).click();
    const picker = page.getByRole('dialog').locator('input[type=file]');
    await picker.setInputFiles(html === undefined ? name : { name, mimeType: 'text/html', buffer: Buffer.from(html) });
  };
  const hostile = '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=https://evil.example/">'
    + '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/a.css">'
    + '<script>alert("script"); window.pwned = 1; fetch("https://evil.example/f")</script>'
    + '<script src="https://evil.example/s.js"></script></head>'
    + '<body onload="alert(\'onload\')"><article><h1 onmouseover="alert(1)">Ordinary headline</h1>'
    + '<p>A <a href="javascript:alert(\'link\')">link</a> and <b>&lt;b&gt;markup as text&lt;/b&gt;</b>.'
    + '<img src="https://evil.example/pixel.gif" onerror="alert(\'img\')"></p>'
    + '<svg onload="alert(\'svg\')"><script>alert("svg script")</script><image href="https://evil.example/i.png"/></svg>'
    + '<iframe srcdoc="<script>alert(\'frame\')</script>" src="https://evil.example/frame"></iframe>'
    + '<p>Last words.</p></article></body></html>';
  await add('hostile.html', hostile);
  await page.getByRole('status').filter({ hasText: 'was read as a saved web page: 3 paragraphs' }).waitFor();
  assert.equal(await articleText(page),
    'Ordinary headline\n\nA link and <b>markup as text</b>.\n\nLast words.');
  assert.equal(await page.locator('.article-text b, .article-text a, .article-text img').count(), 0);

  // Nested 100,000 deep (Chromium's parser would take half a minute): refused
  // unread, at once; 600 deep, read, the text below the 256th level as text.
  await add('deep.html', `<p>Shallow.</p>${'<div>'.repeat(100_000)}Deep words.${'</div>'.repeat(100_000)}`);
  await page.getByRole('alert').filter({ hasText: 'deep.html\u2069 cannot be opened: this page nests its elements more than 1,000 levels deep' }).waitFor({ timeout: 5000 });
  await add('deeper.html', `<p>Shallow.</p>${'<div>'.repeat(600)}Deep words.${'</div>'.repeat(600)}`);
  await page.getByRole('status').filter({ hasText: 'deeper.html' }).waitFor();
  assert.match(await articleText(page), /^Shallow\.\n\nDeep words\.$/);

  await add('chrome.html', '<nav><a href="/">Home</a></nav><script>alert(2)</script><footer>© Site</footer>');
  await page.getByRole('alert').filter({ hasText: 'chrome.html\u2069 cannot be opened: no article text was found in this page' }).waitFor();

  // 100 MB, more than the browser lets a test hand over in memory: from a file.
  const huge = path.resolve(here, '../../target/tmp/huge.html');
  await fs.mkdir(path.dirname(huge), { recursive: true });
  await fs.writeFile(huge, Buffer.alloc(100 * 1024 * 1024, '<p>big</p>'));
  await add(huge);
  await page.getByRole('alert').filter({ hasText: '\u2068huge.html\u2069 is larger than 64 MB; nothing changed.' }).waitFor();
  await fs.rm(huge);

  assert.equal(await page.locator('nav.articles .doc-title').count(), 7, 'the sample and two added');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(requests, []);
  assert.deepEqual(page.errors, []);
});

test('Word and OpenDocument files, as python-docx and odfpy write them, open as their paragraphs, titled from their properties', async () => {
  const page = await openApp(run.browser, run.server.url);
  const start = 'Talks in Moscow\n\nSyria\'s interim president met Vladimir Putin on Wednesday.\n\n'
    + 'He said they would “restore and redefine” ties. Officials\tagreed:';
  await page.getByRole('button', { name: 'Add article' }).click();
  const docx = await fs.readFile(path.resolve(here, '../corpus/talks.docx'));
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: 'talks.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
  await page.getByRole('status').filter({ hasText: 'was read as a Word document: 7 paragraphs' }).waitFor();
  assert.equal(await page.locator('#article-title').textContent(), 'Syria and Russia: the Moscow talks');
  assert.equal(await articleText(page),
    `${start} مرحبا 👋🏽.\n\nEnergy\n\nWheat & ports\n\nDate\n\n3 December`);

  // The OpenDocument file is dropped on the page; its footnote is left out.
  const odt = await fs.readFile(path.resolve(here, '../corpus/talks.odt'));
  await page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'talks.odt', { type: 'application/vnd.oasis.opendocument.text' }));
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [...odt]);
  await page.getByRole('status').filter({ hasText: 'was read as an OpenDocument text: 5 paragraphs' }).waitFor();
  assert.equal(await articleText(page), `${start}  مرحبا 👋🏽.\n\nEnergy\n\nWheat & ports`);
  assert.equal(await page.locator('nav.articles .doc-title').count(), 7, 'the sample and two added');
  assert.deepEqual(page.errors, []);
});

test('text pasted from a web page keeps its paragraphs and leaves the page around it out', async () => {
  const page = await openApp(run.browser, run.server.url);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog');
  // As a browser puts a selection of a news page on the clipboard.
  const html = '<meta charset="utf-8"><p class="kicker">NEWS / TRANSPORT</p><h1>Trains run late again</h1>'
    + '<div class="share-bar"><a>Share</a><a>Tweet</a></div><img alt="A crowded platform">'
    + '<p>Commuters waited <b>two hours</b> on Monday.</p><p>The operator\n  apologised.</p>';
  await dialog.getByLabel('Article text').focus();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'NEWS / TRANSPORT Trains run late again Share Tweet A crowded platform');
    document.querySelector('.add-article textarea').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await dialog.getByText('Pasted from a web page: 4 paragraphs').waitFor();
  assert.equal(await dialog.getByLabel('Article text').inputValue(),
    'NEWS / TRANSPORT\n\nTrains run late again\n\nCommuters waited two hours on Monday.\n\nThe operator apologised.');
  assert.equal(await dialog.getByLabel('Title').inputValue(), 'Trains run late again');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  assert.equal(await page.locator('#article-title').textContent(), 'Trains run late again');
  assert.deepEqual(page.errors, []);
});

test('the scripting API reads and adds annotations as one undoable change', async () => {
  const page = await openApp(run.browser, run.server.url);
  const docs = await page.evaluate(() => window.framelens.documents());
  assert.equal(docs.length, 5);
  assert.equal(docs[0].source, 'Press TV');
  const added = await page.evaluate(() =>
    window.framelens.addAnnotations([
      { start: 0, end: 4, tag: 'fact' },
      { start: 0, end: 11, tag: 'claim', note: 'via <i>script</i>' },
    ]),
  );
  assert.equal(added, 2);
  await page.locator('.panel .entry').nth(1).waitFor();
  const firstLine = await page.locator('.article-text p').first().textContent();
  assert.deepEqual(await panelEntries(page), [
    ['Claim', cpSlice(firstLine, 0, 11), 'via <i>script</i>'],
    ['Fact', 'News', ''],
  ]);
  const listed = await page.evaluate(() => window.framelens.annotations());
  assert.deepEqual(listed.map((a) => [a.start, a.end, a.tag]), [[0, 11, 'claim'], [0, 4, 'fact']]);
  await assert.rejects(page.evaluate(() => window.framelens.addAnnotations([{ start: 0, end: 1, tag: ' ' }])), /cannot be a tag/);
  // Malformed values are refused with what is wrong, and change nothing.
  const refused = (call) => page.evaluate(call).then(() => 'accepted', (e) => e.message);
  assert.match(await refused(() => window.framelens.addAnnotations([{ start: 0, tag: 'fact' }])), /item 0: end is missing/);
  assert.match(await refused(() => window.framelens.addAnnotations([{ start: 0, end: 2, tag: 'fact' }, { start: -1, end: 2, tag: 'fact' }])), /item 1: start must be a whole number/);
  assert.match(await refused(() => window.framelens.addAnnotations([{ start: 0, end: 2, tag: 'fact', note: 5 }])), /item 0: note must be a string/);
  assert.match(await refused(() => window.framelens.addAnnotations()), /expected a list of annotations/);
  assert.match(await refused(() => window.framelens.addDocument({ title: 'No text' })), /addDocument needs a text/);
  assert.match(await refused(() => window.framelens.addDocument({ text: 'A text.', title: 5 })), /title must be a string/);
  assert.equal(await page.evaluate(() => window.framelens.documents().length), 5);
  // A tag the set lacks is added to it, as an import adds one.
  assert.equal(await page.evaluate(() => window.framelens.addAnnotations([{ start: 0, end: 4, tag: 'Opinion' }])), 1);
  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: /^Opinion/ }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: /^Opinion/ }).count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await panelEntries(page), []);
  // A long text crosses into wasm in slices of 65,536 UTF-16 units: a letter outside
  // the BMP across a slice's end, and letters of two and three bytes, arrive whole.
  assert.match(await refused(() => window.framelens.addDocument({ text: 5 })), /text must be a string/);
  const long = `${'a'.repeat(65_535)}👋${'é'.repeat(65_533)}🏽${'文'.repeat(70_000)}\nend`;
  const fingerprint = await page.evaluate((text) => window.framelens.addDocument({ title: 'Long', text }), long);
  assert.equal(fingerprint, crypto.createHash('sha256').update(long).digest('hex'));
  const length = await page.evaluate((f) => window.framelens.documents().find((d) => d.fingerprint === f).length, fingerprint);
  assert.equal(length, [...long].length);
});

test('in a long article of short lines, the blocks that move into view are painted', async () => {
  const page = await openApp(run.browser, run.server.url);
  // 400 one-word lines, each after two empty ones: the first block of 32 lines
  // shows 11 words, far shorter than its placeholder height, so the blocks below
  // it move up into view once the browser has laid it out, without any scroll.
  const text = Array.from({ length: 400 }, (_, i) => `word${String(i).padStart(3, '0')}`).join('\n\n\n');
  const annotations = Array.from({ length: 400 }, (_, i) => ({ start: i * 10, end: i * 10 + 4, tag: 'claim' }));
  await page.evaluate((doc) => window.framelens.addDocument(doc), { title: 'Short lines', source: 'test', text, annotations });
  await page.locator('.article-text p', { hasText: 'word011' }).waitFor();
  // Every word drawn in the viewport has its highlight registered.
  await page.waitForFunction(() => {
    const painted = new Set([...(CSS.highlights.get('fl-amber') ?? [])].map((r) => r.startContainer.parentNode));
    const inView = [...document.querySelectorAll('.article-text p')].filter((p) => {
      const rect = p.getBoundingClientRect();
      return rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
    });
    return inView.length > 11 && inView.every((p) => painted.has(p));
  }, null, { timeout: 5000 });
});

test('choosing an annotation in the list scrolls the text to it, unless it is in view', async () => {
  const page = await openApp(run.browser, run.server.url);
  const lines = Array.from({ length: 300 }, (_, i) => `Line number ${i} of a long article.`);
  const text = lines.join('\n');
  const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i > 0));
  const annotations = starts.map((start) => ({ start, end: start + 4, tag: 'fact' }));
  await page.evaluate((doc) => window.framelens.addDocument(doc), { title: 'Long', source: 'test', text, annotations });
  const line = (n) => page.locator('.article-text p').nth(n);
  const inView = (n) => line(n).evaluate((p) => {
    const rect = p.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  });
  assert.equal(await inView(90), false);
  await page.locator('.panel .list .entry').nth(90).click();
  await page.waitForFunction(() => {
    const rect = document.querySelectorAll('.article-text p')[90].getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  });
  // The line is now in view: choosing its neighbour leaves the page where it is.
  const scrolled = await page.evaluate(() => document.scrollingElement.scrollTop);
  await page.locator('.panel .list .entry').nth(91).click();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), scrolled);
  assert.equal(await inView(91), true);
});

test('reopened, the page returns to the article and the place the reader left', async () => {
  const page = await openApp(run.browser, run.server.url);
  const tabs = page.getByRole('navigation', { name: 'Articles' }).getByRole('button');
  await tabs.nth(3).click();
  await page.locator('#article-title', { hasText: 'Al-Sharaa in Moscow' }).waitFor();
  // Scroll so that a paragraph far down is at the top of the window.
  const target = page.locator('.article-text p').nth(14);
  await target.evaluate((p) => window.scrollTo(0, p.getBoundingClientRect().top + scrollY - 150));
  const words = await target.textContent();
  await page.waitForTimeout(1200);
  await page.reload();
  await page.locator('#article-title', { hasText: 'Al-Sharaa in Moscow' }).waitFor();
  await page.waitForFunction((words) => {
    return [...document.querySelectorAll('.article-text p')].some((p) => {
      const r = p.getBoundingClientRect();
      return p.textContent.startsWith(words) && r.top > 0 && r.top < innerHeight / 2;
    });
  }, words);
  assert.deepEqual(page.errors, []);
});

test('after many changes, a reader who never exported is reminded once that the work lives only in this browser', async () => {
  const page = await openApp(run.browser, run.server.url);
  const change = (n) => page.evaluate((n) => window.framelens.addAnnotations([{ start: n, end: n + 1, tag: 'fact' }]), n);
  for (let n = 0; n < 49; n++) await change(n);
  await saved(page);
  assert.equal(await page.getByText('Your work lives only in this browser').count(), 0);
  await change(60);
  await page.getByRole('status').filter({ hasText: 'Your work lives only in this browser, and it has never been exported here.' }).waitFor();
  // The Export dialog says how the browser keeps it; after an export, no reminder.
  await page.getByRole('button', { name: 'Export' }).click();
  assert.match(await page.getByRole('dialog').textContent(), /(keeps your work until you clear|may clear your work|kept in this browser only)/);
  await page.keyboard.press('Escape');
  await exportJson(page, /Framelens workspace/);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  for (let n = 100; n < 155; n++) await change(n);
  await saved(page);
  assert.equal(await page.getByText('Your work lives only in this browser').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the Tags dialog renames, adds, reorders and removes tags, asks what becomes of spans, and one Undo takes it back', async () => {
  const page = await openApp(run.browser, run.server.url);
  await addArticle(page, EMOJI_TEXT);
  await dragSelect(page, 'restore ties');
  await page.keyboard.press('3');
  await dragSelect(page, 'flags: the minister');
  await page.keyboard.press('1');
  const before = await panelEntries(page);
  assert.deepEqual(before.map(([tag]) => tag), ['Claim', 'Framing']);

  await page.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  await dialog.getByLabel('Name of tag 1').fill('Assertion');
  await dialog.getByRole('button', { name: 'Add a tag' }).click();
  await dialog.getByLabel('Name of tag 5').fill('Émotion 😢');
  // Moved up to key 4, by keyboard.
  await dialog.getByRole('button', { name: 'Move tag 5 up' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await dialog.getByLabel('Name of tag 4').inputValue(), 'Émotion 😢');
  // Framing is in use: saving asks what becomes of its span.
  await dialog.getByRole('button', { name: 'Remove tag 3' }).click();
  const leaving = dialog.getByLabel(/1 span is tagged “Framing”/);
  await dialog.getByRole('button', { name: 'Save tags' }).click();
  assert.equal(await dialog.count(), 1, 'the dialog stays until the reader answers');
  await leaving.selectOption({ label: 'Re-tag them as Émotion 😢' });
  // The answer follows its tag's row when the row moves, not the place it had.
  const answer = () => leaving.evaluate((select) => select.selectedOptions[0].textContent);
  await dialog.getByRole('button', { name: 'Move tag 3 down' }).click();
  assert.equal(await answer(), 'Re-tag them as Émotion 😢');
  await dialog.getByRole('button', { name: 'Move tag 4 up' }).click();
  assert.equal(await answer(), 'Re-tag them as Émotion 😢');
  // Two tags of one name are refused with a message.
  await dialog.getByLabel('Name of tag 2').fill('assertion');
  await dialog.getByRole('button', { name: 'Save tags' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Two tags are named “assertion”' }).waitFor();
  await dialog.getByLabel('Name of tag 2').fill('Quote');
  await dialog.getByRole('button', { name: 'Save tags' }).click();
  await dialog.waitFor({ state: 'detached' });

  const toolbar = page.getByRole('toolbar', { name: 'Annotate' });
  const names = await toolbar.locator('.tag-button').evaluateAll((bs) => bs.map((b) => [b.firstChild.textContent, b.getAttribute('aria-keyshortcuts')]));
  assert.deepEqual(names, [['Assertion', '1'], ['Quote', '2'], ['Émotion 😢', '3'], ['Fact', '4']]);
  assert.deepEqual((await panelEntries(page)).map(([tag]) => tag), ['Assertion', 'Émotion 😢']);
  // Its key tags; the workspace file holds the set.
  await dragSelect(page, 'we will');
  await page.keyboard.press('3');
  const { json } = await exportJson(page, 'Framelens workspace');
  // Names left as they were shown stay as they were in files.
  assert.deepEqual(json.tags.map((t) => t.name), ['Assertion', 'quote', 'Émotion 😢', 'fact']);
  // Undo takes back the new span, then the whole change of tags at once.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  assert.deepEqual(await panelEntries(page), before);
  assert.deepEqual(await toolbar.locator('.tag-button').evaluateAll((bs) => bs.map((b) => b.firstChild.textContent)), ['Claim', 'Quote', 'Framing', 'Fact']);
  assert.deepEqual(page.errors, []);
});
