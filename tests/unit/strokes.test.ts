// @vitest-environment node -- reads the stylesheet with node:fs.
/** The exported drawing (no stylesheet) and the screen (styles.css) draw relations alike. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_KIND_IDS } from '../../src/data/kinds';
import {
  BASE_EDGE_WIDTH,
  DIM_OPACITY,
  EDGE_STROKES,
  LABEL_HALO_WIDTH,
  NODE_STROKE_WIDTH,
  SELECTED_EDGE_WIDTH,
} from '../../src/layout/strokes';

const css = readFileSync(join(process.cwd(), 'src/app/styles.css'), 'utf8');

/** The declarations of the first rule whose selector list is exactly `selector`. */
function rule(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const m = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!m?.[1]) return {};
  return Object.fromEntries(
    m[1]
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

describe('relation strokes', () => {
  it('match the stylesheet for every kind of relation', () => {
    expect(rule('.edge-line')['stroke-width']).toBe(String(BASE_EDGE_WIDTH));
    for (const kind of EDGE_KIND_IDS) {
      const declared = rule(`.edge-${kind} .edge-line`);
      const width = declared['stroke-width'] ?? String(BASE_EDGE_WIDTH);
      expect(`${kind}: ${width}`).toBe(`${kind}: ${EDGE_STROKES[kind].width}`);
      expect(`${kind}: ${declared['stroke-dasharray'] ?? null}`).toBe(`${kind}: ${EDGE_STROKES[kind].dash}`);
    }
  });

  it('match the stylesheet for selection, dimming, node outlines and label halos', () => {
    expect(rule('.edge.is-selected .edge-line')['stroke-width']).toBe(String(SELECTED_EDGE_WIDTH));
    expect(rule('.edge.is-dim,\n.node.is-dim').opacity).toBe(String(DIM_OPACITY));
    expect(rule('.node-symbol')['stroke-width']).toBe(String(NODE_STROKE_WIDTH));
    expect(rule('.node-label')['stroke-width']).toBe(`${LABEL_HALO_WIDTH}px`);
  });

  it('tell every two kinds apart without colour: weight or pattern, with gaps the round caps leave open', () => {
    const signature = (kind: keyof typeof EDGE_STROKES) => {
      const { width, dash } = EDGE_STROKES[kind];
      return `${width >= 2.5 ? 'heavy' : 'thin'} ${dash ?? 'solid'}`;
    };
    const seen = new Map<string, string>();
    for (const kind of EDGE_KIND_IDS) {
      const sig = signature(kind);
      expect(seen.get(sig), `${kind} looks like ${seen.get(sig)} in greyscale (${sig})`).toBeUndefined();
      seen.set(sig, kind);
      const { width, dash } = EDGE_STROKES[kind];
      // Round caps add half the width to both ends of each dash: each gap stays open by ≥ 0.8.
      const gaps = (dash ?? '')
        .split(' ')
        .filter((_, i) => i % 2 === 1)
        .map(Number);
      for (const gap of gaps)
        expect(gap - width, `${kind}: gap ${gap} at width ${width}`).toBeGreaterThanOrEqual(0.8);
    }
    // The three a teacher's black-and-white handout mixed up: protects, threatens, attends.
    expect(new Set(['protects', 'threat', 'attends'].map((k) => EDGE_STROKES[k as 'threat'].dash)).size).toBe(
      3,
    );
  });
});
