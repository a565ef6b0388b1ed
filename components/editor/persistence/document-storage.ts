/**
 * This tab's hold on the diagram stored in the browser: which revision it last read or wrote,
 * whether another tab has written since (then its writes are refused until the user chooses),
 * and whether storage works at all. One per page; it outlives the editor's screen, so that a
 * crash and "Start fresh" do not forget what is stored.
 */
import type { TopologyDocument } from '../../../model';
import { documentJson } from '../store/document-json';
import { createStore, type Store } from '../store/create-store';
import { loadStored, writeStored, type StoredDocument } from './idb';
import { joinTabs, type TabChannel } from './tab-channel';

/** Something about storage the user has to read; shown as a dialog until dismissed. */
export type StorageProblem =
  /** Another tab saved since this one read: this tab's changes are not saved over them. */
  | { kind: 'conflict' }
  /** Writing failed (quota, IndexedDB gone, no answer). */
  | { kind: 'failed'; message: string }
  /**
   * The stored diagram could not be read by this build (newer version, corrupt). `keptAs` is the
   * key it was moved to, or null when it could not be moved (then this tab never writes).
   */
  | { kind: 'unreadable'; text: string; reason: string; keptAs: string | null };

export interface StorageState {
  /** The dialog to show, null once dismissed. */
  problem: StorageProblem | null;
  /** Another tab wrote since this tab read or wrote: writes are refused until the user chooses. */
  stale: boolean;
  /** Why this tab's changes are not being kept (writes failed or are off), null while they are. */
  failure: string | null;
  /** Another tab of the editor is open on the same stored diagram (told once, as a notice). */
  otherTab: boolean;
}

/** The answer to a write. */
export type WriteResult = 'saved' | 'stale' | 'failed';

export interface DocumentStorage {
  readonly state: Store<StorageState>;
  /** The document stored, as this tab last read or wrote it (no need to write it again); null before the first write of a diagram that was not stored (a sample). */
  written(): TopologyDocument | null;
  /** Writes `doc` unless another tab wrote first (or whatever is stored, with `force`). */
  write(doc: TopologyDocument, force?: boolean): Promise<WriteResult>;
  /** Reads what is stored now, and takes its revision as this tab's ("open the other tab's version"). */
  adoptStored(): Promise<StoredDocument>;
  /** Records that `doc` is what this tab now considers stored (after adopting the stored text). */
  setWritten(doc: TopologyDocument): void;
  /** Joins the other editor tabs of this browser; returns how to leave. */
  connect(): () => void;
}

export interface StorageStart {
  revision: number;
  /** The document on screen at opening when storage holds it; null when it does not (a sample, an empty canvas). */
  opened: TopologyDocument | null;
  /** Set when this tab must never write: why. */
  readOnly?: string;
  problem?: StorageProblem;
}

/** A storage error in words: browsers often give a quota failure an empty message. */
function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return "the browser's storage space for this site is full";
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export function createDocumentStorage(start: StorageStart): DocumentStorage {
  const state = createStore<StorageState>({ problem: start.problem ?? null, stale: false, failure: start.readOnly ?? null, otherTab: false });
  let revision = start.revision;
  let written = start.opened;
  let channel: TabChannel | null = null;

  return {
    state,
    written: () => written,
    async write(doc, force = false) {
      if (start.readOnly) return 'failed';
      if (state.getState().stale && !force) {
        // Asked again at every refused write: the user keeps editing a copy that is not saved.
        state.setState({ problem: { kind: 'conflict' } });
        return 'stale';
      }
      try {
        // Compact JSON, shared with the workers (document-json.ts): the stored text is read back by
        // the same parser as a file, and nobody reads it as text.
        const outcome = await writeStored(documentJson(doc), revision, force);
        if (!outcome.ok) {
          state.setState({ stale: true, problem: { kind: 'conflict' } });
          return 'stale';
        }
        revision = outcome.revision;
        written = doc;
        state.setState((s) => ({ stale: false, failure: null, problem: s.problem?.kind === 'conflict' || s.problem?.kind === 'failed' ? null : s.problem }));
        channel?.announceSaved(revision);
        return 'saved';
      } catch (error) {
        const message = describeStorageError(error);
        state.setState({ failure: message, problem: { kind: 'failed', message } });
        return 'failed';
      }
    },
    async adoptStored() {
      const stored = await loadStored();
      revision = stored.revision;
      state.setState({ stale: false, problem: null });
      return stored;
    },
    setWritten(doc) {
      written = doc;
    },
    connect() {
      const joined = joinTabs({
        onSaved: (stored) => {
          if (stored > revision) state.setState({ stale: true, problem: { kind: 'conflict' } });
        },
        onOtherTab: () => state.setState({ otherTab: true }),
      });
      channel = joined;
      return () => {
        joined.close();
        if (channel === joined) channel = null;
      };
    },
  };
}
