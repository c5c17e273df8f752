// @vitest-environment node -- reads files via node:fs and file URLs; jsdom would resolve import.meta.url differently.
/**
 * Provenance of the default dataset: every article quote must be a verbatim
 * substring of the article as published (data/article.de.txt), every node,
 * edge and story step must rest on evidence, every background fact links the
 * https page that states it, no threat is drawn at a target no source names,
 * and all cross-references hold.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { EDGE_KINDS, NODE_KINDS } from '../../src/data/kinds';

interface Localized {
  de: string;
  en: string;
}
type Evidence =
  | { type: 'article'; quote: string; translation: string }
  | { type: 'background'; note: Localized; reference: { title?: string; url?: string } };
interface Item {
  id: string;
  evidence?: Evidence[];
}
interface Node extends Item {
  kind: string;
  label: Localized;
  description?: Localized;
  layer?: string;
}
interface Edge extends Item {
  source: string;
  target: string;
  kind: string;
  layer?: string;
  date?: string;
  description?: Localized;
}
interface Step extends Item {
  text: Localized;
  nodes: string[];
  edges: string[];
  focus?: string;
}
interface Dataset {
  version: number;
  meta: { date?: string; layers?: { id: string }[] };
  nodes: Node[];
  edges: Edge[];
  story?: Step[];
  stories?: { id: string; title: Localized; layers?: string[]; steps: Step[] }[];
}

const read = (name: string): string => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

const article = read('article.de.txt');
const dataset = JSON.parse(read('alliance-network.json')) as Dataset;
const story = dataset.story ?? [];
const stories = dataset.stories ?? [];
/** Every step of every story: the main one and the further ones. */
const allSteps = [
  ...story.map((step) => ({ where: `story step "${step.id}"`, step })),
  ...stories.flatMap((s) => s.steps.map((step) => ({ where: `story "${s.id}" step "${step.id}"`, step }))),
];

/** Every evidence-bearing item with a readable name for failure messages. */
const items: { where: string; item: Item }[] = [
  ...dataset.nodes.map((item) => ({ where: `node "${item.id}"`, item })),
  ...dataset.edges.map((item) => ({ where: `edge "${item.id}"`, item })),
  ...allSteps.map(({ where, step }) => ({ where, item: step })),
];

const allEvidence = items.flatMap(({ where, item }) =>
  (item.evidence ?? []).map((evidence, i) => ({ where: `${where} evidence[${i}]`, evidence })),
);

