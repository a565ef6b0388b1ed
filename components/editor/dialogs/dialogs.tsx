'use client';
import { ExportDialog } from '../export/export-dialog';
import { ShareDialog } from '../share/share-dialog';
import { useEditor, useEditorStore } from '../store/editor-context';
import { closeDialog, currentDocument } from '../store/operations';
import { ConnectToDialog } from './connect-to-dialog';
import { FindDialog } from './find-dialog';
import { HelpDialog } from './help-dialog';
import { MessageDialog } from './message-dialog';
import { Modal } from './modal';

/** Whichever dialog the store says is open. */
export function Dialogs() {
  const store = useEditorStore();
  const dialog = useEditor((s) => s.chrome.dialog);
  const close = () => closeDialog(store);
  if (!dialog) return null;
  if (dialog.kind === 'help') return <HelpDialog onClose={close} />;
  if (dialog.kind === 'find') return <FindDialog onClose={close} />;
  if (dialog.kind === 'export') return <ExportDialog onClose={close} />;
  if (dialog.kind === 'message') return <MessageDialog dialog={dialog} onClose={close} />;
  if (dialog.kind === 'connect-to') return <ConnectToDialog source={dialog.source} onClose={close} />;
  if (dialog.kind === 'share') return <ShareDialog share={dialog.share} doc={currentDocument(store)} onClose={close} />;
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
