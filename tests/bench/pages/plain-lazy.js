// The physical limit with Framelens's layout: the same plain text in blocks of 32
// paragraphs, which the browser lays out only near the viewport (content-visibility).
import { article, layOut } from './common.js';

const root = article();
window.contender = {
  load(text) {
    layOut(root, text, { blocks: 32 });
  },
};
