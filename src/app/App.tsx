import { useEffect, useState } from 'react';
import { BriefDialog } from '../features/brief-detail/BriefDialog';
import { ChartsArea, ChartsToggle } from '../features/charts/ChartsEntry';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportDialog } from '../features/import/ImportDialog';
import { ImportOffer } from '../features/import/ImportOffer';
import { LoadingScreen } from '../features/loading/LoadingScreen';
import { focusResults } from '../features/shared/focusResults';
import { RESULTS_ID, SEARCH_INPUT_ID, SIDEBAR_ID } from '../features/shared/ids';
import { isTypingTarget } from '../features/shared/isTypingTarget';
import { Sidebar } from '../features/sidebar/Sidebar';
import { TablesPanel } from '../features/tables/TablesPanel';
import { useAppStore } from '../store/store';
import { Header } from './Header';
import { KeyboardShortcutsDialog } from './KeyboardShortcutsDialog';
import { readSidebarCollapsed, writeSidebarCollapsed } from './sidebarPreference';

export function App() {
  // The phase only: download progress must not re-render the whole dashboard shown meanwhile.
  const phase = useAppStore((state) => state.loadStatus.phase);
  const showsPartial = useAppStore((state) => state.corpus?.partial === true);
  const chartsOpen = useAppStore((state) => state.chartsOpen);
  const [sidebarCollapsed, setSidebarCollapsed] = useState(readSidebarCollapsed);
  useSlashFocusesSearch();
  if (phase === 'failed' || (phase === 'loading' && !showsPartial)) {
    return (
      <>
        <LoadingScreen />
        {phase === 'failed' && <ImportOffer />}
      </>
    );
  }
  return (
    <div className="app">
      <a
        href={`#${RESULTS_ID}`}
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          focusResults();
        }}
      >
        Skip to results
      </a>
      <Header />
      <div className={sidebarCollapsed ? 'app__body app__body--wide' : 'app__body'}>
        <Sidebar hidden={sidebarCollapsed} />
        <main className="app__main" id={RESULTS_ID} tabIndex={-1}>
          <div className="app__main-bar">
            <button
              type="button"
              className="button sidebar-toggle"
              aria-expanded={!sidebarCollapsed}
              aria-controls={SIDEBAR_ID}
              onClick={() => {
                writeSidebarCollapsed(!sidebarCollapsed);
                setSidebarCollapsed(!sidebarCollapsed);
              }}
            >
              <span aria-hidden="true">{sidebarCollapsed ? '»' : '«'}</span>
              Filters
            </button>
            <ChartsToggle />
          </div>
          {chartsOpen ? <ChartsArea /> : <TablesPanel />}
        </main>
      </div>
      <BriefDialog />
      <ImportDialog />
      <DropOverlay />
      <KeyboardShortcutsDialog />
    </div>
  );
}

/** "/" anywhere but in a text field moves focus to the Search box. */
function useSlashFocusesSearch() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target))
        return;
      const search = document.getElementById(SEARCH_INPUT_ID);
      if (search === null) return;
      event.preventDefault();
      search.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
