/**
 * Numbers for what a search state is made of (see `search.ts`): the class of its arrival, and the
 * set of pass-once domains and DX gateway associations its path crossed. A search asks for a key
 * on every edge it follows, hundreds of thousands of times in a reach matrix, so a key is one
 * number made from two small ones rather than a string built and compared each time; each new set
 * is spelt once (sorted tokens, so that one set has one number whatever the order it was built in)
 * and each step from one set to another is remembered.
 */
import type { DomainGraph } from './graph';

/** Class numbers stay below this, so that a key is `set * CLASS_LIMIT + class`. */
const CLASS_LIMIT = 2 ** 21;

/** The classes and crossed sets of one graph's searches. */
export class StateKeys {
  private readonly classes = new Map<string, number>();
  /** Per set: its tokens, sorted and joined as `,a<id>,v<n>,` ('' for set 0, the empty one). */
  private readonly spellings: string[] = [''];
  private readonly bySpelling = new Map<string, number>([['', 0]]);
  /** Per set: the set with one more pass-once domain (-1: the domain is in it already). */
  private readonly withDomains: Array<Map<number, number>> = [new Map()];
  /** Per set: the set with one more association, by association id. */
  private readonly withAssociations: Array<Map<string, number>> = [new Map()];
  /** Per set: its association ids, made on first use. */
  private readonly associationLists: Array<readonly string[] | undefined> = [[]];

  private static readonly ofGraph = new WeakMap<DomainGraph, StateKeys>();

  /** The numbers of `g`'s searches, made on first use. */
  static of(g: DomainGraph): StateKeys {
    let keys = StateKeys.ofGraph.get(g);
    if (!keys) StateKeys.ofGraph.set(g, (keys = new StateKeys()));
    return keys;
  }

  /** The number of a class (see `TransitPolicy.classOf`). */
  classId(classKey: string): number {
    let id = this.classes.get(classKey);
    if (id === undefined) {
      id = this.classes.size;
      // A graph has a class per kind of arrival, at most one per half: far below the limit.
      if (id >= CLASS_LIMIT) throw new Error(`reach search: more than ${CLASS_LIMIT} classes of arrival`);
      this.classes.set(classKey, id);
    }
    return id;
  }

  /** The state key of a class and a crossed set. */
  key(classId: number, passed: number): number {
    return passed * CLASS_LIMIT + classId;
  }

  /** The crossed set of a state key. */
  passedOf(key: number): number {
    return Math.floor(key / CLASS_LIMIT);
  }

  /** `passed` with the pass-once domain `v` added; undefined when it holds `v` already (the path may not cross it again). */
  withDomain(passed: number, v: number): number | undefined {
    const known = this.withDomains[passed]!.get(v);
    if (known !== undefined) return known < 0 ? undefined : known;
    const token = `v${v}`;
    const next = this.tokensOf(passed).includes(token) ? -1 : this.withToken(passed, token);
    this.withDomains[passed]!.set(v, next);
    return next < 0 ? undefined : next;
  }

  /** `passed` with the DX gateway association `id` added. */
  withAssociation(passed: number, id: string): number {
    let next = this.withAssociations[passed]!.get(id);
    if (next === undefined) {
      const token = `a${encodeURIComponent(id)}`;
      next = this.tokensOf(passed).includes(token) ? passed : this.withToken(passed, token);
      this.withAssociations[passed]!.set(id, next);
    }
    return next;
  }

  /** The ids of the DX gateway associations in `passed`, in the order of its tokens. */
  associations(passed: number): readonly string[] {
    return (this.associationLists[passed] ??= this.tokensOf(passed).flatMap((token) => (token.startsWith('a') ? [decodeURIComponent(token.slice(1))] : [])));
  }

  private tokensOf(passed: number): string[] {
    const spelling = this.spellings[passed]!;
    return spelling === '' ? [] : spelling.slice(1, -1).split(',');
  }

  /** The number of `passed` with `token` (not in it) added. */
  private withToken(passed: number, token: string): number {
    const spelling = `,${[...this.tokensOf(passed), token].sort().join(',')},`;
    let id = this.bySpelling.get(spelling);
    if (id === undefined) {
      id = this.spellings.length;
      this.spellings.push(spelling);
      this.bySpelling.set(spelling, id);
      this.withDomains.push(new Map());
      this.withAssociations.push(new Map());
      this.associationLists.push(undefined);
    }
    return id;
  }
}
