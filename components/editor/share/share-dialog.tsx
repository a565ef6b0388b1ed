'use client';
import { useState } from 'react';
import { saveToFile } from '../actions/file-io';
import { Modal } from '../dialogs/modal';
import type { ShareOutcome } from './share-outcome';
import './share.css';

function LinkField({ label, url }: { label: string; url: string }) {
  return (
    <label className="vc-share-field">
      <span>{label}</span>
      <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
    </label>
  );
}

/** The link just copied (and the review page's), or why the diagram is too large for one. */
export function ShareDialog({ share, doc, onClose }: { share: ShareOutcome; doc: Parameters<typeof saveToFile>[0]; onClose(): void }) {
  const [copied, setCopied] = useState<'editor' | 'review' | null>(share.ok && share.copied ? 'editor' : null);
  if (!share.ok) {
    return (
      <Modal
        title="Too large for a link"
        onClose={onClose}
        footer={
          <>
            <button type="button" className="vc-button" onClick={onClose}>
              Close
            </button>
            <button
              type="button"
              className="vc-button vc-button-primary"
              data-autofocus
              onClick={() => {
                onClose();
                saveToFile(doc);
              }}
            >
              Save as JSON
            </button>
          </>
        }
      >
        <p className="vc-dialog-text">{share.reason}</p>
      </Modal>
    );
  }
  const copy = (which: 'editor' | 'review') => {
    navigator.clipboard.writeText(which === 'editor' ? share.editorUrl : share.reviewUrl).then(
      () => setCopied(which),
      () => setCopied(null),
    );
  };
  return (
    <Modal
      title="Share link"
      onClose={onClose}
      footer={
        <>
          <a className="vc-button" href={share.reviewUrl} target="_blank" rel="noopener noreferrer">
            Open review page
          </a>
          <button type="button" className="vc-button vc-button-primary" onClick={onClose} data-autofocus>
            Done
          </button>
        </>
      }
    >
      <p className="vc-dialog-text" role="status">
        {copied === 'editor' ? 'Link copied to the clipboard.' : copied === 'review' ? 'Review link copied to the clipboard.' : 'Copy this link to share the diagram.'}
      </p>
      <div className="vc-share-row">
        <LinkField label="Link to the diagram" url={share.editorUrl} />
        <button type="button" className="vc-button" onClick={() => copy('editor')}>
          Copy
        </button>
      </div>
      <div className="vc-share-row">
        <LinkField label="Link to the review page (read-only, with findings and reachability)" url={share.reviewUrl} />
        <button type="button" className="vc-button" onClick={() => copy('review')}>
          Copy
        </button>
      </div>
      <p className="vc-muted vc-dialog-note">
        The diagram travels inside the link, after the #, which browsers never send to a server: nothing is stored anywhere, and anyone with the link can
        read the diagram.
      </p>
    </Modal>
  );
}
