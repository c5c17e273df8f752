import { useState } from 'react';

/** `slide`: a 16:9 PNG with the story step's title, text and source. */
export type ExportFormat = 'svg' | 'png' | 'slide';

/** Saves the current view as SVG or PNG (the export code loads on first use), with busy and failed states. */
export function useExport() {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      const { exportCurrentView } = await import('./export/exportView');
      await exportCurrentView(format);
    } catch (error) {
      console.error('Alliance Network: export failed', error);
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return { busy, failed, run };
}
