import { useAppStore } from '../../store/store';
import { clearImport } from './importActions';

/**
 * The header's import buttons, and any notice about the data kept in this browser.
 * `onShowBuiltIn` loads the data the page started with (the app knows where it lives).
 */
export function ImportControls({ onShowBuiltIn }: { onShowBuiltIn: () => void }) {
  const origin = useAppStore((state) => state.datasetOrigin);
  const notice = useAppStore((state) => state.importNotice);
  const openImportDialog = useAppStore((state) => state.openImportDialog);
  const setImportNotice = useAppStore((state) => state.setImportNotice);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={openImportDialog}>
        Import
      </button>
      {origin === 'imported' && (
        <button type="button" className="button" onClick={() => void clearImport(onShowBuiltIn)}>
          Clear imported data
        </button>
      )}
      {notice !== null && (
        <p role="status" className="import-notice">
          {notice}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => setImportNotice(null)}
          >
            ×
          </button>
        </p>
      )}
    </>
  );
}
