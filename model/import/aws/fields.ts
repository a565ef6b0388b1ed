/** Reading fields of AWS output defensively: every value may be missing or of another type. */
import type { Origin } from '../../kinds/route-tables';
import type { Json, Located } from './snapshot';

export const str = (o: Json | undefined, key: string): string | undefined => (typeof o?.[key] === 'string' ? (o[key] as string) : undefined);
export const bool = (o: Json | undefined, key: string): boolean | undefined => (typeof o?.[key] === 'boolean' ? (o[key] as boolean) : undefined);
export const obj = (o: Json | undefined, key: string): Json | undefined => {
  const v = o?.[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
};
export const list = (o: Json | undefined, key: string): Json[] => {
  const v = o?.[key];
  return Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
};
export const strings = (o: Json | undefined, key: string): string[] => {
  const v = o?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

/** An AWS number that may be printed as a string (`BgpAsn: "65000"`). */
export function integer(o: Json | undefined, key: string): number | undefined {
  const v = o?.[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
}

/** `Tags: [{ Key, Value }]` as a map (a map already is kept). */
export function tagsOf(item: Json): Record<string, string> {
  const tags: Record<string, string> = {};
  const raw = item.Tags;
  if (Array.isArray(raw)) {
    for (const tag of raw) {
      if (typeof tag === 'object' && tag !== null && typeof tag.Key === 'string' && typeof tag.Value === 'string') tags[tag.Key] = tag.Value;
    }
  } else if (typeof raw === 'object' && raw !== null) {
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') tags[k] = v;
  }
  return tags;
}

/** The region an ARN names (`arn:aws:ec2:us-east-1:…`). */
export function regionOfArn(arn: string | undefined): string | undefined {
  const region = arn?.split(':')[3];
  return region ? region : undefined;
}

/** The state word of a resource, lower-cased (`available`, `attached`, `deleted`, …). */
export function stateOf(item: Json, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = item[key];
    if (typeof v === 'string') return v.toLowerCase();
    if (typeof v === 'object' && v !== null && typeof (v as Json).Code === 'string') return ((v as Json).Code as string).toLowerCase();
    if (typeof v === 'object' && v !== null && typeof (v as Json).State === 'string') return ((v as Json).State as string).toLowerCase();
  }
  return undefined;
}

/** `props.origin` and `props.tags` of an imported resource. */
export function provenance(id: string, at: Pick<Located, 'account' | 'region'>, item: Json, account?: string): { origin: Origin; tags?: Record<string, string> } {
  const tags = tagsOf(item);
  const owner = account ?? at.account;
  const origin: Origin = { id, kind: 'aws', ...(owner ? { account: owner } : {}), ...(at.region ? { region: at.region } : {}) };
  return Object.keys(tags).length > 0 ? { origin, tags } : { origin };
}
