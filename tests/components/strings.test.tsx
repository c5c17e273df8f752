import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import rawDataset from '../../data/alliance-network.json';
import { EDGE_KIND_IDS, FILTER_GROUPS, NODE_KINDS } from '../../src/data/kinds';
import type { Dataset } from '../../src/data/schema';
import { LANGS } from '../../src/data/lang';
import { EDGE_KIND_LABELS, GROUP_LABELS, NODE_KIND_LABELS, STRINGS } from '../../src/i18n/strings';
import type { Lang } from '../../src/i18n/strings';
import { FilterPanel } from '../../src/explore/FilterPanel';
import { Legend } from '../../src/explore/Legend';
import { RelationsTable } from '../../src/explore/RelationsTable';
import { SkipLink } from '../../src/app/SkipLink';
import { initialState, useAppStore } from '../../src/store/store';

const dataset = rawDataset as Dataset;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).toSorted();

beforeEach(() => useAppStore.setState(initialState));

describe('every UI string exists in German and English', () => {
  const keys = new Set([...Object.keys(STRINGS.de), ...Object.keys(STRINGS.en)]);

  it.each([...keys])('%s', (key) => {
    const de = (STRINGS.de as Record<string, string>)[key];
    const en = (STRINGS.en as Record<string, string>)[key];
    expect(de?.trim(), `de.${key}`).toBeTruthy();
    expect(en?.trim(), `en.${key}`).toBeTruthy();
    expect(placeholders(en!), `placeholders of ${key}`).toEqual(placeholders(de!));
  });

  it('every key the code asks for is defined', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name))
          for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'(\w+)'/g)) used.add(m[1]!);
      }
    };
    walk(join(process.cwd(), 'src'));
    expect(used.size).toBeGreaterThan(10);
    for (const lang of LANGS) {
      expect(
        [...used].filter((k) => !(k in STRINGS[lang])),
        lang,
      ).toEqual([]);
    }
  });

  it.each(LANGS)('node kinds, relation kinds and groups are named in %s', (lang) => {
    for (const k of NODE_KINDS) expect(NODE_KIND_LABELS[lang][k]?.trim(), k).toBeTruthy();
    for (const k of EDGE_KIND_IDS) expect(EDGE_KIND_LABELS[lang][k]?.trim(), k).toBeTruthy();
    for (const g of FILTER_GROUPS) expect(GROUP_LABELS[lang][g]?.trim(), g).toBeTruthy();
  });

  it('the two languages really differ', () => {
    expect(NODE_KIND_LABELS.de.country).not.toBe(NODE_KIND_LABELS.en.country);
    expect(STRINGS.de.skipToRelations).not.toBe(STRINGS.en.skipToRelations);
  });
});

describe('every dataset text exists in German and English', () => {
  it('meta, nodes, relations and story carry both languages; quotes carry a translation', () => {
    const texts = [
      dataset.meta.title,
      dataset.meta.description,
      ...dataset.nodes.flatMap((n) => [n.label, n.description]),
      ...dataset.edges.flatMap((e) => [e.label, e.description]),
      ...(dataset.story ?? []).flatMap((s) => [s.title, s.text]),
    ].filter((t) => t !== undefined);
    for (const text of texts) {
      expect(text.de.trim(), JSON.stringify(text)).toBeTruthy();
      expect(text.en.trim(), JSON.stringify(text)).toBeTruthy();
    }
    const evidence = [
      ...dataset.nodes.flatMap((n) => n.evidence),
      ...dataset.edges.flatMap((e) => e.evidence),
      ...(dataset.story ?? []).flatMap((s) => s.evidence ?? []),
    ];
    for (const e of evidence) {
      if (e.type === 'article') expect(e.translation.trim()).toBeTruthy();
      else expect(e.note.de.trim() && e.note.en.trim()).toBeTruthy();
    }
  });
});

describe('rendered in each language', () => {
  function renderAll(lang: Lang) {
    act(() => useAppStore.getState().setLang(lang));
    return render(
      <>
        <SkipLink />
        <FilterPanel dataset={dataset} />
        <Legend dataset={dataset} />
        <RelationsTable dataset={dataset} shown />
      </>,
    );
  }

  it.each(LANGS)('%s: no unfilled placeholder and no missing text', (lang) => {
    const { container } = renderAll(lang);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\{\w+\}|undefined|null/);
    expect(text).toContain(STRINGS[lang].skipToRelations);
    expect(text).toContain(GROUP_LABELS[lang].threats);
    for (const el of container.querySelectorAll('[aria-label]'))
      expect(el.getAttribute('aria-label')).not.toMatch(/\{\w+\}|undefined/);
  });

  it('switching the language changes every visible label', () => {
    const { container } = renderAll('de');
    const german = container.textContent;
    act(() => useAppStore.getState().setLang('en'));
    expect(container.textContent).not.toBe(german);
    expect(container.textContent).toContain('Skip to relations');
    expect(container.textContent).not.toContain('Zu den Beziehungen springen');
  });
});
