import { useAppStore } from '../../store/store';
import { DropOverlay } from './DropOverlay';
import { ImportDialog } from './ImportDialog';

/** Under the message that no dataset could be loaded: the way to read one's own briefs instead. */
export function ImportOffer() {
  const openImportDialog = useAppStore((state) => state.openImportDialog);
  return (
    <div className="import-offer">
      <p className="muted">Or read briefs from this computer (nothing is uploaded):</p>
      <button
        type="button"
        className="button button--primary"
        aria-haspopup="dialog"
        onClick={openImportDialog}
      >
        Import briefs
      </button>
      <ImportDialog />
      <DropOverlay />
    </div>
  );
}
