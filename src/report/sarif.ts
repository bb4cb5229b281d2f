import { unapprovableOf, type Finding, type Report } from '../../policy/engine/evaluate.js';
import type { Rule } from '../../policy/engine/define-rule.js';
import { engineFindingFor } from '../../policy/engine/engine-findings.js';
import { Renderer, unusedMessage, unusedPlace } from '../../policy/engine/render.js';
import type { FindingLocation } from '../readers/source-positions.js';
import { docLink, projectUrl, ruleDocLink } from './doc-links.js';
import { skippedOf } from './skipped.js';

const LEVEL: Record<Finding['level'], 'error' | 'warning' | 'note'> = { block: 'error', warn: 'warning', approved: 'note', exempt: 'note' };

const NOTIFICATIONS = [
  { id: 'unused-exemption', shortDescription: { text: 'An exemption in the configuration matched no finding, so it cleared nothing' }, defaultConfiguration: { level: 'warning' } },
  { id: 'expired-exemption', shortDescription: { text: 'An exemption in the configuration expired and no longer applies' }, defaultConfiguration: { level: 'warning' } },
  { id: 'unused-approval', shortDescription: { text: 'An approval of another fingerprint, given for another repository (or with none known), or past its last day, so it cleared nothing' }, defaultConfiguration: { level: 'warning' } },
];

export interface SarifOptions {
  /** Where each finding's resource is written (src/readers/source-positions.ts); a finding without one points at line 1 of its plan. */
  locations?: ReadonlyMap<Finding, FindingLocation>;
  /** Whether Terraform sources were given (--source): without them, Terraform results point at the plan file, and the run says so. */
  sourcesGiven?: boolean;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules from the registry metadata (helpUri: the rule's own page),
 * each result located where its resource is written: the `resource` block in a .tf file or the resource in a
 * cdk.tf.json with --source, else its entry in the plan file (docs/output.md "SARIF").
 */
export function renderSarif(report: Report, rules: readonly Rule[], version: string, options: SarifOptions = {}): string {
  const ruleIds = new Set(rules.map((r) => r.id));
  const skipped = skippedOf(report);
  const renderer = new Renderer(report);
  // A plan that also carries a block no approval clears: no rule's help may offer an approval.
  const helpOf = (r: Rule) => (unapprovableOf(report).length > 0 && r.withoutApproval ? r.withoutApproval.remediation : r.remediation);
  const extraRules = [...new Set(report.findings.map((f) => f.rule).filter((id) => !ruleIds.has(id)))];
  const locations = options.locations ?? new Map<Finding, FindingLocation>();
  const notifications = [
    // Files of a plan directory that are not plans: tool notifications, so code scanning shows them too.
    ...skipped.map((s) => ({
      level: 'note',
      message: { text: `not a plan, skipped: ${s.reason}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(s.file) } } }],
    })),
    ...locationNotes(report, options),
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'deploy-gate',
          version,
          informationUri: projectUrl(),
          rules: [
            ...rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.rationale },
              help: { text: helpOf(r), markdown: helpOf(r) },
              helpUri: ruleDocLink(r.id).url,
              defaultConfiguration: { level: r.defaultLevel === 'block' ? 'error' : r.defaultLevel === 'warn' ? 'warning' : 'none' },
              properties: { 'security-severity': { critical: '9.5', high: '8.0', medium: '5.0', low: '2.0' }[r.severity], tags: ['data-loss', 'infrastructure'] },
            })),
            ...extraRules.map((id) => extraRule(id)),
          ],
          // The descriptors the configuration notifications below refer to (SARIF §3.58.2 notifications).
          ...(report.unused.length > 0 ? { notifications: NOTIFICATIONS } : {}),
        },
      },
      // Tool notifications (files of a plan directory that are not plans, where results point), so code scanning
      // shows them too; exemptions and approvals that cleared nothing: notifications about the tool's configuration,
      // located in its file.
      ...(notifications.length > 0 || report.unused.length > 0 ? {
        invocations: [{
          executionSuccessful: true,
          ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          ...(report.unused.length > 0 ? {
            toolConfigurationNotifications: report.unused.map((u) => ({
              level: 'warning',
              descriptor: { id: u.kind === 'exemption' ? (u.expired ? 'expired-exemption' : 'unused-exemption') : 'unused-approval' },
              message: { text: `${unusedPlace(u)}: ${unusedMessage(u, report.fingerprint, report.repository)}` },
              ...(u.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(u.file) } } }] } : {}),
            })),
          } : {}),
        }],
      } : {}),
      results: report.findings.map((f) => ({ f, words: renderer.render(f), at: locations.get(f) })).map(({ f, words, at }) => ({
        ruleId: f.rule,
        level: LEVEL[f.level],
        message: { text: `${words.message}${words.clearedBy ? ` (${words.clearedBy})` : ''}` },
        locations: [{
          physicalLocation: at
            ? { artifactLocation: { uri: uriOf(at.file) }, region: { startLine: at.line, startColumn: at.column } }
            : { artifactLocation: { uri: uriOf(f.file ?? 'plan.json') }, region: { startLine: 1 } },
          ...(at ? { message: { text: at.note } } : {}),
          logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }],
        }],
        partialFingerprints: { 'deployGate/v1': `${f.stack}|${f.rule}|${f.resource}|${f.action}` },
        ...(f.level === 'approved' || f.level === 'exempt' ? { suppressions: [{ kind: 'external', justification: words.clearedBy ?? f.level }] } : {}),
      })),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** An engine finding (its own page) or another pack's policy (no page of ours: the page on how they are read). */
function extraRule(id: string) {
  const engine = engineFindingFor(id);
  const foreign = id.includes('/');
  return {
    id,
    shortDescription: { text: foreign ? `${id.slice(id.indexOf('/') + 1)} of the policy pack ${id.slice(0, id.indexOf('/'))}` : engine?.title ?? id },
    ...(engine ? { help: { text: engine.remediation, markdown: engine.remediation } } : {}),
    helpUri: foreign || !engine ? docLink('policy-pack.md').url : ruleDocLink(id).url,
    defaultConfiguration: { level: 'error' },
  };
}

/** What the results point at when it is not the resource's source: said once per run, for code scanning's readers. */
function locationNotes(report: Report, options: SarifOptions) {
  const formats = new Set(report.stacks.map((s) => s.format));
  const notes: string[] = [];
  if (formats.has('terraform-plan') && !options.sourcesGiven) {
    notes.push('No --source was given, so results for Terraform plans point at the resource in the plan JSON, not at its resource block in the .tf files: pass --source with the Terraform configuration to point at the blocks.');
  }
  if ([...formats].some((f) => f.startsWith('pulumi'))) {
    notes.push('A Pulumi preview, event log or stack export has no source positions (the program is code, not a configuration file): results point at the resource\'s entry (its URN) in that file.');
  }
  return notes.map((text) => ({ level: 'note', message: { text } }));
}

/** A path as a URI reference (relative to the working directory, as code scanning resolves it against the checkout). */
function uriOf(file: string): string {
  return encodeURI(file.replace(/\\/g, '/').replace(/^\.\//, ''));
}
