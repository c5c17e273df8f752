/**
 * How far the layout of a large graph has come, for the progress line under
 * the graphic (src/data-loading) and the indicator on the stage
 * (src/network/canvas). Written by the canvas renderer on each batch. Also the
 * preview of a large graph whose file is still being checked: shown while no
 * dataset is, then the start of the checked dataset's layout.
 */
import { create } from 'zustand';
import type { GraphPreview } from '../layout/large/preview';

export interface LayoutStatus {
  /** Whole percent while a large graph is being laid out, else null. */
  percent: number | null;
  /** Why the layout runs on the main thread instead of a worker, else null. */
  fallback: string | null;
  /** The latest load's preview, until its dataset's layout has taken it over (or the load failed). */
  preview: GraphPreview | null;
}

export const useLayoutStatus = create<LayoutStatus>()(() => ({
  percent: null,
  fallback: null,
  preview: null,
}));
