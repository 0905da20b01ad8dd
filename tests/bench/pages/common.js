// What the peer pages share: the article laid out as Framelens lays it out (one <p>
// and one text node per line, in an element styled like its article), DOM ranges for
// spans, and the tag keys (1-4 tag the selection or re-tag the chosen highlight,
// Delete removes it), so that every contender is driven the same way.

export const TAGS = ['claim', 'quote', 'framing', 'fact'];
export const COLOURS = { claim: '#f6d77a', quote: '#a8d1f0', framing: '#f2b8d6', fact: '#a8e0c8' };

/**
 * Lays `text` out in `root`; returns the line starts (UTF-16) and text nodes. With
 * `blocks`, the paragraphs sit in <div class=block>s of that many lines, as in
 * Framelens.
 */
export function layOut(root, text, { blocks = 0 } = {}) {
  const fragment = document.createDocumentFragment();
  const starts = [];
  const nodes = [];
  let at = 0;
  let parent = fragment;
  text.split('\n').forEach((line, index) => {
    if (blocks && index % blocks === 0) {
      parent = document.createElement('div');
      parent.className = 'block';
      fragment.append(parent);
    }
    const p = document.createElement('p');
    const node = line ? document.createTextNode(line) : null;
    if (node) p.append(node);
    parent.append(p);
    starts.push(at);
    nodes.push(node);
    at += line.length + 1;
  });
  root.replaceChildren(fragment);
  return { starts, nodes };
}

/** The DOM range of UTF-16 offsets [start16, end16) within one line. */
export function rangeOf({ starts, nodes }, start16, end16) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= start16) lo = mid; else hi = mid - 1;
  }
  const range = document.createRange();
  range.setStart(nodes[lo], start16 - starts[lo]);
  range.setEnd(nodes[lo], end16 - starts[lo]);
  return range;
}

/**
 * Routes the tag keys: with text selected, `create(tag, range)` returns the new
 * highlight's handle, which becomes the chosen one; otherwise the chosen one is
 * re-tagged with `retag(handle, tag)` (returning its new handle) or removed with
 * `remove(handle)`.
 */
export function tagKeys({ create, retag, remove }) {
  let chosen = null;
  document.addEventListener('keydown', (event) => {
    const tag = TAGS[Number(event.key) - 1];
    const selection = getSelection();
    if (tag && selection.rangeCount && !selection.isCollapsed) {
      const range = selection.getRangeAt(0).cloneRange();
      selection.collapseToEnd();
      chosen = create(tag, range);
    } else if (tag && chosen) {
      chosen = retag(chosen, tag);
    } else if (event.key === 'Delete' && chosen) {
      remove(chosen);
      chosen = null;
    }
  });
}

/** The article element, styled as Framelens's article text (and its blocks). */
export function article() {
  const style = document.createElement('style');
  style.textContent = `
    body { margin: 0; font-family: system-ui, sans-serif; }
    .article-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Noto Serif", serif;
      font-size: 1.08rem; line-height: 1.75; max-width: 46rem; margin: 6rem 2rem; }
    .article-text p { margin: 0 0 0.9em; }
    .article-text p:empty { margin: 0; }
    .article-text .block { content-visibility: auto; contain-intrinsic-block-size: auto 250em; }`;
  document.head.append(style);
  const root = document.createElement('div');
  root.className = 'article-text';
  document.body.append(root);
  return root;
}
