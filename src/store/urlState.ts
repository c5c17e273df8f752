/**
 * The public URL interface: every view a reader can reach is a URL. Parsing is
 * forgiving: unknown or invalid values are dropped with a warning, never a
 * crash. Documented in the README ("URL parameters").
 */
import { isFilterId } from '../graph/filters';
import { pickLang } from '../data/lang';
import type { Lang } from '../data/lang';

export type Theme = 'light' | 'dark' | 'auto';

export interface UrlState {
  lang?: Lang;
  theme?: Theme;
  hide?: string[];
  select?: string;
  q?: string;
  embed?: boolean;
  /** 1-based story step. */
  step?: number;
  /** A further story of the dataset (its id); without it `step` opens the main story. */
  story?: string;
  /** Optional layers to show, e.g. `wider`. */
  layers?: string[];
  /** The network as it stood at the end of this year. */
  until?: number;
  present?: boolean;
  /** URL of a dataset to load instead of the article dataset. */
  data?: string;
}

/** Parameters that belong to host protocols (Pym.js) and are not ours to warn about. */
export const HOST_PARAMS = ['childId', 'parentTitle', 'parentUrl', 'initialWidth'] as const;
const FOREIGN_PARAMS: ReadonlySet<string> = new Set<string>(HOST_PARAMS);

export interface ParsedUrlState {
  state: UrlState;
  warnings: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function flag(value: string): boolean | undefined {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const warnings: string[] = [];
  const invalid = (key: string, value: string, expected: string) =>
    warnings.push(`Alliance Network: ignoring ${key}=${JSON.stringify(value)} (expected ${expected}).`);

  for (const [key, value] of params) {
    switch (key) {
      case 'lang': {
        const lang = pickLang(value);
        if (lang) state.lang = lang;
        else invalid(key, value, 'de or en');
        break;
      }
      case 'theme':
        if (value === 'light' || value === 'dark' || value === 'auto') state.theme = value;
        else invalid(key, value, 'light, dark or auto');
        break;
      case 'hide': {
        const ids = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const ok = ids.filter((id) => isFilterId(id));
        for (const id of ids) if (!isFilterId(id)) invalid(key, id, 'a filter group or node kind id');
        state.hide = ok;
        break;
      }
      case 'select':
        if (ID.test(value)) state.select = value;
        else invalid(key, value, 'a node id');
        break;
      case 'q':
        state.q = value.slice(0, 200);
        break;
      case 'embed':
      case 'present': {
        const f = flag(value);
        if (f === undefined) invalid(key, value, '1 or 0');
        else state[key] = f;
        break;
      }
      case 'step': {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1) state.step = n;
        else invalid(key, value, 'a step number from 1');
        break;
      }
      case 'story':
        if (ID.test(value)) state.story = value;
        else invalid(key, value, 'a story id');
        break;
      case 'layers': {
        const ids = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const id of ids) if (!ID.test(id)) invalid(key, id, 'a layer id');
        state.layers = ids.filter((id) => ID.test(id));
        break;
      }
      case 'until': {
        const n = Number(value);
        if (/^\d{4}$/.test(value) && Number.isInteger(n)) state.until = n;
        else invalid(key, value, 'a year (YYYY)');
        break;
      }
      case 'data':
        if (value.trim() !== '') state.data = value.trim();
        else invalid(key, value, 'a dataset URL');
        break;
      default:
        if (!FOREIGN_PARAMS.has(key))
          warnings.push(`Alliance Network: ignoring unknown URL parameter "${key}".`);
    }
  }
  return { state, warnings };
}

/** The query string for a state; defaults are left out so shared links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang) params.set('lang', state.lang);
  if (state.theme && state.theme !== 'auto') params.set('theme', state.theme);
  if (state.hide && state.hide.length > 0) params.set('hide', state.hide.join(','));
  if (state.select) params.set('select', state.select);
  if (state.q) params.set('q', state.q);
  if (state.embed) params.set('embed', '1');
  if (state.step) params.set('step', String(state.step));
  if (state.story) params.set('story', state.story);
  if (state.layers && state.layers.length > 0) params.set('layers', state.layers.join(','));
  if (state.until !== undefined) params.set('until', String(state.until));
  if (state.present) params.set('present', '1');
  if (state.data) params.set('data', state.data);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
