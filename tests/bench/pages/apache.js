// @apache-annotator/dom's highlightText: each highlight wraps its text in <mark>
// elements, as Hypothesis and Label Studio do.
import { highlightText } from '@apache-annotator/dom';
import { article, layOut, rangeOf, tagKeys, COLOURS } from './common.js';

const root = article();
const style = document.createElement('style');
style.textContent = Object.entries(COLOURS).map(([tag, colour]) => `mark.${tag} { background: ${colour}; }`).join('\n');
document.head.append(style);

let next = 0;
tagKeys({
  create: (tag, range) => {
    const id = `h${next++}`;
    return { id, remove: highlightText(range, 'mark', { class: tag, 'data-id': id }) };
  },
  // A re-tag changes the class of the highlight's elements.
  retag: (chosen, tag) => {
    for (const mark of root.querySelectorAll(`mark[data-id="${chosen.id}"]`)) mark.className = tag;
    return chosen;
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
