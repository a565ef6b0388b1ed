/**
 * How findings word things, shared by several rules: kinds with their article, a label opening a
 * sentence, a connection or a CIDR field's owner by name.
 */
import type { Connection } from '../document/types';
import type { CidrField } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { CONNECTION_KINDS } from '../kinds/connection-kinds';
import { NODE_KINDS, type NodeKind } from '../kinds/node-kinds';

/** Capitalises a label that opens a sentence. */
export const sentence = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/**
 * A registry label as a sentence says it, with its article: "an internet gateway", "a VPC",
 * "a Direct Connect gateway". Labels are capitalised for headings; inside a sentence only
 * proper nouns and acronyms keep their capitals.
 */
export function inSentence(label: string): string {
  const noun = /[A-Z]/.test(label.replace(/\s*\(.*\)$/, '').slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A node kind as a sentence names it: "a VPC", "an on-premises network". */
export function kindPhrase(kind: NodeKind): string {
  // There is one internet, not one of many.
  if (kind === 'internet') return 'the internet';
  return inSentence(NODE_KINDS[kind].label);
}

/** "a VPC or a subnet", "a region, a VPC or a subnet". */
export function kindPhrases(kinds: readonly NodeKind[]): string {
  const phrases = kinds.map(kindPhrase);
  return phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} or ${phrases[phrases.length - 1]}` : (phrases[0] ?? '');
}

/** How a finding names a connection: its name when it has one, else its id. */
export function connectionName(c: Connection): string {
  return c.name?.trim() || c.id;
}

/** How a finding names the owner of a CIDR field: `VPC prod`, or `Direct Connect gateway association assoc-1`. */
export function fieldOwnerLabel(index: TopologyIndex, field: CidrField): string {
  if (field.node) return index.label(field.node);
  const connection = index.connection(field.element.id);
  const kind = connection ? CONNECTION_KINDS[connection.kind].label : 'Connection';
  return `${kind} ${field.element.name?.trim() || field.element.id}`;
}

/**
 * How a finding names a CIDR field: "its IPv4 CIDR blocks", "its allowed prefixes" — the label the
 * inspector shows, never the property's name in the file.
 */
export function fieldPhrase(index: TopologyIndex, field: CidrField): string {
  const connection = field.node ? undefined : index.connection(field.element.id);
  const specs = field.node ? NODE_KINDS[field.node.kind].props : connection ? CONNECTION_KINDS[connection.kind].props : undefined;
  const label = (specs as Record<string, { label: string }> | undefined)?.[field.field]?.label.replace(/\s*\(.*\)$/, '') ?? field.field;
  const noun = /[A-Z]/.test(label.slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  return `its ${noun}`;
}
