// Exemptions from deploy-gate.yml (or the pack config): which finding one clears, and what to say about those
// that no longer apply. Applied by evaluate.ts, never inside a rule.
import { Catalog } from '../catalog/catalog.js';
import type { GateConfig } from './config.js';
import type { Finding } from './finding.js';

// An exemption may run a year at most: a waiver is a decision to revisit, not a permanent hole.
const MAX_EXEMPTION_DAYS = 366;

/** The exemption that clears this finding today, if any. */
export function exemptionFor(config: GateConfig, finding: Pick<Finding, 'rule' | 'stack' | 'resource'>, now: Date) {
  const today = now.toISOString().slice(0, 10);
  return config.exemptions.find((e) => e.rule === finding.rule && e.expires >= today && !tooFarAhead(e.expires, now)
    && (e.stack === undefined || e.stack === finding.stack) && globMatch(e.resource, finding.resource));
}

function tooFarAhead(expires: string, now: Date): boolean {
  return Date.parse(`${expires}T00:00:00Z`) - now.getTime() > MAX_EXEMPTION_DAYS * 86_400_000;
}

/** What a person should know about the configuration: exemptions that no longer apply, data types switched off. */
export function configNotes(config: GateConfig, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  // Declaring a catalogued data store as "not data" switches the gate off for it: allowed, never silent.
  const notData = config.catalog.notDataTypes ?? [];
  const defaults = notData.length > 0 ? new Catalog() : undefined;
  return [
    ...notData.filter((t) => defaults!.dataVerdict(t).holdsData)
      .map((t) => `the configuration declares ${t} as holding no data, so its deletions are not checked`),
    ...config.exemptions.filter((e) => e.expires < today).map((e) => `exemption for ${e.rule} on ${e.resource} expired on ${e.expires} and no longer applies`),
    ...config.exemptions.filter((e) => tooFarAhead(e.expires, now)).map((e) => `exemption for ${e.rule} on ${e.resource} expires ${e.expires}, more than a year ahead, so it does not apply; shorten it`),
  ];
}

/**
 * Exemption patterns: `*` matches within one segment of an address or URN (it stops at `.`, `[`, `]`, `/` and `:`),
 * `**` matches anything. So `aws_ebs_volume.scratch*` exempts `aws_ebs_volume.scratch_1` but not a resource in a
 * module or another stack's URN.
 */
export function globMatch(pattern: string, value: string): boolean {
  const escape = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const source = pattern.split('**').map((chunk) => chunk.split('*').map(escape).join('[^.\\[\\]/:]*')).join('.*');
  return new RegExp(`^${source}$`).test(value);
}
