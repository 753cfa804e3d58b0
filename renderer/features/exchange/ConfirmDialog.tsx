import { useEffect, useRef, type ReactNode } from 'react';

/** A modal question inside the app (never window.confirm): Escape or the first button says no. */
export function ConfirmDialog(props: { title: string; children: ReactNode; confirm: string; cancel: string; busy?: boolean; onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h3 id="confirm-title">{props.title}</h3>
      <div className="confirm-body">{props.children}</div>
      <div className="confirm-actions">
        <button type="button" className="button-quiet" onClick={props.onCancel} autoFocus data-testid="confirm-cancel">
          {props.cancel}
        </button>
        <button type="button" className="button-primary" onClick={props.onConfirm} disabled={props.busy} data-testid="confirm-ok">
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}
