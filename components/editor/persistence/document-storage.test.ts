import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TopologyDocument } from '../../../model';
import { createDocumentStorage } from './document-storage';

/** IndexedDB as the storage module sees it: one record with a revision, compare-and-set writes. */
const disk = vi.hoisted(() => ({ text: undefined as string | undefined, revision: 0, fail: null as Error | null }));

vi.mock('./idb', () => ({
  loadStored: async () => ({ text: disk.text, revision: disk.revision }),
  writeStored: async (text: string, expected: number, force = false) => {
    if (disk.fail) throw disk.fail;
    if (!force && disk.revision !== expected) return { ok: false, revision: disk.revision };
    disk.text = text;
    disk.revision += 1;
    return { ok: true, revision: disk.revision };
  },
}));

const doc = (name: string): TopologyDocument => ({ format: 'vpc-canvas', version: 1, name, nodes: [], connections: [] });
const storedName = () => (JSON.parse(disk.text ?? '{}') as { name?: string }).name;

beforeEach(() => {
  disk.text = undefined;
  disk.revision = 0;
  disk.fail = null;
});

describe('createDocumentStorage', () => {
  it('writes while it holds the stored revision, and remembers what it wrote', async () => {
    const opened = doc('opened');
    const storage = createDocumentStorage({ revision: 0, opened });
    expect(storage.written()).toBe(opened);
    const next = doc('next');
    expect(await storage.write(next)).toBe('saved');
    expect(storage.written()).toBe(next);
    expect(storedName()).toBe('next');
    expect(await storage.write(doc('again'))).toBe('saved');
    expect(disk.revision).toBe(2);
  });

  it('refuses to write over another tab, says so, and keeps refusing until forced', async () => {
    const mine = createDocumentStorage({ revision: 0, opened: doc('a') });
    const theirs = createDocumentStorage({ revision: 0, opened: doc('a') });
    expect(await theirs.write(doc('theirs'))).toBe('saved');
    expect(await mine.write(doc('mine'))).toBe('stale');
    expect(storedName()).toBe('theirs');
    expect(mine.state.getState()).toMatchObject({ stale: true, problem: { kind: 'conflict' } });

    mine.state.setState({ problem: null });
    expect(await mine.write(doc('mine again'))).toBe('stale');
    expect(mine.state.getState().problem).toEqual({ kind: 'conflict' });
    expect(storedName()).toBe('theirs');

    expect(await mine.write(doc('mine, chosen'), true)).toBe('saved');
    expect(storedName()).toBe('mine, chosen');
    expect(mine.state.getState()).toMatchObject({ stale: false, problem: null });
  });

  it('after adopting the stored revision, writes again', async () => {
    const mine = createDocumentStorage({ revision: 0, opened: doc('a') });
    const theirs = createDocumentStorage({ revision: 0, opened: doc('a') });
    await theirs.write(doc('theirs'));
    await mine.write(doc('mine'));
    const stored = await mine.adoptStored();
    expect(stored.revision).toBe(1);
    expect(mine.state.getState().stale).toBe(false);
    expect(await mine.write(doc('mine, after'))).toBe('saved');
  });

  it('turns a quota failure into words, and clears it once a write works again', async () => {
    const storage = createDocumentStorage({ revision: 0, opened: doc('a') });
    disk.fail = new DOMException('', 'QuotaExceededError');
    expect(await storage.write(doc('b'))).toBe('failed');
    expect(storage.state.getState()).toMatchObject({
      failure: "the browser's storage space for this site is full",
      problem: { kind: 'failed', message: "the browser's storage space for this site is full" },
    });
    disk.fail = null;
    expect(await storage.write(doc('b'))).toBe('saved');
    expect(storage.state.getState()).toMatchObject({ failure: null, problem: null });
  });

  it('never writes when opened read-only', async () => {
    const storage = createDocumentStorage({ revision: 0, opened: doc('a'), readOnly: 'storage did not answer' });
    expect(await storage.write(doc('b'))).toBe('failed');
    expect(disk.text).toBeUndefined();
    expect(storage.state.getState().failure).toBe('storage did not answer');
  });
});

describe('tabs', () => {
  const leave: Array<() => void> = [];
  afterEach(() => leave.splice(0).forEach((f) => f()));

  it('a tab learns at once that another saved, and a newly opened tab that another is open', async () => {
    const first = createDocumentStorage({ revision: 0, opened: doc('a') });
    leave.push(first.connect());
    const second = createDocumentStorage({ revision: 0, opened: doc('a') });
    leave.push(second.connect());
    await vi.waitFor(() => expect(second.state.getState().otherTab).toBe(true));
    expect(first.state.getState().otherTab).toBe(false);

    await first.write(doc('first'));
    await vi.waitFor(() => expect(second.state.getState()).toMatchObject({ stale: true, problem: { kind: 'conflict' } }));
    expect(first.state.getState().stale).toBe(false);
  });
});
