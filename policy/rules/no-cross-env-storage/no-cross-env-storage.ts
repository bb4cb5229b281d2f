import { camelCase } from '../../catalog/catalog.js';
import { defineRule, type RuleContext } from '../../engine/define-rule.js';
import type { EnvironmentInfo } from '../../engine/environment.js';
import type { Resource } from '../../model/plan.js';

export default defineRule({
  id: 'no-cross-env-storage',
  title: 'Block storage shared across environments',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'state',
  concern: 'exposes',
  pulumiPolicyType: 'stack',
  rationale:
    'When a staging resource attaches, mounts, reads or is granted a production volume, file system, database or bucket, a routine staging change ' +
    'becomes a production change. In the incident, the staging volume an agent deleted was the production volume. Environments are told apart by ' +
    'tags (env, environment, stage), account ids, stack names and naming patterns; a tag spelled with look-alike characters is itself a finding.',
  remediation:
    'Give each environment its own storage. If staging needs production data, copy it (snapshot + restore, replication into a staging bucket) ' +
    'instead of attaching or mounting the original.',
  fix: 'Give each environment its own storage; copy data instead of sharing it.',
  links: ['https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/benefits-of-using-multiple-aws-accounts.html'],
  messages: {
    crossEnv: '{address} ({sourceEnv}) {verb} {kind} {target} of environment {targetEnv}',
    cannotTell: '{address} ({sourceEnv}) {verb} a {kind} whose identity ({property}) is unknown until apply, so its environment cannot be checked',
    lookalike: '{address}: environment tag {part} "{value}" uses look-alike characters of "{looksLike}"',
  },
  planText: ['value', 'target'],
  examples: {
    bad: [
      'pulumi-staging-attaches-prod-volume.json',
      'pulumi-staging-reads-prod-volume.json',
      'pulumi-lookalike-env-tag.json',
      'pulumi-lookalike-env-key.json',
      'pulumi-state-staging-attaches-prod-volume.json',
      'tf-staging-attaches-prod-volume.json',
      'tf-untouched-attachment-to-prod-volume.json',
      'tf-staging-attaches-prod-data-source-volume.json',
      'tf-staging-mounts-prod-efs.json',
      'tf-unknown-volume-id.json',
      'cdktf-staging-attaches-prod-volume.json',
      'tf-staging-function-mounts-prod-file-system.json',
    ],
    good: [
      'pulumi-same-env-attachment.json',
      'pulumi-non-ascii-labels.json',
      'pulumi-state-same-env-attachment.json',
      'tf-same-env-attachment.json',
      'tf-same-env-mount.json',
      'cdktf-same-env-attachment.json',
    ],
  },
  *check(context) {
    const { plan, catalog, environmentOf, resolve } = context;
    // A look-alike tag is reported where an environment decides this rule: on a resource that links to storage and
    // on the storage it links to, once each. Elsewhere it changes nothing and draws nothing.
    const reported = new Set<Resource>();
    function* lookalike(resource: Resource, info: EnvironmentInfo, via?: Resource) {
      if (!info.lookalike || reported.has(resource)) return;
      reported.add(resource);
      // On the storage a link points at, the link's change is what made it matter (it blocks as the link would).
      const change = via ? context.changeOf(via) : undefined;
      yield { messageId: 'lookalike' as const, resource, ...(change ? { change } : {}), data: { value: info.lookalike, looksLike: info.lookalikeOf, part: info.lookalikeIn } };
    }
    for (const resource of plan.resources) {
      const links = catalog.view(resource.type, resource.properties).entry?.links ?? [];
      if (links.length === 0) continue;
      const own = environmentOf(resource);
      yield* lookalike(resource, own);
      const environment = own.name || own.lookalike ? own : environmentFromPeers(context, resource, links.map((l) => l.property));
      for (const link of links) {
        for (const target of resolve(resource, link.property)) {
          const common = { sourceEnv: environment.name ?? 'unknown', verb: link.verb, kind: link.kind };
          if (target.kind === 'unknown') {
            if (environment.name) yield { messageId: 'cannotTell', resource, environment: environment.name, data: { ...common, property: link.property } };
            continue;
          }
          const targetEnv = target.kind === 'resource' ? environmentOf(target.resource) : target.environment;
          if (target.kind === 'resource') yield* lookalike(target.resource, targetEnv, resource);
          const name = target.kind === 'resource' ? target.resource.address : target.value;
          if (environment.name && targetEnv.name && environment.name !== targetEnv.name) {
            yield { messageId: 'crossEnv', resource, environment: environment.name, data: { ...common, target: name, targetEnv: targetEnv.name } };
          }
        }
      }
    }
  },
});

/**
 * Attachments and mount targets carry no tags (aws_volume_attachment is not taggable) and a Terraform plan names no
 * stack: such a resource belongs to the environment of what it connects the storage to (the instance, subnet or
 * security groups it references), when those agree on one.
 */
function environmentFromPeers(context: RuleContext, resource: Resource, linkProperties: string[]): EnvironmentInfo {
  const spellings = linkProperties.flatMap((p) => [p, camelCase(p)]);
  const found = new Map<string, EnvironmentInfo>();
  for (const reference of resource.references) {
    if (reference.property === '(dependsOn)' || spellings.some((p) => reference.property === p || reference.property.startsWith(`${p}.`))) continue;
    const peer = context.find(reference.target);
    const info = peer && peer !== resource ? context.environmentOf(peer) : undefined;
    if (info?.name) found.set(info.name, info);
  }
  const [only] = found.values();
  return found.size === 1 && only ? only : {};
}
