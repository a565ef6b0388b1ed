/**
 * A table of ids and their owners, of any type: `IdTable` with the ids and owners kept beside it. The
 * parser uses `IdTable` itself, since a document's elements already hold their ids.
 */
import { IdTable } from './id-table';

export class IdIndex<Owner> {
  private readonly ids: string[] = [];
  private readonly owners: Owner[] = [];
  private readonly table: IdTable;

  /**
   * `expected`: how many ids will be added (more is allowed; the table grows). `hash` is for tests
   * that need collisions.
   */
  constructor(expected: number, hash?: (id: string) => number) {
    this.table = new IdTable(expected, { idOf: (code) => this.ids[code]! }, hash);
  }

  /**
   * Records that `owner` owns `id`, unless the id is taken: then nothing changes and the first
   * owner is returned (undefined when the id was free).
   */
  claim(id: string, owner: Owner): Owner | undefined {
    const first = this.table.claim(id, this.ids.length);
    if (first >= 0) return this.owners[first];
    this.ids.push(id);
    this.owners.push(owner);
    return undefined;
  }

  /** The owner of `id`, if any. */
  get(id: string): Owner | undefined {
    const code = this.table.get(id);
    return code >= 0 ? this.owners[code] : undefined;
  }
}
