import { describe, expect, it } from 'vitest';
import {
  networkSummary,
  nodeAriaLabel,
  relationCount,
  relationSentence,
  relationVerb,
} from '../../src/i18n/describe';
import { storyAnnouncement, storyStepAnnouncement } from '../../src/i18n/storyText';
import { articleDataset } from './fixtures';
import type { GraphEdge } from '../../src/data/schema';

const evidence = [{ type: 'article' as const, quote: 'q', translation: 't' }];
const edge = (kind: GraphEdge['kind'], label?: GraphEdge['label']): GraphEdge => ({
  id: 'e',
  source: 'ru',
  target: 'cn',
  kind,
  label,
  evidence,
});
const names: Record<string, { de: string; en: string }> = {
  ru: { de: 'Russland', en: 'Russia' },
  cn: { de: 'China', en: 'China' },
};

describe('network descriptions', () => {
  it('names a node with its kind and number of relations', () => {
    expect(nodeAriaLabel('de', 'Japan', 'country', 9)).toBe('Japan, Land, 9 Beziehungen');
    expect(nodeAriaLabel('en', 'Japan', 'country', 1)).toBe('Japan, Country, 1 relation');
  });

  it('counts in the singular and the plural', () => {
    expect(relationCount('de', 1)).toBe('1 Beziehung');
    expect(relationCount('de', 0)).toBe('0 Beziehungen');
    expect(relationCount('en', 22)).toBe('22 relations');
  });

  it('summarises counts and every filter group as shown or hidden', () => {
    const hidden = new Set(['threats']);
    expect(networkSummary('de', { nodes: 15, edges: 22, hidden })).toBe(
      '15 Knoten, 22 Beziehungen; Bündnisse sichtbar, Bedrohungen ausgeblendet, Diplomatie sichtbar, Kontext sichtbar',
    );
    expect(networkSummary('en', { nodes: 15, edges: 22, hidden })).toBe(
      '15 nodes, 22 relations; Alliances shown, Threats hidden, Diplomacy shown, Context shown',
    );
  });

  it('mentions hidden node kinds and leaves out groups the dataset does not use', () => {
    const hidden = new Set(['person', 'context']);
    expect(networkSummary('en', { nodes: 3, edges: 1, groups: ['alliances', 'context'], hidden })).toBe(
      '3 nodes, 1 relation; Alliances shown, Context hidden; hidden node kinds: Person',
    );
  });

  it('says when a node is highlighted, and when the story step brings it in', () => {
    expect(nodeAriaLabel('en', 'China', 'country', 5, 'highlighted')).toBe(
      'China, Country, 5 relations, highlighted',
    );
    expect(nodeAriaLabel('de', 'China', 'country', 5, 'new')).toBe(
      'China, Land, 5 Beziehungen, hervorgehoben, neu in diesem Schritt',
    );
  });
});

describe('relations as sentences', () => {
  it('uses the kind’s verb where the relation’s own label is a noun', () => {
    const cooperation = edge('cooperation', { de: 'Zusammenarbeit', en: 'cooperation' });
    expect(relationSentence(cooperation, 'en', (id) => names[id]!.en)).toBe('Russia cooperates with China');
    expect(relationSentence(cooperation, 'de', (id) => names[id]!.de)).toBe('Russland kooperiert mit China');
    const alliance = edge('alliance', { de: 'Bündnis', en: 'alliance' });
    expect(relationSentence(alliance, 'en', (id) => names[id]!.en)).toBe('Russia is allied with China');
    expect(relationSentence(alliance, 'de', (id) => names[id]!.de)).toBe('Russland ist verbündet mit China');
  });

  it('keeps a relation’s own verb, and falls back to the kind’s without a label', () => {
    expect(relationVerb(edge('poses', { de: 'zeigt', en: 'displays' }), 'en')).toBe('displays');
    // A caption in quotes or with a comma is not a verb either.
    expect(relationVerb(edge('partnership', { de: '„keine Grenzen“', en: '"no limits"' }), 'en')).toBe(
      'is a partner of',
    );
    expect(relationVerb(edge('applies-to', { de: 'weltweit, laut Artikel', en: 'worldwide' }), 'de')).toBe(
      'gilt für',
    );
    expect(relationVerb(edge('poses', { de: 'zeigt', en: 'displays' }), 'de')).toBe('zeigt');
    expect(relationVerb(edge('threat'), 'de')).toBe('bedroht');
    expect(relationVerb(edge('threat'), 'en')).toBe('threatens');
  });
});

describe('story announcements', () => {
  it('reads the position and title, then the text, then what the step shows', () => {
    const text = storyAnnouncement('en', {
      n: 5,
      total: 7,
      title: 'Threats',
      text: 'The article names two threats',
      shown: ['China threatens Japan', 'North Korea threatens Japan'],
    });
    expect(text).toBe(
      'Step 5 of 7: Threats. The article names two threats. Shown: China threatens Japan; North Korea threatens Japan.',
    );
  });

  it('in German too, with no doubled full stops, and the question last', () => {
    const text = storyAnnouncement('de', {
      n: 1,
      total: 7,
      title: 'Zwei Verbündete?',
      text: 'Ein Text.',
      shown: [],
      question: 'Wer schützt wen?',
    });
    expect(text).toBe('Schritt 1 von 7: Zwei Verbündete? Ein Text. Frage an die Klasse: Wer schützt wen?');
  });

  it('names what a step of the article story shows, each relation as a sentence', () => {
    const story = articleDataset.story ?? [];
    for (const [i, step] of story.entries()) {
      const text = storyStepAnnouncement(articleDataset, i, 'en')!;
      expect(text.startsWith(`Step ${i + 1} of ${story.length}: ${step.title.en}`)).toBe(true);
      expect(text).toContain(step.text.en);
      if (step.edges.length > 0) expect(text).toContain('Shown: ');
      for (const id of step.edges) {
        const e = articleDataset.edges.find((x) => x.id === id)!;
        const name = (n: string) => articleDataset.nodes.find((x) => x.id === n)!.label.en;
        expect(text).toContain(relationSentence(e, 'en', name));
      }
    }
  });
});