/** Node kinds a threat relation may point at: what the article names as threatened. */
const THREAT_TARGET_KINDS = ['region'];

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('data/alliance-network.json provenance', () => {
  it('has a non-empty article copy and some evidence to check', () => {
    expect(article.length).toBeGreaterThan(1000);
    expect(allEvidence.length).toBeGreaterThan(0);
  });

  it('quotes every article evidence verbatim from data/article.de.txt', () => {
    const failures: string[] = [];
    for (const { where, evidence } of allEvidence) {
      if (evidence.type !== 'article') continue;
      if (typeof evidence.quote !== 'string' || evidence.quote.trim() === '') {
        failures.push(`${where}: empty quote`);
      } else if (/[\r\n]/.test(evidence.quote)) {
        failures.push(`${where}: quote spans a line break: ${JSON.stringify(evidence.quote)}`);
      } else if (!article.includes(evidence.quote)) {
        failures.push(`${where}: not in the article: ${JSON.stringify(evidence.quote)}`);
      }
      if (typeof evidence.translation !== 'string' || evidence.translation.trim() === '') {
        failures.push(`${where}: missing English translation`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives every node, edge and story step at least one evidence item', () => {
    const failures = items
      .filter(({ item }) => !Array.isArray(item.evidence) || item.evidence.length === 0)
      .map(({ where }) => `${where} has no evidence`);
    expect(failures).toEqual([]);
  });

  it('only uses the evidence types "article" and "background"', () => {
    const failures = allEvidence
      .filter(({ evidence }) => evidence.type !== 'article' && evidence.type !== 'background')
      .map(
        ({ where, evidence }) =>
          `${where}: unknown type ${JSON.stringify((evidence as { type: unknown }).type)}`,
      );
    expect(failures).toEqual([]);
  });

  it('names a reference with an https link for every background fact', () => {
    const failures: string[] = [];
    for (const { where, evidence } of allEvidence) {
      if (evidence.type !== 'background') continue;
      const ref = evidence.reference;
      if (!ref || typeof ref.title !== 'string' || ref.title.trim() === '') {
        failures.push(`${where}: background reference without a title`);
      }
      if (typeof ref?.url !== 'string' || !/^https:\/\/\S+$/.test(ref.url)) {
        failures.push(`${where}: background fact without an https link: ${JSON.stringify(ref?.url)}`);
      }
      if (!evidence.note?.de?.trim() || !evidence.note?.en?.trim()) {
        failures.push(`${where}: background note missing in de or en`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has unique ids for nodes, edges and story steps', () => {
    expect(duplicates(dataset.nodes.map((n) => n.id)), 'duplicate node ids').toEqual([]);
    expect(duplicates(dataset.edges.map((e) => e.id)), 'duplicate edge ids').toEqual([]);
    expect(duplicates(story.map((s) => s.id)), 'duplicate story step ids').toEqual([]);
    const nodeIds = new Set(dataset.nodes.map((n) => n.id));
    const clashes = dataset.edges
      .filter((e) => nodeIds.has(e.id))
      .map((e) => `edge id "${e.id}" is also a node id`);
    expect(clashes).toEqual([]);
  });

  it('uses exactly the country ids us, jp, cn, kp, ru for the article', () => {
    const countries = dataset.nodes.filter((n) => n.kind === 'country' && !n.layer).map((n) => n.id);
    expect(countries.toSorted()).toEqual(['cn', 'jp', 'kp', 'ru', 'us']);
  });

  it('uses ISO 3166-1 alpha-2 codes in lower case for every country', () => {
    const failures = dataset.nodes
      .filter((n) => n.kind === 'country' && !/^[a-z]{2}$/.test(n.id))
      .map((n) => `country "${n.id}" is not a two-letter ISO code`);
    expect(failures).toEqual([]);
  });

  // The rule (data/README.md, "Rules of the article dataset"): a threat relation points at
  // what a source names as threatened. The article names the region and its stability, never
  // a country, so the target must be a node of kind "region", unless the relation carries a
  // background fact with an https link whose note names the target.
  it('draws no threat at a target no source names', () => {
    const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
    const failures = dataset.edges
      .filter((e) => e.kind === 'threat')
      .filter((e) => {
        const target = byId.get(e.target);
        if (!target) return true;
        if (THREAT_TARGET_KINDS.includes(target.kind)) return false;
        const names = [target.label.de, target.label.en].map((l) => l.toLowerCase());
        return !(e.evidence ?? []).some(
          (ev) =>
            ev.type === 'background' &&
            (ev.reference.url ?? '').startsWith('https://') &&
            names.some((name) => `${ev.note.de} ${ev.note.en}`.toLowerCase().includes(name)),
        );
      })
      .map((e) => `threat "${e.id}" points at "${e.target}", which no source names as threatened`);
    expect(failures).toEqual([]);
  });

  it('keeps story texts short enough to read from the back of a classroom (≤ 240 characters)', () => {
    const failures = allSteps.flatMap(({ where, step }) =>
      (['de', 'en'] as const)
        .filter((lang) => [...(step.text?.[lang] ?? '')].length > 240)
        .map((lang) => `${where}: text.${lang} has ${[...step.text[lang]].length} characters`),
    );
    expect(failures).toEqual([]);
  });

  it('uses only the node and edge kinds of src/data/kinds.ts', () => {
    const nodeKinds: readonly string[] = NODE_KINDS;
    const failures = [
      ...dataset.nodes
        .filter((n) => !nodeKinds.includes(n.kind))
        .map((n) => `node "${n.id}": unknown kind "${n.kind}"`),
      ...dataset.edges
        .filter((e) => !Object.hasOwn(EDGE_KINDS, e.kind))
        .map((e) => `edge "${e.id}": unknown kind "${e.kind}"`),
    ];
    expect(failures).toEqual([]);
  });

  // 25: "Nuclear weapons programme" – the label uses the same term as the texts.
  it('keeps node labels short enough to draw (≤ 25 characters)', () => {
    const failures = dataset.nodes.flatMap((n) =>
      (['de', 'en'] as const)
        .filter((lang) => !n.label?.[lang] || [...n.label[lang]].length > 25)
        .map(
          (lang) => `node "${n.id}": label.${lang} ${JSON.stringify(n.label?.[lang])} is missing or too long`,
        ),
    );
    expect(failures).toEqual([]);
  });

  it('connects every edge to existing nodes', () => {
    const nodeIds = new Set(dataset.nodes.map((n) => n.id));
    const failures = dataset.edges.flatMap((e) =>
      (['source', 'target'] as const)
        .filter((end) => !nodeIds.has(e[end]))
        .map((end) => `edge "${e.id}": ${end} "${e[end]}" is not a node id`),
    );
    expect(failures).toEqual([]);
  });

  it('references only existing nodes and edges in the story', () => {
    const nodeIds = new Set(dataset.nodes.map((n) => n.id));
    const edgeIds = new Set(dataset.edges.map((e) => e.id));
    const failures: string[] = [];
    for (const { where, step } of allSteps) {
      for (const id of step.nodes ?? []) {
        if (!nodeIds.has(id)) failures.push(`${where}: node "${id}" does not exist`);
      }
      for (const id of step.edges ?? []) {
        if (!edgeIds.has(id)) failures.push(`${where}: edge "${id}" does not exist`);
      }
      if (step.focus !== undefined && !nodeIds.has(step.focus)) {
        failures.push(`${where}: focus "${step.focus}" does not exist`);
      }
    }
    expect(failures).toEqual([]);
    expect(story.length).toBeGreaterThanOrEqual(6);
    expect(story.length).toBeLessThanOrEqual(9);
  });
});

describe('data/alliance-network.json wider layer (background)', () => {
  const layerNodes = dataset.nodes.filter((n) => n.layer);
  const layerEdges = dataset.edges.filter((e) => e.layer);
  const articleYear = Number(dataset.meta.date?.slice(0, 4));

  it('declares the layer "wider" and puts its countries and relations in it', () => {
    expect(dataset.meta.layers?.map((l) => l.id)).toEqual(['wider']);
    expect(new Set([...layerNodes, ...layerEdges].map((i) => i.layer))).toEqual(new Set(['wider']));
    const countries = layerNodes.filter((n) => n.kind === 'country').map((n) => n.id);
    expect(countries).toEqual(expect.arrayContaining(['kr', 'ph', 'au', 'th', 'in', 'gb']));
  });

  it('rests every node and relation of the layer on background facts only', () => {
    const failures = [...layerNodes, ...layerEdges]
      .filter((i) => (i.evidence ?? []).some((e) => e.type !== 'background'))
      .map((i) => `"${i.id}" is background but quotes the article`);
    expect(failures).toEqual([]);
  });

  it('dates every relation of the layer, no later than the article', () => {
    const failures = layerEdges
      .filter((e) => !e.date || e.date > (dataset.meta.date ?? ''))
      .map((e) => `relation "${e.id}" has date ${JSON.stringify(e.date)}`);
    expect(failures).toEqual([]);
  });

  it('tells a formal alliance from a partnership, in kind and in text', () => {
    const failures = layerEdges.flatMap((e) => {
      const text = `${e.description?.de ?? ''} | ${e.description?.en ?? ''}`;
      if (e.kind === 'alliance')
        return /enthält eine Beistandspflicht|verpflichtet/.test(text) &&
          /mutual-defence obligation|oblige/.test(text)
          ? []
          : [`alliance "${e.id}" does not say it carries a mutual-defence obligation: ${text}`];
      if (e.kind === 'partnership')
        return /ohne Beistandspflicht/.test(text) && /(no|without a) mutual-defence obligation/.test(text)
          ? []
          : [`partnership "${e.id}" does not say it has no mutual-defence obligation: ${text}`];
      return [`relation "${e.id}" of the layer is neither an alliance nor a partnership (${e.kind})`];
    });
    expect(failures).toEqual([]);
  });

  it('marks every fact dated after the article as a later development', () => {
    const later = new RegExp(`\\b(${articleYear + 1}|${articleYear + 2}|${articleYear + 3})\\b`);
    const marked = /Spätere Entwicklung|nach dem Artikel|Later development|after the article/;
    const texts = [
      ...dataset.nodes.map((n) => ({ id: n.id, text: JSON.stringify([n.label, n.description]) })),
      ...dataset.edges.map((e) => ({ id: e.id, text: JSON.stringify([e.description]) })),
      ...allEvidence.flatMap(({ where, evidence }) =>
        evidence.type === 'background'
          ? [{ id: where, text: `${evidence.note.de} ${evidence.note.en} ${evidence.reference.title ?? ''}` }]
          : [],
      ),
    ];
    const failures = texts
      .filter(({ text }) => later.test(text) && !marked.test(text))
      .map(({ id, text }) => `${id}: a later date without "later development": ${text}`);
    expect(failures).toEqual([]);
  });

  it('keeps the article story to the article and gives the layer its own story of 5 to 7 steps', () => {
    const layerIds = new Set([...layerNodes, ...layerEdges].map((i) => i.id));
    const used = story
      .flatMap((s) => [...s.nodes, ...s.edges, s.focus ?? ''])
      .filter((id) => layerIds.has(id));
    expect(used).toEqual([]);
    const network = stories.find((s) => s.layers?.includes('wider'));
    expect(network?.title).toEqual({ de: 'Das Bündnisnetz', en: 'The network of alliances' });
    expect(network?.steps.length).toBeGreaterThanOrEqual(5);
    expect(network?.steps.length).toBeLessThanOrEqual(7);
  });
});
