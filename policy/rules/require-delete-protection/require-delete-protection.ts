import { camelCase } from '../../catalog/catalog.js';
import { effectiveValue, guardName, guardSetting, protects, showGuardValue, type Tool } from '../../catalog/guards.js';
import { defineRule } from '../../engine/define-rule.js';
import { isUnknown } from '../../model/plan.js';

export default defineRule({
  id: 'require-delete-protection',
  title: 'Require delete protection on every resource that holds data',
  severity: 'high',
  defaultLevel: 'block',
  scope: 'state',
  concern: 'risk',
  pulumiPolicyType: 'resource',
  rationale:
    'A data-bearing resource with no guard is one command away from deletion. Pulumi\'s protect (or retainOnDelete) and Terraform\'s ' +
    'prevent_destroy make the tool refuse; the provider\'s own flag (RDS/DynamoDB deletion protection, S3 and Backup force_destroy off) makes the cloud refuse, ' +
    'which also stops a console click or a CLI token.',
  remediation:
    'Pulumi: set `protect: true` (or `retainOnDelete: true`) in the resource options. Terraform/cdktf: add `lifecycle { prevent_destroy = true }` and pass the ' +
    'sources with `--source` so the gate can see it. Where the provider has one, also turn on its deletion protection (`deletion_protection = true`, `force_destroy = false`).',
  fix: 'Add protect or prevent_destroy, and the deletion protection of the provider.',
  specificFix: '{remedy}.',
  links: [
    'https://www.pulumi.com/docs/iac/concepts/options/protect/',
    'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  ],
  messages: {
    unprotected: '{kind} {address} has no delete protection: no {toolGuard}, and {providerGuard}',
    cannotTell: '{kind} {address}: {property} is unknown until apply, so its delete protection cannot be verified',
    sourcesNeeded: '{kind} {address}: the provider has no deletion guard for this type, and lifecycle.prevent_destroy is only in the Terraform sources; {unseen}',
  },
  examples: {
    bad: [
      'pulumi-unprotected-volume.json', 'pulumi-state-unprotected-db.json', 'tf-db-without-deletion-protection.json',
      'tf-db-deletion-protection-unknown.json', 'tf-volume-untouched-and-created.json', 'cdktf-volume-without-prevent-destroy.json',
      'pulumi-zero-width-prod-create.json', 'tf-sql-user-labels-production-create.json',
    ],
    good: ['pulumi-protected-volume.json', 'pulumi-state-protected-db.json', 'tf-db-with-deletion-protection.json', 'cdktf-volume-with-prevent-destroy.json'],
  },
  *check({ plan, catalog }) {
    const pulumi = plan.source.format.startsWith('pulumi');
    const tool: Tool = pulumi ? 'pulumi' : plan.source.format === 'cdktf-synth' ? 'cdktf' : 'terraform';
    for (const resource of plan.resources) {
      if (resource.mode !== 'managed') continue;
      const verdict = catalog.judge(resource.type, resource.properties);
      if (!verdict.holdsData) continue;
      // The guards' paths read what the entry describes: the object inside a generic manifest (`manifest.spec…`).
      const view = catalog.view(resource.type, resource.properties);
      const at = view.generic?.path ? `${view.generic.path}.` : '';
      const { protect, retainOnDelete, preventDestroy } = resource.protection;
      if (protect || retainOnDelete || preventDestroy) continue;
      const guards = verdict.known && verdict.entry ? (verdict.entry.guards ?? []).filter((g) => g.deletion !== undefined) : [];
      const unknown = guards.find((g) => isUnknown(resource, at + g.path) || isUnknown(resource, at + g.path.split('.').map(camelCase).join('.')));
      if (unknown) {
        yield { messageId: 'cannotTell', resource, data: { kind: verdict.kind, property: guardName(unknown, tool) } };
        continue;
      }
      if (guards.some((g) => protects(g, view.properties) === true)) continue;
      // plan JSON never holds lifecycle: without the sources, prevent_destroy may well be there. With sources that do
      // not hold its block (a registry module never installed), it is as unknown.
      const unseen = plan.source.format !== 'terraform-plan' ? undefined
        : !plan.source.lifecycleKnown ? 'pass them with --source to check it'
          : resource.protection.preventDestroyUnseen ? `the --source files cannot show it: ${resource.protection.preventDestroyUnseen}` : undefined;
      if (guards.length === 0 && unseen) {
        const fix = plan.source.lifecycleKnown
          ? 'Give --source the configuration the plan was made from, with its modules (terraform init installs registry and git modules under .terraform/modules), to show `lifecycle { prevent_destroy = true }`, or add it'
          : 'Pass the sources with --source to show `lifecycle { prevent_destroy = true }`, or add it';
        yield { messageId: 'sourcesNeeded', resource, data: { kind: verdict.kind, unseen, remedy: fix }, concern: 'uncertain' };
        continue;
      }
      yield {
        messageId: 'unprotected',
        resource,
        data: {
          remedy: remedy(tool, guards.map((g) => guardSetting(g, tool))),
          kind: verdict.kind,
          toolGuard: pulumi ? 'protect or retainOnDelete' : 'lifecycle.prevent_destroy',
          providerGuard: guards.length
            ? guards.map((g) => `${guardName(g, tool)} is ${showGuardValue(g, effectiveValue(g, view.properties))}`).join(', ')
            : 'the provider has no deletion guard for this type',
        },
      };
    }
  },
});

/** Either guard suffices for this rule: the tool's, or any deletion guard the type's provider has. */
function remedy(tool: Tool, providerSettings: string[]): string {
  const own = { pulumi: 'set `protect: true` in its resource options', cdktf: 'add `lifecycle: { preventDestroy: true }` to its construct', terraform: 'add `lifecycle { prevent_destroy = true }`' }[tool];
  if (providerSettings.length === 0) return `${own[0]!.toUpperCase()}${own.slice(1)} (its provider has no deletion guard for this type)`;
  return `Either ${own}, or set ${providerSettings.join(' or ')}`;
}
