/**
 * The only error the parser throws. `path` names the place in the file
 * (`nodes[3].parent`), empty for the file as a whole.
 */
export class TopologyParseError extends Error {
  override readonly name = 'TopologyParseError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(path ? `${path}: ${reason}` : reason);
  }
}
