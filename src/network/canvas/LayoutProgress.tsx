import { useT } from '../../ui/useT';
import { useLayoutStatus } from '../../store/layoutStatus';

/**
 * On the stage while a large graph is laid out: "Laying out 42 %" with a bar
 * (under prefers-reduced-motion the only thing shown until the layout has
 * settled), and a note when the layout had to fall back to the main thread.
 */
export function LayoutProgress() {
  const t = useT();
  const percent = useLayoutStatus((s) => s.percent);
  const fallback = useLayoutStatus((s) => s.fallback);
  return (
    <>
      {percent !== null && (
        <div className="layout-progress" data-layout-progress={percent}>
          <span aria-hidden="true">{t('layingOut', { percent })}</span>
          <progress max={100} value={percent} aria-label={t('layingOut', { percent })} />
        </div>
      )}
      {fallback && (
        <p className="layout-fallback" role="status" data-layout-fallback title={fallback}>
          {t('layoutFallback')}
        </p>
      )}
    </>
  );
}
