import { storySteps } from '../../graph/story';
/**
 * Export of the current view as SVG or PNG (loaded lazily, on the first
 * click). PNG: the same SVG drawn at twice the view's size on a canvas, on the
 * theme's background. The SVG goes to the image as a data: URL, which a CSP
 * of `img-src 'self' data:` allows; the download itself is a blob: link.
 */
import { EDGE_KIND_IDS, NODE_KINDS } from '../../data/kinds';
import type { NodeKind } from '../../data/kinds';
import { EDGE_KIND_LABELS, NODE_KIND_LABELS, STRINGS } from '../../i18n/strings';
import { useAppStore } from '../../store/store';
import { exportFileName } from './fileName';
import { buildSnapshot, serialize } from './snapshot';
import type { LegendEntry } from './snapshot';

export const PNG_SCALE = 2;

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.addEventListener('load', () => resolve(img), { once: true });
    img.addEventListener('error', () => reject(new Error('the SVG could not be drawn')), { once: true });
    img.src = src;
  });
}

export async function svgToPng(svgText: string, width: number, height: number, background: string) {
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

/** Everything the snapshot needs from the page and the store. */
export function describeView(network: SVGSVGElement) {
  const s = useAppStore.getState();
  const dataset = s.dataset;
  if (!dataset) throw new Error('no dataset');
  const lang = s.lang;
  const t = STRINGS[lang];
  const root = getComputedStyle(document.documentElement);
  const cssVar = (name: string) => root.getPropertyValue(name).trim();
  const container = network.closest('.network') ?? network;
  const background = getComputedStyle(container).backgroundColor || cssVar('--surface') || '#ffffff';

  const drawnNodeKinds = new Set(
    [...network.querySelectorAll<SVGGElement>('[data-node-kind]')].map((n) => n.dataset.nodeKind),
  );
  const legend: LegendEntry[] = [
    ...NODE_KINDS.filter((k) => drawnNodeKinds.has(k)).map((k) => ({
      label: NODE_KIND_LABELS[lang][k],
      node: k,
    })),
    ...EDGE_KIND_IDS.flatMap((k) => {
      const line = network.querySelector<SVGPathElement>(`[data-edge-kind="${k}"] .edge-line`);
      return line ? [{ label: `${EDGE_KIND_LABELS[lang][k]}`, line }] : [];
    }),
  ];

  const steps = storySteps(dataset, s.storyId);
  const step = s.storyStep === null ? null : (steps[s.storyStep] ?? null);
  const { source } = dataset.meta;
  const credit = [
    `${t.creditPrefix} ${source.name}`,
    source.title ? ` – „${source.title}“` : '',
    source.url ? ` (${new URL(source.url).host})` : '',
    ' · Alliance Network',
  ].join('');

  return {
    fileSubject: {
      title: dataset.meta.title[lang],
      step: step && s.storyStep !== null ? { index: s.storyStep, id: step.id } : null,
      selected: s.selection?.id ?? null,
      hidden: [...s.hidden],
    },
    snapshot: {
      title: dataset.meta.title[lang],
      subtitle: step
        ? `${s.storyStep !== null ? s.storyStep + 1 : ''}/${steps.length} · ${step.title[lang]}`
        : undefined,
      credit,
      legend,
      colors: {
        background,
        ink: cssVar('--ink') || '#000',
        muted: cssVar('--muted') || '#555',
        rule: cssVar('--rule') || '#ccc',
        kind: (k: NodeKind) => cssVar(`--kind-${k}`) || '#555',
      },
    },
  };
}

/** Saves the view on screen as `format`; resolves once the download has started. */
export async function exportCurrentView(format: 'svg' | 'png'): Promise<void> {
  const network = document.querySelector<SVGSVGElement>('svg.network-svg');
  if (!network) throw new Error('no network on the page');
  const view = describeView(network);
  const { svg, width, height } = buildSnapshot(network, view.snapshot);
  const text = serialize(svg);
  const name = exportFileName(view.fileSubject, format);
  if (format === 'svg') {
    download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), name);
    return;
  }
  download(await svgToPng(text, width, height, view.snapshot.colors.background), name);
}
