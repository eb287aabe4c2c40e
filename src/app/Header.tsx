import { ENTRY_KINDS } from '../core/model/types';
import { ExportMenu } from '../features/export/ExportMenu';
import { ImportControls } from '../features/import/ImportControls';
import { LoadingProgress } from '../features/loading/LoadingScreen';
import { formatCount } from '../core/format/formatCount';
import { useAppStore } from '../store/store';
import { CopyLinkButton } from './CopyLinkButton';
import { SavedViewsMenu } from './SavedViewsMenu';
import { loadBuiltInDataset } from './startDataset';
import { ThemeSelect } from './ThemeSelect';

export function Header() {
  const corpus = useAppStore((state) => state.corpus);
  if (corpus === null) return null;
  const rows = ENTRY_KINDS.reduce((sum, kind) => sum + corpus.rowCounts[kind], 0);
  return (
    <header className="app-header">
      <h1 className="app-header__name">Trendscope</h1>
      <p className="app-header__dataset">
        <span className={corpus.isDemo ? 'badge badge--demo' : 'badge'}>{corpus.sourceLabel}</span>
        <span>
          {formatCount(corpus.index.briefs.length)} briefs · {formatCount(rows)} rows
          {corpus.partial && ' so far'}
        </span>
      </p>
      <div className="app-header__actions">
        {corpus.partial ? (
          <LoadingProgress />
        ) : (
          <>
            <ImportControls onShowBuiltIn={loadBuiltInDataset} />
            <ExportMenu />
            <SavedViewsMenu />
            <CopyLinkButton />
          </>
        )}
        <ThemeSelect />
      </div>
    </header>
  );
}
