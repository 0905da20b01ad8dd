// The paths that matter to a reader, in every engine a class uses: Chromium,
// Firefox and WebKit (Safari's engine), from both outputs (dist/ over http, and
// framelens.html opened from a file). The steps are written once, against the
// WebDriver `Reader` of webdriver.mjs; the Chromium-only suite goes further.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, DIST } from './harness.mjs';
import { startDriver, Reader, KEY } from './webdriver.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const ENGINES = (process.env.FRAMELENS_ENGINES ?? 'chromium,firefox,webkit').split(',');
const WAIT = { timeout: 120_000 };

/**
 * The test `body`, run once more from a fresh session in WebKit when a step times
 * out there: WebKit's MiniBrowser under Xvfb now and then shows a blank page after
 * a reload, or stops answering, at a different step each time (here about one run
 * of this suite in five; the same steps pass alone, many times over). A fault of
 * ours fails both times. The first failure is printed, so that it is seen.
 */
function check(engine, name, body) {
  if (engine !== 'webkit') return test(name, WAIT, body);
  return test(name, { timeout: 2 * WAIT.timeout }, async () => {
    try {
      await body();
    } catch (error) {
      if (!/timed out/.test(error.message)) throw error;
      console.error(`[webkit] ${name}: once more, after: ${error.message}`);
      await body();
    }
  });
}

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

/** Both outputs of the build, by name, and where each opens. */
const OUTPUTS = {
  'dist/ over http': () => server.url,
  'framelens.html from a file': () => pathToFileURL(path.join(DIST, 'framelens.html')).href,
};

/** Opens the app at `url` in a fresh page and waits for the first article. */
async function openApp(reader, url) {
  await reader.go(url);
  try {
    await reader.until('the first article', () => document.querySelector('.article-text p') !== null);
  } catch (error) {
    const shown = await reader.run(() => document.body?.innerText.slice(0, 300)).catch((e) => String(e));
    throw new Error(`${error.message}; the page shows: ${shown}`);
  }
  await reader.catchDownloads();
}

/**
 * Kills the browser running on `profile` at once, as a crash or a power cut would,
 * and waits until it is gone. Its child processes follow it on their own.
 */
