// The one place a finding becomes text. Rules and the engine produce findings as data (a message id and the values
// of its placeholders, engine/finding.ts); every reporter (text, Markdown, JSON, SARIF, the Action's annotations,
// the CrossGuard pack's violations, the generated docs) asks this module for the words, so a template is filled,
// and plan-supplied values are cleaned and redacted, exactly once and the same way everywhere.

import { unapprovableOf } from './engine-findings.js';
import { plural } from './plural.js';
import type { Finding, FindingData, FindingTexts, Unused } from './finding.js';

/** How much of a plan-supplied value a message shows: a tag or policy document is not pasted whole. */
export const MAX_VALUE_CHARS = 1000;
export const HIDDEN = '(value hidden)';

export interface RenderOptions {
  /**
   * Hide the values of each rule's `planText` data keys (tag values, rule names, bucket names…; resource URNs
   * stay). The CrossGuard pack sets it: @pulumi/policy hands it secrets already unwrapped, so any property value
   * could be one. The plan gate's readers mask secrets before any rule sees them (model/redact.ts).
   */
  hidePlanText?: boolean;
  /**
   * False when the report also carries a block no approval clears: the fix and remediation are then the rule's
   * `withoutApproval` words, so no report tells a person to get an approval that cannot unblock the plan.
   */
  approvalClears?: boolean;
}

export interface RenderedFinding {
  message: string;
  remediation: string;
  /** The remediation in one short line, for this finding: in its tool's and its type's terms where the rule can say. */
  fix: string;
  /** The rule's own one-line fix, the same for all its findings. */
  ruleFix: string;
  title: string;
  /** Why an exemption or approval cleared it, in words. */
  clearedBy?: string;
  /** The finding's data as it may be shown: cleaned, shortened and, under `hidePlanText`, redacted. */
  data: FindingData;
}

/** Where the texts of the findings' rules come from: a report's `texts`, keyed by the finding's `rule`. */
export interface TextSource {
  texts: Readonly<Record<string, FindingTexts>>;
  /**
   * The report's findings: when one of them blocks and no approval clears it (engine-findings.ts isApprovable),
   * every fix is worded without the approval it would otherwise offer (FindingTexts.withoutApproval).
   */
  findings?: readonly Finding[];
}

/** Renders the findings of one report; each finding is rendered once and the result kept. */
export class Renderer {
  private readonly done = new WeakMap<Finding, RenderedFinding>();

  private readonly approvalClears: boolean;

  constructor(private readonly source: TextSource, private readonly options: RenderOptions = {}) {
    this.approvalClears = unapprovableOf({ findings: source.findings ?? [] }).length === 0;
  }

  render(finding: Finding): RenderedFinding {
    let out = this.done.get(finding);
    if (!out) {
      out = renderFinding(finding, this.textsOf(finding), { ...this.options, approvalClears: this.approvalClears });
      this.done.set(finding, out);
    }
    return out;
  }

  message(finding: Finding): string {
    return this.render(finding).message;
  }

  private textsOf(finding: Finding): FindingTexts {
    const texts = Object.hasOwn(this.source.texts, finding.rule) ? this.source.texts[finding.rule] : undefined;
    // A finding whose rule's texts are missing is a programming error; it still renders, never silently empty.
    return texts ?? { title: finding.rule, messages: {}, remediation: `See deploy-gate explain ${finding.rule}.`, fix: `See deploy-gate explain ${finding.rule}.` };
  }
}

export function renderFinding(finding: Finding, texts: FindingTexts, options: RenderOptions = {}): RenderedFinding {
  const data = shown(finding.data, options.hidePlanText ? texts.planText ?? [] : []);
  const template = Object.hasOwn(texts.messages, finding.messageId) ? texts.messages[finding.messageId]! : finding.messageId;
  const cleared = finding.cleared;
  const words = options.approvalClears === false && texts.withoutApproval ? texts.withoutApproval : texts;
  return {
    message: formatMessage(template, data),
    remediation: words.remediation,
    fix: texts.specificFix && placeholders(texts.specificFix).every((key) => Object.hasOwn(data, key) && data[key] !== undefined) ? formatMessage(texts.specificFix, data) : words.fix,
    ruleFix: words.fix,
    title: texts.title,
    data,
    ...(cleared ? {
      clearedBy: cleared.by === 'approval'
        ? `approved by ${clean(cleared.approver)}: ${clean(cleared.reason)}`
        : `exempt until ${cleared.expires}: ${clean(cleared.reason)}`,
    } : {}),
  };
}

/**
 * A placeholder: `{key}`, or a count with its noun, `{key:noun}` ("1 day", "30 days") or `{key:one:many}` for an
 * irregular plural, so a template never says "1 days" (policy/engine/plural.ts).
 */
