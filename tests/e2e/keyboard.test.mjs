// Keyboard-only use, and autosave surviving a killed browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, panelEntries, launchKillable, dragSelect, saved, addArticle } from './harness.mjs';

let server;
before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

test('a reader can reach the text, select, tag, choose and delete with keys alone', async () => {
  const browser = await launch();
  try {
    const page = await openApp(browser, server.url);
    // Tab from the top of the page to the article text.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('article-text'));
    }
    assert.ok(reached, 'the article text is reachable with Tab');

    // Move down two lines, then extend the selection word by word.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    const selected = await page.evaluate(() => getSelection().toString());
    assert.ok(selected.trim().length > 3, `a selection was made: ${JSON.stringify(selected)}`);
    await page.keyboard.press('2');
    const [[tag, quote]] = await panelEntries(page);
    assert.equal(tag, 'Quote');
    assert.equal(quote, selected);

    // Escape lets go of it; Enter at the caret (just after the span) chooses it again.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.editor').count(), 0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.editor select').inputValue(), 'quote');
    await page.keyboard.press('4');
    assert.equal(await page.locator('.editor select').inputValue(), 'fact');
    await page.keyboard.press('Delete');
    assert.deepEqual(await panelEntries(page), []);
    await page.keyboard.press('Control+z');
    assert.equal((await panelEntries(page)).length, 1);

    // Every control can be reached by Tab and has a name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, textarea, input:not([aria-hidden])')]
        .filter((el) => !(el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent).trim())
        .map((el) => el.outerHTML),
    );
    assert.deepEqual(unnamed, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('export, the add-article dialog and dropped files work from the keyboard and the mouse', async () => {
  const browser = await launch();
  try {
    const page = await openApp(browser, server.url);
    // Export by keyboard: the dialog opens on its first format, Escape closes it
    // and gives focus back to Export, then Tab to the second format.
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Framelens workspace (JSON)');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Export');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'framelens-annotations.jsonld');
    assert.equal(await page.getByRole('dialog').count(), 0);

    // The dialog opens with focus in its text box and closes on Escape.
    await page.getByRole('button', { name: 'Add article' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
    // Keys in the dialog are not page commands: "1" on its Cancel button tags nothing.
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('1');
    assert.equal(await page.getByRole('status').count(), 0);
    await page.getByRole('dialog').getByLabel('Article text').focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('dialog').count(), 0);

    // A .txt file dropped on the page opens as an article named after the file.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Dropped text, café ☕.\nLine two.'], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.locator('.article-view .source', { hasText: 'dropped.txt' }).waitFor();
    assert.equal(await page.locator('#article-title').textContent(), 'Dropped text, café ☕.');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('with a dialog open, Tab and keys cannot reach the page behind it, and Escape still closes it', async () => {
  const browser = await launch();
  try {
    const page = await openApp(browser, server.url);
    await addArticle(page, 'One line to tag.\nAnother line.');
    await dragSelect(page, 'line to tag');
    await page.keyboard.press('2');
    const tagged = [['Quote', 'line to tag', '']];
    assert.deepEqual(await panelEntries(page), tagged);
    // The annotation stays chosen behind the dialog. A click on the dialog's words
    // moves focus out of it, onto the page: a tag key or Delete there must not
    // reach the chosen annotation, and Escape must still close the dialog.
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog');
    // Tab goes round the dialog's controls, never onto the page's behind it.
    const outside = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      outside.push(await page.evaluate(() => {
        const at = document.activeElement;
        return at === document.body || at.closest('[role=dialog]') ? null : at.outerHTML.slice(0, 80);
      }));
    }
    assert.deepEqual(outside.filter(Boolean), []);
    await dialog.getByRole('heading').click();
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    for (const key of ['4', 'Delete', 'Backspace', ']']) await page.keyboard.press(key);
    assert.deepEqual(await panelEntries(page), tagged);
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0);
    assert.equal(await page.locator('.editor select').inputValue(), 'quote');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('annotations survive a killed browser, even a moment after an edit, and so does the undo history', async () => {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'framelens-profile-'));
  try {
    const first = await launchKillable(profile);
    const page = await first.browser.contexts()[0].newPage();
    await page.goto(server.url);
    await page.locator('.article-text p').first().waitFor();
    await dragSelect(page, 'Abu Mohammed al-Jolani');
    await page.keyboard.press('3');
    assert.equal((await panelEntries(page)).length, 1);
    await saved(page);
    await first.kill();

    const second = await launchKillable(profile);
    const again = await second.browser.contexts()[0].newPage();
    await again.goto(server.url);
    await again.locator('.article-text p').first().waitFor();
    assert.deepEqual(await panelEntries(again), [['Framing', 'Abu Mohammed al-Jolani', '']]);

    // A large workspace (a 3 MB article, 10,000 annotations): an edit is written on
    // its own, so a browser killed a moment after it still keeps it.
    await again.evaluate(() => {
      const sentence = 'The minister said the talks were productive, and the crowd outside waited. ';
      let text = '';
      while (text.length < 3_000_000) text += sentence + (text.length % 7000 < 80 ? '\n\n' : '');
      const tags = ['claim', 'quote', 'framing', 'fact'];
      const annotations = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 290, end: i * 290 + 12, tag: tags[i % 4] }));
      window.framelens.addDocument({ title: 'Large', source: 'Test', text, annotations });
    });
    await saved(again);
    await dragSelect(again, 'talks were productive');
    await again.keyboard.press('4');
    await again.waitForTimeout(150);
    await second.kill();

    const third = await launchKillable(profile);
    const last = await third.browser.contexts()[0].newPage();
    await last.goto(server.url);
    await last.locator('.article-text p').first().waitFor();
    const facts = (n) => last.waitForFunction(
      (n) => window.framelens.annotations().filter((a) => a.tag === 'fact').length === n, n, { timeout: 5000 });
    await facts(2_501);
    // Undo goes on from before the kill: the fact, then the large article.
    await last.getByRole('button', { name: 'Undo' }).click();
    await facts(2_500);
    await last.getByRole('button', { name: 'Undo' }).click();
    await last.getByRole('navigation', { name: 'Articles' }).getByRole('button').nth(4).waitFor();
    assert.equal(await last.getByRole('navigation', { name: 'Articles' }).getByRole('button').count(), 5);
    await third.kill();
  } finally {
    // Chromium's helper processes may still be writing as they die: retry.
    await fs.rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
