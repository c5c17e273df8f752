import { describe, expect, it } from 'vitest';
import { networkSummary, nodeAriaLabel, relationCount } from '../../src/i18n/describe';

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
});
