import { useT } from '../ui/useT';

export interface ZoomControlsProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onReset(): void;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit, onReset }: ZoomControlsProps) {
  const t = useT();
  return (
    <div className="zoom-controls" role="group" aria-label={`${t('zoomIn')} / ${t('zoomOut')}`}>
      <button
        type="button"
        onClick={onZoomIn}
        aria-label={t('zoomIn')}
        title={t('zoomIn')}
        data-action="zoom-in"
      >
        +
      </button>
      <button
        type="button"
        onClick={onZoomOut}
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
        data-action="zoom-out"
      >
        −
      </button>
      <button type="button" onClick={onFit} aria-label={t('fitView')} title={t('fitView')} data-action="fit">
        ⤢
      </button>
      <button
        type="button"
        onClick={onReset}
        aria-label={t('resetLayout')}
        title={t('resetLayout')}
        data-action="reset"
      >
        ↺
      </button>
    </div>
  );
}
