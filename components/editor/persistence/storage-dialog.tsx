'use client';
/**
 * What storage needs the user to know, as a dialog: another tab saved first, saving failed, or
 * the stored diagram could not be read and was kept aside. Every one offers to download what
 * would otherwise be lost.
 */
import { useSyncExternalStore, type KeyboardEvent } from 'react';
import { parseDocument } from '../../../model';
import { arrange } from '../../../model/edit/arrange';
import { downloadBlob } from '../../diagram/download';
import { saveToFile } from '../actions/file-io';
import { Modal } from '../dialogs/modal';
import { useEditorStore } from '../store/editor-context';
import { currentDocument, notify, commit } from '../store/operations';
import type { DocumentStorage, StorageProblem } from './document-storage';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function StorageDialog({ storage }: { storage: DocumentStorage }) {
  const store = useEditorStore();
  const problem = useSyncExternalStore(storage.state.subscribe, () => storage.state.getState().problem, () => null);
  if (!problem) return null;
  const dismiss = () => storage.state.setState({ problem: null });
  const downloadMine = () => saveToFile(currentDocument(store));

  const openStored = async () => {
    try {
      const stored = await storage.adoptStored();
      if (stored.text === undefined) throw new Error('nothing is stored any more');
      commit(store, { document: arrange(parseDocument(stored.text)) }, { history: 'replace' });
      storage.setWritten(currentDocument(store));
      storage.state.setState({ problem: null });
    } catch (error) {
      notify(store, `The other tab's version could not be opened: ${messageOf(error)}`, 'error');
    }
  };

  return (
    // Keys pressed in the dialog are its own: the editor's shortcuts must not act behind it.
    <div
      onKeyDown={(event: KeyboardEvent) => {
        event.stopPropagation();
        if (event.key === 'Escape') dismiss();
      }}
    >
      <ProblemDialog problem={problem} dismiss={dismiss} downloadMine={downloadMine} openStored={openStored} keepMine={() => void storage.write(currentDocument(store), true)} retry={() => void storage.write(currentDocument(store))} />
    </div>
  );
}

interface ProblemDialogProps {
  problem: StorageProblem;
  dismiss(): void;
  downloadMine(): void;
  openStored(): Promise<void>;
  keepMine(): void;
  retry(): void;
}

function ProblemDialog({ problem, dismiss, downloadMine, openStored, keepMine, retry }: ProblemDialogProps) {
  if (problem.kind === 'conflict') {
    return (
      <Modal
        title="This diagram was changed in another tab"
        onClose={dismiss}
        footer={
          <>
            <button type="button" className="vc-button" onClick={downloadMine}>
              Download this tab’s version
            </button>
            <button type="button" className="vc-button" onClick={keepMine}>
              Save this tab’s version over it
            </button>
            <button type="button" className="vc-button vc-button-primary" onClick={() => void openStored()} data-autofocus>
              Open the other tab’s version
            </button>
          </>
        }
      >
        <p className="vc-dialog-text" role="alert">
          Another tab saved its changes to the diagram kept in this browser. This tab’s changes are not saved, so that neither tab silently replaces the other’s work.
        </p>
      </Modal>
    );
  }
  if (problem.kind === 'failed') {
    return (
      <Modal
        title="Your changes are not being saved"
        onClose={dismiss}
        footer={
          <>
            <button type="button" className="vc-button" onClick={dismiss}>
              Keep editing
            </button>
            <button type="button" className="vc-button" onClick={retry}>
              Try again
            </button>
            <button type="button" className="vc-button vc-button-primary" onClick={downloadMine} data-autofocus>
              Download the diagram
            </button>
          </>
        }
      >
        <p className="vc-dialog-text vc-dialog-error" role="alert">
          Browser storage did not keep the diagram ({problem.message}). Until saving works again, closing or reloading this page loses your changes: download the diagram to keep it.
        </p>
      </Modal>
    );
  }
  const downloadKept = () => downloadBlob(new Blob([problem.text], { type: 'application/json' }), 'saved-diagram.json');
  return (
    <Modal
      title="The saved diagram could not be opened"
      onClose={dismiss}
      footer={
        <>
          <button type="button" className="vc-button" onClick={dismiss}>
            OK
          </button>
          <button type="button" className="vc-button vc-button-primary" onClick={downloadKept} data-autofocus>
            Download the saved diagram
          </button>
        </>
      }
    >
      <p className="vc-dialog-text vc-dialog-error" role="alert">
        The diagram saved in this browser could not be read: {problem.reason}
      </p>
      <p className="vc-dialog-text">
        {problem.keptAs
          ? 'It is kept aside, unchanged, and a sample was opened instead: editing the sample does not replace it. Download it to keep it as a file, or open it with the VPC Canvas that wrote it.'
          : 'It could not be kept aside, so this tab does not save at all (saving would replace it). Download it to keep it as a file.'}
      </p>
    </Modal>
  );
}
