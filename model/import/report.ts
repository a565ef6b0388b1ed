/**
 * What an import read and what it could not map. Nothing is dropped silently: every resource or
 * field left out of the document is listed with the reason, and the editor and the command line
 * show this report beside the result.
 */

/** One input the importer read (a file, or one JSON value of a file holding several). */
export interface ImportSource {
  /** The file's path as the user gave it (with `#n` for the n-th value of a concatenated file). */
  name: string;
  /** What the importer recognised it as: `aws ec2 describe-vpcs`, … or `not recognised`. */
  recognisedAs: string;
  /** How many resources it listed. */
  resources: number;
}

/** A resource or field that is not in the document, or is there only in part. */
export interface ImportGap {
  /** The resource's id as its source names it (`rtb-0a1b…`), or the source's name for a whole input. */
  resource: string;
  /** The field left out, when only part of the resource is (`Routes[2]`). */
  field?: string;
  reason: string;
}

export interface ImportReport {
  /** `aws`, `terraform` or `cloudformation`. */
  format: string;
  sources: ImportSource[];
  /** Nodes and connections made, by kind, plus `route-table` for route tables. */
  counts: Record<string, number>;
  /** Left out or only partly mapped, in the order met. */
  gaps: ImportGap[];
}

/** A document and the report that goes with it. */
export interface ImportResult<D> {
  document: D;
  report: ImportReport;
}

/** Collects a report while an importer works. */
export class ReportBuilder {
  private readonly report: ImportReport;

  constructor(format: string) {
    this.report = { format, sources: [], counts: {}, gaps: [] };
  }

  source(name: string, recognisedAs: string, resources: number): void {
    this.report.sources.push({ name, recognisedAs, resources });
  }

  gap(resource: string, reason: string, field?: string): void {
    this.report.gaps.push(field === undefined ? { resource, reason } : { resource, field, reason });
  }

  count(kind: string, by = 1): void {
    this.report.counts[kind] = (this.report.counts[kind] ?? 0) + by;
  }

  done(): ImportReport {
    return this.report;
  }
}
