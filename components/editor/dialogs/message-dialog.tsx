'use client';
import type { MessageDialog as MessageDialogState } from '../store/editor-state';
import { Modal } from './modal';

/** A message to read and dismiss: why a file was refused, for example. */
export function MessageDialog({ dialog, onClose }: { dialog: MessageDialogState; onClose(): void }) {
  return (
    <Modal
      title={dialog.title}
      onClose={onClose}
      footer={
        <button type="button" className="vc-button vc-button-primary" onClick={onClose} data-autofocus>
          OK
        </button>
      }
    >
      <p className={`vc-dialog-text vc-dialog-${dialog.tone}`} role={dialog.tone === 'error' ? 'alert' : undefined}>
        {dialog.message}
      </p>
      {dialog.details && dialog.details.length > 0 && (
        <ul className="vc-dialog-details" data-testid="message-details">
          {dialog.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
