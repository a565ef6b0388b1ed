/** Writing large outputs piece by piece: buffered, and JSON formatted as `JSON.stringify(v, null, 2)` would. */

/**
 * Collects small writes and hands them on in pieces of about `limit` characters: one write per
 * finding would be one system call per finding, and one write per file could be a string of
 * hundreds of megabytes.
 */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly sink: (text: string) => void,
    private readonly limit = 64 * 1024,
  ) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) this.flush();
  }

  /** Hands on everything written so far. */
  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.sink(text);
  }
}

const indent = (depth: number) => '  '.repeat(depth);

/**
 * `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. JSON.stringify escapes
 * line breaks inside strings, so every newline in its output is layout and can be indented.
 */
export function indentedJson(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replace(/\n/g, `\n${indent(depth)}`);
}

/**
 * Writes a JSON array one element at a time, laid out exactly as `JSON.stringify(array, null, 2)`
 * lays it out `depth` levels deep, so that streamed output reads like the one-piece output.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(
    private readonly out: BufferedOutput,
    private readonly depth: number,
  ) {
    out.write('[');
  }

  /** Writes one element given as a value. */
  item(value: unknown): void {
    this.raw(indentedJson(value, this.depth + 1));
  }

  /** Writes one element given as JSON text already indented for `depth + 1`; the caller writes it through `out`. */
  begin(): void {
    this.out.write(`${this.count++ === 0 ? '' : ','}\n${indent(this.depth + 1)}`);
  }

  /** Ends the array (`[]` when it had no element). */
  close(): void {
    this.out.write(this.count === 0 ? ']' : `\n${indent(this.depth)}]`);
  }

  private raw(json: string): void {
    this.begin();
    this.out.write(json);
  }
}
