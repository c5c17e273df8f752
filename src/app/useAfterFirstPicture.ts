import { useEffect, useState } from 'react';
import { hasMark, whenMarked } from '../network/marks';

/**
 * False until the network's first picture is on screen, then true: parts the
 * first view does not show (the print-only relations list) render a moment
 * later instead of delaying the picture (`alliance-network:rendered`). Not for
 * anything a reader or a screen reader needs at once.
 */
export function useAfterFirstPicture(): boolean {
  const [ready, setReady] = useState(() => hasMark('alliance-network:rendered'));
  useEffect(
    () => (ready ? undefined : whenMarked('alliance-network:rendered', () => setReady(true))),
    [ready],
  );
  return ready;
}
