// One entry per stack, rule and resource: a rule that finds three things wrong with one RDS instance is one entry
// with three reasons, not three entries. Every human-readable format lists entries; JSON and SARIF keep findings.
import type { Finding } from '../../policy/engine/evaluate.js';

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
  fix: string;
  clearedBy: string[];
  file?: string;
  findings: Finding[];
}

const RANK: Record<Finding['level'], number> = { block: 0, warn: 1, approved: 2, exempt: 3 };

/** Groups findings by stack, rule and resource, keeping the order in which each group first appears. */
export function entriesOf(findings: readonly Finding[]): Entry[] {
  const byKey = new Map<string, Entry>();
  for (const f of findings) {
    const key = JSON.stringify([f.stack, f.rule, f.resource]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        stack: f.stack, rule: f.rule, resource: f.resource, type: f.type, level: f.level, actions: [], environment: f.environment,
        reasons: [], fix: f.fix, clearedBy: [], findings: [], ...(f.file ? { file: f.file } : {}),
      };
      byKey.set(key, entry);
    }
    if (RANK[f.level] < RANK[entry.level]) entry.level = f.level;
    if (!entry.actions.includes(f.action)) entry.actions.push(f.action);
    if (!entry.reasons.includes(f.message)) entry.reasons.push(f.message);
    if (f.clearedBy && !entry.clearedBy.includes(f.clearedBy)) entry.clearedBy.push(f.clearedBy);
    entry.environment ??= f.environment;
    entry.findings.push(f);
  }
  return [...byKey.values()];
}

/** Entries that block first, then warnings, then what was cleared; the engine's order within a level. */
export function byLevel(entries: readonly Entry[]): Entry[] {
  return entries.map((e, i) => ({ e, i })).sort((a, b) => RANK[a.e.level] - RANK[b.e.level] || a.i - b.i).map(({ e }) => e);
}
