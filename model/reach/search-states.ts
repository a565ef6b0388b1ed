/**
 * The states of one breadth-first search (see `search.ts`), kept in columns of typed arrays: a
 * reach matrix runs hundreds of searches of thousands of states each, and arrays of numbers,
 * a `Map` per vertex entered in a second class, and a list per extra predecessor cost more to
 * allocate and to collect than the searches cost to run.
 */
import type { Half } from './graph';
import { VertexStates } from './vertex-states';

/** Enough for most strict searches, which stop at the first VPCs they cannot leave. */
const INITIAL_CAPACITY = 256;
const NONE = -1;

/** The capacity after growing from `length` to hold at least `min`: doubled, so that growing costs O(1) per state. */
function capacityFor(length: number, min: number): number {
  let capacity = Math.max(INITIAL_CAPACITY, length);
  while (capacity < min) capacity *= 2;
  return capacity;
}

/** `array`'s values in a longer array of `capacity`; new slots hold `fill`. */
function grownInt32(array: Int32Array<ArrayBuffer>, capacity: number, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(capacity);
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

/** Spreads a (vertex, key) pair over a power-of-two table; keys may exceed 32 bits. */
function hashOf(v: number, key: number): number {
  const high = (key / 4294967296) | 0;
  return Math.imul(v ^ Math.imul(key | 0, 0x85ebca6b) ^ Math.imul(high, 0xc2b2ae35), 0x9e3779b1) >>> 7;
}

/**
 * States numbered in the order they are made, each with its vertex, distance, parent state,
 * arrival half and key; found by (vertex, key), listed per vertex in the order made.
 */
export class SearchStates {
  /** How many states there are; the columns below are valid for states below it. */
  size = 0;
  vertex: Int32Array<ArrayBuffer>;
  dist: Int32Array<ArrayBuffer>;
  /** The state each state was first reached from (-1 for the source). */
  parent: Int32Array<ArrayBuffer>;
  /** The key of each state (see `StateKeys.key`); may exceed 32 bits. */
  key: Float64Array<ArrayBuffer>;
  readonly arrival: Array<Half | undefined> = [];
  /** The next state of the same vertex, in the order made (-1: none). */
  private nextAt: Int32Array<ArrayBuffer>;
  /** For a vertex's first state: its vertex's last state so far. */
  private lastAt: Int32Array<ArrayBuffer>;
  private readonly first = new VertexStates();
  /** Open addressing by (vertex, key): state + 1 per slot, 0 for a free one. */
  private slots: Int32Array<ArrayBuffer>;
  /**
   * The predecessors besides the parent (lifted mode), as linked lists in the order added:
   * per state its first and last extra entry; per entry its state, half and the next entry.
   */
  private extraFirst: Int32Array<ArrayBuffer> | undefined;
  private extraLast: Int32Array<ArrayBuffer> | undefined;
  private extraFrom: number[] = [];
  private extraHalf: Half[] = [];
  private extraNext: number[] = [];

  /**
   * `capacity`: how many states to make room for at first. A search of a graph is sized like the
   * one before it (see `searchFrom`), so that it rarely grows: growing a typed array allocates
   * and zeroes a new one, and a matrix makes hundreds of searches.
   */
  constructor(capacity = INITIAL_CAPACITY) {
    capacity = capacityFor(0, capacity);
    this.vertex = new Int32Array(capacity);
    this.dist = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.key = new Float64Array(capacity);
    this.nextAt = new Int32Array(capacity);
    this.lastAt = new Int32Array(capacity);
    this.slots = new Int32Array(2 * capacity);
  }

  /**
   * Empties the states for another search, keeping the room made so far: aimed searches (see
   * `aimed-lifted.ts`) run by the thousand, and new columns for each cost more than they hold.
   */
  clear(): void {
    this.size = 0;
    this.arrival.length = 0;
    this.first.clear();
    this.slots.fill(0);
    this.extraFirst?.fill(NONE);
    this.extraLast?.fill(NONE);
    this.extraFrom.length = 0;
    this.extraHalf.length = 0;
    this.extraNext.length = 0;
  }

  /** The first state made at `v`, or -1. */
  firstAt(v: number): number {
    return this.first.get(v);
  }

  /** Whether a state of `v` exists. */
  entered(v: number): boolean {
    return this.first.has(v);
  }

  /** The next state of the vertex of `s`, in the order they were made; -1 after its last. */
  next(s: number): number {
    return this.nextAt[s]!;
  }

  /** The state (v, key), or -1. */
  find(v: number, key: number): number {
    const mask = this.slots.length - 1;
    for (let i = hashOf(v, key) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) return NONE;
      if (this.vertex[slot - 1] === v && this.key[slot - 1] === key) return slot - 1;
    }
  }

  /** Makes the state (v, key), which must not exist; returns its number. */
  add(v: number, key: number, arrival: Half | undefined, dist: number, parent: number): number {
    const s = this.size;
    if (s === this.vertex.length) this.growColumns(s + 1);
    this.size++;
    this.vertex[s] = v;
    this.key[s] = key;
    this.dist[s] = dist;
    this.parent[s] = parent;
    this.arrival.push(arrival);
    this.nextAt[s] = NONE;
    const first = this.first.get(v);
    if (first < 0) {
      this.first.add(v, s);
      this.lastAt[s] = s;
    } else {
      this.nextAt[this.lastAt[first]!] = s;
      this.lastAt[first] = s;
    }
    if (2 * this.size > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(s);
    return s;
  }

  /** Records that `from` by `half` also leads to `s` at its distance (besides its parent). */
  addPredecessor(s: number, from: number, half: Half): void {
    if (!this.extraFirst || this.extraFirst.length < this.vertex.length) {
      this.extraFirst = grownInt32(this.extraFirst ?? new Int32Array(0), this.vertex.length, NONE);
      this.extraLast = grownInt32(this.extraLast ?? new Int32Array(0), this.vertex.length, NONE);
    }
    const entry = this.extraFrom.length;
    this.extraFrom.push(from);
    this.extraHalf.push(half);
    this.extraNext.push(NONE);
    const last = this.extraLast![s]!;
    if (last < 0) this.extraFirst[s] = entry;
    else this.extraNext[last] = entry;
    this.extraLast![s] = entry;
  }

  /** The first of the predecessors of `s` besides its parent (an entry for `extraState`, `extraArrival`, `extraAfter`), or -1. */
  extraOf(s: number): number {
    return this.extraFirst && s < this.extraFirst.length ? this.extraFirst[s]! : NONE;
  }

  /** The state of an extra predecessor entry. */
  extraState(entry: number): number {
    return this.extraFrom[entry]!;
  }

  /** The half by which an extra predecessor entry leads on. */
  extraArrival(entry: number): Half {
    return this.extraHalf[entry]!;
  }

  /** The entry after `entry` among its state's extra predecessors, or -1. */
  extraAfter(entry: number): number {
    return this.extraNext[entry]!;
  }

  /** The states one step shorter that lead to `s`, and how: its parent first, then the others in the order added. */
  predecessors(s: number): Array<readonly [number, Half]> {
    const preds: Array<readonly [number, Half]> = [[this.parent[s]!, this.arrival[s]!]];
    if (this.extraFirst && s < this.extraFirst.length) {
      for (let e = this.extraFirst[s]!; e >= 0; e = this.extraNext[e]!) preds.push([this.extraFrom[e]!, this.extraHalf[e]!]);
    }
    return preds;
  }

  private place(s: number): void {
    const mask = this.slots.length - 1;
    let i = hashOf(this.vertex[s]!, this.key[s]!) & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = s + 1;
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(length);
    for (let s = 0; s < this.size; s++) this.place(s);
  }

  private growColumns(min: number): void {
    const capacity = capacityFor(this.vertex.length, min);
    this.vertex = grownInt32(this.vertex, capacity, 0);
    this.dist = grownInt32(this.dist, capacity, 0);
    this.parent = grownInt32(this.parent, capacity, 0);
    this.nextAt = grownInt32(this.nextAt, capacity, NONE);
    this.lastAt = grownInt32(this.lastAt, capacity, 0);
    const key = new Float64Array(capacity);
    key.set(this.key);
    this.key = key;
  }
}
