// One entry per stack, rule and resource: a rule that finds three things wrong with one RDS instance is one entry
// with three reasons, not three entries. Every human-readable format lists entries; JSON and SARIF keep findings.
import type { Finding } from '../../policy/engine/evaluate.js';
import type { Renderer } from '../../policy/engine/render.js';
import { displayName } from '../../policy/model/plan.js';

export interface Entry {
  stack: string;
  rule: string;
  resource: string;
  type: string;
  /** The most serious level among its findings: block, then warn, then approved, then exempt. */
  level: Finding['level'];
  /** Distinct actions, in the order the findings name them ("delete", "replace"). */
  actions: string[];
  environment: string | null;
  /** Each finding's message, once; a multi-line message (a policy pack's) stays one reason. */
  reasons: string[];
  /** The fix in this resource's terms (its tool, its type's guards), from its first finding. */
  fix: string;
  /** The rule's own one-line fix, the same for every entry of the rule. */
  ruleFix: string;
  clearedBy: string[];
  file?: string;
  findings: Finding[];
}

const RANK: Record<Finding['level'], number> = { block: 0, warn: 1, approved: 2, exempt: 3 };

/** The key of a finding's entry: its stack, rule and resource. */
export function entryKey(f: Finding): string {
  return JSON.stringify([f.stack, f.rule, f.resource]);
}

/** Groups findings by stack, rule and resource, keeping the order in which each group first appears. */
export function entriesOf(findings: readonly Finding[], renderer: Renderer): Entry[] {
  const byKey = new Map<string, Entry>();
  for (const f of findings) {
    const key = entryKey(f);
    let entry = byKey.get(key);
    const words = renderer.render(f);
    if (!entry) {
      entry = {
        stack: f.stack, rule: f.rule, resource: f.resource, type: f.type, level: f.level, actions: [], environment: f.environment,
        reasons: [], fix: words.fix, ruleFix: words.ruleFix, clearedBy: [], findings: [], ...(f.file ? { file: f.file } : {}),
      };
      byKey.set(key, entry);
    }
    if (RANK[f.level] < RANK[entry.level]) entry.level = f.level;
    if (!entry.actions.includes(f.action)) entry.actions.push(f.action);
    if (!entry.reasons.includes(words.message)) entry.reasons.push(words.message);
    if (words.clearedBy && !entry.clearedBy.includes(words.clearedBy)) entry.clearedBy.push(words.clearedBy);
    entry.environment ??= f.environment;
    entry.findings.push(f);
  }
  return [...byKey.values()];
}

/** Entries that block first, then warnings, then what was cleared; the engine's order within a level. */
export function byLevel(entries: readonly Entry[]): Entry[] {
  return entries.map((e, i) => ({ e, i })).sort((a, b) => RANK[a.e.level] - RANK[b.e.level] || a.i - b.i).map(({ e }) => e);
}

/** The engine's placeholders for a finding about no one resource (a failed plan, a rule error, a stack's policy). */
const WHOLE: Readonly<Record<string, string>> = { '(plan)': 'the plan as a whole', '(stack)': 'the stack as a whole' };

/** The name a reader sees for a finding's resource: its display name, or "the plan as a whole" for a placeholder. */
export function resourceName(resource: string): string {
  return Object.hasOwn(WHOLE, resource) ? WHOLE[resource]! : displayName(resource);
}

/** Whether the resource is a placeholder for the whole plan or stack: no action on it is shown. */
export function isWhole(resource: string): boolean {
  return Object.hasOwn(WHOLE, resource);
}

/** What an entry is about, as a heading says it: "delete, replace aws_db_instance.main", or "the plan as a whole". */
export function subjectOf(e: Pick<Entry, 'actions' | 'resource'>): string {
  return isWhole(e.resource) ? resourceName(e.resource) : `${e.actions.join(', ')} ${displayName(e.resource)}`;
}
