import { describe, expect, it, vi } from 'vitest';
import { withoutForce } from './measure-only-resized';

describe('React Flow measuring a node only when its size changed', () => {
  it("passes the observer's reports on without force", () => {
    const update = vi.fn();
    const element = {} as HTMLDivElement;
    withoutForce(update, () => false)(
      new Map([
        ['a', { id: 'a', nodeElement: element, force: true }],
        ['b', { id: 'b', nodeElement: element }],
      ]),
    );
    expect(update).toHaveBeenCalledTimes(1);
    const [updates, params] = update.mock.calls[0]!;
    expect([...updates.values()]).toEqual([
      { id: 'a', nodeElement: element, force: false },
      { id: 'b', nodeElement: element },
    ]);
    expect(params).toBeUndefined();
  });

  it('passes an update asked for with options (useUpdateNodeInternals) on as it is', () => {
    const update = vi.fn();
    const updates = new Map([['a', { id: 'a', nodeElement: {} as HTMLDivElement, force: true }]]);
    withoutForce(update, () => false)(updates, { triggerFitView: false });
    expect(update).toHaveBeenCalledWith(updates, { triggerFitView: false });
  });

  it('passes updates on as they are while a fit waits for the first measurement', () => {
    const update = vi.fn();
    const updates = new Map([['a', { id: 'a', nodeElement: {} as HTMLDivElement, force: true }]]);
    withoutForce(update, () => true)(updates);
    expect(update).toHaveBeenCalledWith(updates, undefined);
  });
});
