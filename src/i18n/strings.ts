/**
 * Every UI string in both languages. `en` is typed against `de`, so a key
 * missing in either language is a compile error (and a test checks it too).
 */
import type { EdgeKind, FilterGroup, NodeKind } from '../data/kinds';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const de = {
  appTitle: 'Alliance Network',
  loading: 'Netzwerk wird geladen …',
  filters: 'Filter',
  relationsFilter: 'Beziehungen',
  nodeKindsFilter: 'Knotenarten',
  search: 'Suche',
  searchPlaceholder: 'Land, Person, Thema …',
  searchNoResult: 'Kein Treffer',
  legend: 'Legende',
  legendNodes: 'Knoten',
  legendEdges: 'Beziehungen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fitView: 'Alles zeigen',
  resetLayout: 'Anordnung zurücksetzen',
  close: 'Schließen',
  details: 'Details',
  relations: 'Beziehungen',
  evidence: 'Belege',
  fromArticle: 'Aus dem Artikel',
  translation: 'Übersetzung',
  background: 'Hintergrund',
  backgroundHint: 'Nicht im Artikel, ergänzt aus:',
  source: 'Quelle',
  networkLabel: 'Netzwerkgrafik',
  networkSummary: '{nodes} Knoten, {edges} Beziehungen',
  shown: 'sichtbar',
  hidden: 'ausgeblendet',
  errorTitle: 'Die Daten konnten nicht geladen werden',
  errorIntro: 'Folgende Probleme wurden gefunden:',
  errorRetry: 'Erneut versuchen',
  errorBack: 'Zurück',
  errorMore: '… und {n} weitere Probleme',
  openDataset: 'Eigene Daten öffnen …',
  openDatasetHint: 'JSON-Datei wählen oder auf die Seite ziehen',
  dropDataset: 'JSON-Datei hier ablegen, um sie zu öffnen',
  showingData: 'Eigene Daten: {source}',
  articleData: 'Zurück zu den Daten des Artikels',
  loadReading: '{source} wird gelesen …',
  loadParsing: '{source} wird eingelesen …',
  loadValidating: '{source} wird geprüft …',
  crashTitle: 'Die Ansicht ist auf einen Fehler gestoßen',
  crashIntro: 'Etwas Unerwartetes ist passiert. Die Daten bleiben unverändert.',
  crashBack: 'Zurück zur Ansicht',
  noDescription: 'Keine Beschreibung.',
  kind: 'Art',
  from: 'von',
  to: 'zu',
  language: 'Sprache',
  clearSelection: 'Auswahl aufheben',
  relationCount: '{n} Beziehungen',
  creditPrefix: 'Quelle:',
  // Sharing and embedding (issue 3)
  share: 'Teilen',
  shareCopied: 'Link zu dieser Ansicht kopiert.',
  shareManual: 'Diesen Link kopieren (Strg+C / ⌘C):',
  shareLinkLabel: 'Link zu dieser Ansicht',
  embed: 'Einbetten',
  embedTitle: 'Grafik einbetten',
  embedIntro: 'Fügen Sie einen dieser Codes in Ihre Seite ein. Er zeigt die aktuelle Ansicht.',
  embedIframe: 'Einfacher iframe (feste Höhe)',
  embedScript: 'Mit embed.js (Höhe passt sich an)',
  embedPym: 'Mit Pym.js (Höhe passt sich an)',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyManual: 'Markiert – mit Strg+C / ⌘C kopieren',
  openFullApp: 'Ganze Grafik öffnen',
  opensNewTab: '(öffnet in neuem Tab)',
  filtersAndLegend: 'Filter und Legende',
  hiddenCount: '{n} ausgeblendet',
  gateHint: 'Zum Zoomen und Verschieben erst in die Grafik klicken oder tippen',
};

export type StringKey = keyof typeof de;

