// @recogito/text-annotator with its CSS Custom Highlight renderer (the design closest
// to Framelens's). Loads through state.store.bulkAddAnnotations: setAnnotations has a
// bug in 4.1.1. Its offsets count the container's text, which has no line breaks.
import { createTextAnnotator } from '@recogito/text-annotator';
import { article, layOut, tagKeys, COLOURS } from './common.js';

const root = article();
const anno = createTextAnnotator(root, {
  renderer: 'CSS_HIGHLIGHTS',
  annotatingEnabled: false,
  style: (annotation) => ({ fill: COLOURS[annotation.bodies[0]?.value] ?? '#ccc', fillOpacity: 0.6 }),
});

let next = 0;
const annotation = (tag, selector, id = `a${next++}`) => ({
  id,
  bodies: [{ id: `${id}-b`, annotation: id, purpose: 'tagging', value: tag }],
  target: { annotation: id, selector: [selector] },
});

tagKeys({
  create: (tag, range) => {
    const created = annotation(tag, { quote: range.toString(), range });
    anno.addAnnotation(created);
    return created;
  },
  retag: (chosen, tag) => {
    const retagged = annotation(tag, anno.getAnnotationById(chosen.id).target.selector[0], chosen.id);
    anno.updateAnnotation(retagged);
    return retagged;
  },
  remove: (chosen) => anno.removeAnnotation(chosen.id),
});

window.contender = {
  load(text, spans) {
    layOut(root, text);
    // Offsets into the container's text: the line breaks are not in it.
    const breaks = [];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
    let passed = 0;
    const list = spans.map((span) => {
      while (passed < breaks.length && breaks[passed] < span.start16) passed++;
      const start = span.start16 - passed;
      return annotation(span.tag, { quote: text.slice(span.start16, span.end16), start, end: start + span.end16 - span.start16 });
    });
    anno.state.store.bulkAddAnnotations(list, true);
  },
};
