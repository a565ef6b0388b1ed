/** What each output format of `validate` does with the files as they are validated, one by one. */
import type { Outcome } from './validate-outcome';

/**
 * Receives each file's outcome in the order given, then `end()`. A reporter writes as it goes and
 * keeps no document: with many large files, only one is in memory at a time.
 */
export interface ValidateReporter {
  file(outcome: Outcome): void;
  end(): void;
}
