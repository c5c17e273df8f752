/**
 * The one schema of an Alliance Network dataset. Types are inferred from it,
 * `data/schema.json` is generated from it, and `validateDataset` checks the
 * cross-references a structural schema cannot express.
 */
import * as v from 'valibot';
import { EDGE_KIND_IDS, NODE_KINDS } from './kinds';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty string'));

/** Text shown to readers in both languages of the app. */
export const LocalizedText = v.strictObject({ de: nonEmpty, en: nonEmpty });

export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9 and single hyphens)'),
);

/** Only http(s) links ever reach the page: no javascript:, data: or relative URLs. */
export const HttpUrl = v.pipe(
  v.string(),
  v.url('an absolute URL'),
  v.regex(/^https?:\/\//i, 'an http: or https: URL'),
);

export const Reference = v.strictObject({
  title: nonEmpty,
  url: v.optional(HttpUrl),
});

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

export const Evidence = v.variant('type', [ArticleEvidence, BackgroundEvidence]);
const EvidenceList = v.pipe(v.array(Evidence), v.minLength(1, 'at least one evidence item'));

export const GraphNode = v.strictObject({
  id: Id,
  kind: v.picklist(NODE_KINDS),
  label: LocalizedText,
  description: v.optional(LocalizedText),
  evidence: EvidenceList,
});

export const GraphEdge = v.strictObject({
  id: Id,
  source: Id,
  target: Id,
  kind: v.picklist(EDGE_KIND_IDS),
  label: v.optional(LocalizedText),
  description: v.optional(LocalizedText),
  evidence: EvidenceList,
});

export const StoryStep = v.strictObject({
  id: Id,
  title: LocalizedText,
  text: LocalizedText,
  nodes: v.array(Id),
  edges: v.array(Id),
  focus: v.optional(Id),
  evidence: v.optional(v.array(Evidence)),
});

export const Meta = v.strictObject({
  title: LocalizedText,
  description: v.optional(LocalizedText),
  date: v.optional(v.pipe(v.string(), v.isoDate('an ISO date (YYYY-MM-DD)'))),
  source: v.strictObject({
    name: nonEmpty,
    url: v.optional(HttpUrl),
    title: v.optional(nonEmpty),
  }),
});

export const Dataset = v.strictObject({
  version: v.literal(1),
  meta: Meta,
  nodes: v.array(GraphNode),
  edges: v.array(GraphEdge),
  story: v.optional(v.array(StoryStep)),
});

export type LocalizedText = v.InferOutput<typeof LocalizedText>;
export type Reference = v.InferOutput<typeof Reference>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type GraphNode = v.InferOutput<typeof GraphNode>;
export type GraphEdge = v.InferOutput<typeof GraphEdge>;
export type StoryStep = v.InferOutput<typeof StoryStep>;
export type Meta = v.InferOutput<typeof Meta>;
export type Dataset = v.InferOutput<typeof Dataset>;