const PLACEHOLDER = /\{(\w+)(?::([^{}:]+)(?::([^{}:]+))?)?\}/g;

/** Fills `{placeholder}`s of a template from a finding's data; an unfilled one stays visible (the registry test finds it). */
export function formatMessage(template: string, data: FindingData): string {
  return template.replace(PLACEHOLDER, (whole, key: string, one?: string, many?: string) => {
    if (!Object.hasOwn(data, key) || data[key] === undefined) return whole;
    const value = data[key];
    if (one === undefined) return String(value);
    return typeof value === 'number' ? plural(value, one, many) : `${String(value)} ${many ?? `${one}s`}`;
  });
}

/**
 * A template as a person reads it where no finding fills it (`deploy-gate explain`, docs/rules): every placeholder
 * is `{key}`, and a count's noun follows it in the plural, the form a reader takes for "some number of" ("every
 * object {days} days after"), never the `{days:day}` syntax the renderer reads.
 */
export function readableTemplate(template: string): string {
  return template.replace(PLACEHOLDER, (whole, key: string, one?: string, many?: string) => (one === undefined ? whole : `{${key}} ${many ?? `${one}s`}`));
}

/** What a reader of a template is told its `{…}` stand for (explain and docs/rules say it above the messages). */
export const TEMPLATE_LEGEND = 'each {name} stands for a value taken from the plan';

/** Placeholders a template uses: the registry test checks every one is filled. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Control characters (terminal escapes, bidirectional overrides) removed: no plan text may drive a terminal or
 * reorder what a reviewer reads. Line breaks stay (other packs write multi-line messages).
 */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => (ch === '\t' ? ' ' : ''));
}

function clean(text: string): string {
  const stripped = stripControl(text);
  return stripped.length > MAX_VALUE_CHARS ? `${stripped.slice(0, MAX_VALUE_CHARS - 1)}…` : stripped;
}

/** Data as it may be shown: strings cleaned and shortened; under `hide`, plan text values hidden (URNs stay). */
function shown(data: FindingData, hide: readonly string[]): FindingData {
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') out[key] = value;
    else if (hide.includes(key) && !value.startsWith('urn:pulumi:') && value !== 'none') out[key] = HIDDEN;
    else out[key] = clean(value);
  }
  return out;
}

/** A report's findings, each with its words beside its data: for callers that want both (the pack, tests). */
export function withWords(source: TextSource & { findings: readonly Finding[] }, options: RenderOptions = {}): Array<Finding & RenderedFinding> {
  const renderer = new Renderer(source, options);
  return source.findings.map((f) => ({ ...f, ...renderer.render(f) }));
}

/**
 * Where an exemption or approval that cleared nothing is written: `deploy-gate.yml: exemptions[0]`,
 * `approvals.yml: approvals[1]` (a list under `approvals:`), `approvals.yml: [1]` (a bare list); without a file (an
 * exemption passed in code, an approval from the GitHub API), its key path.
 */
export function unusedPlace(unused: Unused): string {
  const key = unused.kind === 'exemption' ? `exemptions[${unused.index}]` : unused.key ?? `approvals[${unused.index}]`;
  return unused.file ? `${unused.file}: ${key}` : key;
}

/** Why an exemption or approval cleared nothing, and what to do about it, in one sentence. */
export function unusedMessage(unused: Unused, fingerprint: string | null, repository?: string): string {
  if (unused.kind === 'approval') {
    const by = `the approval by ${clean(unused.approver)}`;
    if (unused.reason === 'repository') {
      return `${by} names this plan's fingerprint but was given for ${clean(unused.repository)}, not ${repository ? clean(repository) : 'this repository'}: ` +
        'an approval of another repository\'s plan does not clear this one, however alike the plans are; a person approves this plan here';
    }
    if (unused.reason === 'no-repository') {
      return `${by} (for ${clean(unused.repository)}) names this plan's fingerprint, but the gate was not told which repository it gates, so no approval applies; pass --repository owner/name`;
    }
    if (unused.reason === 'expired') {
      return `${by} of this plan expired on ${unused.expires ?? 'an earlier day'} and no longer applies; a person approves the plan again, with a new date`;
    }
    const here = fingerprint ? `this report's fingerprint is ${fingerprint}` : 'this report has nothing to approve';
    return `${by} of ${unused.fingerprint} cleared nothing (${here}); remove it`;
  }
  const what = `the exemption of ${unused.rule} for ${clean(unused.resource)}${unused.stack !== undefined ? ` in stack ${clean(unused.stack)}` : ''}`;
  return unused.expired
    ? `${what} expired on ${unused.expires} and no longer applies; remove it, or renew it with a new date`
    : `${what} matched no finding, so it cleared nothing; remove it, or correct its rule, resource or stack`;
}