async function killBrowser(profile) {
  const running = () => fs.readdirSync('/proc').filter((pid) => {
    try {
      return /^\d+$/.test(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(profile);
    } catch {
      return false;
    }
  });
  const killed = running();
  assert.ok(killed.length > 0, `no browser runs on ${profile}`);
  for (const pid of killed) process.kill(Number(pid), 'SIGKILL');
  while (running().length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
}

const saved = (reader) =>
  reader.until('autosave', () => document.querySelector('.save-state')?.dataset.saved === 'true');
const notice = (reader) => reader.run(() => document.querySelector('.notices')?.textContent ?? '');

for (const engine of ENGINES) {
  describe(`in ${engine}`, () => {
    let driver;
    before(async () => { driver = await startDriver(engine); });
    after(async () => { await driver?.stop(); });

    for (const [output, address] of Object.entries(OUTPUTS)) {
      check(engine, `${output}: tag by key and by button, choose, re-tag, note, delete, undo and redo, kept over a reload`, async () => {
        const reader = await Reader.open(driver, engine);
        try {
          await openApp(reader, address());
          assert.equal((await reader.texts('nav.articles li')).length, 5);
          assert.deepEqual(await reader.run(() => [...document.querySelectorAll('#boot')].length), 0);

          // A mouse drag and a key; a drag and a tag button.
          await reader.drag('Hay’at Tahrir al-Sham');
          await reader.press('1');
          await reader.until('the claim', () => document.querySelectorAll('.panel .entry').length === 1);
          await reader.drag('on Wednesday');
          await reader.button('Quote');
          await reader.until('the quote', () => document.querySelectorAll('.panel .entry').length === 2);
          assert.deepEqual(await reader.entries(), [
            ['Claim', 'Hay’at Tahrir al-Sham', ''],
            ['Quote', 'on Wednesday', ''],
          ]);
          // Both are painted.
          assert.deepEqual(await reader.run(() => ['fl-amber', 'fl-sky'].map((n) => CSS.highlights.get(n)?.size ?? 0)), [1, 1]);

          // Choose the claim by clicking its words, re-tag it by key, write a note.
          await reader.clickText('Tahrir');
          await reader.until('the editor', () => document.querySelector('.editor select') !== null);
          await reader.press('3');
          await reader.until('the re-tag', () => document.querySelector('.editor select')?.value === 'framing');
          await reader.type('.editor textarea', 'A loaded name');
          await reader.click('.panel-title');
          await reader.until('the note', () => document.querySelector('.panel .entry .note')?.textContent === 'A loaded name');

          // Delete by key, then undo and redo by keys, then undo by button.
          await reader.click('.panel .entry');
          await reader.press(KEY.Delete);
          await reader.until('the delete', () => document.querySelectorAll('.panel .entry').length === 1);
          await reader.click('.article-text');
          await reader.press('z', [KEY.Control]);
          await reader.until('the undo', () => document.querySelectorAll('.panel .entry').length === 2);
          await reader.press('z', [KEY.Control, KEY.Shift]);
          await reader.until('the redo', () => document.querySelectorAll('.panel .entry').length === 1);
          await reader.button('Undo');
          await reader.until('the undo', () => document.querySelectorAll('.panel .entry').length === 2);

          // Saved, and still there after a reload.
          await saved(reader);
          assert.equal(await reader.run(() => document.querySelector('.save-state').textContent), 'All changes saved');
          await reader.reload();
          await reader.until('the saved annotations', () => document.querySelectorAll('.panel .entry').length === 2);
          assert.deepEqual(await reader.entries(), [
            ['Framing', 'Hay’at Tahrir al-Sham', 'A loaded name'],
            ['Quote', 'on Wednesday', ''],
          ]);
          assert.doesNotMatch(await notice(reader), /failed|could not/i);
          // So is the undo history: Undo takes back the note written before the reload.
          await reader.button('Undo');
          await reader.until('the undo after the reload', () => !document.querySelector('.panel .entry .note')?.textContent);
          await saved(reader);
          await reader.reload();
          await reader.until('the saved annotations', () => document.querySelectorAll('.panel .entry').length === 2);
          await reader.button('Redo');
          await reader.until('the redo after the reload', () => document.querySelector('.panel .entry .note')?.textContent === 'A loaded name');
        } finally {
          await reader.quit();
        }
      });
    }

    check(engine, 'a tag of the reader\'s own: added in the Tags dialog, applied with key 5, kept over a reload', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await openApp(reader, server.url);
        await reader.button('Tags…');
        await reader.button('Add a tag');
        await reader.type('input[aria-label="Name of tag 5"]', 'Source');
        await reader.button('Save tags');
        await reader.until('the Source button', () => [...document.querySelectorAll('.toolbar .tag-button')].some((b) => b.getAttribute('aria-keyshortcuts') === '5'));
        await reader.drag('on Wednesday');
        await reader.press('5');
        await reader.until('the span', () => document.querySelectorAll('.panel .entry').length === 1);
        assert.deepEqual(await reader.entries(), [['Source', 'on Wednesday', '']]);
        assert.equal(await reader.run(() => CSS.highlights.get('fl-orange')?.size ?? 0), 1);
        await saved(reader);
        await reader.reload();
        await reader.until('the saved span', () => document.querySelectorAll('.panel .entry').length === 1);
        assert.deepEqual(await reader.entries(), [['Source', 'on Wednesday', '']]);
        assert.match(await reader.run(() => document.querySelector('.keys').textContent), /5 Source/);
      } finally {
        await reader.quit();
      }
    });

    check(engine, 'a save the browser refuses is said until one succeeds, and nothing is lost', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await openApp(reader, server.url);
        await reader.drag('Hay’at Tahrir al-Sham');
        await reader.press('1');
        await saved(reader);
        // The storage fills up: every write is refused, as when the disk is full.
        await reader.run(() => {
          window.keptPut = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
        });
        await reader.drag('on Wednesday');
        await reader.press('2');
        const failed = () => document.querySelector('.save-state')?.textContent === 'Not saved: export to keep your work';
        await reader.until('the failure', failed);
        assert.match(await notice(reader), /Autosave failed: the browser's storage is full or blocked.*Export the workspace/);
        // Reading another article does not hide it: it stays until a save succeeds.
        await reader.click('nav.articles li:nth-child(2) button');
        await reader.until('the second article', () => document.querySelector('nav.articles li:nth-child(2) [aria-current]') !== null);
        assert.equal(await reader.run(failed), true);
        // Room again: the next change saves both.
        await reader.run(() => { IDBObjectStore.prototype.put = window.keptPut; });
        await reader.click('nav.articles li:nth-child(1) button');
        await reader.drag('Hay’at Tahrir al-Sham');
        await reader.press('4');
        await saved(reader);
        await reader.reload();
        await reader.until('the saved annotations', () => document.querySelectorAll('.panel .entry').length === 3);
        assert.deepEqual((await reader.entries()).map(([tag, quote]) => `${tag} ${quote}`).sort(), [
          'Claim Hay’at Tahrir al-Sham', 'Fact Hay’at Tahrir al-Sham', 'Quote on Wednesday',
        ]);
      } finally {
        await reader.quit();
      }
    });

    check(engine, 'two windows (as two tabs) editing in turns keep every change, over a reload', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await openApp(reader, server.url);
        const first = await reader.window();
        const second = await reader.newWindow();
        await openApp(reader, server.url);
        const count = (n) => reader.until(`${n} annotations`, (n) => document.querySelectorAll('.panel .entry').length === n, n);
        await reader.switchTo(first);
        await reader.drag('Hay’at Tahrir al-Sham');
        await reader.press('1');
        await saved(reader);
        // The idle window follows.
        await reader.switchTo(second);
        await count(1);
        await reader.drag('on Wednesday');
        await reader.press('2');
        await saved(reader);
        await reader.switchTo(first);
        await count(2);
        await reader.reload();
        await count(2);
        assert.deepEqual((await reader.entries()).map(([tag, quote]) => `${tag} ${quote}`), [
          'Claim Hay’at Tahrir al-Sham', 'Quote on Wednesday',
        ]);
      } finally {
        await reader.quit();
      }
    });

    // Chromium is killed in the Chromium suite (keyboard.test.mjs). WebKit's
    // automation sessions keep nothing on disk, like a private window: a killed
    // MiniBrowser leaves no storage to open again.
    if (engine === 'firefox') {
      check(engine, 'a killed browser keeps every change, even one a moment old, with the undo history, and a kill during a whole save leaves one that opens', async () => {
        const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-firefox-'));
        const first = () => reader.click('nav.articles li:nth-child(1) button');
        const count = (n) => reader.until(`${n} annotations`, (n) => document.querySelectorAll('.panel .entry').length === n, n);
        const kept = async () => (await reader.entries()).map(([tag, quote]) => `${tag} ${quote}`);
        let reader = await Reader.open(driver, engine, { profile });
        try {
          await openApp(reader, server.url);
          // A 3 MB article beside the sample, so that a whole save takes a while.
          await reader.run(() => {
            const sentence = 'The minister said the talks were productive, and the crowd outside waited. ';
            let text = '';
            while (text.length < 3_000_000) text += sentence + (text.length % 7000 < 80 ? '\n\n' : '');
            window.framelens.addDocument({ title: 'Large', source: 'Test', text, annotations: [] });
          });
          await saved(reader);
          await first();
          await reader.drag('Hay’at Tahrir al-Sham');
          await reader.press('1');
          await saved(reader);
          // Killed 150 ms after a change, while autosave may be writing it.
          await reader.drag('on Wednesday');
          await reader.press('2');
          await new Promise((resolve) => setTimeout(resolve, 150));
          await killBrowser(profile);
          await reader.quit();

          reader = await Reader.open(driver, engine, { profile });
          await openApp(reader, server.url);
          await first();
          await count(2);
          assert.deepEqual(await kept(), ['Claim Hay’at Tahrir al-Sham', 'Quote on Wednesday']);
          assert.equal(await notice(reader), '');
          // Undo goes on from before the kill. As a visit's first change it is
          // saved whole, 3 MB: killed while that is being written, the browser
          // still opens a save, the one before or the one after.
          await reader.button('Undo');
          await count(1);
          assert.equal(await reader.run(() => document.querySelector('.save-state').dataset.saved), 'false');
          await killBrowser(profile);
          await reader.quit();

          reader = await Reader.open(driver, engine, { profile });
          await openApp(reader, server.url);
          await first();
          await reader.until('the saved annotations', () => document.querySelectorAll('.panel .entry').length > 0);
          const after = await kept();
          assert.ok([1, 2].includes(after.length) && after[0] === 'Claim Hay’at Tahrir al-Sham', after.join(', '));
          assert.equal(await notice(reader), '');
          assert.equal((await reader.texts('nav.articles li')).length, 6);
        } finally {
          await reader.quit();
          fs.rmSync(profile, { recursive: true, force: true });
        }
      });
    }

    check(engine, 'every export gives its file, and an import brings deleted annotations back', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await openApp(reader, server.url);
        await reader.drag('Hay’at Tahrir al-Sham');
        await reader.press('4');
        await reader.drag('on Wednesday');
        await reader.press('2');
        await reader.until('two annotations', () => document.querySelectorAll('.panel .entry').length === 2);
        const expected = [
          ['Framelens workspace (JSON)', 'framelens-workspace.json', 'Hay’at Tahrir al-Sham'],
          ['W3C Web Annotation (JSON-LD)', 'framelens-annotations.jsonld', 'Hay’at Tahrir al-Sham'],
          ['Spreadsheet (CSV)', 'framelens-annotations.csv', 'Hay’at Tahrir al-Sham'],
          ['doccano (JSONL)', 'framelens-doccano.jsonl', '"fact"'],
          ['Label Studio (JSON)', 'framelens-label-studio.json', 'Fact'],
          ['brat standoff (.zip)', 'framelens-brat.zip', null],
          ['Printable report (HTML)', 'framelens-report.html', 'Hay’at Tahrir al-Sham'],
        ];
        const files = {};
        for (const [button, name, holds] of expected) {
          await reader.button('Export');
          await reader.until('the Export dialog', () => document.querySelector('.export-dialog') !== null);
          await reader.button(button, '.export-dialog');
          const file = await reader.nextDownload();
          assert.equal(file.name, name, button);
          if (holds) assert.ok(file.text.includes(holds), `${name} holds ${holds}`);
          else assert.ok(file.size > 100, `${name} is a zip of some size`);
          files[name] = file;
        }
        // Delete both, then import the W3C file: they come back.
        for (let left = 2; left > 0; left--) {
          await reader.click('.panel .entry');
          await reader.press(KEY.Delete);
          await reader.until('the delete', (n) => document.querySelectorAll('.panel .entry').length === n, left - 1);
        }
        const w3c = files['framelens-annotations.jsonld'];
        await reader.drop('.app', [{ name: w3c.name, text: w3c.text }]);
        await reader.until('the import', () => document.querySelectorAll('.panel .entry').length === 2);
        assert.match(await notice(reader), /Imported 0 articles and 2 annotations\./);
        assert.deepEqual((await reader.entries()).map(([tag]) => tag), ['Fact', 'Quote']);
      } finally {
        await reader.quit();
      }
    });

    check(engine, 'a saved web page and a hostile one open as clean text, nothing in them runs, and one nested 100,000 deep is refused', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await openApp(reader, server.url);
        const saved = fs.readFileSync(path.resolve(here, '../corpus/saved-news-page.html'), 'utf8');
        await reader.drop('.app', [{ name: 'syria.html', text: saved }]);
        await reader.until('the saved page', () => document.querySelector('#article-title')?.textContent === 'Syria seeks to reset ties with Russia');
        assert.match(await notice(reader), /was read as a saved web page: 9 paragraphs/);
        const hostile = '<body onload="window.pwned = 1"><p>Plain <a href="javascript:window.pwned = 2">words</a>.'
          + '<img src=x onerror="window.pwned = 3"><svg onload="window.pwned = 4"></svg></p>'
          + `${'<div>'.repeat(600)}Deep words.${'</div>'.repeat(600)}</body>`;
        await reader.drop('.app', [{ name: 'hostile.html', text: hostile }]);
        await reader.until('the hostile page', () => document.querySelector('.article-text')?.innerText.startsWith('Plain words.'));
        // WebKit's innerText ends the last paragraph with its blank line.
        assert.equal(await reader.run(() => document.querySelector('.article-text').innerText.trimEnd()), 'Plain words.\n\nDeep words.');
        assert.equal(await reader.run(() => window.pwned), null);
        await reader.drop('.app', [{ name: 'deep.html', text: `<p>x</p>${'<div>'.repeat(100_000)}y` }]);
        await reader.until('the refusal', () => /deep\.html\u2069 cannot be opened: this page nests its elements more than 1,000 levels deep/
          .test(document.querySelector('.notices')?.textContent ?? ''));
      } finally {
        await reader.quit();
      }
    });

    check(engine, 'a right-to-left line reads from the right, and Shift with the left arrow selects it in reading order', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await openApp(reader, server.url);
        const arabic = 'قال المتحدث إن المحادثات كانت بناءة';
        await reader.drop('.app', [{ name: 'mixed.txt', text: `Talks in Damascus\n\n${arabic}\n\nThe envoy agreed.` }]);
        await reader.until('the mixed article', () => document.querySelector('#article-title')?.textContent === 'Talks in Damascus');
        const [first] = await reader.edgesOf('قال');
        const [last] = await reader.edgesOf('بناءة');
        assert.ok(first.left > last.left, `the line starts at the right: ${first.left} > ${last.left}`);
        await reader.pointer('mouse', [{ x: first.right - 1, y: (first.top + first.bottom) / 2 }]);
        await reader.press(KEY.ArrowLeft.repeat(3), [KEY.Shift]);
        assert.equal(await reader.run(() => getSelection().toString()), 'قال');
        await reader.press('4');
        await reader.until('the annotation', () => document.querySelectorAll('.panel .entry').length === 1);
        assert.deepEqual(await reader.entries(), [['Fact', 'قال', '']]);
      } finally {
        await reader.quit();
      }
    });

    check(engine, 'in a phone-sized window: nothing wider than the screen, tag buttons beside the selection, the editor as a sheet', async () => {
      const reader = await Reader.open(driver, engine);
      try {
        await reader.resize(390, 844);
        await openApp(reader, server.url);
        const { inner, scroll } = await reader.run(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth }));
        // (Headless Firefox keeps windows at least 500 px wide.)
        assert.ok(inner <= 500 && scroll <= inner, `the page is ${scroll} px wide in a window ${inner} px wide`);
        await reader.drag('on Wednesday');
        const bar = await reader.until('the tag buttons beside the selection', () => {
          const bar = document.querySelector('.selection-bar');
          const selection = getSelection();
          if (!bar || selection.isCollapsed) return null;
          const [b, s] = [bar.getBoundingClientRect(), selection.getRangeAt(0).getBoundingClientRect()];
          return { inView: b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth,
            clear: b.top >= s.bottom || b.bottom <= s.top };
        });
        assert.deepEqual(bar, { inView: true, clear: true });
        await reader.click('.selection-bar button', { text: 'Quote' });
        await reader.until('the quote', () => document.querySelectorAll('.panel .entry').length === 1);
        const sheet = await reader.run(() => {
          const r = document.querySelector('.editor').getBoundingClientRect();
          return r.bottom <= innerHeight + 1 && r.top >= innerHeight / 3;
        });
        assert.ok(sheet, 'the chosen annotation\'s editor is a sheet at the bottom of the window');
        await reader.button('Done');
        await reader.until('the sheet to close', () => document.querySelector('.editor') === null);
      } finally {
        // WebKit's MiniBrowser gives the next session this window's size.
        await reader.resize(1280, 900);
        await reader.quit();
      }
    });

    check(engine, 'a student hands in an exercise and the teacher reads it in the class view', async () => {
      // Two computers: a driver each (geckodriver drives one session at a time).
      const studentDriver = await startDriver(engine);
      const teacher = await Reader.open(driver, engine);
      const student = await Reader.open(studentDriver, engine);
      try {
        await openApp(teacher, server.url);
        await teacher.drag('Hay’at Tahrir al-Sham');
        await teacher.press('3');
        await teacher.button('Exercise');
        await teacher.until('the dialog', () => document.querySelector('.exercise-dialog') !== null);
        await teacher.button('Download student file');
        const handout = await teacher.nextDownload('the student file');
        assert.match(handout.name, /\.framelens-exercise\.json$/);
        await teacher.button('Close', '.exercise-dialog');

        await openApp(student, server.url);
        await student.drop('.app', [{ name: handout.name, text: handout.text }]);
        await student.until('the exercise', () => document.querySelector('.exercise.student') !== null);
        await student.drag('Hay’at Tahrir al-Sham');
        await student.press('3');
        await student.type('#student-name', 'Ana');
        await student.press(KEY.Tab);
        await student.button('Hand in');
        // The other four articles are untouched: the page asks first.
        await student.button('Hand in anyway');
        const submission = await student.nextDownload('the submission');
        assert.match(submission.name, /-Ana\.json$/);

        await teacher.button('Class and feedback');
        await teacher.until('the class view', () => document.querySelector('.class-view .drop-zone') !== null);
        await teacher.drop('.class-view .drop-zone', [{ name: submission.name, text: submission.text }]);
        const row = await teacher.until('the score', () => {
          const row = document.querySelector('.class-view table.scores tbody tr');
          return row && [row.querySelector('th').textContent, row.querySelector('.overall').textContent];
        });
        assert.deepEqual(row, ['Ana', '100.0']);
      } finally {
        await Promise.all([teacher.quit(), student.quit()]);
        await studentDriver.stop();
      }
    });
  });
}
