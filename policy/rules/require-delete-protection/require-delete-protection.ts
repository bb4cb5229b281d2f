import { camelCase, prop, type ProtectionFlag } from '../../catalog/catalog.js';
import { defineRule } from '../../engine/define-rule.js';
import { isUnknown, showValue } from '../../model/plan.js';

export default defineRule({
  id: 'require-delete-protection',
  title: 'Require delete protection on every resource that holds data',
  severity: 'high',
  defaultLevel: 'block',
  scope: 'state',
  pulumiPolicyType: 'resource',
  rationale:
    'A data-bearing resource with no guard is one command away from deletion. Pulumi\'s protect (or retainOnDelete) and Terraform\'s ' +
    'prevent_destroy make the tool refuse; the provider\'s own flag (RDS/DynamoDB deletion protection, S3 and Backup force_destroy off) makes the cloud refuse, ' +
    'which also stops a console click or a CLI token.',
  remediation:
    'Pulumi: set `protect: true` (or `retainOnDelete: true`) in the resource options. Terraform/cdktf: add `lifecycle { prevent_destroy = true }` and pass the ' +
    'sources with `--source` so the gate can see it. Where the provider has one, also turn on its deletion protection (`deletion_protection = true`, `force_destroy = false`).',
  fix: 'Add protect or prevent_destroy, and the deletion protection of the provider.',
  links: [
    'https://www.pulumi.com/docs/iac/concepts/options/protect/',
    'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  ],
  messages: {
    unprotected: '{kind} {address} has no delete protection: no {toolGuard}, and {providerGuard}',
    cannotTell: '{kind} {address}: {property} is unknown until apply, so its delete protection cannot be verified',
  },
  examples: {
    bad: [
      'pulumi-unprotected-volume.json', 'pulumi-state-unprotected-db.json', 'tf-db-without-deletion-protection.json',
      'tf-db-deletion-protection-unknown.json', 'tf-volume-untouched-and-created.json', 'cdktf-volume-without-prevent-destroy.json',
    ],
    good: ['pulumi-protected-volume.json', 'pulumi-state-protected-db.json', 'tf-db-with-deletion-protection.json', 'cdktf-volume-with-prevent-destroy.json'],
  },
  *check({ plan, catalog }) {
    for (const resource of plan.resources) {
      if (resource.mode !== 'managed') continue;
      const verdict = catalog.dataVerdict(resource.type);
      if (!verdict.holdsData) continue;
      const { protect, retainOnDelete, preventDestroy } = resource.protection;
      if (protect || retainOnDelete || preventDestroy) continue;
      const flags = verdict.known && verdict.entry ? verdict.entry.data?.protectionFlags ?? [] : [];
      const unknownFlag = flags.find((f) => isUnknown(resource, f.property) || isUnknown(resource, camelCase(f.property)));
      if (unknownFlag) {
        yield { messageId: 'cannotTell', resource, data: { kind: verdict.kind, property: unknownFlag.property } };
        continue;
      }
      const providerProtected = flags.some((f) => isSafe(f, prop(resource.properties, f.property)));
      if (providerProtected) continue;
      yield {
        messageId: 'unprotected',
        resource,
        data: {
          kind: verdict.kind,
          toolGuard: plan.source.format.startsWith('pulumi') ? 'protect or retainOnDelete'
            // Plan JSON never holds lifecycle: the guard is only seen when the sources are given.
            : plan.source.format === 'terraform-plan' ? 'lifecycle.prevent_destroy (seen only when the sources are passed with --source)' : 'lifecycle.prevent_destroy',
          providerGuard: flags.length
            ? flags.map((f) => `${f.property} is ${showValue(prop(resource.properties, f.property))}`).join(', ')
            : 'the provider has no deletion guard for this type',
        },
      };
    }
  },
});

function isSafe(flag: ProtectionFlag, value: unknown): boolean {
  if (flag.safe === true) return value === true;
  if (flag.safe === 'window') return value === undefined || value === null || (typeof value === 'number' && value > 0);
  return value !== true;
}
