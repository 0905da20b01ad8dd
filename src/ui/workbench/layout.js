// The article's paragraphs, made in one call from layout.rs, which holds the rules
// (what a line is, which lines read right to left, how many lines make a block).
// The loop over lines runs here because calling from wasm into the browser for
// each line (copy a <p>, decode and append its text, put it in its block) cost
// 2 ms of a 1 MB article's 12.5 ms layout.

/**
 * Replaces `root`'s children with the lines of `text`: a <p> for each line that is
 * not empty, its text its one child, in <div class="block">s of `blockLines`
 * lines. The lines whose indices `rtl` lists (ascending) read right to left.
 * Returns [blocks, paragraphs]: the blocks in order, and each line's <p> (null
 * for an empty line).
 */
export function layOutLines(root, text, blockLines, rtl) {
  const fragment = document.createDocumentFragment();
  const template = document.createElement('p');
  const blocks = [];
  const paragraphs = [];
  const lines = text.split('\n');
  let block = null;
  let nextRtl = 0;
  for (let index = 0; index < lines.length; index++) {
    if (index % blockLines === 0) {
      block = document.createElement('div');
      block.className = 'block';
      fragment.append(block);
      blocks.push(block);
    }
    const rightToLeft = rtl[nextRtl] === index;
    if (rightToLeft) nextRtl++;
    const line = lines[index];
    if (!line) {
      paragraphs.push(null);
      continue;
    }
    const p = template.cloneNode();
    if (rightToLeft) p.dir = 'rtl';
    p.append(line);
    block.append(p);
    paragraphs.push(p);
  }
  root.replaceChildren(fragment);
  return [blocks, paragraphs];
}
