/**
 * A CloudFormation template's text (JSON or YAML) as plain data. YAML's short forms (`!Ref X`,
 * `!GetAtt A.B`, `!Select [0, …]`, …) become the long forms JSON templates use (`{ "Ref": "X" }`,
 * `{ "Fn::GetAtt": ["A", "B"] }`), so the evaluator reads one shape.
 */
import { parse, type CollectionTag, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml';

/** The short-form tags and the long-form key each stands for. */
const SHORT_FORMS: Record<string, string> = {
  Ref: 'Ref', Condition: 'Condition',
  Sub: 'Fn::Sub', GetAtt: 'Fn::GetAtt', Select: 'Fn::Select', GetAZs: 'Fn::GetAZs', If: 'Fn::If', Cidr: 'Fn::Cidr',
  Join: 'Fn::Join', Split: 'Fn::Split', Equals: 'Fn::Equals', Not: 'Fn::Not', And: 'Fn::And', Or: 'Fn::Or',
  FindInMap: 'Fn::FindInMap', Base64: 'Fn::Base64', ImportValue: 'Fn::ImportValue', Transform: 'Fn::Transform',
  Length: 'Fn::Length', ToJsonString: 'Fn::ToJsonString',
};

function tagsFor(name: string, key: string): Array<ScalarTag | CollectionTag> {
  // `!GetAtt Vpc.CidrBlock` is the one short form whose scalar is split (at the first dot).
  const scalar = (value: string): unknown => {
    if (key !== 'Fn::GetAtt') return { [key]: value };
    const dot = value.indexOf('.');
    return { [key]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  };
  return [
    { tag: `!${name}`, resolve: scalar },
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [key]: (seq as YAMLSeq).toJSON() }) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => ({ [key]: (map as YAMLMap).toJSON() }) },
  ] as Array<ScalarTag | CollectionTag>;
}

const CUSTOM_TAGS = Object.entries(SHORT_FORMS).flatMap(([name, key]) => tagsFor(name, key));

/** The template as data; throws an error naming the file and line when the text is neither JSON nor YAML. */
export function parseTemplate(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*[{[]/.test(body)) {
    try {
      return JSON.parse(body);
    } catch {
      // YAML's flow style also starts with a brace: let the YAML parser have it and report.
    }
  }
  try {
    return parse(body, { customTags: CUSTOM_TAGS, uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    // The parser's message names the line and column; the code excerpt after it is left out.
    throw new Error(`${source}: not a JSON or YAML template: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`, { cause: error });
  }
}
