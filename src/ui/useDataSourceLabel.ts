import { dataSourceLabel } from '../data/dataUrlPolicy';
import { useAppStore } from '../store/store';

/**
 * How the dataset on screen names its source, or null for the article's own
 * data: a file's name, or the resolved path of a `data=` URL (no query, no
 * fragment, shortened), never the raw value of the link.
 */
export function useDataSourceLabel(): string | null {
  const source = useAppStore((s) => s.dataSource);
  return source === null ? null : dataSourceLabel(source, document.baseURI);
}
