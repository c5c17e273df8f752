// @vitest-environment node -- pure layout code, no DOM.
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { generateDataset } from '../../src/graph/generate';
import { createForceLayout } from '../../src/layout/large/forceCore';
import { createLargeLayout, forceInputOf } from '../../src/layout/large/largeLayout';
import { graphPreview, previewOfText } from '../../src/layout/large/preview';

const frame = { width: 1280, height: 800 };

describe('the preview of a large graph while its file is checked', () => {
  it('shows the very positions its layout starts from', () => {
    const data = generateDataset({ nodes: 400, seed: 5 });
    const preview = graphPreview(JSON.parse(JSON.stringify(data)), frame)!;
    expect(preview.n).toBe(400);
    const start = createForceLayout(forceInputOf(data.nodes, data.edges, frame)).xy;
    expect(preview.xy).toHaveLength(start.length);
    for (let i = 0; i < start.length; i++) expect(preview.xy[i]).toBeCloseTo(start[i]!, 3);
    // Relations join the right nodes, with their filter group for colour.
    const ids = data.nodes.map((n) => n.id);
    expect(ids[preview.source[0]!]).toBe(data.edges[0]!.source);
    expect(ids[preview.target[0]!]).toBe(data.edges[0]!.target);
    expect([...preview.edgeGroup].every((g) => g < 4)).toBe(true);
  });

  it('is made from a file’s text on the page, with a pause between reading and laying out', async () => {
    const text = JSON.stringify(generateDataset({ nodes: 400, seed: 5 }));
    const steps: string[] = [];
    const pause = async () => {
      steps.push('pause');
    };
    const made = await previewOfText(`\ufeff${text}`, frame, pause);
    expect(made, 'a byte order mark is no obstacle').not.toBeNull();
    expect(made!.xy).toEqual(graphPreview(JSON.parse(text), frame)!.xy);
    expect(steps).toEqual(['pause']);
    const small = await previewOfText(JSON.stringify(generateDataset({ nodes: 50, seed: 1 })), frame, pause);
    expect(small, 'none for a small graph, and no pause for it').toBeNull();
    expect(steps).toEqual(['pause']);
  });

  it('is not made for small graphs or for JSON that is not a graph', () => {
    const small = generateDataset({ nodes: 50, seed: 1 });
    expect(graphPreview(small, frame)).toBeNull();
    for (const json of [null, 3, 'x', [], {}, { nodes: {}, edges: [] }, { nodes: [], edges: 'no' }])
      expect(graphPreview(json, frame)).toBeNull();
  });

  it('reads a hostile file without failing and keeps none of its text', () => {
    const nodes = Array.from({ length: 320 }, (_, i) =>
      i % 3 === 0
        ? null
        : i % 3 === 1
          ? { id: 42, kind: { evil: true } }
          : { id: `n${i}`, kind: 'spaceship' },
    );
    const edges = [
      { source: 'n2', target: 'n5', kind: 'alliance' },
      { source: 'n2', target: 'nowhere', kind: '__proto__' },
      'not an edge',
    ];
    const preview = graphPreview({ nodes, edges }, frame)!;
    expect(preview.n).toBe(320);
    expect([...preview.xy].every(Number.isFinite)).toBe(true);
    expect([...preview.nodeKind].every((k) => k === 255)).toBe(true);
    expect(preview.source[1]).toBe(preview.target[1]); // to nowhere: drawn as nothing
    expect(preview.edgeGroup[1]).toBe(255);
    expect(Object.values(preview).some((v) => typeof v === 'string')).toBe(false);
  });

  it('is asked for once the JSON has been parsed and is within the limits, before validation', () => {
    const seen = vi.fn();
    const phases: string[] = [];
    parseDataset(
      JSON.stringify(generateDataset({ nodes: 20, seed: 1 })),
      (p) => phases.push(p),
      (json) => {
        seen(json);
        phases.push('parsed');
      },
    );
    expect(seen).toHaveBeenCalledTimes(1);
    expect(phases).toEqual(['parsing', 'parsed', 'validating']);
    const never = vi.fn();
    parseDataset('{"nodes": [', undefined, never);
    expect(never).not.toHaveBeenCalled();
  });

  it('the layout of the checked dataset starts where the preview left the picture', () => {
    const data = generateDataset({ nodes: 350, seed: 2 });
    const preview = graphPreview(data, frame)!;
    const nodes = data.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.en }));
    const layout = createLargeLayout(nodes, data.edges, {
      ...frame,
      runIn: 'main-thread',
      initial: preview.xy,
    });
    expect(layout.hasPositions(), 'positions before any batch').toBe(true);
    expect(layout.position(data.nodes[7]!.id)?.x).toBeCloseTo(preview.xy[14]!, 5);
    layout.stop();
  });
});
