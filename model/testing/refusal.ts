/** For tests: the parse error `work` throws (any other outcome fails the test). */
import { TopologyParseError } from '../document/parse-error';

export function refusal(work: () => unknown): TopologyParseError {
  try {
    work();
  } catch (error) {
    if (error instanceof TopologyParseError) return error;
    throw error;
  }
  throw new Error('expected a TopologyParseError');
}
