// What the benchmark installs in every contender's page before the page's own
// scripts (a Playwright init script): `window.bench`, and probes that time a key
// press to the frame that shows its effect and an export click to its file.
export function probes() {
  /** Resolves once the next frame has been rendered. */
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  /** Ranges registered with the Custom Highlight API plus wrapping elements. */
  const painted = () => {
    let ranges = 0;
    if (globalThis.CSS?.highlights) for (const highlight of CSS.highlights.values()) ranges += highlight.size;
    return ranges + document.querySelectorAll('.article-text mark').length;
  };

  const count = (root) => {
    if (!root) return 0;
    let n = 1;
    for (const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL); walker.nextNode(); ) n++;
    return n;
  };

  /** The DOM position of UTF-16 offset `at` in `element`'s text. */
  const locate = (element, at) => {
    for (const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT); walker.nextNode(); ) {
      if (at < walker.currentNode.length) return [walker.currentNode, at];
      at -= walker.currentNode.length;
    }
    throw new Error('offset past the end');
  };
  const rectOf = (element, from, to) => {
    const range = document.createRange();
    range.setStart(...locate(element, from));
    range.setEnd(...locate(element, to - 1));
    range.setEnd(range.endContainer, range.endOffset + 1);
    return range.getBoundingClientRect();
  };

  window.bench = {
    /** Loads window.benchData; resolves to ms until a frame shows every highlight. */
    async load(framelens) {
      const { text, spans } = window.benchData;
      if (framelens) {
        const annotations = spans.map(({ start, end, tag }) => ({ start, end, tag }));
        // Framelens makes a <p> for each line that is not empty.
        const lines = text.split('\n').filter((line) => line).length;
        const laidOut = () => document.querySelectorAll('.article-text p').length === lines;
        const start = performance.now();
        window.framelens.addDocument({ title: 'Benchmark', source: 'generated', text, annotations });
        // Framelens registers the highlights of the paragraphs in view only; that
        // they are all there is checked afterwards (unpainted()).
        do await frame(); while (!(laidOut() && (spans.length === 0 || painted() > 0)));
        window.benchPainted = performance.now();
        return performance.now() - start;
      }
      const start = performance.now();
      window.contender.load(text, spans);
      await frame();
      return performance.now() - start;
    },
    painted,
    /** How many of window.benchData's spans on lines in view no registered range shows. */
    unpainted() {
      const { text, spans } = window.benchData;
      const starts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      const lineOf = (at) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (starts[mid] <= at) low = mid; else high = mid - 1;
        }
        return low;
      };
      // Framelens gives each line that is not empty a <p>, in order.
      const lines = [];
      text.split('\n').forEach((line, index) => { if (line) lines.push(index); });
      const paragraphs = [...document.querySelectorAll('.article-text p')];
      const lineOfP = new Map(paragraphs.map((p, n) => [p, lines[n]]));
      const shown = new Set();
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) {
          const line = lineOfP.get(range.startContainer.parentNode);
          shown.add(`${line}:${range.startOffset}:${range.endOffset}`);
        }
      }
      const inView = new Set();
      paragraphs.forEach((p) => {
        const rect = p.getBoundingClientRect();
        if (rect.bottom > 0 && rect.top < innerHeight) inView.add(lineOfP.get(p));
      });
      return spans.filter((span) => {
        const line = lineOf(span.start16);
        return inView.has(line) && !shown.has(`${line}:${span.start16 - starts[line]}:${span.end16 - starts[line]}`);
      }).length;
    },
    nodes: () => ({ nodes: count(document), articleNodes: count(document.querySelector('.article-text')) }),
    /** Points to drag from and to over some words of the first long paragraph in view. */
    wordsToDrag() {
      const p = [...document.querySelectorAll('.article-text p')].find(
        (p) => p.textContent.length > 120 && p.getBoundingClientRect().top > 0,
      );
      const text = p.textContent;
      const from = text.indexOf(' ', 10) + 1;
      const to = text.indexOf(' ', from + 30);
      const first = rectOf(p, from, from + 1);
      const last = rectOf(p, to - 1, to);
      return [
        { x: first.left + 1, y: (first.top + first.bottom) / 2 },
        { x: last.right - 1, y: (last.top + last.bottom) / 2 },
      ];
    },
    /** Scrolls from top to bottom in 300 frames (at least `step` px each); frame times. */
    async scroll(step) {
      window.scrollTo(0, 0);
      await frame();
      const end = document.scrollingElement.scrollHeight - innerHeight;
      const by = Math.max(step, end / 300);
      const times = [];
      let last = performance.now();
      while (scrollY < end - 1 && times.length < 400) {
        window.scrollBy(0, by);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      await frame();
      times.sort((a, b) => a - b);
      return { p95: times[Math.floor(times.length * 0.95)] ?? 0, max: times.at(-1) ?? 0, frames: times.length };
    },
  };

  // A key: `work` until the page's handlers and the microtasks they queued (Yew
  // renders in one) have run; `painted` until the end of the first frame that shows
  // the change. A library may paint a frame or more later: when window.expectRanges
  // says which way the painted count must move (+1 tag, -1 delete; null for a
  // re-tag, which need not change it), frames are awaited until it has.
  let keyStart = 0;
  let keyWork = 0;
  addEventListener('keydown', () => {
    keyStart = performance.now();
    const before = painted();
    const expect = window.expectRanges;
    const shown = () => expect == null || Math.sign(painted() - before) === expect;
    const check = (frames) => {
      if (shown() || frames > 120) window.lastKey = { work: keyWork, painted: performance.now() - keyStart, frames, shown: shown() };
      else requestAnimationFrame(() => setTimeout(() => check(frames + 1)));
    };
    requestAnimationFrame(() => setTimeout(() => check(1)));
  }, true);
  addEventListener('keydown', () => {
    const mark = () => { keyWork = performance.now() - keyStart; };
    Promise.resolve().then(() => Promise.resolve()).then(() => Promise.resolve()).then(mark);
  });

  // What the page hands IndexedDB to store, in bytes (a string's length in UTF-16
  // units, close to its bytes for this ASCII), counted from `window.storedBytes = 0`.
  window.storedBytes = 0;
  const sizeOf = (value) => {
    if (value instanceof Blob) return value.size;
    if (ArrayBuffer.isView(value)) return value.byteLength;
    if (typeof value === 'string') return value.length;
    if (Array.isArray(value)) return value.reduce((sum, item) => sum + sizeOf(item), 0);
    return 8;
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, ...key) {
    window.storedBytes += sizeOf(value);
    return put.call(this, value, ...key);
  };

  // An export: from the click on the format to the Blob handed to the download.
  addEventListener('click', () => { window.lastClick = performance.now(); }, true);
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    window.lastBlob = { at: performance.now(), size: blob.size };
    return createObjectURL(blob);
  };
}
