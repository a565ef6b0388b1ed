/**
 * `validate --format json`, written file by file and finding by finding: with one file the object
 * `{ findings, summary }` (nothing on stdout when the file cannot be read); with several, an array
 * of `{ file, findings, summary }` or `{ file, error }` in the order given (topology-format.md).
 * The text is what `JSON.stringify(value, null, 2)` would print, without ever holding it whole.
 */
import { publicFinding } from '../model/rules/finding';
import { indentedJson, JsonArrayWriter, type BufferedOutput } from './output';
import type { Outcome, Validated } from './validate-outcome';
import type { ValidateReporter } from './validate-reporter';

/** `"findings": [...]` then `"summary": {...}`, as members of an object `depth` levels deep. */
function writeFindingsAndSummary(out: BufferedOutput, outcome: Validated, depth: number): void {
  const pad = '  '.repeat(depth + 1);
  out.write(`\n${pad}"findings": `);
  const findings = new JsonArrayWriter(out, depth + 1);
  for (const finding of outcome.findings) findings.item(publicFinding(finding));
  findings.close();
  out.write(`,\n${pad}"summary": ${indentedJson(outcome.summary, depth + 1)}`);
}

/** The JSON reporter for a run over `fileCount` files. */
export function jsonReporter(out: BufferedOutput, fileCount: number): ValidateReporter {
  if (fileCount === 1) {
    return {
      file(outcome) {
        if (!outcome.ok) return;
        out.write('{');
        writeFindingsAndSummary(out, outcome, 0);
        out.write('\n}\n');
      },
      end() {},
    };
  }
  const entries = new JsonArrayWriter(out, 0);
  return {
    file(outcome: Outcome) {
      if (!outcome.ok) {
        entries.item({ file: outcome.file, error: outcome.message });
        return;
      }
      entries.begin();
      out.write(`{\n    "file": ${JSON.stringify(outcome.file)},`);
      writeFindingsAndSummary(out, outcome, 1);
      out.write('\n  }');
    },
    end() {
      entries.close();
      out.write('\n');
    },
  };
}
