// Exemptions from deploy-gate.yml (or the pack config): which finding one clears, and what to say about those
// that no longer apply. Applied by evaluate.ts, never inside a rule.
import { Catalog } from '../catalog/catalog.js';
import type { Exemption, GateConfig } from './config.js';
import type { Finding, UnusedExemption } from './finding.js';

/** The exemption that clears this finding today, with its place in the configuration, if any. */
export function exemptionFor(config: GateConfig, finding: Pick<Finding, 'rule' | 'stack' | 'resource'>, now: Date): { exemption: Exemption; index: number } | undefined {
  const index = config.exemptions.findIndex((e) => e.rule === finding.rule && !expired(e, now)
    && (e.stack === undefined || e.stack === finding.stack) && globMatch(e.resource, finding.resource));
  return index === -1 ? undefined : { exemption: config.exemptions[index]!, index };
}

/** Past its `expires` day (UTC): it no longer applies, and the report says so (Report.unused). */
export function expired(exemption: Exemption, now: Date): boolean {
  return exemption.expires < now.toISOString().slice(0, 10);
}

/**
 * The exemptions of `config` that cleared no finding (`used` holds the indices of those that did): expired ones, and
 * those whose rule, resource or stack matched nothing in these plans. Like ESLint's unused-disable report.
 */
export function unusedExemptions(config: GateConfig, used: ReadonlySet<number>, now: Date): UnusedExemption[] {
  return config.exemptions.flatMap((e, index) => (used.has(index) ? [] : [{
    kind: 'exemption' as const, index, rule: e.rule, resource: e.resource, ...(e.stack !== undefined ? { stack: e.stack } : {}),
    expires: e.expires, expired: expired(e, now),
  }]));
}

/** What a person should know about the configuration: data types switched off. */
export function configNotes(config: GateConfig): string[] {
  // Declaring a catalogued data store as "not data" switches the gate off for it: allowed, never silent.
  // A Catalog is made only when there is something to look up (most configurations switch nothing off).
  const notData = config.catalog.notDataTypes ?? [];
  const defaults = notData.length > 0 ? new Catalog() : undefined;
  return notData.filter((t) => defaults!.dataVerdict(t).holdsData)
    .map((t) => `the configuration declares ${t} as holding no data, so its deletions are not checked`);
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
