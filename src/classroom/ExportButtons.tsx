import { useT } from '../ui/useT';
import type { ExportFormat } from './useExport';

/** SVG, PNG and (during a story) Slide: the same buttons in the toolbar and the presentation bar. */
export function ExportButtons({
  busy,
  onExport,
  withSlide,
}: {
  busy: ExportFormat | null;
  onExport: (format: ExportFormat) => void;
  withSlide: boolean;
}) {
  const t = useT();
  const formats: { format: ExportFormat; title: string; text: string }[] = [
    { format: 'svg', title: t('exportSvg'), text: 'SVG' },
    { format: 'png', title: t('exportPng'), text: 'PNG' },
    ...(withSlide ? [{ format: 'slide' as const, title: t('exportSlide'), text: t('slide') }] : []),
  ];
  return (
    <>
      {formats.map(({ format, title, text }) => (
        <button
          key={format}
          type="button"
          data-action={`export-${format}`}
          title={title}
          aria-label={title}
          aria-busy={busy === format}
          onClick={() => onExport(format)}
        >
          {text}
        </button>
      ))}
    </>
  );
}
