/**
 * Loops in an import graph, for the architecture test: one loop named per strongly connected
 * component, so that a tangle of ten files reads as one problem with one path to break.
 */

/** Module (file or folder) → the modules it imports. */
export type ImportGraph = ReadonlyMap<string, ReadonlySet<string>>;

/** The strongly connected components with more than one module (Tarjan's algorithm, iterative). */
function tangles(graph: ImportGraph): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (order.has(start)) continue;
    // Each frame: a module and the iterator over what it imports.
    const frames: Array<{ node: string; next: Iterator<string> }> = [];
    const enter = (node: string) => {
      order.set(node, order.size);
      low.set(node, order.get(node)!);
      stack.push(node);
      onStack.add(node);
      frames.push({ node, next: [...(graph.get(node) ?? [])].sort()[Symbol.iterator]() });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const step = frame.next.next();
      if (!step.done) {
        const to = step.value;
        if (!order.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== order.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) found.push(component.sort());
    }
  }
  return found.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** A shortest loop through `start` inside its component (breadth-first back to `start`). */
function loopThrough(graph: ImportGraph, start: string, component: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const to of [...(graph.get(node) ?? [])].sort()) {
      if (!component.has(to)) continue;
      if (to === start) {
        const loop = [node];
        for (let at = node; at !== start; ) loop.push((at = cameFrom.get(at)!));
        return loop.reverse();
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  // Unreachable for a strongly connected component of two or more modules.
  throw new Error(`no loop through ${start}`);
}

/**
 * One loop per tangle of mutually dependent modules, as the modules in import order starting from
 * the tangle's first module by name (`['a.ts', 'b.ts']` means a imports b and b imports a).
 */
export function findCycles(graph: ImportGraph): string[][] {
  return tangles(graph).map((component) => loopThrough(graph, component[0]!, new Set(component)));
}
