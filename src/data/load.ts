/**
 * Fetching the bundled article dataset and turning every failure into
 * problems, never an exception. The article is the app's own file: the build
 * refuses to prerender it unless it passes every check (`parseDataset` in
 * src/app/prerender/render.tsx), and the tests and `npm run validate` check it
 * too. So the built app trusts it and the first view carries no validator; the
 * dev server still validates it (loaded on demand) while it is being edited.
 */
import type { Dataset } from './schema';
import type { ValidationResult } from './validate';

export async function loadDatasetFromUrl(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ValidationResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (error) {
    return fail('a reachable dataset URL', `a network error (${String(error)})`);
  }
  if (!response.ok) return fail('HTTP 200', `HTTP ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    return fail('a readable JSON response', String(error));
  }
  if (import.meta.env.DEV) {
    const { validateDataset } = await import('./validate');
    return validateDataset(json);
  }
  return { ok: true, dataset: json as Dataset };
}

function fail(expected: string, found: string): ValidationResult {
  return { ok: false, problems: [{ path: '', expected, found }] };
}
