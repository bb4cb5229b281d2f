// Which tool wrote an input, from its content alone. A format is recognised by the fields only that tool writes;
// a document that carries the fields of two formats is refused (a preview with a state export's `deployment` is
// neither), and one with the fields of none is plainly not a plan (package.json, tsconfig.json, expected.json).
import { isRecord } from '../../policy/adapters/input-error.js';
import { ENGINE_EVENT_KEYS } from '../../policy/adapters/pulumi-events.js';

export type InputFormat = 'pulumi-preview' | 'pulumi-events' | 'pulumi-state' | 'terraform-plan' | 'cdktf-synth';
export const INPUT_FORMATS: readonly InputFormat[] = ['pulumi-preview', 'pulumi-events', 'pulumi-state', 'terraform-plan', 'cdktf-synth'];

type DocumentFormat = Exclude<InputFormat, 'pulumi-events'>;

/**
 * Top-level keys each tool writes. `signature`: any one of them says "this tool wrote it"; `known`: every key the
 * tool is known to write (others are tolerated, as formats grow, unless another tool claims them).
 */
const FORMATS: Record<DocumentFormat, { signature: readonly string[]; known: readonly string[] }> = {
  // terraform internal/command/jsonplan/plan.go (see shared/design/terraform-plans.md 1.1)
  'terraform-plan': {
    signature: ['format_version', 'resource_changes', 'planned_values', 'prior_state', 'resource_drift', 'output_changes', 'deferred_changes', 'action_invocations'],
    known: ['format_version', 'terraform_version', 'variables', 'planned_values', 'resource_changes', 'resource_drift', 'output_changes', 'prior_state', 'configuration',
      'relevant_attributes', 'checks', 'condition_results', 'timestamp', 'errored', 'applyable', 'complete', 'deferred_changes', 'action_invocations', 'deferred_action_invocations'],
  },
  // pulumi pkg/display/json.go PreviewDigest
  'pulumi-preview': { signature: ['steps', 'changeSummary'], known: ['config', 'steps', 'diagnostics', 'duration', 'changeSummary', 'maybeCorrupt'] },
  // pulumi apitype.UntypedDeployment
  'pulumi-state': { signature: ['deployment'], known: ['version', 'features', 'deployment'] },
  // Terraform JSON configuration syntax (cdk.tf.json)
  'cdktf-synth': { signature: ['resource', '//'], known: ['//', 'terraform', 'provider', 'resource', 'data', 'module', 'output', 'variable', 'locals', 'check', 'import', 'moved', 'removed'] },
};

export type Detection =
  | { kind: 'format'; format: DocumentFormat }
  /** Fields of more than one tool: no tool writes that. */
  | { kind: 'mixture'; formats: DocumentFormat[]; keys: string[] }
  /** Fields of no plan format; `what` says what it is when that is known. */
  | { kind: 'none'; what?: string };

/** Why a document that is not a JSON object is no plan, and what writes one. */
export const EVERY_PLAN_IS_AN_OBJECT = 'every plan the gate reads is a JSON object (`pulumi preview --json`, `pulumi stack export`, `terraform show -json PLANFILE`, a cdk.tf.json) or an event log of one object a line (`pulumi preview --event-log`)';

