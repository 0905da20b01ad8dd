// Several tabs on one workspace (and two copies of framelens.html opened from a
// disk, which share one storage): a tab with nothing unsaved follows the others'
// saves; a save is never written over a newer one it has not seen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { started, dragSelect, panelEntries, saved, DIST } from './harness.mjs';

const run = started();

/** A tab on `url` in `context`, showing the first article. */
async function tab(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(url);
  await page.locator('.article-text p').first().waitFor();
  return page;
}

const tags = async (page) => (await panelEntries(page)).map(([tag, quote]) => `${tag} ${quote}`).sort();

for (const [where, address] of [
  ['dist/ over http', () => run.server.url],
  ['two copies of framelens.html from a disk', () => pathToFileURL(path.join(DIST, 'framelens.html')).href],
]) {
  test(`${where}: two tabs editing in turns keep every change`, async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const a = await tab(context, address());
    const b = await tab(context, address());
    await dragSelect(a, 'Hay’at Tahrir al-Sham');
    await a.keyboard.press('1');
    await saved(a);
    // The idle tab follows at once.
    await b.locator('.panel .entry').first().waitFor();
    assert.deepEqual(await tags(b), ['Claim Hay’at Tahrir al-Sham']);
    await dragSelect(b, 'on Wednesday');
    await b.keyboard.press('2');
    await saved(b);
    await a.locator('.panel .entry').nth(1).waitFor();
    for (const page of [a, b]) {
      await page.reload();
      await page.locator('.panel .entry').nth(1).waitFor();
      assert.deepEqual(await tags(page), ['Claim Hay’at Tahrir al-Sham', 'Quote on Wednesday']);
      assert.deepEqual(page.errors, []);
    }
    await context.close();
  });
}

test('a tab that did not hear of a newer save writes nothing over it, and asks', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await tab(context, run.server.url);
  // A stale tab: it hears nothing of the other's saves (as a copy with no channel to it).
  const stalePage = await context.newPage();
  await stalePage.addInitScript(() => { delete window.BroadcastChannel; });
  await stalePage.goto(run.server.url);
  await stalePage.locator('.article-text p').first().waitFor();
  const stale = stalePage;
  stale.errors = [];
  await dragSelect(a, 'Hay’at Tahrir al-Sham');
  await a.keyboard.press('1');
  await saved(a);
  await dragSelect(stale, 'on Wednesday');
  await stale.keyboard.press('2');
  const asked = stale.getByRole('alert').filter({ hasText: 'saved in another tab or window' });
  await asked.waitFor();
  assert.equal(await stale.locator('.save-state').textContent(), 'Not saved: changed in another tab');
  // What the first tab saved is still there.
  const fresh = await tab(context, run.server.url);
  assert.deepEqual(await tags(fresh), ['Claim Hay’at Tahrir al-Sham']);
  await fresh.close();
  // The reader opens the newer version in the stale tab.
  await asked.getByRole('button', { name: 'Open the newer version' }).click();
  await stale.getByText('Opened the version saved in the other tab.').waitFor();
  assert.deepEqual(await tags(stale), ['Claim Hay’at Tahrir al-Sham']);
  // Saving goes on from there.
  await dragSelect(stale, 'on Wednesday');
  await stale.keyboard.press('2');
  await saved(stale);
  await a.reload();
  await a.locator('.panel .entry').nth(1).waitFor();
  assert.deepEqual(await tags(a), ['Claim Hay’at Tahrir al-Sham', 'Quote on Wednesday']);
  await context.close();
});
