// Starts Framelens inside the single-file build (dist/framelens.html). Opened from
// file://, Chromium loads no module script and fetches no file beside the page, so
// the wasm travels inside the page, gzipped and base64-encoded in the data block
// #framelens-wasm (gzipped first: base64 of the raw wasm compresses a third worse).
// scripts/package.mjs bundles this file with the wasm-bindgen glue.
import init from 'framelens-glue';

// The page as it started, before the app changes it: an exercise is baked into a
// copy of it (src/ui/bake.rs).
window.framelensSource = `<!doctype html>\n${document.documentElement.outerHTML}`;

const TOO_OLD = 'This browser is too old for Framelens: it needs Chrome or Edge 111, Firefox 140 or '
  + 'Safari 17.2 (iPad and iPhone: iOS 17.2), or later.';

if (!('DecompressionStream' in window) || typeof WebAssembly !== 'object') {
  document.getElementById('boot').textContent = TOO_OLD;
  throw new Error(TOO_OLD);
}

try {
  const packed = document.getElementById('framelens-wasm').textContent;
  const gzipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const unpacked = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  await init({ module_or_path: await new Response(unpacked).arrayBuffer() });
} catch (error) {
  document.getElementById('boot').textContent = `Framelens could not start in this browser: ${error}`;
  throw error;
}
