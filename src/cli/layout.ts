/**
 * `npm run layout`: arranges the article dataset with the build-time effort
 * (many seeded runs, long annealing; a few minutes) and writes the result to
 * data/alliance-network.layout.json, which the app ships and uses while its
 * fingerprint matches the dataset. Run it after changing the dataset's nodes,
 * labels or relations (a unit test says when it is due). Prints the
 * readability of the default view (optional layers off), upright and turned.
 *
 *   npm run layout [-- dataset.json out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EFFORT, layoutDataset } from '../layout/arrange/index';
import { drawingOf } from '../layout/arrange/drawing';
import type { ArrangeInput, Orientation } from '../layout/arrange/types';
import { measureReadability } from '../layout/readability/measures';

const [input = 'data/alliance-network.json', output = 'data/alliance-network.layout.json'] = process.argv
  .slice(2)
  .filter((a) => a !== '--');
const dataset = JSON.parse(readFileSync(input, 'utf8')) as ArrangeInput;
const started = Date.now();
const layout = layoutDataset(dataset, { effort: 'build' });
console.log(`arranged ${dataset.nodes.length} nodes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// Readability is promised for the default view: optional layers (off by default) are left out.
const shown: ReadonlySet<string> = new Set(dataset.nodes.filter((n) => !n.layer).map((n) => n.id));
const defaultView: ArrangeInput = {
  nodes: dataset.nodes.filter((n) => shown.has(n.id)),
  edges: dataset.edges.filter((e) => !e.layer && shown.has(e.source) && shown.has(e.target)),
};
for (const view of ['upright', 'turned'] as Orientation[]) {
  const bounds = view === 'upright' ? layout.bounds : layout.turned?.bounds;
  if (!bounds) {
    console.log(`${view}: none (no fault-free label placement found)`);
    continue;
  }
  const r = measureReadability(drawingOf(defaultView, layout, view));
  const em = (v: number) => (v / 13).toFixed(1);
  console.log(
    `${view}: ${em(bounds.x1 - bounds.x0)} × ${em(bounds.y1 - bounds.y0)} label sizes; ` +
      `${r.crossings} crossings, ${r.edgeThroughLabel} through labels, ${r.edgeThroughNode} through symbols, ` +
      `${r.labelOverlaps + r.labelNodeOverlaps} overlaps${r.faults.length ? `\n  ${r.faults.join('\n  ')}` : ''}`,
  );
}
writeFileSync(output, `${JSON.stringify(layout, null, 1)}\n`);
console.log(`wrote ${output} (effort ${JSON.stringify(EFFORT.build)})`);
