// @vitest-environment node -- reads src/app/styles.css via node:fs and a file URL.
/**
 * The colours the app really uses (read from src/app/styles.css) must stay
 * distinguishable for colour-blind readers and legible in both themes: a bad
 * colour change fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CVD, contrast, cssVariables, deltaE, parseHex, simulate } from './colour';

const css = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');
const THEMES = {
  light: cssVariables(css, ':root'),
  dark: cssVariables(css, ":root[data-theme='dark']"),
};
const darkByMedia = cssVariables(css, ":root:not([data-theme='light'])");

const MIN_DELTA_E = 11;
const VISIONS = { normal: null, ...CVD };

function closestPair(colours: Record<string, string>, matrix: (typeof CVD)[keyof typeof CVD] | null) {
  const names = Object.keys(colours);
  let min = { d: Infinity, pair: '' };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      let a = parseHex(colours[names[i]!]!);
      let b = parseHex(colours[names[j]!]!);
      if (matrix) [a, b] = [simulate(a, matrix), simulate(b, matrix)];
      const d = deltaE(a, b);
      if (d < min.d) min = { d, pair: `${names[i]}/${names[j]}` };
    }
  }
  return min;
}

const pick = (vars: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(vars).filter(([k]) => k.startsWith(prefix)));

describe('colour simulation', () => {
  it('keeps grey grey and merges red and green for deuteranopia', () => {
    const grey = parseHex('#777777');
    expect(deltaE(simulate(grey, CVD.deuteranopia), grey)).toBeLessThan(1);
    const red = simulate(parseHex('#d62728'), CVD.deuteranopia);
    const green = simulate(parseHex('#2ca02c'), CVD.deuteranopia);
    expect(deltaE(red, green)).toBeLessThan(deltaE(parseHex('#d62728'), parseHex('#2ca02c')) / 3);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(Object.entries(THEMES))('%s theme', (_theme, vars) => {
  describe.each(Object.entries(VISIONS))('for %s vision', (_vision, matrix) => {
    it(`node kind colours differ by ΔE ≥ ${MIN_DELTA_E}`, () => {
      const { d, pair } = closestPair(pick(vars, 'kind-'), matrix);
      expect(d, pair).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
    it(`relation group colours differ by ΔE ≥ ${MIN_DELTA_E}`, () => {
      const { d, pair } = closestPair(pick(vars, 'group-'), matrix);
      expect(d, pair).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  });

  it('text reaches 4.5:1 (WCAG 2.2 AA) on page and panels', () => {
    const text: [string, string][] = [
      ['ink', 'bg'],
      ['ink', 'surface'],
      ['muted', 'bg'],
      ['muted', 'surface'],
      ['focus', 'surface'], // links
      ['focus', 'bg'],
      ['group-threats', 'bg'], // the kicker above the title
      ['kind-statement', 'surface'], // the "background" evidence tag
      ['bg', 'ink'], // the pressed language and view buttons
    ];
    for (const [fg, bg] of text) {
      expect(contrast(vars[fg]!, vars[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('symbols, lines and the focus ring reach 3:1 against the network background', () => {
    const graphics = [
      ...Object.keys(pick(vars, 'kind-')),
      ...Object.keys(pick(vars, 'group-')),
      'focus',
      'muted',
    ];
    for (const name of graphics) {
      expect(contrast(vars[name]!, vars.surface!), `${name} on surface`).toBeGreaterThanOrEqual(3);
      expect(contrast(vars[name]!, vars.bg!), `${name} on bg`).toBeGreaterThanOrEqual(3);
    }
  });
});

it('the dark theme is the same from prefers-color-scheme and from theme=dark', () => {
  expect(darkByMedia).toEqual(THEMES.dark);
});
