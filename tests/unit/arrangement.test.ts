/**
 * One arrangement per dataset, and the overview framed exactly as an SVG
 * viewBox with preserveAspectRatio="xMidYMid meet" is: the conditions under
 * which the prerendered picture and the hydrated app agree.
 */
import { describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/layout/arrange/index';
import { arrangeDataset, createArrangedLayout, overviewBox, viewBoxOf } from '../../src/layout/arrangement';
import { OVERVIEW_MAX_SCALE, overviewTransform } from '../../src/layout/frame';
import { articleDataset } from './fixtures';

/** Where the browser puts a point of a viewBox (meet, centred) in a width × height viewport. */
function meet(viewBox: string, width: number, height: number, x: number, y: number) {
  const [vx, vy, vw, vh] = viewBox.split(' ').map(Number) as [number, number, number, number];
  const k = Math.min(width / vw, height / vh);
  return { x: (width - vw * k) / 2 + (x - vx) * k, y: (height - vh * k) / 2 + (y - vy) * k };
}

describe('the arrangement', () => {
  it('is the same on every call, and the interactive layout starts from it', () => {
    const a = arrangeDataset(articleDataset, layoutDataset);
    const b = arrangeDataset(articleDataset, layoutDataset);
    expect(a).toEqual(b);
    const layout = createArrangedLayout(articleDataset, arrangeDataset(articleDataset, layoutDataset));
    for (const n of layout.nodes) expect({ x: n.x, y: n.y }).toEqual(a.positions[n.id]);
    expect(layout.isRunning()).toBe(false);
    layout.dragStart('jp');
    layout.dragTo('jp', 999, 999);
    layout.dragEnd('jp');
    layout.stop();
    layout.reset();
    for (const n of layout.nodes) expect({ x: n.x, y: n.y }).toEqual(a.positions[n.id]);
    layout.stop();
  });

  it('is framed by the app exactly as the prerendered viewBox is framed by the browser', () => {
    const layout = createArrangedLayout(articleDataset, arrangeDataset(articleDataset, layoutDataset));
    const box = overviewBox(layout)!;
    const viewBox = viewBoxOf(box);
    for (const [w, h] of [
      [1280, 800],
      [375, 640],
      [640, 600],
      [1920, 1080],
      [320, 500],
    ] as const) {
      const t = overviewTransform(box, w, h);
      expect(t.k).toBeLessThan(OVERVIEW_MAX_SCALE);
      for (const n of layout.nodes) {
        const browser = meet(viewBox, w, h, n.x ?? 0, n.y ?? 0);
        const app = { x: t.x + (n.x ?? 0) * t.k, y: t.y + (n.y ?? 0) * t.k };
        expect(Math.hypot(browser.x - app.x, browser.y - app.y), `${n.id} at ${w}×${h}`).toBeLessThan(0.5);
      }
    }
    layout.stop();
  });
});
