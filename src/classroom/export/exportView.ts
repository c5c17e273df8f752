/**
 * Export of the current view as SVG or PNG (loaded lazily, on the first
 * click), with either renderer: the picture is built from the layout's
 * positions and the camera (the renderer's `view()`), as a string — nothing
 * is written into the page, so the strict CSP sees no style attribute.
 * PNG: the same SVG drawn at twice the view's size on a canvas, on the
 * theme's background. The SVG goes to the image as a data: URL, which a CSP
 * of `img-src 'self' data:` allows; the download itself is a blob: link.
 */
import { dataSourceLabel } from '../../data/dataUrlPolicy';
import { EDGE_KIND_IDS, NODE_KINDS } from '../../data/kinds';
import type { FilterGroup, NodeKind } from '../../data/kinds';
import { degrees } from '../../graph/neighbourhood';
import { edgeBends } from '../../graph/parallel';
import { viewModel } from '../../graph/viewModel';
import { CLASSROOM_STRINGS } from '../../i18n/classroomStrings';
import { EDGE_KIND_LABELS, NODE_KIND_LABELS, STRINGS, format } from '../../i18n/strings';
import type { DrawnView } from '../../store/camera';
import { useAppStore } from '../../store/store';
import { exportFileName } from './fileName';
import type { NetworkScene, Palette } from './scene';
import { buildSlide } from './slide';
import { buildSnapshot } from './snapshot';
import type { LegendEntry, TextParts } from './snapshot';

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

/** The page's colours for the drawing (read from the stylesheet's custom properties, never written). */
function readPalette(surface: Element): Palette {
  const root = getComputedStyle(surface);
  const cssVar = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return {
    background: getComputedStyle(surface).backgroundColor || cssVar('--surface', '#ffffff'),
    surface: cssVar('--surface', '#ffffff'),
    ink: cssVar('--ink', '#000000'),
    muted: cssVar('--muted', '#555555'),
    rule: cssVar('--rule', '#cccccc'),
    nodeStroke: cssVar('--node-stroke', '#ffffff'),
    kind: (k: NodeKind) => cssVar(`--kind-${k}`, '#555555'),
    group: (g: FilterGroup) => cssVar(`--group-${g}`, '#555555'),
  };
}

/** What is shown and how, from the store (the same rules as the renderers), and where, from the camera. */
export function describeView(view: DrawnView, surface: Element) {
  const s = useAppStore.getState();
  const dataset = s.dataset;
  if (!dataset) throw new Error('no dataset');
  const lang = s.lang;
  const t = STRINGS[lang];
  // What is shown and how: the one view model the renderers draw (without the pointer's hover).
  const { story, nodes, edges, highlight, selection } = viewModel(dataset, {
    hidden: s.hidden,
    storyStep: s.storyStep,
    storyId: s.storyId,
    layers: { layers: s.layers, until: s.until },
    selection: s.selection,
    hovered: null,
    query: s.query,
    lang,
  });
  // Most connected first: the order in which the canvas renderer gives labels room.
  const degree = degrees(dataset.edges);
  const sceneNodes = nodes
    .map((n) => ({ id: n.id, kind: n.kind, label: n.label[lang] }))
    .toSorted((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  const scene: NetworkScene = {
    view,
    nodes: sceneNodes,
    edges,
    bends: edgeBends(dataset.edges),
    highlight,
    selected: selection,
  };

  const drawnNodeKinds = new Set(nodes.map((n) => n.kind));
  const drawnEdgeKinds = new Set(edges.map((e) => e.kind));
  const legend: LegendEntry[] = [
    ...NODE_KINDS.filter((k) => drawnNodeKinds.has(k)).map((k) => ({
      label: NODE_KIND_LABELS[lang][k],
      node: k,
    })),
    ...EDGE_KIND_IDS.filter((k) => drawnEdgeKinds.has(k)).map((k) => ({
      label: EDGE_KIND_LABELS[lang][k],
      edge: k,
    })),
  ];

  const step = story?.step ?? null;
  const { source } = dataset.meta;
  const credit: TextParts = [`${t.creditPrefix} `, { data: source.name }];
  if (source.title) credit.push(' – „', { data: source.title }, '“');
  if (source.url) credit.push(` (${new URL(source.url).host})`);
  credit.push(' · Alliance Network');
  // Any dataset but the article's says so on the image too.
  if (s.dataSource !== null) {
    const [before, after] = t.otherData.split('{source}');
    credit.push(` · ${before ?? ''}`, { data: dataSourceLabel(s.dataSource, document.baseURI) }, after ?? '');
  }

  return {
    // A 16:9 slide: the step (or, outside a story, the dataset's title and description) beside the network.
    slide: {
      kicker:
        step && story
          ? [
              `${format(t.storyStep, { n: story.index + 1, total: story.total })} · `,
              { data: dataset.meta.title[lang] },
            ]
          : [{ data: source.title ?? source.name }],
      title: step ? step.title[lang] : dataset.meta.title[lang],
      text: step ? step.text[lang] : (dataset.meta.description?.[lang] ?? ''),
      question: step?.question
        ? { label: CLASSROOM_STRINGS[lang].question, text: step.question[lang] }
        : undefined,
      credit,
      legend,
      palette: readPalette(surface),
      scene,
    },
    fileSubject: {
      title: dataset.meta.title[lang],
      step: step && story ? { index: story.index, id: step.id } : null,
      selected: s.selection?.id ?? null,
      hidden: [...s.hidden],
    },
    snapshot: {
      title: dataset.meta.title[lang],
      subtitle:
        step && story ? [`${story.index + 1}/${story.total} · `, { data: step.title[lang] }] : undefined,
      credit,
      legend,
      palette: readPalette(surface),
      scene,
    },
  };
}

/**
 * Saves the view on screen as `format`; resolves once the download has started.
 * `slide`: a 16:9 PNG (1920 × 1080) with the story step's title, text and source.
 */
export async function exportCurrentView(kind: 'svg' | 'png' | 'slide'): Promise<void> {
  const view = useAppStore.getState().camera?.drawn();
  const surface = document.querySelector('.network');
  if (!view || !surface) throw new Error('no network on the page');
  const described = describeView(view, surface);
  if (kind === 'slide') {
    const slide = buildSlide(described.slide);
    const name = exportFileName(described.fileSubject, 'png').replace(/\.png$/, '-slide.png');
    download(await svgToPng(slide.svg, slide.width, slide.height, described.slide.palette.background), name);
    return;
  }
  const { svg, width, height } = buildSnapshot(described.snapshot);
  const name = exportFileName(described.fileSubject, kind);
  if (kind === 'svg') {
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
    return;
  }
  download(await svgToPng(svg, width, height, described.snapshot.palette.background), name);
}
