import type { Dataset } from '../data/schema';
import { useAppStore } from '../store/store';
import { ClassroomToolbar } from '../classroom/ClassroomToolbar';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareControls } from '../embed/ShareControls';

export function Header({ dataset }: { dataset: Dataset | null }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <header className="app-header">
      <div className="app-heading">
        <p className="app-kicker">Alliance Network</p>
        {/* Dataset text keeps its own direction (dir="auto" isolates it), here and everywhere. */}
        <h1 dir="auto">{dataset ? dataset.meta.title[lang] : 'Alliance Network'}</h1>
        {dataset?.meta.description && (
          <p className="app-dek" dir="auto">
            {dataset.meta.description[lang]}
          </p>
        )}
      </div>
      <div className="app-tools header-tools">
        {dataset && <ClassroomToolbar dataset={dataset} />}
        <ShareControls />
        <LanguageSwitch />
      </div>
    </header>
  );
}
