/**
 * Several ELK runners used as one. ELK is single-threaded, and a large diagram's regions are laid
 * out independently (layout-document.ts), so the editor gives its layout worker a second ELK in a
 * worker of its own and lets both work: each graph goes to the first runner that is free, in the
 * order the graphs were asked for. A runner's answer does not depend on which runner it was.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkRunner } from './types';

interface Job {
  graph: ElkNode;
  resolve(out: ElkNode): void;
  reject(error: unknown): void;
}

export function elkPool(runners: readonly ElkRunner[]): ElkRunner {
  if (runners.length === 0) throw new Error('an ELK pool needs at least one runner');
  const free = [...runners];
  const queue: Job[] = [];
  const start = (runner: ElkRunner, job: Job) => {
    runner.layout(job.graph).then(job.resolve, job.reject).finally(() => {
      const next = queue.shift();
      if (next) start(runner, next);
      else free.push(runner);
    });
  };
  return {
    layout(graph) {
      return new Promise<ElkNode>((resolve, reject) => {
        const job = { graph, resolve, reject };
        const runner = free.shift();
        if (runner) start(runner, job);
        else queue.push(job);
      });
    },
  };
}
