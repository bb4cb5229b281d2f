// `pulumi preview --event-log FILE`: newline-delimited engine events. The one Pulumi source that carries
// both the plan (resourcePreEvent) and the policy packs' verdicts (policyEvent), which --json drops.
// Every line is accounted for: one JSON object, one engine event of a kind we know, nothing else beside it.
// A line the reader would skip is a line that could carry a whole plan unread.
import { emptyPlan, type Plan } from '../model/plan.js';
import { describe, InputError, isRecord } from './input-error.js';
import { parseUrn, providerIndex, validateState, type PulumiState } from './pulumi-resource.js';
import { addStep, missingDestructiveSteps, stripColors, validateSummary } from './pulumi-steps.js';
import { lineOf, parseStrictJson, type JsonLimits } from './strict-json.js';

/** Engine event keys (pulumi sdk/go/common/apitype/events.go `EngineEvent`): exactly one per line. */
export const ENGINE_EVENT_KEYS: ReadonlySet<string> = new Set([
  'cancelEvent', 'stdoutEvent', 'diagnosticEvent', 'preludeEvent', 'summaryEvent', 'resourcePreEvent', 'resOutputsEvent', 'resOpFailedEvent',
  'policyEvent', 'policyRemediationEvent', 'policyLoadEvent', 'policyAnalyzeSummaryEvent', 'policyRemediateSummaryEvent', 'policyAnalyzeStackSummaryEvent',
  'startDebuggingEvent', 'progressEvent', 'errorEvent',
]);
/** Beside the event: its sequence number and time, and `type` in some engine versions. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['sequence', 'timestamp', 'type']);

interface EventStep {
  op: string;
  urn: string;
  type?: string;
  oldState?: PulumiState;
  newState?: PulumiState;
  detailedDiff?: Record<string, unknown> | null;
  diffReasons?: string[];
  /** Offset of its line: the line number is counted only when a message needs it. */
  offset: number;
}

/**
 * Calls `visit` with each line that is not blank and the offset it starts at, without splitting the text into an
 * array: runs of blank lines are skipped by one native search, so a file of millions of newlines costs little.
 */
function forEachLine(text: string, visit: (line: string, offset: number, last: boolean) => void): void {
  const content = /\S/g;
  for (let match = content.exec(text); match; match = content.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    let end = text.indexOf('\n', match.index);
    if (end === -1) end = text.length;
    content.lastIndex = end;
    const rest = /\S/g;
    rest.lastIndex = end;
    visit(text.slice(start, end), start, !rest.test(text));
  }
}

