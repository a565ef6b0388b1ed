/**
 * Text made safe for XML: what a name may hold (any string the document allows) against what an
 * XML 1.0 file may carry. Control characters and lone UTF-16 surrogates are not allowed in XML at
 * all, escaped or not, so a parser refuses the whole file; they become U+FFFD (the replacement
 * character), which shows that something was there. Tabs and line breaks become spaces: labels are
 * wrapped by the exporter, never by the text itself.
 */

const REPLACEMENT = '\uFFFD';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True for code units XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF) or discourages (DEL, C1 controls). */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff;
}

/** The text with whitespace controls as spaces and every character XML cannot carry as U+FFFD. */
export function cleanText(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isHighSurrogate(code)) {
      if (isLowSurrogate(value.charCodeAt(i + 1))) {
        out += value.slice(i, i + 2);
        i++;
      } else out += REPLACEMENT;
    } else if (isLowSurrogate(code)) out += REPLACEMENT;
    else if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else if (isControl(code)) out += REPLACEMENT;
    else out += value[i];
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an XML element's content or a quoted attribute value: cleaned, then the five markup characters escaped. */
export function xmlText(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number written compactly for coordinates (at most two decimals, no "-0"). */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