const en: Record<StringKey, string> = {
  appTitle: 'Alliance Network',
  loading: 'Loading the network …',
  filters: 'Filters',
  relationsFilter: 'Relations',
  nodeKindsFilter: 'Node kinds',
  search: 'Search',
  searchPlaceholder: 'Country, person, topic …',
  searchNoResult: 'No match',
  legend: 'Legend',
  legendNodes: 'Nodes',
  legendEdges: 'Relations',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitView: 'Fit to view',
  resetLayout: 'Reset layout',
  close: 'Close',
  details: 'Details',
  relations: 'Relations',
  evidence: 'Evidence',
  fromArticle: 'From the article',
  translation: 'Translation',
  background: 'Background',
  backgroundHint: 'Not in the article, added from:',
  source: 'Source',
  networkLabel: 'Network graphic',
  networkSummary: '{nodes} nodes, {edges} relations',
  shown: 'shown',
  hidden: 'hidden',
  errorTitle: 'The data could not be loaded',
  errorIntro: 'These problems were found:',
  errorRetry: 'Try again',
  errorBack: 'Back',
  errorMore: '… and {n} more problems',
  openDataset: 'Open your own data …',
  openDatasetHint: 'Choose a JSON file or drop it onto the page',
  dropDataset: 'Drop a JSON file here to open it',
  showingData: 'Your data: {source}',
  articleData: 'Back to the article’s data',
  loadReading: 'Reading {source} …',
  loadParsing: 'Parsing {source} …',
  loadValidating: 'Checking {source} …',
  crashTitle: 'The view ran into an error',
  crashIntro: 'Something unexpected happened. Your data is unchanged.',
  crashBack: 'Back to the view',
  noDescription: 'No description.',
  kind: 'Kind',
  from: 'from',
  to: 'to',
  language: 'Language',
  clearSelection: 'Clear selection',
  relationCount: '{n} relations',
  creditPrefix: 'Source:',
  // Sharing and embedding (issue 3)
  share: 'Share',
  shareCopied: 'Link to this view copied.',
  shareManual: 'Copy this link (Ctrl+C / ⌘C):',
  shareLinkLabel: 'Link to this view',
  embed: 'Embed',
  embedTitle: 'Embed the graphic',
  embedIntro: 'Paste one of these snippets into your page. It shows the current view.',
  embedIframe: 'Plain iframe (fixed height)',
  embedScript: 'With embed.js (adjusts its height)',
  embedPym: 'With Pym.js (adjusts its height)',
  copy: 'Copy',
  copied: 'Copied',
  copyManual: 'Selected – press Ctrl+C / ⌘C to copy',
  openFullApp: 'Open the full graphic',
  opensNewTab: '(opens in a new tab)',
  filtersAndLegend: 'Filters and legend',
  hiddenCount: '{n} hidden',
  gateHint: 'Click or tap the graphic first to zoom and pan',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { de, en };

export const NODE_KIND_LABELS: Record<Lang, Record<NodeKind, string>> = {
  de: {
    country: 'Land',
    person: 'Person',
    event: 'Treffen',
    agreement: 'Vereinbarung',
    institution: 'Einrichtung',
    statement: 'Erklärung',
    region: 'Region',
    concern: 'Bedrohung',
  },
  en: {
    country: 'Country',
    person: 'Person',
    event: 'Meeting',
    agreement: 'Agreement',
    institution: 'Institution',
    statement: 'Statement',
    region: 'Region',
    concern: 'Threat',
  },
};

export const EDGE_KIND_LABELS: Record<Lang, Record<EdgeKind, string>> = {
  de: {
    alliance: 'Bündnis',
    commits: 'verpflichtet sich zu',
    protects: 'schützt',
    threat: 'bedroht',
    poses: 'geht aus von',
    cooperation: 'kooperiert mit',
    represents: 'vertritt',
    attends: 'nimmt teil an',
    produces: 'führt zu',
    'located-in': 'liegt in',
    'applies-to': 'gilt für',
  },
  en: {
    alliance: 'alliance',
    commits: 'commits to',
    protects: 'protects',
    threat: 'threatens',
    poses: 'poses',
    cooperation: 'cooperates with',
    represents: 'represents',
    attends: 'attends',
    produces: 'leads to',
    'located-in': 'located in',
    'applies-to': 'applies to',
  },
};

export const GROUP_LABELS: Record<Lang, Record<FilterGroup, string>> = {
  de: { alliances: 'Bündnisse', threats: 'Bedrohungen', diplomacy: 'Diplomatie', context: 'Kontext' },
  en: { alliances: 'Alliances', threats: 'Threats', diplomacy: 'Diplomacy', context: 'Context' },
};

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

export function pickLang(value: string | null | undefined): Lang | undefined {
  return value === 'de' || value === 'en' ? value : undefined;
}

/** German for de-*, English otherwise. */
export function langFromNavigator(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('de') ? 'de' : 'en';
}
