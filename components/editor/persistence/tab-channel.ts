/**
 * Tabs of the editor in one browser tell each other when they save, so that a tab whose copy is
 * no longer the stored one knows it before its next write is refused. The stored revision number
 * (see idb.ts) is what actually prevents overwriting; this only makes the warning immediate, and
 * lets a newly opened tab learn that the diagram is already open elsewhere.
 */
const CHANNEL = 'vpc-canvas-document';

type TabMessage =
  | { kind: 'saved'; tab: string; revision: number }
  | { kind: 'hello'; tab: string }
  | { kind: 'here'; tab: string };

export interface TabEvents {
  /** Another tab stored revision `revision`. */
  onSaved(revision: number): void;
  /** Another editor tab answered this one's hello: the diagram is open twice. */
  onOtherTab(): void;
}

export interface TabChannel {
  announceSaved(revision: number): void;
  close(): void;
}

const isMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' && data !== null && typeof (data as { tab?: unknown }).tab === 'string' && ['saved', 'hello', 'here'].includes((data as { kind?: unknown }).kind as string);

/** Joins the editor tabs of this browser (nothing happens where BroadcastChannel does not exist). */
export function joinTabs(events: TabEvents): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { announceSaved: () => {}, close: () => {} };
  const tab = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  let toldOther = false;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isMessage(message) || message.tab === tab) return;
    if (message.kind === 'saved') events.onSaved(message.revision);
    else if (message.kind === 'hello') channel.postMessage({ kind: 'here', tab } satisfies TabMessage);
    else if (!toldOther) {
      toldOther = true;
      events.onOtherTab();
    }
  };
  channel.postMessage({ kind: 'hello', tab } satisfies TabMessage);
  return {
    announceSaved: (revision) => channel.postMessage({ kind: 'saved', tab, revision } satisfies TabMessage),
    close: () => channel.close(),
  };
}
