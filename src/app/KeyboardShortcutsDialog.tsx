import { useEffect, useId, useRef, useState } from 'react';
import { isTypingTarget } from '../features/shared/isTypingTarget';
import './shortcuts.css';

const SHORTCUTS: [keys: string[], what: string][] = [
  [['/'], 'Focus the search box'],
  [['?'], 'Show this list'],
  [['Tab', 'Shift+Tab'], 'Move between the header buttons, the sidebar, the view tabs and the table'],
  [['←', '→', 'Home', 'End'], 'On the view or chart tabs: switch view or chart'],
  [['↑', '↓', 'Page Up', 'Page Down', 'Home', 'End'], 'In the table: move between rows'],
  [
    ['Enter', 'Space'],
    'Open the brief of the focused row; press the focused button, sort by the focused column',
  ],
  [['Esc'], 'Close a dialog or menu, or leave full-screen charts; focus goes back where it was'],
];

/** "?" (outside text fields, with no dialog open) lists the keyboard shortcuts. */
export function KeyboardShortcutsDialog() {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target))
        return;
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  function onClose() {
    setOpen(false);
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener?.isConnected) opener.focus();
  }

  return (
    <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="shortcuts-dialog__header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      <table className="shortcuts-dialog__table">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                {keys.map((key, position) => (
                  <span key={key}>
                    {position > 0 && ' '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
