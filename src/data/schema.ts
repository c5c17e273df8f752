/**
 * The one schema of an Alliance Network dataset. Types are inferred from it,
 * `data/schema.json` is generated from it (`npm run schema`), and the dataset
 * level check below adds the cross-references (unique ids, edges and story
 * steps that point at existing nodes and edges, declared layers, real calendar
 * dates) a structural schema cannot express. Messages read as "what was
 * expected": `validate.ts` turns them into "path: found is not expected".
 */
import * as v from 'valibot';
import { crossReferenceProblems } from './crossRefs';
import { EDGE_KIND_IDS, NODE_KINDS } from './kinds';
import { TEXT_LIMITS, isCleanText } from './textRules';

/**
 * Text shown to readers, in one language: non-empty, at most `max`
 * characters, without control characters (tab and newline excepted),
 * bidirectional controls or unpaired surrogates (see `textRules.ts`).
 */
function text(what: string, max: number) {
  return v.pipe(
    v.string(`${what} (a string)`),
    v.regex(/\S/, `non-empty ${what}`),
    v.maxLength(max, `${what} of at most ${max} characters`),
    v.check(isCleanText, `${what} without control characters`),
  );
}

const nonEmpty = (max: number) => text('text', max);

/** Text in both languages of the app, both required. */
function localized(max: number) {
  return v.strictObject(
    { de: text('German text', max), en: text('English text', max) },
    'an object with German and English text ({ "de": "…", "en": "…" })',
  );
}

/** A node's or an edge's label, drawn in the network. */
export const Label = localized(TEXT_LIMITS.label);
/** The title of the dataset or of a story step. */
export const Title = localized(TEXT_LIMITS.title);
/** Descriptions, and the text of a story step. */
export const Description = localized(TEXT_LIMITS.description);
/** A background note. */
export const Note = localized(TEXT_LIMITS.note);
/** A story step's question or task for the class (lesson content). */
export const Question = localized(TEXT_LIMITS.question);

export const Id = v.pipe(
  v.string('an id (a string)'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9 and single hyphens)'),
);

/** Only http(s) links ever reach the page: no javascript:, data: or relative URLs. */
export const HttpUrl = v.pipe(
  v.string('a URL (a string)'),
  v.regex(/^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#]+[^\s]*$/, 'an absolute http: or https: URL'),
  v.url('an absolute http: or https: URL'),
  v.maxLength(TEXT_LIMITS.url, `a URL of at most ${TEXT_LIMITS.url} characters`),
  v.check(isCleanText, 'a URL without control characters'),
);

/**
 * When a relation began (or ended): a year, a month or a day, as far as the
 * source dates it. Whether it is a real calendar day is checked with the
 * cross-references (crossRefs.ts).
 */
export const PartialDate = v.pipe(
  v.string('a date (a string)'),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  ),
);

/** A layer a node or relation belongs to: the id of a layer declared in `meta.layers`. */
const LayerRef = v.pipe(
  v.string('a layer id (a string)'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a layer id (kebab-case, declared in meta.layers)'),
);

/** An optional layer of the drawing (e.g. background), off by default; `layers=<id>` in the URL shows it. */
export const Layer = v.strictObject(
  {
    id: Id,
    label: Label,
    description: v.optional(Description),
  },
  'a layer object ({ "id", "label" })',
);

export const Reference = v.strictObject(
  {
    title: nonEmpty(TEXT_LIMITS.name),
    url: v.optional(HttpUrl),
  },
  'a reference ({ "title": "…", "url": "https://…" })',
);

export const ArticleEvidence = v.strictObject({
  type: v.literal('article'),
  quote: nonEmpty(TEXT_LIMITS.quote),
  translation: nonEmpty(TEXT_LIMITS.quote),
});

export const BackgroundEvidence = v.strictObject({
  type: v.literal('background'),
  note: Note,
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
    label: Label,
    description: v.optional(Description),
    /** Not in the default view: the node belongs to this optional layer. */
    layer: v.optional(LayerRef),
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
    label: v.optional(Label),
    description: v.optional(Description),
    /** Not in the default view: the relation belongs to this optional layer. */
    layer: v.optional(LayerRef),
    /** When the relation began (signed, announced); `until=YYYY` shows only what began by then. */
    date: v.optional(PartialDate),
    /** When it ended or was suspended; `until=YYYY` from that year on no longer shows it. */
    end: v.optional(PartialDate),
    evidence: EvidenceList,
  },
  'an edge object',
);

export const StoryStep = v.strictObject(
  {
    id: Id,
    title: Title,
    text: Description,
    nodes: v.array(Id, 'a list of node ids'),
    edges: v.array(Id, 'a list of edge ids'),
    focus: v.optional(Id),
    evidence: v.optional(v.array(Evidence, 'a list of evidence')),
    /** A question or task for the class at this step, in both languages. */
    question: v.optional(Question),
  },
  'a story step object',
);

/** A further guided tour, beside the dataset's main `story`. */
export const Story = v.strictObject(
  {
    id: Id,
    title: Title,
    /** Layers the story walks through: they are switched on while it is open. */
    layers: v.optional(v.array(LayerRef, 'a list of layer ids')),
    steps: v.pipe(v.array(StoryStep, 'a list of story steps'), v.minLength(1, 'at least one story step')),
  },
  'a story object ({ "id", "title", "steps" })',
);

export const Meta = v.strictObject(
  {
    title: Title,
    description: v.optional(Description),
    date: v.optional(v.pipe(v.string('a date (a string)'), v.isoDate('an ISO date (YYYY-MM-DD)'))),
    source: v.strictObject(
      {
        name: nonEmpty(TEXT_LIMITS.name),
        url: v.optional(HttpUrl),
        title: v.optional(nonEmpty(TEXT_LIMITS.name)),
      },
      'a source object ({ "name": "…" })',
    ),
    /** Optional layers, off by default (see Layer). */
    layers: v.optional(v.array(Layer, 'a list of layers')),
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
    /** More guided tours; the main one stays `story`. */
    stories: v.optional(v.array(Story, 'a list of stories')),
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

/** Text in both languages (`{ de, en }`). */
export type LocalizedText = v.InferOutput<typeof Label>;
export type Reference = v.InferOutput<typeof Reference>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type GraphNode = v.InferOutput<typeof GraphNode>;
export type GraphEdge = v.InferOutput<typeof GraphEdge>;
export type StoryStep = v.InferOutput<typeof StoryStep>;
export type Story = v.InferOutput<typeof Story>;
export type Layer = v.InferOutput<typeof Layer>;
export type Meta = v.InferOutput<typeof Meta>;
export type Dataset = v.InferOutput<typeof Dataset>;
