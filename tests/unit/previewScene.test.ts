// @vitest-environment node -- pure scene building.
// The scene a large graph's preview is drawn from: the canvas renderer's order (most connected
// first, ties in file order), relations in their group's batch, and nothing of the file's text.
import { describe, expect, it } from 'vitest';
import { FILTER_GROUPS, NODE_KINDS } from '../../src/data/kinds';
import type { GraphPreview } from '../../src/layout/large/preview';
import { previewScene } from '../../src/network/canvas/previewScene';

const group = (name: (typeof FILTER_GROUPS)[number]) => FILTER_GROUPS.indexOf(name);

describe('the preview’s scene', () => {
  // 0–1 alliance, 1–2 threat, 1–3 no group (context), 3–3 a loop, 4 alone.
  const preview: GraphPreview = {
    n: 5,
    xy: new Float32Array([0, 0, 10, 0, 20, 0, 10, 10, 40, 40]),
    source: Int32Array.of(0, 1, 1, 3),
    target: Int32Array.of(1, 2, 3, 3),
    nodeKind: Uint8Array.of(0, 1, 255, 0, 2),
    edgeGroup: Uint8Array.of(group('alliances'), group('threats'), 255, group('diplomacy')),
  };
  const scene = previewScene(preview);

  it('orders the nodes most connected first, ties in file order, without labels', () => {
    expect(scene.nodes.map((v) => v.id)).toEqual(['1', '0', '2', '3', '4']);
    expect(scene.nodes.every((v) => v.label === '')).toBe(true);
    expect(scene.nodes.find((v) => v.id === '2')?.kind, 'no kind: a person').toBe('person');
    expect(scene.nodes.find((v) => v.id === '0')?.kind).toBe(NODE_KINDS[0]);
  });

  it('puts each relation in its group’s batch, in drawing order, and draws no loop', () => {
    const ends = (g: string) =>
      scene.edges.find((b) => b.group === g)?.edges.map((e) => `${e.a.index}-${e.b.index}`);
    expect(scene.edges.map((b) => b.group)).toEqual(['context', 'diplomacy', 'alliances', 'threats']);
    expect(ends('alliances')).toEqual(['0-1']);
    expect(ends('threats')).toEqual(['1-2']);
    expect(ends('context')).toEqual(['1-3']);
    expect(ends('diplomacy')).toEqual([]);
  });

  it('places each node where the preview says', () => {
    expect(scene.layout.position('3')).toMatchObject({ x: 10, y: 10, kind: NODE_KINDS[0] });
    expect(scene.placed).toHaveLength(5);
  });
});
