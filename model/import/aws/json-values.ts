/**
 * The AWS command line prints one JSON object per call; people save several calls into one file
 * (`aws ec2 describe-vpcs; aws ec2 describe-subnets` > snapshot.json) or paste them together. This
 * splits such text into its top-level values, and brings keys to one case: the AWS CLI and the SDKs
 * print PascalCase (`VpcId`), the Direct Connect API and some tools camelCase (`vpcId`).
 */

/** The top-level JSON values of a text holding one or several, one after another. */
export function splitJsonValues(text: string): unknown[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return [JSON.parse(body)];
  } catch {
    // Several values: cut at each top-level value's end, found by depth outside strings.
  }
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        values.push(JSON.parse(body.slice(start, i + 1)));
        start = -1;
      }
      if (depth < 0) throw new SyntaxError(`unexpected "${c}" at offset ${i}`);
    } else if (depth === 0 && !/\s/.test(c!)) {
      throw new SyntaxError(`unexpected "${c}" at offset ${i}: expected JSON objects one after another`);
    }
  }
  if (depth !== 0 || inString) throw new SyntaxError('the text ends inside a JSON value');
  return values;
}

/** A copy of a JSON value with every object key's first letter upper-cased (`vpcId` → `VpcId`). */
export function pascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const pascal = key.length > 0 ? key[0]!.toUpperCase() + key.slice(1) : key;
    // Tag maps (Terraform-style) keep their keys as the user wrote them.
    out[pascal] = pascal === 'Tags' && !Array.isArray(inner) ? inner : pascalKeys(inner);
  }
  return out;
}
