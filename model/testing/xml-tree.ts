/**
 * A parsed XML document as a plain tree, for tests of the exporters: fast-xml-parser checks that
 * the text is well-formed XML and decodes entities, so tests compare what a reader would see.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside this element. */
  text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function convert(item: Ordered): XmlElement | undefined {
  const name = Object.keys(item).find((k) => k !== ':@');
  if (!name || name === '#text' || name === '?xml') return undefined;
  const raw = (item[name] as Ordered[]) ?? [];
  const element: XmlElement = { name, attributes: item[':@'] ?? {}, children: [], text: '' };
  for (const child of raw) {
    if ('#text' in child) element.text += String(child['#text']);
    else {
      const converted = convert(child);
      if (converted) element.children.push(converted);
    }
  }
  return element;
}

/**
 * The index of the first character XML 1.0 does not allow (its `Char` production: controls other
 * than tab, LF and CR, lone surrogates, U+FFFE, U+FFFF), or -1. fast-xml-parser does not check
 * this; browsers do, and refuse the whole file.
 */
export function firstInvalidCharacter(xml: string): number {
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = xml.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) return i;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
  }
  return -1;
}

/** The root element of `xml`; throws with the parser's message when the text is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const bad = firstInvalidCharacter(xml);
  if (bad >= 0) throw new Error(`not well-formed XML: character U+${xml.charCodeAt(bad).toString(16).padStart(4, '0')} at ${bad} is not allowed`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false });
  const items = parser.parse(xml) as Ordered[];
  for (const item of items) {
    const element = convert(item);
    if (element) return element;
  }
  throw new Error('no root element');
}

/** Every element under (and including) `root`, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) out.push(...allElements(child));
  return out;
}

/** All the text inside `element`, in document order. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join('');
}
