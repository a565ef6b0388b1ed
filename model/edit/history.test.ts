import { describe, expect, it } from 'vitest';
import { amend, canRedo, canUndo, commit, createHistory, redo, reset, undo } from './history';

describe('history', () => {
  it('amends the present without a new step: undo goes to the state before it', () => {
    let h = commit(createHistory('a'), 'b');
    h = amend(h, 'b2');
    expect(h.present).toBe('b2');
    expect(h.past).toEqual(['a']);
    h = undo(h);
    expect(h.present).toBe('a');
    expect(redo(h).present).toBe('b2');
  });
  it('undoes and redoes in order', () => {
    let h = createHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });
  it('drops the redo branch on a new commit', () => {
    let h = commit(commit(createHistory('a'), 'b'), 'c');
    h = commit(undo(h), 'd');
    expect(h.present).toBe('d');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });
  it('ignores a commit of the same state', () => {
    const h = createHistory({ n: 1 });
    expect(commit(h, h.present)).toBe(h);
  });
  it('keeps at most `limit` past states', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 10; i++) h = commit(h, i);
    expect(h.past).toEqual([7, 8, 9]);
    h = undo(undo(undo(h)));
    expect([h.present, canUndo(h)]).toEqual([7, false]);
  });
  it('merges quick commits with the same key into one step', () => {
    let h = commit(createHistory(''), 'x', { mergeKey: 'other', now: 0 });
    h = commit(h, '1', { mergeKey: 'name', now: 1000 });
    h = commit(h, '12', { mergeKey: 'name', now: 1500 });
    h = commit(h, '123', { mergeKey: 'name', now: 2000 });
    expect(h.present).toBe('123');
    expect(undo(h).present).toBe('x');
  });
  it('does not merge commits far apart in time, or with another key', () => {
    let h = commit(createHistory('a'), 'b', { mergeKey: 'k', now: 0 });
    h = commit(h, 'c', { mergeKey: 'k', now: 10_000 });
    expect(undo(h).present).toBe('b');
    h = commit(h, 'd', { mergeKey: 'j', now: 10_001 });
    expect(undo(h).present).toBe('c');
  });
  it('reset forgets everything', () => {
    const h = reset(commit(createHistory('a'), 'b'), 'z');
    expect([h.present, canUndo(h), canRedo(h)]).toEqual(['z', false, false]);
  });
});
