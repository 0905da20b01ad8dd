// @apache-annotator/dom's highlightText: each highlight wraps its text in <mark>
// elements, as Hypothesis and Label Studio do.
import { highlightText } from '@apache-annotator/dom';
import { article, layOut, rangeOf, tagKeys, COLOURS } from './common.js';

const root = article();
const style = document.createElement('style');
style.textContent = Object.entries(COLOURS).map(([tag, colour]) => `mark.${tag} { background: ${colour}; }`).join('\n');
document.head.append(style);

const paint = (tag, range) => ({ tag, range, remove: highlightText(range, 'mark', { class: tag }) });
tagKeys({
  create: paint,
  retag: (chosen, tag) => {
    chosen.remove();
    return paint(tag, chosen.range);
  },
  remove: (chosen) => chosen.remove(),
});

window.contender = {
  load(text, spans) {
    const lines = layOut(root, text);
    // Every range first: wrapping splits text nodes, and live ranges follow the split.
    const ranges = spans.map((span) => rangeOf(lines, span.start16, span.end16));
    spans.forEach((span, i) => highlightText(ranges[i], 'mark', { class: span.tag }));
  },
};
