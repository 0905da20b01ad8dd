// A small W3C WebDriver client, enough to act as a reader does in any engine:
// Chromium through chromedriver, Firefox through geckodriver, WebKit (Safari's
// engine) through WebKitWebDriver and MiniBrowser under a virtual display. The
// steps in engines.test.mjs are written once against `Reader`, below.
import { spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, textEdges } from './harness.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FAILURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target/e2e-failures');
const GECKODRIVER = `${os.homedir()}/.cargo/bin/geckodriver`;

/** How each engine's driver starts, and the capabilities of its browser. */
export const ENGINES = {
  chromium: {
    driver: (port) => ['/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--window-size=1280,900'] },
    },
  },
  firefox: {
    driver: (port) => [GECKODRIVER, [`--port=${port}`]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '--width=1280', '--height=900'],
        // No update checks, telemetry or captive-portal probes: the machine has no network.
        prefs: {
          'app.update.disabledForTesting': true, 'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
        },
      },
    },
  },
  webkit: {
    // MiniBrowser needs a display: xvfb-run gives the driver (and so the browser) one.
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x1000x24', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the driver of `engine`; resolves to { url, stop } once it answers. */
export async function startDriver(engine) {
  const port = await freePort();
  const [command, args] = ENGINES[engine].driver(port);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let said = '';
  child.stderr.on('data', (chunk) => { said += chunk; });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${said}`);
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch { /* not listening yet */ }
    if (tries > 200) throw new Error(`${command} did not start: ${said}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url,
    stop: async () => {
      // The whole group: xvfb-run's display and the browsers too.
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone already */ }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    },
  };
}

/** WebDriver's codes for the keys the tests press. */
export const KEY = {
  Enter: '\uE007', Escape: '\uE00C', Shift: '\uE008', Control: '\uE009', Delete: '\uE017',
  Backspace: '\uE003', Tab: '\uE004', ArrowRight: '\uE014', ArrowLeft: '\uE012',
};

/**
 * A browser session on one engine, with what a reader does: open a page, drag over
 * text, press keys, tap or click, type, and read what the page shows.
 */
