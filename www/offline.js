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

/** The bytes `base64` encodes. */
function decodeBase64(base64) {
  // The browser's own decoder takes 1 ms for the wasm; where it is missing
  // (Chrome before 140, Safari before 18.2), a plain loop takes about 20. Mapping
  // each character through Uint8Array.from's callback took 55.
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

try {
  const gzipped = decodeBase64(document.getElementById('framelens-wasm').textContent);
  const unpacked = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  // Compiled as it is inflated, as a wasm file fetched over the network would be.
  await init({ module_or_path: new Response(unpacked, { headers: { 'content-type': 'application/wasm' } }) });
} catch (error) {
  document.getElementById('boot').textContent = `Framelens could not start in this browser: ${error}`;
  throw error;
}
