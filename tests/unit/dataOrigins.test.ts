/** `data=` in the app: the build-time allow-list (VITE_DATA_ORIGINS) and refusals shown as problems. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/data/validate';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('VITE_DATA_ORIGINS', () => {
  it('is read at build time into the allow-list', async () => {
    vi.stubEnv('VITE_DATA_ORIGINS', 'https://data.example.org, https://cdn.example.com:8443/x');
    vi.resetModules();
    const { ALLOWED_DATA_ORIGINS } = await import('../../src/data-loading/datasetLoading');
    expect(ALLOWED_DATA_ORIGINS).toEqual(['https://data.example.org', 'https://cdn.example.com:8443']);
  });

  it('refuses a foreign data= URL with a message in the error view, without fetching it', async () => {
    vi.stubEnv('VITE_DATA_ORIGINS', '');
    vi.resetModules();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { openDatasetUrl } = await import('../../src/data-loading/datasetLoading');
    const { useAppStore } = await import('../../src/store/store');
    expect(await openDatasetUrl('https://evil.example/fake.json')).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
    const error = useAppStore.getState().loadError;
    expect(error?.source).toBe('https://evil.example/fake.json');
    expect(formatProblem(error!.problems[0]!)).toMatch(
      /^refused to load data from "https:\/\/evil\.example\/fake\.json": the origin https:\/\/evil\.example is not allowed/,
    );
  });
});
