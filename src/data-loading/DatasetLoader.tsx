import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useT } from '../ui/useT';
import type { StringKey } from '../i18n/strings';
import { loadArticleDataset, openDatasetFile, useLoadProgress } from './datasetLoading';
import { useAppStore } from '../store/store';
import { useLayoutStatus } from '../store/layoutStatus';
import { TextWith } from '../ui/TextWith';
import { useDataSourceLabel } from '../ui/useDataSourceLabel';
import './DatasetLoader.css';

const PHASE_KEYS: Record<string, StringKey> = {
  reading: 'loadReading',
  parsing: 'loadParsing',
  validating: 'loadValidating',
};

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Opening a reader's own dataset: a file picker, and a JSON file dropped
 * anywhere on the page. Shows progress while the file is read and checked,
 * which dataset is on screen, and the way back to the article's data.
 */
export function DatasetLoader() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const progress = useLoadProgress((s) => s.progress);
  const sourceLabel = useDataSourceLabel();
  // After loading, a large graph is laid out: its progress continues on the same line.
  const layoutPercent = useLayoutStatus((s) => s.percent);
  const embed = useAppStore((s) => s.embed);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      depth = 0;
      setDragging(false);
      if (!file) return;
      e.preventDefault(); // never let the browser navigate to the file
      void openDatasetFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be opened again after fixing it
    if (file) void openDatasetFile(file);
  };

  return (
    <div className="dataset-loader" data-dataset-loader>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-dataset-input
        onChange={onChange}
      />
      {!embed && (
        <button
          type="button"
          className="link-button"
          data-action="open-dataset"
          title={t('openDatasetHint')}
          onClick={() => input.current?.click()}
        >
          {t('openDataset')}
        </button>
      )}
      {sourceLabel !== null && (
        <span className="dataset-source" data-dataset-source={sourceLabel}>
          <TextWith k="showingData" values={{ source: sourceLabel }} />{' '}
          <button
            type="button"
            className="link-button"
            data-action="article-data"
            onClick={() => void loadArticleDataset()}
          >
            {t('articleData')}
          </button>
        </span>
      )}
      <span
        role="status"
        className="dataset-progress"
        data-load-progress={progress?.phase ?? (layoutPercent !== null ? 'layout' : '')}
      >
        {progress ? (
          <TextWith k={PHASE_KEYS[progress.phase] ?? 'loading'} values={{ source: progress.source }} />
        ) : layoutPercent !== null ? (
          t('layingOut', { percent: layoutPercent })
        ) : (
          ''
        )}
      </span>
      {dragging && (
        <div className="drop-overlay" data-drop-zone aria-hidden="true">
          <p>{t('dropDataset')}</p>
        </div>
      )}
    </div>
  );
}
