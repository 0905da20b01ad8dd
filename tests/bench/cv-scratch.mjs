import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { makeDocument } from './corpus.mjs';
import { probes } from './probes.mjs';
const doc = makeDocument(process.argv[2] ?? 'L');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const variants = {
  //none: { css: '', chunk: 0 },
  //autoEach: { css: '.t p { content-visibility: auto; contain-intrinsic-block-size: auto 4lh; }', chunk: 0 },
  //fixedEach: { css: '.t p { content-visibility: auto; contain-intrinsic-block-size: 4lh; }', chunk: 0 },
  chunk64: { css: '.t div { content-visibility: auto; contain-intrinsic-block-size: auto 5000px; }', chunk: 64 },
  chunk32: { css: '.t div { content-visibility: auto; contain-intrinsic-block-size: auto 2500px; }', chunk: 32 },
  chunk16: { css: '.t div { content-visibility: auto; contain-intrinsic-block-size: auto 1250px; }', chunk: 16 },
};
for (const [name, v] of Object.entries(variants)) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(probes);
  const page = await context.newPage();
  await page.setContent(`<style>body{margin:0} .t{white-space:pre-wrap;font-family:Georgia,serif;font-size:1.08rem;line-height:1.75;max-width:46rem;margin:6rem 2rem} .t p{margin:0 0 .9em} ${v.css}</style><div class=t></div>`);
  const ms = await page.evaluate(async ({ text, chunk }) => {
    const root = document.querySelector('.t');
    const start = performance.now();
    const frag = document.createDocumentFragment();
    let box = frag;
    text.split('\n').forEach((line, i) => {
      if (chunk && i % chunk === 0) { box = document.createElement('div'); frag.append(box); }
      const p = document.createElement('p'); if (line) p.append(line); box.append(p);
    });
    root.append(frag);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - start;
  }, { text: doc.text, chunk: v.chunk });
  const scroll = await page.evaluate(() => window.bench.scroll(300));
  // A frame after a small change (a highlight), as in a tag key.
  const change = await page.evaluate(async () => {
    const p = [...document.querySelectorAll('.t p')].find((p) => p.firstChild);
    const r = new StaticRange({ startContainer: p.firstChild, startOffset: 0, endContainer: p.firstChild, endOffset: 5 });
    window.scrollTo(0, 0);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const t = performance.now();
    CSS.highlights.set('x', new Highlight(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t;
  });
  console.log(name, 'load', ms.toFixed(0), 'scroll', JSON.stringify(scroll), 'change frame', change.toFixed(0));
  await context.close();
}
await browser.close();
