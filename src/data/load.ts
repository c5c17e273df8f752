/** Fetching a dataset by URL and turning every failure into problems, never an exception. */
import { parseDataset } from './validate';
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
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return fail('a readable response', String(error));
  }
  return parseDataset(text);
}

function fail(expected: string, found: string): ValidationResult {
  return { ok: false, problems: [{ path: '', expected, found }] };
}
