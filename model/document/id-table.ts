/**
 * A table from ids to the small whole numbers ("codes") of their owners, for the parser's reference
 * check. A document of 10,000 VPCs has about 100,000 ids; V8's `Map` costs several hundred
 * nanoseconds per insert at that size on our 2-core machines (it rehashes as it grows and misses the
 * cache). This table is sized once and lives in one typed array of (code, hash) pairs: nothing is
 * allocated per id, the ids themselves are not copied (the table asks `idOf` for a code's id, and only
 * when the stored hashes match), and a large parse leaves the garbage collector nothing to do.
 *
 * Hostile input cannot make it quadratic: the hash is seeded per table, and a probe longer than
 * `MAX_PROBE` hands every entry to a `Map` for the rest of the table's life.
 */

const MAX_PROBE = 64;

/** FNV-1a over UTF-16 code units, from a seed, its high bits mixed down (the table uses the low ones). */
function fnv1a(id: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h ^ (h >>> 15);
}

/** Where a table finds the id of a code it holds. */
export interface IdSource {
  idOf(code: number): string;
}

export class IdTable {
  /** Slot `s` is `pairs[2s]` (its code + 1, 0 when empty) and `pairs[2s + 1]` (the id's hash). */
  private pairs = new Int32Array(0);
  private mask = 0;
  private size = 0;
  /** Set once probing grew too long: from then on every entry lives here. */
  private fallback: Map<string, number> | undefined;
  /** The table's own seed (new at each reset), so that no text can be written to collide in every table. */
  private seed = 0;

  /**
   * `expected`: how many ids will be added (more is allowed; the table grows). `source` gives the id of
   * a code already in the table. `hash` is for tests that need collisions; without it the table
   * hashes with its seed (a plain call, not a function held per table, which the compiler could not
   * inline across parses).
   */
  constructor(
    expected: number,
    private source: IdSource,
    private readonly hash?: (id: string) => number,
  ) {
    this.reset(expected, source);
  }

  /**
   * Empties the table, for `expected` ids of `source`: one table can serve one parse after another
   * (see `checkReferences` in parse.ts for why). `reset(0, …)` lets go of large storage.
   */
  reset(expected: number, source: IdSource): void {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.pairs = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.size = 0;
    this.fallback = undefined;
    this.seed = (Math.random() * 0x100000000) | 0;
    this.source = source;
  }

  /**
   * Records that the owner `code` (0 or more) owns `id`, unless the id is taken: then nothing changes
   * and the first owner's code is returned (-1 when the id was free).
   */
  claim(id: string, code: number): number {
    if (this.fallback) return this.claimInFallback(id, code);
    const h = this.hash === undefined ? fnv1a(id, this.seed) : this.hash(id) | 0;
    const pairs = this.pairs;
    let slot = h & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      const at = pairs[2 * slot]!;
      if (at === 0) {
        pairs[2 * slot] = code + 1;
        pairs[2 * slot + 1] = h;
        if (++this.size * 2 > this.mask + 1) this.grow();
        return -1;
      }
      if (pairs[2 * slot + 1] === h && this.source.idOf(at - 1) === id) return at - 1;
      slot = (slot + 1) & this.mask;
    }
    this.switchToFallback();
    return this.claimInFallback(id, code);
  }

  /** The code of the owner of `id`, or -1. */
  get(id: string): number {
    if (this.fallback) return this.fallback.get(id) ?? -1;
    const h = this.hash === undefined ? fnv1a(id, this.seed) : this.hash(id) | 0;
    const pairs = this.pairs;
    let slot = h & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      const at = pairs[2 * slot]!;
      if (at === 0) return -1;
      if (pairs[2 * slot + 1] === h && this.source.idOf(at - 1) === id) return at - 1;
      slot = (slot + 1) & this.mask;
    }
    this.switchToFallback();
    return this.fallback!.get(id) ?? -1;
  }

  private claimInFallback(id: string, code: number): number {
    const first = this.fallback!.get(id);
    if (first !== undefined) return first;
    this.fallback!.set(id, code);
    return -1;
  }

  private switchToFallback(): void {
    const fallback = new Map<string, number>();
    for (let slot = 0; slot <= this.mask; slot++) {
      const at = this.pairs[2 * slot]!;
      if (at !== 0) fallback.set(this.source.idOf(at - 1), at - 1);
    }
    this.fallback = fallback;
  }

  /** Twice the slots; entries move by their stored hashes, so no id is read or hashed again. */
  private grow(): void {
    const old = this.pairs;
    const capacity = (this.mask + 1) * 2;
    const pairs = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === 0) continue;
      let slot = old[s + 1]! & mask;
      while (pairs[2 * slot] !== 0) slot = (slot + 1) & mask;
      pairs[2 * slot] = old[s]!;
      pairs[2 * slot + 1] = old[s + 1]!;
    }
    this.pairs = pairs;
    this.mask = mask;
  }
}
