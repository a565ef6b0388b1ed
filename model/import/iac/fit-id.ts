/** Ids from a source (Terraform addresses, CloudFormation logical ids) made to fit the document's 128 characters. */

const MAX_ID = 128;

/** The text when it fits, else its start and a hash of the whole, so it stays unique and stable. */
export function fitId(text: string): string {
  if (text.length <= MAX_ID) return text;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.slice(0, MAX_ID - 9)}~${hash.toString(16).padStart(8, '0')}`;
}
