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
  noDescription: 'Keine Beschreibung.',
  kind: 'Art',
  from: 'von',
  to: 'zu',
  language: 'Sprache',
  clearSelection: 'Auswahl aufheben',
  relationCount: '{n} Beziehungen',
  creditPrefix: 'Quelle:',
  classroom: 'Unterricht',
  story: 'Geschichte',
  storyNext: 'Weiter',
  storyPrev: 'Zurück',
  storyExit: 'Frei erkunden',
  storyStep: 'Schritt {n} von {total}',
  storyGoTo: 'Schritt {n}: {title}',
  storySteps: 'Schritte',
  storyKeys: 'Blättern mit Pfeiltasten, Bild ↑/↓ und Leertaste; Pos1/Ende springen.',
  present: 'Präsentieren',
  presentExit: 'Präsentation beenden',
  highContrast: 'Hoher Kontrast',
  exportLabel: 'Exportieren',
  exportSvg: 'Ansicht als SVG speichern',
  exportPng: 'Ansicht als PNG speichern',
  exportFailed: 'Der Export ist fehlgeschlagen.',
  print: 'Drucken',
  printRelations: 'Beziehungen und Belege',
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
  noDescription: 'No description.',
  kind: 'Kind',
  from: 'from',
  to: 'to',
  language: 'Language',
  clearSelection: 'Clear selection',
  relationCount: '{n} relations',
  creditPrefix: 'Source:',
  classroom: 'Classroom',
  story: 'Story',
  storyNext: 'Next',
  storyPrev: 'Previous',
  storyExit: 'Explore freely',
  storyStep: 'Step {n} of {total}',
  storyGoTo: 'Step {n}: {title}',
  storySteps: 'Steps',
  storyKeys: 'Step through with the arrow keys, Page Up/Down and Space; Home/End jump.',
  present: 'Present',
  presentExit: 'Leave presentation',
  highContrast: 'High contrast',
  exportLabel: 'Export',
  exportSvg: 'Save the view as SVG',
  exportPng: 'Save the view as PNG',
  exportFailed: 'The export failed.',
  print: 'Print',
  printRelations: 'Relations and evidence',
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
