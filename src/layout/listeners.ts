/**
 * The listeners of one event of a layout engine (tick, settled, progress, ...): the renderers add
 * and remove them, the engine tells them in the order they came. One per event and engine.
 */
export function listeners() {
  const set = new Set<() => void>();
  return {
    /** Adds `listener`; returns what removes it again. */
    add(listener: () => void): () => void {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit() {
      for (const listener of set) listener();
    },
  };
}
