// The interface's languages: the page starts in the browser's language, mirrored in
// Arabic; the language menu switches at once and is remembered; nothing is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { started, openApp, dragSelect, download, importFiles, panelEntries, saved, dragRightToLeft, shiftLeftOver } from './harness.mjs';

const run = started();

const root = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const tagButtons = (page) => page.locator('.toolbar .tag-button').evaluateAll((bs) => bs.map((b) => b.firstChild.textContent));

test('an Arabic browser gets the page in Arabic, mirrored, and tags an Arabic article by mouse and by keys', async () => {
  const page = await openApp(run.browser, run.server.url, { locale: 'ar' });
  assert.deepEqual(await root(page), ['ar', 'rtl']);
  assert.deepEqual(await tagButtons(page), ['ادعاء', 'اقتباس', 'تأطير', 'واقعة']);
  assert.equal(await page.locator('.save-state').textContent(), 'حُفظت كل التغييرات');
  // Mirrored: the toolbar starts at the right, the side panel is on the left.
  const [toolbar, panel, text] = await Promise.all(['.toolbar .tag-button', '.panel', '.article-view'].map((s) =>
    page.locator(s).first().evaluate((e) => e.getBoundingClientRect().toJSON())));
  assert.ok(toolbar.right > 1200, `the first tag button at the right: ${toolbar.right}`);
  assert.ok(panel.right < text.left, 'the panel to the left of the article');

  const arabic = 'قال المتحدث إن المحادثات كانت بناءة';
  await page.evaluate((text) => window.framelens.addDocument({ title: 'محادثات', source: 'وكالة', text, annotations: [] }), `${arabic}\n\nThe envoy agreed.`);
  await page.locator('.article-text p', { hasText: 'The envoy' }).waitFor();
  // Each line takes its own direction, whatever the page's.
  assert.equal(await page.locator('.article-text p').first().getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('.article-text p').nth(1).evaluate((p) => getComputedStyle(p).direction), 'ltr');
  // The mouse, from the word's first letter on the right to its last; key 2.
  await dragRightToLeft(page, 'المحادثات');
  await page.keyboard.press('2');
  // The keys: before the first letter, Shift+Left three times takes the first word.
  await shiftLeftOver(page, 'قال');
  await page.keyboard.press('4');
  assert.deepEqual((await panelEntries(page)).map(([tag, quote]) => [tag, quote]), [['واقعة', 'قال'], ['اقتباس', 'المحادثات']]);
  assert.equal(await page.locator('.panel-title').textContent(), 'التوسيمات (2)');
  const file = JSON.parse(await page.evaluate(() => window.framelens.exportWorkspace()));
  const spans = file.annotations.map((a) => [a.tag, a.start, a.end]).sort((a, b) => a[1] - b[1]);
  // Tags are data: the file names them as always.
  assert.deepEqual(spans, [['fact', 0, 3], ['quote', 15, 24]]);
  assert.deepEqual(page.errors, []);
});

