// Where a finding's resource is written, for SARIF (code scanning shows an alert on that line): the
// `resource "type" "name"` block in a Terraform .tf file, the resource's key in a cdk.tf.json, or, without sources,
// the resource's entry in the plan file itself. File-system edge: it reads the --source files and the plan files
// again (after the verdict; a file that cannot be re-read only loses its positions, never changes the verdict).
import { readFile } from 'node:fs/promises';
import { stripIndexes } from '../../policy/adapters/terraform-plan.js';
import type { Finding } from '../../policy/engine/evaluate.js';
import type { Plan } from '../../policy/model/plan.js';
import { jsonResourceKeys, lineIndex } from './hcl-scan.js';
import { readTerraformSources, type SourcePosition, type TerraformSources } from './terraform-sources.js';

/** What a SARIF result points at, and in words what that is. */
export interface FindingLocation extends SourcePosition {
  /** `source`: the resource's own block (.tf) or key (cdk.tf.json); `module`: the module call, the module's source
   * being out of reach; `plan`: the resource's entry in the plan file (no sources, or not found in them). */
  kind: 'source' | 'module' | 'plan';
  note: string;
}

/**
 * Where each finding points: its block in the sources when they hold it, else its entry in the plan file (a Pulumi
 * preview has no source positions: the step of its URN), else nothing (the reporter falls back to line 1).
 */
export async function locateFindings(findings: readonly Finding[], plans: readonly Plan[], source: string | undefined): Promise<Map<Finding, FindingLocation>> {
  const sources = source ? await readTerraformSources(source).catch(() => undefined) : undefined;
  const byFile = new Map(plans.filter((p) => p.source.file).map((p) => [p.source.file!, p]));
  const inPlan = new Map<string, PlanEntries | undefined>();
  const planEntries = async (file: string, format: string) => {
    if (!inPlan.has(file)) inPlan.set(file, await planPositions(file, format).catch(() => undefined));
    return inPlan.get(file);
  };
  const out = new Map<Finding, FindingLocation>();
  for (const f of findings) {
    const plan = f.file ? byFile.get(f.file) : undefined;
    const format = plan?.source.format ?? '';
    if (sources && (format === 'terraform-plan' || format === 'cdktf-synth')) {
      const found = inSources(sources, f.resource, plan?.moduleSources ?? {});
      if (found) {
        out.set(f, found);
        continue;
      }
    }
    if (!f.file || f.file === 'stdin') continue;
    const entries = await planEntries(f.file, format);
    const offset = entries?.offsets.get(format === 'cdktf-synth' ? stripIndexes(f.resource) : f.resource);
    if (offset === undefined || !entries) continue;
    out.set(f, {
      file: f.file, ...entries.at(offset), kind: format === 'cdktf-synth' ? 'source' : 'plan',
      note: format === 'cdktf-synth' ? `${stripIndexes(f.resource)} in the synthesized ${f.file}`
        : format.startsWith('pulumi') ? `${f.resource} in ${f.file}: a Pulumi preview has no source positions`
          : `${f.resource} in the plan file${sources ? ' (not found in --source)' : ' (pass --source to point at its resource block)'}`,
    });
  }
  return out;
}

interface PlanEntries {
  offsets: Map<string, number>;
  at: (offset: number) => { line: number; column: number };
}

/** In a plan file: the first `"address": "…"` (Terraform), `"urn": "…"` (Pulumi) or resource key (cdk.tf.json). */
async function planPositions(file: string, format: string): Promise<PlanEntries> {
  const text = await readFile(file, 'utf8');
  const at = lineIndex(text);
  if (format === 'cdktf-synth') return { offsets: jsonResourceKeys(text), at };
  const offsets = new Map<string, number>();
  const key = format.startsWith('pulumi') ? 'urn' : 'address';
  for (const m of text.matchAll(new RegExp(`"${key}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'g'))) {
    let value: unknown;
    try {
      value = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    if (typeof value === 'string' && !offsets.has(value)) offsets.set(value, m.index);
  }
  return { offsets, at };
}

/** A resource of a Terraform plan in the sources, resolved through its module calls as its lifecycle is. */
function inSources(sources: TerraformSources, address: string, moduleSources: Readonly<Record<string, string>>): FindingLocation | undefined {
  const config = stripIndexes(address);
  const found = sources.resolve(address, moduleSources);
  if (found.found) {
    return found.block.position ? { ...found.block.position, kind: 'source', note: `the ${found.local.startsWith('data.') ? 'data' : 'resource'} block of ${config}` } : undefined;
  }
  // A registry or git module whose code is not in the sources: point at the call that brings it in.
  const call = found.call;
  return call?.position ? { ...call.position, kind: 'module', note: `${address} comes from module ${call.name} (source ${call.source ?? 'unknown'}, not in --source): its module block` } : undefined;
}