export function readPulumiEvents(text: string, file: string, limits: JsonLimits = {}): Plan {
  const plan = emptyPlan({ format: 'pulumi-events', kind: 'plan', file, tool: 'pulumi' });
  const steps = new Map<string, EventStep>();
  let sawEvent = false;
  let summary: { value: Record<string, unknown>; where: string } | undefined;
  const lineAt = (offset: number) => () => lineOf(text, offset);
  forEachLine(text, (line, offset, last) => {
    const at = lineAt(offset);
    let event: unknown;
    try {
      event = parseStrictJson(line, { file, line: at }, limits);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const where = `line ${at()}`;
      // The engine writes whole lines; a partial last line means the log was cut off mid-run.
      if (last && error.problem.includes('truncated')) throw new InputError(file, where, 'the event log ends with a truncated line: the run did not finish writing it');
      if (error.problem.startsWith('not valid JSON') || error.problem.includes('truncated')) throw new InputError(file, where, 'not a JSON engine event');
      throw error;
    }
    const where = () => `line ${at()}`;
    if (!isRecord(event)) throw new InputError(file, `${where()}`, `an engine event must be an object, found ${describe(event)}`);
    const keys = Object.keys(event).filter((k) => !ENVELOPE_KEYS.has(k));
    const known = keys.filter((k) => ENGINE_EVENT_KEYS.has(k));
    if (keys.length !== 1 || known.length !== 1) {
      const unknown = keys.filter((k) => !ENGINE_EVENT_KEYS.has(k));
      throw new InputError(file, where(), known.length > 1
        ? `one line holds ${known.length} engine events (${known.join(', ')}): the engine writes one per line`
        : unknown.length > 0
          ? `${unknown.length === 1 ? 'a key' : 'keys'} that no engine event has (${unknown.slice(0, 3).map((k) => `"${k.slice(0, 40)}"`).join(', ')}): an event log line the gate cannot account for is never skipped (a newer Pulumi? then upgrade deploy-gate)`
          : 'a line with no engine event in it');
    }
    const kind = known[0]!;
    const payload = event[kind];
    if (!isRecord(payload)) throw new InputError(file, `${where()} /${kind}`, `expected an object, found ${describe(payload)}`);
    sawEvent = true;
    switch (kind) {
      case 'resourcePreEvent':
      case 'resOutputsEvent':
      case 'resOpFailedEvent': {
        if (!isRecord(payload.metadata)) throw new InputError(file, `${where()} /${kind}/metadata`, 'a resource event without metadata: cannot tell what it changes');
        const m = payload.metadata;
        if (typeof m.urn !== 'string' || typeof m.op !== 'string') throw new InputError(file, `${where()} /${kind}/metadata`, 'a resource event needs a string op and urn');
        for (const key of ['old', 'new'] as const) {
          if (m[key] !== undefined && m[key] !== null && !isRecord(m[key])) throw new InputError(file, `${where()} /${kind}/metadata/${key}`, `expected an object or null, found ${describe(m[key])}`);
        }
        if (m.type !== undefined && typeof m.type !== 'string') throw new InputError(file, `${where()} /${kind}/metadata/type`, `expected a string, found ${describe(m.type)}`);
        const key = `${m.op} ${m.urn}`;
        // Outputs events repeat the pre event with final outputs: the later one wins.
        steps.set(key, {
          op: m.op, urn: m.urn, offset,
          ...(typeof m.type === 'string' ? { type: m.type } : {}),
          ...(isRecord(m.old) ? { oldState: validateState(m.old, file, `${where()} /${kind}/metadata/old`) } : {}),
          ...(isRecord(m.new) ? { newState: validateState(m.new, file, `${where()} /${kind}/metadata/new`) } : {}),
          detailedDiff: isRecord(m.detailedDiff) ? m.detailedDiff : null,
          ...(Array.isArray(m.diffs) ? { diffReasons: m.diffs.map(String) } : {}),
        });
        if (kind === 'resOpFailedEvent') plan.failures.push({ message: `the engine reported that the ${m.op} of this resource failed`, resource: m.urn });
        break;
      }
      case 'policyEvent':
        plan.reportedViolations.push({
          policyPack: String(payload.policyPackName ?? 'policy-pack'),
          policy: String(payload.policyName ?? 'policy'),
          enforcementLevel: String(payload.enforcementLevel ?? 'advisory').toLowerCase(),
          message: stripColors(String(payload.message ?? '')),
          ...(typeof payload.resourceUrn === 'string' && payload.resourceUrn ? { resource: payload.resourceUrn } : {}),
        });
        break;
      case 'diagnosticEvent':
        if (String(payload.severity).toLowerCase() === 'error') {
          plan.failures.push({ message: stripColors(String(payload.message ?? '')), ...(typeof payload.urn === 'string' && payload.urn ? { resource: payload.urn } : {}) });
        }
        break;
      case 'errorEvent':
        plan.failures.push({ message: `the engine reported an internal error: ${stripColors(String(payload.error ?? ''))}` });
        break;
      case 'summaryEvent':
        // One run writes one summary: two are two runs in one file, and which one to believe is a guess.
        if (summary) throw new InputError(file, where(), `a second summaryEvent (the first is on ${summary.where}): the log holds more than one run`);
        summary = { value: payload, where: `${where()}` };
        break;
      default:
        // cancelEvent, stdoutEvent, preludeEvent, progressEvent, startDebuggingEvent and the policy pack
        // load/summary/remediation events: known, and they change nothing the gate judges.
        break;
    }
  });
  if (!sawEvent) throw new InputError(file, '', 'the event log holds no engine events');
  const all = [...steps.values()];
  const providers = providerIndex(all.flatMap((s) => [s.oldState, s.newState].filter((x): x is PulumiState => !!x)));
  for (const step of all) {
    plan.stack ??= parseUrn(step.urn).stack || undefined;
    plan.project ??= parseUrn(step.urn).project || undefined;
    addStep(plan, step, providers, { file, get where() { return `line ${lineOf(text, step.offset)}`; } });
  }
  if (summary) {
    const s = summary.value;
    if (s.result === 'failed' && plan.failures.length === 0) plan.failures.push({ message: 'the engine reported the run as failed' });
    if (s.maybeCorrupt === true || String(s.maybeCorrupt).toLowerCase() === 'true') plan.failures.push({ message: 'the engine marked this run maybeCorrupt' });
    const counts = validateSummary(s.resourceChanges, file, `${summary.where} /summaryEvent/resourceChanges`);
    for (const problem of missingDestructiveSteps(counts, all)) plan.failures.push({ message: `${problem}: the event log does not hold every change` });
  } else {
    // The engine writes summaryEvent last, and schedules deletes last: a log without it is cut off, most likely
    // before the very steps that destroy data.
    plan.failures.push({ message: 'the event log has no summaryEvent: the run did not finish writing it, and the steps it lacks are usually the deletes' });
  }
  return plan;
}
