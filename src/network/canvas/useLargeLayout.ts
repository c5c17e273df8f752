import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { Dataset } from '../../data/schema';
import { createLargeLayout } from '../../layout/large/largeLayout';
import type { LargeLayoutEngine } from '../../layout/large/largeLayout';
import { useLayoutStatus } from '../../store/layoutStatus';
import { prefersReducedMotion } from '../../ui/motion';

export interface LargeLayoutState {
  layout: LargeLayoutEngine | null;
  /** Positions have arrived: something to draw. */
  positioned: boolean;
  settled: boolean;
  /** Starts the layout over (the "reset layout" button). */
  reset(): void;
}

/**
 * The large-graph layout of the dataset, in a Web Worker (see
 * src/layout/large/largeLayout.ts), from the moment the stage has a size. Its
 * progress goes to the layout status store (the progress line and the stage's
 * indicator); under prefers-reduced-motion only progress is streamed and the
 * first positions are the settled ones.
 */
export function useLargeLayout(
  containerRef: RefObject<HTMLElement | null>,
  dataset: Dataset,
  hasSize: boolean,
): LargeLayoutState {
  const [layout, setLayout] = useState<LargeLayoutEngine | null>(null);
  const [positioned, setPositioned] = useState(false);
  const [settled, setSettled] = useState(false);

  useEffect(() => {
    const rect = containerRef.current?.getBoundingClientRect();
    if (!hasSize || !rect) return;
    // The preview drawn while this file was checked: the layout starts where it left the picture.
    const { preview } = useLayoutStatus.getState();
    const ofThis = preview?.n === dataset.nodes.length && preview.source.length === dataset.edges.length;
    const engine = createLargeLayout(
      dataset.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.de })),
      dataset.edges,
      {
        width: rect.width,
        height: rect.height,
        stream: !prefersReducedMotion(),
        initial: ofThis ? preview.xy : undefined,
      },
    );
    setLayout(engine);
    setPositioned(engine.hasPositions());
    setSettled(!engine.isRunning());
    let percent: number | null = null;
    const report = () => {
      const next = engine.isRunning() ? Math.floor(engine.progress() * 100) : null;
      const fallback = engine.fallback();
      const status = useLayoutStatus.getState();
      if (next !== percent || fallback !== status.fallback) {
        percent = next;
        useLayoutStatus.setState({ percent: next, fallback });
      }
      if (engine.hasPositions()) setPositioned(true);
    };
    report();
    const offProgress = engine.onProgress(report);
    const offSettled = engine.onSettled(() => setSettled(true));
    return () => {
      offProgress();
      offSettled();
      engine.stop();
      useLayoutStatus.setState({ percent: null, fallback: null });
    };
  }, [containerRef, dataset, hasSize]);

  const reset = () => {
    if (!layout) return;
    layout.reset();
    setSettled(!layout.isRunning());
  };
  return { layout, positioned, settled, reset };
}
