// The case record of the adversarial corpus and the small builders the case files share.
import { createHash } from 'node:crypto';
export { urnOf as urnOfCase } from './envelopes.js';
import { pulumiEventLog, pulumiPreview, tfPlan, type Obj, type PulumiStackOptions, type PulumiStep, type TfPlanOptions, type TfResource } from './envelopes.js';

export const CLASSES = {
  'store-without-storage-word': 'a data store whose type name carries no storage word, deleted or replaced',
  'storage-word': 'a type whose name carries a storage word: IAM bindings, policies, tags, subnet groups and defaults hold no data and pass; a bucket that holds objects blocks',
  'attribute-judgement': 'whether a resource holds unique data depends on its attributes (replica, engine, cluster member, content in the plan)',
  cascade: 'a container whose delete takes the data inside with it (namespace, StatefulSet, PV, stack, instance disks, Railway, resource group, project)',
  'destruction-without-delete': 'data destroyed or made destroyable by an update or by removing a guard resource (lifecycle, PITR, key state, versioning, locks, backup policies, retention)',
  'protection-removed': 'a deletion guard turned off or removed: Pulumi protect, Terraform deletion_protection, force_destroy',
  'protection-hygiene': 'how well data is protected on creates and unrelated updates: blocks in a protected environment (prod), warns elsewhere',
  backups: 'backups that die with the data they back up',
  credentials: 'grants judged by what they reach',
  environment: 'environments told apart by tags, including case, whitespace and look-alike letters in keys and values',
  'rename-and-move': 'renames without moved/alias, moved blocks and aliases, forget/removed, count/for_each index shifts',
  'approval-binding': 'approvals bound to the plan and the repository they were given for, and to a last day: one copied from another repository\'s identical plan, given for the plan before it changed, or past its `expires`, clears nothing',
} as const;

/** The repository the corpus's approval cases are gated for (`--repository`). */
export const CORPUS_REPOSITORY = 'acme/infra';

/**
 * The one approval a case is gated with: of the fingerprint the gate prints for `of` (a corpus plan, read at this
 * case's path, as the same plan file one push earlier; this case's own plan when absent), given for `repository`,
 * ending `expires` days from the day the corpus runs (7 when absent; negative: it has expired).
 */
export interface CaseApproval {
  of?: string;
  repository: string;
  expires?: number;
}

export type CaseClass = keyof typeof CLASSES;
export type Tool = 'terraform' | 'pulumi';

export interface CorpusCase {
  file: string;
  class: CaseClass;
  tool: Tool;
  expect: 'block' | 'allow';
  /** For block: the rules that must each produce a blocking finding. For allow: empty. */
  rules: string[];
  why: string;
  /** The real fixture (under ../shared/fixtures) whose envelope and attribute shapes this file follows. */
  from: string;
  content: string;
  /** Gate with this approval, for CORPUS_REPOSITORY (the `approval-binding` cases). */
  approval?: CaseApproval;
}

export interface Meta {
  class: CaseClass;
  expect: 'block' | 'allow';
  rules?: string[];
  why: string;
  from?: string;
}

const TF_ENVELOPE = 'terraform/tf111-mixed-destructive.plan.json';
const PULUMI_ENVELOPE = 'pulumi/driftadopter-aws-s3-iam-sg-replace.preview.json';
const EVENTS_ENVELOPE = 'pulumi/engine-plain-delete.events.ndjson';

/** A plan time derived from the file name: the same on every run, different between cases. */
function timestampOf(file: string): string {
  const seconds = Number.parseInt(createHash('sha256').update(file).digest('hex').slice(0, 6), 16) % 86_400;
  return new Date(Date.parse('2026-12-01T00:00:00Z') + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function tf(file: string, meta: Meta, resources: TfResource[], options: Omit<TfPlanOptions, 'timestamp'> = {}): CorpusCase {
  const timestamp = timestampOf(file);
  return {
    file: `tf-${file}.plan.json`, tool: 'terraform', class: meta.class, expect: meta.expect, rules: meta.rules ?? [], why: meta.why,
    from: meta.from ? `${TF_ENVELOPE} (envelope); ${meta.from}` : `${TF_ENVELOPE} (envelope)`,
    content: `${JSON.stringify(tfPlan(resources, { ...options, timestamp }), null, 2)}\n`,
  };
}

export function pu(file: string, meta: Meta, stack: PulumiStackOptions, steps: PulumiStep[]): CorpusCase {
  return {
    file: `pulumi-${file}.preview.json`, tool: 'pulumi', class: meta.class, expect: meta.expect, rules: meta.rules ?? [], why: meta.why,
    from: meta.from ? `${PULUMI_ENVELOPE} (envelope); ${meta.from}` : `${PULUMI_ENVELOPE} (envelope)`,
    content: `${JSON.stringify(pulumiPreview(stack, steps), null, 2)}\n`,
  };
}

export function ev(file: string, meta: Meta, stack: PulumiStackOptions, steps: PulumiStep[]): CorpusCase {
  return {
    file: `pulumi-${file}.events.ndjson`, tool: 'pulumi', class: meta.class, expect: meta.expect, rules: meta.rules ?? [], why: meta.why,
    from: meta.from ? `${EVENTS_ENVELOPE} (envelope); ${meta.from}` : `${EVENTS_ENVELOPE} (envelope)`,
    content: pulumiEventLog(stack, steps),
  };
}

/** AWS `tags` and `tags_all` as the provider writes them (no default_tags). */
export function tags(values: Record<string, string>): Obj {
  return { tags: values, tags_all: values };
}

/** Pulumi AWS `tags` and `tagsAll`. */
export function ptags(values: Record<string, string>): Obj {
  return { tags: values, tagsAll: values };
}

export const ACCOUNT = '111111111111';
export const PROD_ACCOUNT = '222222222222';

/** An IAM policy document as the AWS provider stores it (jsonencode output: compact, keys as written). */
export function policy(statements: Obj[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}
