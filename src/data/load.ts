/**
 * Fetching the bundled article dataset and turning every failure into
 * problems, never an exception. The article is the app's own file, checked by
 * the tests and by `npm run validate`; here it gets the schema only, so the
 * first view does without the file-level checks readers' files get in the
 * worker (`parseDataset`: size, encoding, duplicate keys, syntax positions).
 */
import { validateDataset } from './validate';
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
  return validateDataset(json);
}

function fail(expected: string, found: string): ValidationResult {
  return { ok: false, problems: [{ path: '', expected, found }] };
}
