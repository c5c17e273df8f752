/**
 * The one schema of an Alliance Network dataset. Types are inferred from it,
 * `data/schema.json` is generated from it (`npm run schema`), and the dataset
 * level check below adds the cross-references (unique ids, edges and story
 * steps that point at existing nodes and edges) a structural schema cannot
 * express. Messages read as "what was expected": `validate.ts` turns them
 * into "path: found is not expected".
 */
import * as v from 'valibot';
import { crossReferenceProblems } from './crossRefs';
import { EDGE_KIND_IDS, NODE_KINDS } from './kinds';

const nonEmpty = v.pipe(v.string('a string'), v.regex(/\S/, 'a non-empty string'));

/** Text shown to readers: both languages of the app are required. */
export const LocalizedText = v.strictObject(
  {
    de: v.pipe(v.string('German text (a string)'), v.regex(/\S/, 'non-empty German text')),
    en: v.pipe(v.string('English text (a string)'), v.regex(/\S/, 'non-empty English text')),
  },
  'an object with German and English text ({ "de": "…", "en": "…" })',
);

export const Id = v.pipe(
  v.string('an id (a string)'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9 and single hyphens)'),
);

/** Only http(s) links ever reach the page: no javascript:, data: or relative URLs. */
export const HttpUrl = v.pipe(
  v.string('a URL (a string)'),
  v.regex(/^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#]+[^\s]*$/, 'an absolute http: or https: URL'),
  v.url('an absolute http: or https: URL'),
);

export const Reference = v.strictObject(
  {
    title: nonEmpty,
    url: v.optional(HttpUrl),
  },
  'a reference ({ "title": "…", "url": "https://…" })',
);

export const ArticleEvidence = v.strictObject({
  type: v.literal('article'),
  quote: nonEmpty,
  translation: nonEmpty,
});

export const BackgroundEvidence = v.strictObject({
  type: v.literal('background'),
  note: LocalizedText,
  reference: Reference,
});

export const Evidence = v.variant(
  'type',
  [ArticleEvidence, BackgroundEvidence],
  'an evidence type ("article" or "background")',
);
const EvidenceList = v.pipe(
  v.array(Evidence, 'a list of evidence'),
  v.minLength(1, 'at least one evidence item'),
);

export const GraphNode = v.strictObject(
  {
    id: Id,
    kind: v.picklist(NODE_KINDS, `a known node kind (${NODE_KINDS.join(', ')})`),
    label: LocalizedText,
    description: v.optional(LocalizedText),
    evidence: EvidenceList,
  },
  'a node object',
);

export const GraphEdge = v.strictObject(
  {
    id: Id,
    source: Id,
    target: Id,
    kind: v.picklist(EDGE_KIND_IDS, `a known relation kind (${EDGE_KIND_IDS.join(', ')})`),
    label: v.optional(LocalizedText),
    description: v.optional(LocalizedText),
    evidence: EvidenceList,
  },
  'an edge object',
);

export const StoryStep = v.strictObject(
  {
    id: Id,
    title: LocalizedText,
    text: LocalizedText,
    nodes: v.array(Id, 'a list of node ids'),
    edges: v.array(Id, 'a list of edge ids'),
    focus: v.optional(Id),
    evidence: v.optional(v.array(Evidence, 'a list of evidence')),
  },
  'a story step object',
);

export const Meta = v.strictObject(
  {
    title: LocalizedText,
    description: v.optional(LocalizedText),
    date: v.optional(v.pipe(v.string('a date (a string)'), v.isoDate('an ISO date (YYYY-MM-DD)'))),
    source: v.strictObject(
      {
        name: nonEmpty,
        url: v.optional(HttpUrl),
        title: v.optional(nonEmpty),
      },
      'a source object ({ "name": "…" })',
    ),
  },
  'a meta object',
);

export const DatasetShape = v.strictObject(
  {
    version: v.literal(1, 'the format version 1'),
    meta: Meta,
    nodes: v.array(GraphNode, 'a list of nodes'),
    edges: v.array(GraphEdge, 'a list of edges'),
    story: v.optional(v.array(StoryStep, 'a list of story steps')),
  },
  'a dataset object ({ "version": 1, "meta": …, "nodes": […], "edges": […] })',
);

/** The whole dataset: its structure, then its cross-references. */
export const Dataset = v.pipe(
  DatasetShape,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const p of crossReferenceProblems(dataset.value)) {
      addIssue({ message: p.expected, expected: p.expected, received: p.found });
    }
  }),
);

export type LocalizedText = v.InferOutput<typeof LocalizedText>;
export type Reference = v.InferOutput<typeof Reference>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type GraphNode = v.InferOutput<typeof GraphNode>;
export type GraphEdge = v.InferOutput<typeof GraphEdge>;
export type StoryStep = v.InferOutput<typeof StoryStep>;
export type Meta = v.InferOutput<typeof Meta>;
export type Dataset = v.InferOutput<typeof Dataset>;
