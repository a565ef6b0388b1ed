/**
 * A container's title, set as the canvas sets it (editor.css, `.vc-group-header`): the group icon
 * in the top-left corner, then, in a column `width` wide, the name (12.5 px bold, as many lines as
 * it needs) and a line of details: the kind label (11 px bold) followed by " · " and the address
 * blocks, region code or zone (11 px monospace), wrapped too. The title bar is as tall as these
 * lines, so nothing in it is ever cut and children are kept below it. The widths are the text
 * metrics' estimates, which err wide: the canvas's lines are never more than counted here.
 */
import { textWidth, wrapText, type FontSpec } from './text-metrics';

/** From a box's left side to its title column: border, group icon, gap. */
export const TITLE_LEFT = 40;
/** Kept free right of the title column: padding and border (a finding badge sits on the box's top-right corner, outside the title). */
export const TITLE_RIGHT = 12;
/** The title column is never narrower than this, however narrow the box (it then overflows the box rather than cutting). */
export const MIN_TITLE_WIDTH = 100;
/** The title bar's height when the name and details take one line each (and the least it ever is). */
export const MIN_HEADER = 40;

export const NAME_FONT: FontSpec = { size: 12.5, bold: true };
export const NAME_LINE = 15.625;
export const KIND_FONT: FontSpec = { size: 11, bold: true };
export const DETAIL_FONT: FontSpec = { size: 11, mono: true };
export const DETAIL_LINE = 14.3;
/** From the box's top to the first line: the border and the column's padding. */
export const TITLE_TOP = 3;
/** Space between the last line and the children. */
const SLACK = 6;

/** One line under the name: an optional kind label (in the kind's colour) then details text. */
export interface DetailLine {
  /** The kind label, or part of it when it wraps itself; set on the first lines only. */
  kind?: string;
  /** Monospaced text after the kind label (starting with "· " after it); may be ''. */
  text: string;
}

/** A container's title, in lines, and the height of its title bar. */
export interface ContainerTitle {
  /** The width of the title column the lines were wrapped to. */
  width: number;
  name: string[];
  details: DetailLine[];
  /** From the box's top to where its children may start. */
  height: number;
}

/** The width of the title column in a box `boxWidth` wide. */
export function titleWidth(boxWidth: number): number {
  return Math.max(MIN_TITLE_WIDTH, boxWidth - TITLE_LEFT - TITLE_RIGHT);
}

/** The title bar's height for this many lines of name and of details. */
export function headerHeight(nameLines: number, detailLines: number): number {
  return Math.max(MIN_HEADER, Math.ceil(TITLE_TOP + nameLines * NAME_LINE + detailLines * DETAIL_LINE + SLACK));
}

/** `name`, `kind` and `details` (plain texts, '' for none) set in a box `boxWidth` wide. */
export function layoutContainerTitle(name: string, kind: string, details: string, boxWidth: number): ContainerTitle {
  const width = titleWidth(boxWidth);
  const nameLines = wrapText(name, width, NAME_FONT);
  const kindLines = wrapText(kind, width, KIND_FONT);
  const lastKind = kindLines.pop();
  const lines: DetailLine[] = kindLines.map((k) => ({ kind: k, text: '' }));
  const rest = details.trim() ? (lastKind ? `· ${details.trim()}` : details.trim()) : '';
  // The space after the kind label is set in the details' font, as on the canvas.
  const indent = lastKind ? textWidth(lastKind, KIND_FONT) + textWidth(' ', DETAIL_FONT) : 0;
  const wrapped = rest ? wrapText(rest, width, DETAIL_FONT, indent) : [];
  if (lastKind) lines.push({ kind: lastKind, text: wrapped.shift() ?? '' });
  for (const text of wrapped) lines.push({ text });
  return { width, name: nameLines, details: lines, height: headerHeight(Math.max(1, nameLines.length), lines.length) };
}