test('a French browser gets the page in French, with numbers as French writes them', async () => {
  const page = await openApp(run.browser, run.server.url, { locale: 'fr-FR' });
  assert.deepEqual(await root(page), ['fr', 'ltr']);
  assert.deepEqual(await tagButtons(page), ['Affirmation', 'Citation', 'Cadrage', 'Fait']);
  assert.equal(await page.getByRole('toolbar', { name: 'Annoter' }).getByRole('button', { name: 'Annuler' }).count(), 1);
  assert.match(await page.locator('.keys').textContent(), /^Touches : .*1 Affirmation · 2 Citation · 3 Cadrage · 4 Fait\./);
  // What the page says after an action, too: an undo with nothing to undo, a tag key with no selection.
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+z');
  await page.getByRole('status').filter({ hasText: 'Rien à annuler.' }).waitFor();
  await page.keyboard.press('Escape');
  await page.evaluate(() => getSelection().removeAllRanges());
  await page.keyboard.press('3');
  await page.getByRole('status').filter({ hasText: 'Sélectionnez d\'abord du texte dans l\'article, puis appuyez sur 3 ou choisissez Cadrage.' }).waitFor();
  // An import's summary, with numbers as French writes them.
  const line = JSON.stringify({ text: 'Le ministre a parlé.', label: [[3, 11, 'claim']] });
  await page.locator('.toolbar input[type=file]').setInputFiles({ name: 'projet.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(`${line}\n`) });
  await page.getByRole('status').filter({ hasText: '1 article importé et 1 annotation.' }).waitFor();
  // Why a row was skipped, and why a file was refused, in French too.
  const rows = 'tag,text\nclaim,ministre\n,a parlé\n';
  await page.locator('.toolbar input[type=file]').setInputFiles({ name: 'lignes.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await page.getByRole('status').filter({ hasText: 'ligne 3 : ignoré, il n\'a pas d\'étiquette' }).waitFor();
  await page.locator('.toolbar input[type=file]').setInputFiles({ name: 'cassé.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await page.getByRole('alert').filter({ hasText: 'ce fichier n\'est pas valide : ligne 1, colonne' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the language menu switches at once, keeps the work, and is remembered over a reload', async () => {
  const page = await openApp(run.browser, run.server.url, { locale: 'en-GB' });
  await dragSelect(page, 'Hay’at Tahrir al-Sham');
  await page.keyboard.press('1');
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
  assert.deepEqual(await root(page), ['de', 'ltr']);
  assert.deepEqual(await tagButtons(page), ['Behauptung', 'Zitat', 'Framing', 'Fakt']);
  assert.deepEqual(await panelEntries(page), [['Behauptung', 'Hay’at Tahrir al-Sham', '']]);
  // Undo is still one key away, in any language.
  assert.equal(await page.getByRole('button', { name: 'Rückgängig' }).isEnabled(), true);
  await saved(page);
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  assert.deepEqual(await root(page), ['de', 'ltr']);
  assert.deepEqual(await panelEntries(page), [['Behauptung', 'Hay’at Tahrir al-Sham', '']]);
  // And back: Arabic mirrors the page at once.
  await page.getByLabel('Sprache').selectOption({ label: 'العربية' });
  assert.deepEqual(await root(page), ['ar', 'rtl']);
  await page.getByLabel('اللغة').selectOption({ label: 'English' });
  assert.deepEqual(await tagButtons(page), ['Claim', 'Quote', 'Framing', 'Fact']);
  assert.deepEqual(page.errors, []);
});

test('an exercise made in French opens in French for a student whose browser is in English, and feedback pages are written in the page\'s language', async () => {
  const teacher = await openApp(run.browser, run.server.url, { locale: 'fr' });
  await teacher.getByRole('button', { name: 'Exercice', exact: true }).click();
  const exercise = await download(teacher, teacher.getByRole('dialog').getByRole('button', { name: 'Télécharger le fichier élève' }));
  assert.equal(JSON.parse(exercise.bytes.toString('utf8')).exercise.language, 'fr');
  await teacher.context().close();

  const student = await openApp(run.browser, run.server.url, { locale: 'en-GB' });
  await importFiles(student, [{ name: exercise.name, buffer: exercise.bytes }]);
  await student.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.deepEqual(await tagButtons(student), ['Affirmation', 'Citation', 'Cadrage', 'Fait']);
  assert.equal(await student.getByRole('region', { name: 'Exercice' }).getByText('Une affirmation que l\'on pourrait discuter').count(), 1);
  // Her own choice wins.
  await student.getByLabel('Langue').selectOption({ label: 'English' });
  await student.reload();
  await student.locator('.article-text p').first().waitFor();
  assert.equal(await student.evaluate(() => document.documentElement.lang), 'en');
  await student.context().close();

  const page = await openApp(run.browser, run.server.url, { locale: 'de' });
  await page.getByRole('button', { name: 'Übung', exact: true }).click();
  await page.getByRole('button', { name: 'Die Beispielklasse ausprobieren' }).click();
  await page.getByRole('button', { name: 'Klasse und Rückmeldungen' }).click();
  await page.locator('.class-view table.scores tbody tr').nth(4).waitFor();
  const feedback = await download(page, page.getByRole('dialog').getByRole('button', { name: 'Alle Rückmeldeseiten' }));
  const html = feedback.bytes.toString('utf8');
  assert.match(html, /<html lang="de" dir="ltr">/);
  assert.match(html, /Gesamtpunktzahl: <strong>\d+\.\d%<\/strong>/);
  assert.match(html, /<th>Was geschah<\/th><th>Die Lösung<\/th>/);
  // The printable report too: its headings and the first tags in German.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Exportieren', exact: true }).click();
  const report = await download(page, page.getByRole('dialog').getByRole('button', { name: /Druckbarer Bericht/ }));
  const printed = report.bytes.toString('utf8');
  assert.match(printed, /<html lang="de" dir="ltr">/);
  assert.match(printed, /<title>Framelens-Bericht<\/title>/);
  assert.match(printed, /<h2>Legende<\/h2>/);
  assert.match(printed, /<th>Behauptung<\/th>/);
  assert.deepEqual(page.errors, []);
});
