/**
 * How far the layout of a large graph has come, for the progress line under
 * the graphic (src/data-loading) and the indicator on the stage
 * (src/network/canvas). Written by the canvas renderer on each batch.
 */
import { create } from 'zustand';

export interface LayoutStatus {
  /** Whole percent while a large graph is being laid out, else null. */
  percent: number | null;
  /** Why the layout runs on the main thread instead of a worker, else null. */
  fallback: string | null;
}

export const useLayoutStatus = create<LayoutStatus>()(() => ({ percent: null, fallback: null }));
