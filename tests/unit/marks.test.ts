import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasMark, markOnce, whenMarked } from '../../src/network/marks';

const RENDERED = 'alliance-network:rendered';

beforeEach(() => performance.clearMarks(RENDERED));

describe('performance marks and waiting for them', () => {
  it('sets a mark once and calls who waits for it once', () => {
    const waiting = vi.fn();
    whenMarked(RENDERED, waiting);
    expect(waiting).not.toHaveBeenCalled();
    markOnce(RENDERED);
    markOnce(RENDERED);
    expect(performance.getEntriesByName(RENDERED)).toHaveLength(1);
    expect(hasMark(RENDERED)).toBe(true);
    expect(waiting).toHaveBeenCalledTimes(1);
  });

  it('calls at once when the mark is already set, and not after unsubscribing', () => {
    const gone = vi.fn();
    const unsubscribe = whenMarked(RENDERED, gone);
    unsubscribe();
    markOnce(RENDERED);
    expect(gone).not.toHaveBeenCalled();
    const late = vi.fn();
    whenMarked(RENDERED, late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
