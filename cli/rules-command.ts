/** `vpc-canvas rules [--format text|json]`: the rule catalogue, generated from model/rules/catalogue.ts. */
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from '../model/rules/catalogue';
import type { CliIo } from './io';
import { styleFor } from './style';

export type RulesFormat = 'text' | 'json';

/** One rule as `vpc-canvas rules --format json` prints it. */
export interface RuleListing {
  id: RuleId;
  /** The severities it can emit, e.g. "error / warning"; the first is its usual one. */
  severity: string;
  tier: string;
  section: string;
  summary: string;
  docs: string;
}

/** Every rule of the catalogue, in its order (grouped by rules.md's sections). */
export function ruleListings(): RuleListing[] {
  return RULE_IDS.map((id) => {
    const info = RULE_CATALOGUE[id];
    return { id, severity: info.severities.join(' / '), tier: info.tier, section: info.section, summary: info.summary, docs: info.docs };
  });
}

/** Prints the catalogue; always exit status 0. */
export function rulesCommand(io: CliIo, format: RulesFormat): number {
  const listings = ruleListings();
  if (format === 'json') {
    io.stdout(`${JSON.stringify(listings, null, 2)}\n`);
    return 0;
  }
  const style = styleFor(io);
  const idWidth = Math.max(...listings.map((r) => r.id.length));
  const severityWidth = Math.max(...listings.map((r) => r.severity.length));
  const lines: string[] = [];
  let section: string | undefined;
  for (const rule of listings) {
    if (rule.section !== section) {
      if (section !== undefined) lines.push('');
      section = rule.section;
      lines.push(style.bold(section));
    }
    const firstSeverity = RULE_CATALOGUE[rule.id].severities[0]!;
    const severity = style.severity(firstSeverity, rule.severity.padEnd(severityWidth));
    lines.push(`  ${rule.id.padEnd(idWidth)}  ${severity}  ${rule.tier}  ${rule.summary}`);
    lines.push(style.dim(`  ${' '.repeat(idWidth)}  ${' '.repeat(severityWidth)}      ${rule.docs}`));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
