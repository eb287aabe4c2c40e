import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../store/store';
import { BriefContent, OPENED_ROW_CLASS } from './BriefContent';
import './brief-detail.css';

/** The open brief as a modal dialog; Esc or Close shuts it and gives focus back to what opened it. */
export function BriefDialog() {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const briefId = useAppStore((state) => state.briefId);
  const briefRow = useAppStore((state) => state.briefRow);
  const index = useAppStore((state) => state.corpus?.index ?? null);
  const closeBrief = useAppStore((state) => state.closeBrief);
  const number = briefId === null || index === null ? undefined : index.briefNumberById.get(briefId);
  const brief = number === undefined ? undefined : index?.briefs[number];

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (brief !== undefined && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (brief === undefined && dialog.open) {
      dialog.close();
    }
    if (brief !== undefined) {
      const openedRow = dialog.querySelector(`.${OPENED_ROW_CLASS}`);
      if (openedRow === null) dialog.querySelector('.brief-dialog__body')?.scrollTo({ top: 0 });
      else openedRow.scrollIntoView({ block: 'center' });
      dialog.querySelector<HTMLElement>(`#${CSS.escape(titleId)}`)?.focus({ preventScroll: true });
    }
  }, [brief, briefRow, titleId]);

  function onClose() {
    if (useAppStore.getState().briefId !== null) closeBrief();
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener?.isConnected) opener.focus();
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal brief-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) closeBrief();
      }}
    >
      {brief !== undefined && index !== null && (
        <BriefContent
          brief={brief}
          index={index}
          titleId={titleId}
          openedRow={briefRow}
          onClose={closeBrief}
        />
      )}
    </dialog>
  );
}
