/** "Download review": the review as a Markdown file (model/review/markdown-report.ts). */
import type { TopologyDocument } from '../../model';
import { reviewMarkdown, type ReviewReportInput } from '../../model/review/markdown-report';
import { downloadBlob, fileSlug } from '../diagram/download';

export function downloadReview(doc: TopologyDocument, input: Omit<ReviewReportInput, 'generatedAt'>): void {
  const text = reviewMarkdown(doc, { ...input, generatedAt: new Date() });
  downloadBlob(new Blob([text], { type: 'text/markdown' }), `${fileSlug(doc.name)}-review.md`);
}
