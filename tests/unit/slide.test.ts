import { describe, expect, it } from 'vitest';
import { SLIDE, buildSlide, wrapText } from '../../src/classroom/export/slide';
import type { SlideOptions } from '../../src/classroom/export/slide';
import { estimateLabelWidth } from '../../src/layout/nodeBox';

const palette = {
  background: '#ffffff',
  surface: '#ffffff',
  ink: '#000000',
  muted: '#555555',
  rule: '#cccccc',
  nodeStroke: '#ffffff',
  kind: () => '#333333',
  group: () => '#0044aa',
};

const positions: Record<string, { x: number; y: number }> = { a: { x: -200, y: 0 }, b: { x: 300, y: 120 } };

function options(overrides: Partial<SlideOptions> = {}): SlideOptions {
  return {
    kicker: ['Step 5 of 7 · ', { data: 'The U.S.–Japan alliance' }],
    title: 'Threats',
    text: 'The article names China’s increasingly aggressive shows of force & more.',
    credit: [
      'Source: ',
      { data: 'NAG' },
      ' – “',
      { data: 'USA und Japan …' },
      '” (n-ag.de) · Alliance Network',
    ],
    legend: [{ label: 'Country', node: 'country' }],
    palette,
    scene: {
      view: {
        renderer: 'svg',
        width: 800,
        height: 600,
        transform: { x: 0, y: 0, k: 1 },
        position: (id) => positions[id],
      },
      nodes: [
        { id: 'a', kind: 'country', label: 'Japan' },
        { id: 'b', kind: 'country', label: 'China' },
      ],
      edges: [
        {
          id: 'b-a',
          source: 'b',
          target: 'a',
          kind: 'threat',
          evidence: [{ type: 'article', quote: 'q', translation: 't' }],
        },
      ],
      bends: new Map(),
      highlight: null,
      selected: null,
    },
    ...overrides,
  };
}

describe('wrapText', () => {
  it('breaks between words so that no line is wider than asked', () => {
    const text = 'Als Anlass nennt der Artikel zunehmend aggressive Machtdemonstrationen Chinas';
    const lines = wrapText(text, 200, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines)
      if (line.includes(' ')) expect(estimateLabelWidth(line, 16)).toBeLessThanOrEqual(200);
  });

  it('keeps a word longer than the line whole, on its own line', () => {
    expect(wrapText('a Sicherheitszusammenarbeitsvereinbarung b', 50, 16)).toEqual([
      'a',
      'Sicherheitszusammenarbeitsvereinbarung',
      'b',
    ]);
  });
});

describe('buildSlide', () => {
  it('is 16:9 and carries the step’s position, title, text and the source, escaped', () => {
    const { svg, width, height } = buildSlide(options());
    expect(width / height).toBeCloseTo(16 / 9, 5);
    expect([width, height]).toEqual([SLIDE.width, SLIDE.height]);
    expect(svg).toContain('>Threats<');
    expect(svg).toContain('Step 5 of 7 · <tspan unicode-bidi="isolate">The U.S.–Japan alliance</tspan>');
    expect(svg).toContain('&amp; more.');
    expect(svg).toContain('(n-ag.de)');
    expect(svg).not.toContain('<script');
    // The network of the step and a legend.
    expect(svg).toContain('>Japan<');
    expect(svg).toContain('>Country<');
  });

  it('shows the question for the class, and shrinks the type rather than overflow', () => {
    const long = Array.from({ length: 40 }, () => 'Ein langer Satz über Bündnisse.').join(' ');
    const { svg } = buildSlide(
      options({ text: long, question: { label: 'Question', text: 'Who protects whom?' } }),
    );
    expect(svg).toContain('Who protects whom?');
    const ys = [...svg.matchAll(/<text x="36" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys.length).toBeGreaterThan(5);
    expect(Math.max(...ys)).toBeLessThanOrEqual(SLIDE.height);
  });
});
