/**
 * The first state a search reached at each vertex: an open-addressing hash table in two plain
 * arrays, sized by the vertices the search has entered. A search is asked about a vertex for every
 * edge it follows, so this must be cheaper than a `Map`; and an array over every vertex of the
 * graph, allocated for each of the hundreds of searches a validation runs, cost more to allocate
 * than a search of a large document costs to run (a search usually enters a small part of it).
 */
export class VertexStates {
  /** Vertex numbers (-1: free slot) and their states, side by side; the length is a power of two. */
  private vertices: number[] = new Array<number>(64).fill(-1);
  private states: number[] = new Array<number>(64).fill(0);
  private size = 0;

  /** The slot of `v`, or the free slot where it would go. */
  private slot(v: number): number {
    const mask = this.vertices.length - 1;
    // Fibonacci hashing spreads consecutive vertex numbers over the table.
    let i = (Math.imul(v, 0x9e3779b1) >>> 7) & mask;
    while (this.vertices[i] !== v && this.vertices[i] !== -1) i = (i + 1) & mask;
    return i;
  }

  /** The state of `v`, or -1 when the search has not entered it. */
  get(v: number): number {
    const i = this.slot(v);
    return this.vertices[i] === v ? this.states[i]! : -1;
  }

  has(v: number): boolean {
    return this.vertices[this.slot(v)] === v;
  }

  /** Forgets every vertex, keeping the table's room. */
  clear(): void {
    this.vertices.fill(-1);
    this.size = 0;
  }

  /** Records the first state of a vertex not entered before. */
  add(v: number, state: number): void {
    if (2 * (this.size + 1) > this.vertices.length) this.grow();
    const i = this.slot(v);
    this.vertices[i] = v;
    this.states[i] = state;
    this.size++;
  }

  private grow(): void {
    const { vertices, states } = this;
    this.vertices = new Array<number>(2 * vertices.length).fill(-1);
    this.states = new Array<number>(2 * vertices.length).fill(0);
    this.size = 0;
    for (let i = 0; i < vertices.length; i++) if (vertices[i] !== -1) this.add(vertices[i]!, states[i]!);
  }
}