/** Which tool wrote a JSON document. */
export function detectDocument(document: unknown): Detection {
  if (!isRecord(document)) return { kind: 'none', what: `${Array.isArray(document) ? 'a JSON list' : `a JSON ${document === null ? 'null' : typeof document}`}, not a plan: ${EVERY_PLAN_IS_AN_OBJECT}` };
  const keys = Object.keys(document);
  const has = (key: string) => Object.hasOwn(document, key);
  const claimed = (Object.keys(FORMATS) as DocumentFormat[]).filter((format) => FORMATS[format].signature.some(has));
  // Terraform JSON configuration may hold only data sources: `data` counts when the file has nothing else's fields.
  if (claimed.length === 0 && isRecord(document.data) && (has('terraform') || has('provider') || has('module'))) claimed.push('cdktf-synth');
  if (claimed.length === 0) {
    if (has('lineage') && has('serial')) return { kind: 'none', what: 'a Terraform state file (terraform.tfstate), not a plan: gate `terraform show -json PLANFILE` of `terraform plan -out=PLANFILE`' };
    return { kind: 'none' };
  }
  if (claimed.length > 1) {
    return { kind: 'mixture', formats: claimed, keys: keys.filter((k) => claimed.some((f) => FORMATS[f].signature.includes(k))) };
  }
  const format = claimed[0]!;
  // `terraform show -json` of a state: the format_version of a plan, none of its sections.
  if (format === 'terraform-plan' && has('values') && !['resource_changes', 'planned_values', 'prior_state', 'configuration', 'action_invocations', 'errored'].some(has)) {
    return { kind: 'none', what: 'the JSON of a Terraform state (`terraform show -json` without a plan file), not a plan: gate `terraform show -json PLANFILE`' };
  }
  const foreign = keys.filter((k) => !FORMATS[format].known.includes(k) && Object.values(FORMATS).some((f) => f.known.includes(k)));
  if (foreign.length > 0) {
    const others = (Object.keys(FORMATS) as DocumentFormat[]).filter((f) => f !== format && foreign.some((k) => FORMATS[f].known.includes(k)));
    return { kind: 'mixture', formats: [format, ...others], keys: foreign };
  }
  return { kind: 'format', format };
}

/** The first line that is not blank, found without splitting the text (a file of newlines must not become an array). */
export function firstLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) return line;
    start = end + 1;
  }
  return '';
}

/**
 * An engine event log: its first line is one JSON object that opens with an event's envelope (the engine writes
 * `sequence`, `timestamp` or `type` first) or with an engine event key (the same event with its keys in another
 * order, as a tool that re-serializes it writes it), and holds an engine event key. A minified plan starts with
 * its own keys, none of which is an engine event's.
 */
export function looksLikeEventLog(text: string): boolean {
  const first = firstLine(text);
  const opening = /^\{\s*"([A-Za-z]+)"\s*:/.exec(first)?.[1];
  if (!opening || !(ENVELOPE_KEYS.has(opening) || ENGINE_EVENT_KEYS.has(opening)) || !first.endsWith('}')) return false;
  return [...first.matchAll(/"([A-Za-z]+Event)"\s*:/g)].some((m) => ENGINE_EVENT_KEYS.has(m[1]!));
}

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['sequence', 'timestamp', 'type']);

/**
 * A plan or preview printed for people (`terraform plan`, `terraform show` without -json, `pulumi preview`):
 * what it is and the command that writes the form the gate reads. Undefined for anything else.
 */
export function humanReadablePlan(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const head = text.slice(0, 65_536).replace(/\u001b\[[0-9;]*m/g, '');
  const tofu = /^OpenTofu (will perform|used the selected providers)/m.test(head);
  const terraform = tofu
    || /^Terraform (will perform the following actions|used the selected providers to generate the following execution)/m.test(head)
    || /^Plan: \d+ to (add|import)/m.test(head)
    || /^No changes\. (Your infrastructure matches the configuration|Infrastructure is up-to-date)/m.test(head)
    || /^\s*# \S+ (will be (created|destroyed|updated in-place|read during apply)|must be replaced)/m.test(head);
  if (terraform) {
    const tool = tofu ? 'tofu' : 'terraform';
    return `this is the human-readable output of \`${tool} plan\` / \`${tool} show\`, which the gate cannot read exactly: ` +
      `write the JSON form with \`${tool} plan -out=PLANFILE && ${tool} show -json PLANFILE > plan.json\``;
  }
  const pulumi = /^(Previewing|Updating|Destroying|Refreshing) (update|destroy|refresh|import|\()/m.test(head)
    || (/^Resources:\s*$/m.test(head) && /^\s+[-+~]?\s*\d+ to (create|delete|update|replace)\b/m.test(head))
    || /^\s+Type\s+Name\s+Plan\b/m.test(head);
  if (pulumi) {
    return 'this is the text output of `pulumi preview`, which the gate cannot read exactly: write the JSON form with ' +
      '`pulumi preview --json > preview.json` (or `--event-log events.ndjson` to keep the policy packs\' results too)';
  }
  return undefined;
}
