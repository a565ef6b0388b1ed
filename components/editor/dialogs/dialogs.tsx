'use client';
import { useEditor, useEditorStore } from '../store/editor-context';
import { HelpDialog } from './help-dialog';
import { Modal } from './modal';

/** Whichever dialog the store says is open. */
export function Dialogs() {
  const store = useEditorStore();
  const dialog = useEditor((s) => s.dialog);
  const close = () => store.setState({ dialog: null });
  if (!dialog) return null;
  if (dialog.kind === 'help') return <HelpDialog onClose={close} />;
  return (
    <Modal
      title={dialog.title}
      onClose={close}
      footer={
        <>
          <button type="button" className="vc-button" onClick={close} data-autofocus>
            Cancel
          </button>
          <button
            type="button"
            className="vc-button vc-button-danger"
            onClick={() => {
              close();
              dialog.onConfirm();
            }}
          >
            {dialog.confirmLabel}
          </button>
        </>
      }
    >
      <p>{dialog.message}</p>
    </Modal>
  );
}
