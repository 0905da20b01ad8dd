// The physical limit: the same text in the same markup, and nothing else.
import { article, layOut } from './common.js';

const root = article();
window.contender = {
  load(text) {
    layOut(root, text);
  },
};
