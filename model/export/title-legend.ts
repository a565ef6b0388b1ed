/**
 * The title block above an exported diagram (its name, the date, the finding counts) and the
 * legend below it (one sample line per connection kind the diagram uses), laid out for a given
 * width.
 */
import type { TopologyDocument } from '../document/types';
import { CONNECTION_KIND_LIST, type ConnectionKind } from '../kinds/connection-kinds';
import type { FindingSummary } from '../rules/finding';
import { EDGE_LOOKS, INK } from './export-palette';
import type { SceneLine } from './scene';
import { textWidth, wrapText, type FontSpec } from '../text/text-metrics';
import { cleanText } from './xml-text';
import { groupDigits } from '../text/group-digits';

/** What the title block says. */
export interface TitleBlock {
  /** The diagram's name; "Untitled diagram" when empty. */
  name?: string;
  /** The date as the caller wants it written, e.g. "5 December 2026". */
  date: string;
  /** Finding counts; left out when not given. */
  summary?: FindingSummary;
}

const NAME_FONT: FontSpec = { size: 20, bold: true };
const NAME_LINE = 26;
const META_FONT: FontSpec = { size: 12 };
const META_LINE = 18;
/** Space between the frame's edge and the title or legend text, and between them and the diagram. */
export const EXTRA_MARGIN = 40;

const plural = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;

/** "2 errors · 1 warning · no notes", or "no findings". */
export function findingCounts(summary: FindingSummary): string {
  if (summary.errors + summary.warnings + summary.infos === 0) return 'no findings';
  return [plural(summary.errors, 'error', 'errors'), plural(summary.warnings, 'warning', 'warnings'), plural(summary.infos, 'note', 'notes')].join(' · ');
}

/** The title block's lines, relative to its top-left corner, and its height. */
export interface TitleLayout {
  lines: SceneLine[];
  width: number;
  height: number;
}

/** Lays the title block out within `maxWidth`; the name wraps, never shortened. */
export function layoutTitle(title: TitleBlock, maxWidth: number): TitleLayout {
  const lines: SceneLine[] = [];
  let top = 0;
  const name = cleanText(title.name?.trim() || 'Untitled diagram');
  for (const text of wrapText(name, maxWidth, NAME_FONT)) {
    lines.push({ text, x: 0, y: top + 20, font: NAME_FONT, fill: INK.text, anchor: 'start' });
    top += NAME_LINE;
  }
  const meta = [cleanText(title.date), title.summary ? findingCounts(title.summary) : ''].filter(Boolean).join(' · ');
  for (const text of wrapText(meta, maxWidth, META_FONT)) {
    lines.push({ text, x: 0, y: top + 14, font: META_FONT, fill: INK.muted, anchor: 'start' });
    top += META_LINE;
  }
  const width = Math.max(0, ...lines.map((l) => textWidth(l.text, l.font)));
  return { lines, width, height: top };
}

/** The connection kinds `doc` uses, in the registry's order. */
export function kindsPresent(doc: TopologyDocument): ConnectionKind[] {
  const used = new Set(doc.connections.map((c) => c.kind));
  return CONNECTION_KIND_LIST.filter((kind) => used.has(kind));
}

const LEGEND_HEADING: FontSpec = { size: 12, bold: true };
const LEGEND_FONT: FontSpec = { size: 11 };
const SAMPLE = 40;
const ENTRY_GAP = 24;
const ROW = 20;

/** One legend entry, relative to the legend's top-left corner. */
export interface LegendEntry {
  kind: ConnectionKind;
  /** The sample line runs from (x, y) to (x + sampleWidth, y). */
  x: number;
  y: number;
  sampleWidth: number;
  label: SceneLine;
}

export interface LegendLayout {
  heading: SceneLine;
  entries: LegendEntry[];
  width: number;
  height: number;
}

/** Lays the legend out in rows no wider than `maxWidth`; undefined when the diagram has no connections. */
export function layoutLegend(doc: TopologyDocument, maxWidth: number): LegendLayout | undefined {
  const kinds = kindsPresent(doc);
  if (kinds.length === 0) return undefined;
  const heading: SceneLine = { text: 'Legend', x: 0, y: 12, font: LEGEND_HEADING, fill: INK.text, anchor: 'start' };
  const entries: LegendEntry[] = [];
  let x = 0;
  let row = 0;
  let width = textWidth('Legend', LEGEND_HEADING);
  for (const kind of kinds) {
    const label = EDGE_LOOKS[kind].label;
    const entryWidth = SAMPLE + 8 + textWidth(label, LEGEND_FONT);
    if (x > 0 && x + entryWidth > maxWidth) {
      x = 0;
      row++;
    }
    const y = 30 + row * ROW;
    entries.push({ kind, x, y, sampleWidth: SAMPLE, label: { text: label, x: x + SAMPLE + 8, y: y + 4, font: LEGEND_FONT, fill: INK.text, anchor: 'start' } });
    width = Math.max(width, x + entryWidth);
    x += entryWidth + ENTRY_GAP;
  }
  return { heading, entries, width, height: 30 + (row + 1) * ROW - 6 };
}
