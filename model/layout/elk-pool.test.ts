import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { elkPool } from './elk-pool';
import { layoutDocument } from './layout-document';
import { createNodeElk } from './node-elk';
import { sampleOfSize } from './sample-networks';
import type { ElkRunner } from './types';

/** A runner that answers when told to, and says which graphs it was given. */
function heldRunner(name: string, log: string[]) {
  const held: Array<() => void> = [];
  const runner: ElkRunner = {
    layout(graph: ElkNode) {
      log.push(`${name}:${graph.id}`);
      return new Promise((resolve) => held.push(() => resolve({ ...graph, width: 1 })));
    },
  };
  return { runner, release: () => held.shift()?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('elkPool', () => {
  it('gives each graph to the first free runner, and queued graphs to whichever finishes', async () => {
    const log: string[] = [];
    const a = heldRunner('a', log);
    const b = heldRunner('b', log);
    const pool = elkPool([a.runner, b.runner]);
    const results = ['g1', 'g2', 'g3', 'g4'].map((id) => pool.layout({ id }));
    expect(log).toEqual(['a:g1', 'b:g2']);
    b.release();
    await tick();
    expect(log).toEqual(['a:g1', 'b:g2', 'b:g3']);
    a.release();
    await tick();
    expect(log).toEqual(['a:g1', 'b:g2', 'b:g3', 'a:g4']);
    a.release();
    b.release();
    expect((await Promise.all(results)).map((g) => g.id)).toEqual(['g1', 'g2', 'g3', 'g4']);
  });

  it('passes a runner failure to that graph only and keeps the runner', async () => {
    let calls = 0;
    const flaky: ElkRunner = { layout: async (graph) => (++calls === 1 ? Promise.reject(new Error('ELK failed')) : graph) };
    const pool = elkPool([flaky]);
    const first = pool.layout({ id: 'bad' });
    const second = pool.layout({ id: 'good' });
    await expect(first).rejects.toThrow('ELK failed');
    await expect(second).resolves.toMatchObject({ id: 'good' });
  });

  it('needs a runner', () => {
    expect(() => elkPool([])).toThrow(/at least one runner/);
  });

  it('lays out a many-region network exactly as one ELK does', async () => {
    const doc = sampleOfSize(400);
    expect(doc.nodes.filter((n) => n.kind === 'region').length).toBeGreaterThan(1);
    const alone = await layoutDocument(doc, { elk: createNodeElk() });
    const pooled = await layoutDocument(doc, { elk: elkPool([createNodeElk(), createNodeElk()]) });
    expect(pooled.document).toEqual(alone.document);
    expect([...pooled.routes]).toEqual([...alone.routes]);
  });
});
