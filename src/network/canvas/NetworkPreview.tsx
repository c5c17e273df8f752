import { useLayoutEffect, useRef } from 'react';
import type { GraphPreview } from '../../layout/large/preview';
import { useElementSize } from '../../ui/useElementSize';
import { useT } from '../../ui/useT';
import { markOnce } from '../marks';
import { drawPreview } from './previewScene';
import { removeFirstPicture } from '../../data-loading/firstPictureHandover';
import './NetworkCanvas.css';

/**
 * A large graph while its file is still being checked: drawn as the canvas renderer will draw
 * it at first (the same positions, framing, symbols and colours), without labels. Drawn once;
 * the network takes over from these positions when the check has passed.
 */
export function NetworkPreview({ preview }: { preview: GraphPreview }) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(containerRef);

  // Drawn before the browser paints: the first picture is taken off in the same frame.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const container = containerRef.current;
    if (!canvas || !container || !drawPreview(canvas, container, preview, size)) return;
    // The page's first picture of the same preview lay over this box until now.
    removeFirstPicture(container);
    // Its own mark: `rendered` stays the first complete picture (labels, the checked dataset).
    markOnce('alliance-network:preview');
  }, [preview, size]);

  return (
    <div className="network network-canvas-wrap" ref={containerRef} data-network-preview>
      <canvas ref={canvasRef} className="network-canvas" role="img" aria-label={t('previewLabel')} />
    </div>
  );
}
