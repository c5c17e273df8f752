/** Whether the reader asked for less motion (`prefers-reduced-motion: reduce`); false where it cannot be asked. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