export class Reader {
  /**
   * A new session. With `profile` (Firefox only), the browser keeps its storage in
   * that folder, so that a test can kill it and start another on the same storage.
   */
  static async open(driver, engine, { profile } = {}) {
    let capabilities = ENGINES[engine].capabilities;
    if (profile) {
      const options = capabilities['moz:firefoxOptions'];
      if (!options) throw new Error(`a profile folder is for Firefox, not ${engine}`);
      capabilities = { ...capabilities, 'moz:firefoxOptions': { ...options, args: [...options.args, '-profile', profile] } };
    }
    const reply = await call(driver.url, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const reader = new Reader(`${driver.url}/session/${reply.sessionId}`, engine);
    await reader.command('POST', '/timeouts', { script: 30000, pageLoad: 30000 });
    return reader;
  }

  constructor(base, engine) {
    this.base = base;
    this.engine = engine;
  }

  command(method, path, body) {
    return call(this.base, method, path, body);
  }

  async quit() {
    await this.command('DELETE', '').catch(() => {});
  }

  async go(url) {
    await this.command('POST', '/url', { url });
  }

  async reload() {
    await this.command('POST', '/refresh', {});
  }

  /**
   * Opens a new window of the same browser and switches to it; resolves to its
   * handle. A window, not a tab: WebKit leaves a background tab hidden, and it
   * neither paints nor takes pointer input.
   */
  async newWindow() {
    const { handle } = await this.command('POST', '/window/new', { type: 'window' });
    await this.switchTo(handle);
    return handle;
  }

  /** The handle of the window commands go to. */
  async window() {
    return this.command('GET', '/window');
  }

  /** Sends the next commands to the window `handle`. */
  async switchTo(handle) {
    await this.command('POST', '/window', { handle });
  }

  async resize(width, height) {
    await this.command('POST', '/window/rect', { width, height });
  }

  /** Runs `fn(...args)` in the page (`fn` a function, or a function's source) and resolves to what it returns (awaited). */
  async run(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((value) => done({ value: value === undefined ? null : value }),
              (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await this.command('POST', '/execute/async', { script, args });
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value;
  }

  /** Waits until `fn(...args)` is truthy in the page; resolves to its value. */
  async until(what, fn, ...args) {
    const deadline = Date.now() + 30000;
    for (;;) {
      const value = await this.run(fn, ...args).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) {
        const shows = await this.run(() => `${document.readyState}, ${document.querySelector('#boot') ? 'the boot message' : 'no boot message'}: ${document.body?.innerText.slice(0, 200)}`)
          .catch((error) => `no answer (${error.message})`);
        throw new Error(`${this.engine}: timed out waiting for ${what}${await this.keepShot(what)}; the page: ${shows}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Performs input actions (https://w3c.github.io/webdriver/#actions). */
  async act(...sources) {
    await this.command('POST', '/actions', { actions: sources });
    await this.command('DELETE', '/actions');
  }

  /** Presses keys in turn; `modifiers` are held down meanwhile. */
  async press(keys, modifiers = []) {
    const down = (k) => ({ type: 'keyDown', value: k });
    const up = (k) => ({ type: 'keyUp', value: k });
    const actions = [...modifiers.map(down), ...[...keys].flatMap((k) => [down(k), up(k)]), ...modifiers.map(up)];
    await this.act({ type: 'key', id: 'keyboard', actions });
  }

  /** A pointer (mouse or touch) going down at `from`, through `path`, and up at the last point. */
  async pointer(kind, points) {
    const at = ({ x, y }, duration = 0) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration });
    const [first, ...rest] = points;
    const actions = [at(first), { type: 'pointerDown', button: 0 }, ...rest.map((p) => at(p, 40)), { type: 'pointerUp', button: 0 }];
    await this.act({ type: 'pointer', id: kind, parameters: { pointerType: kind }, actions });
  }

  /** Clicks (or, with `kind` "touch", taps) the middle of the element `selector` holds, scrolled into view. */
  async click(selector, { text = null, kind = 'mouse' } = {}) {
    const point = await this.until(`${selector} ${text ?? ''}`, async (selector, text) => {
      // Its text, its own text (a tag button's without its key), or its label.
      const own = (e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join('').trim();
      const element = [...document.querySelectorAll(selector)].find((e) => text === null
        || e.textContent.trim() === text || own(e) === text || e.getAttribute('aria-label') === text);
      if (!element) return null;
      // Scrolled, and still where it was a frame later: a dialog that has just
      // opened may still move (WebKit lays it out again after focusing in it).
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      let rect = null;
      for (let before = null; !rect || JSON.stringify(rect) !== JSON.stringify(before);) {
        element.scrollIntoView({ block: 'center', inline: 'center' });
        await frame();
        [before, rect] = [rect, element.getBoundingClientRect()];
      }
      // The middle of the part in view: a row that scrolls sideways may show only
      // part of it (WebKit scrolls such rows only so far). Boxes outside a fixed
      // one (a sheet) do not clip it.
      let { left, right, top, bottom } = rect;
      let sideways = false;
      for (let box = element; box.parentElement && getComputedStyle(box).position !== 'fixed';) {
        box = box.parentElement;
        const { overflowX, overflowY } = getComputedStyle(box);
        if (overflowX === 'visible' && overflowY === 'visible') continue;
        sideways ||= overflowX !== 'visible' && box.scrollWidth > box.clientWidth;
        const clip = box.getBoundingClientRect();
        [left, right, top, bottom] = [Math.max(left, clip.left), Math.min(right, clip.right), Math.max(top, clip.top), Math.min(bottom, clip.bottom)];
      }
      // In a row that scrolls sideways, above the middle: WebKit shows its
      // scrollbar over the row's lower part for a while after scrolling it.
      const [x, y] = [(left + right) / 2, sideways ? top + (bottom - top) / 3 : (top + bottom) / 2];
      // Only once the page would hand the click to it (nothing over it, no layout pending).
      return element.contains(document.elementFromPoint(x, y)) && { x, y };
    }, selector, text);
    await this.pointer(kind, [point]);
  }

  /** Clicks the button whose text (or label) is `name`. */
  button(name, within = '') {
    return this.click(`${within} button`, { text: name });
  }

  /** The rectangles of the first and last character of `text` in the article, scrolled into view. */
  edgesOf(text) {
    return this.until(`"${text}" in the article`, `(needle) => (${textEdges})(needle, true)`, text);
  }

  /** Selects `text` in the article by dragging over it, as a reader does with a mouse. */
  async drag(text) {
    const [first, last] = await this.edgesOf(text);
    const middle = (r) => (r.top + r.bottom) / 2;
    await this.pointer('mouse', [
      { x: first.left + 1, y: middle(first) },
      { x: (first.left + last.right) / 2, y: (middle(first) + middle(last)) / 2 },
      { x: last.right - 1, y: middle(last) },
    ]);
  }

  /** Clicks (or taps) the middle of `text` in the article. */
  async clickText(text, kind = 'mouse') {
    const [first, last] = await this.edgesOf(text);
    await this.pointer(kind, [{ x: (first.left + last.right) / 2, y: (first.top + first.bottom) / 2 }]);
  }

  /** Types `text` into the field `selector` (focused by a click first). */
  async type(selector, text) {
    await this.click(selector);
    await this.press(text);
  }

  /** The text of every element `selector` matches. */
  texts(selector) {
    return this.run((selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent), selector);
  }

  /** The side panel's entries, as [tag, quote, note]. */
  entries() {
    return this.run(() => [...document.querySelectorAll('.panel .list .entry')].map((e) => [
      e.querySelector('.chip').textContent, e.querySelector('.quote').textContent,
      e.querySelector('.note')?.textContent ?? '',
    ]));
  }

  /**
   * Keeps every file the page offers as a download, instead of saving it: the app
   * offers a file by clicking a link to a Blob, so the Blob is the file. (The
   * Chromium suite saves real downloads to disk; a WebDriver session cannot read
   * another engine's download folder.)
   */
  catchDownloads() {
    return this.run(() => {
      if (window.caught) return;
      window.caught = [];
      const blobs = new Map();
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => { const url = create(blob); blobs.set(url, blob); return url; };
      HTMLAnchorElement.prototype.click = function () {
        if (this.download && blobs.has(this.href)) window.caught.push({ name: this.download, blob: blobs.get(this.href) });
      };
    });
  }

  /** Waits for the next file the page offers; resolves to { name, text } (or base64 `bytes` for a zip). */
  async nextDownload(what = 'a download') {
    return this.until(what, async () => {
      const file = window.caught.shift();
      if (!file) return null;
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      const binary = bytes[0] === 0x50 && bytes[1] === 0x4b;
      return { name: file.name, text: binary ? null : new TextDecoder().decode(bytes), size: bytes.length };
    });
  }

  /** Drops files on `selector` (the page, or the class view's drop zone), as a file manager would. */
  drop(selector, files) {
    return this.run((selector, files) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
      document.querySelector(selector).dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, selector, files);
  }

  /** Saves what the page shows under target/e2e-failures, for a failure's message. */
  async keepShot(what) {
    try {
      const file = path.join(FAILURES, `${this.engine}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`);
      fs.mkdirSync(FAILURES, { recursive: true });
      fs.writeFileSync(file, await this.screenshot());
      return ` (the page: ${path.relative(process.cwd(), file)})`;
    } catch {
      return '';
    }
  }

  /** The page as a PNG. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }
}

async function call(base, method, path, body) {
  const started = Date.now();
  const slow = setInterval(() => console.error(`[webdriver] ${method} ${path} waiting ${Math.round((Date.now() - started) / 1000)} s ${body ? JSON.stringify(body).slice(0, 300) : ''}`), 10000);
  const response = await fetch(base + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  }).finally(() => clearInterval(slow));
  const reply = await response.json().catch(() => ({}));
  if (!response.ok) {
    const { error, message } = reply.value ?? {};
    throw new Error(`${method} ${path}: ${error}: ${message}`);
  }
  return reply.value;
}
