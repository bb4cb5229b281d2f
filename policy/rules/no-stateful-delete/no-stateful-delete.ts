import type { CatalogEntry } from '../../catalog/catalog.js';
import { abandons, guardValues, protects } from '../../catalog/guards.js';
import { defineRule, type RuleContext, type RuleFinding } from '../../engine/define-rule.js';
import type { Change, Properties } from '../../model/plan.js';
import { cascadeLoss, inlineRemoved, renderedRemoved, retainer, scaledDown, templateRemoved } from './cascades.js';

export default defineRule({
  id: 'no-stateful-delete',
  title: 'Block deleting or replacing a resource that holds data',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'change',
  concern: 'destroys',
  pulumiPolicyType: 'stack',
  rationale:
    'A delete, a replacement (Terraform\'s delete+create in either order, every Pulumi replace op) or a discard destroys what the resource stores: ' +
    'volumes, databases, buckets, file systems, snapshots, backup vaults, keys. In the incident that started deploy-gate, one call removed a ' +
    'production volume and the backups stored on it. Terraform\'s prevent_destroy cannot stop the most common form, the agent deleting the resource block itself.',
  remediation:
    'Keep the resource: restore its block or program code, or make the change in place (avoid attributes that force replacement). ' +
    'If the loss is intended, have a person with write access approve this plan\'s fingerprint; the approval clears only this exact set of changes.',
  fix: 'Keep the resource (restore its code), or have a maintainer approve this exact plan.',
  // When the plan also failed (or a rule could not judge it), no approval can clear it: the fix says so instead.
  withoutApproval: {
    remediation:
      'Keep the resource: restore its block or program code, or make the change in place (avoid attributes that force replacement). ' +
      'No approval can clear this plan yet: it also carries a block no approval clears (a failed plan or a rule error, listed in this report). ' +
      'Fix that first and gate the new plan; if the loss is intended, that plan\'s fingerprint can then be approved.',
    fix: 'Keep the resource (restore its code); no approval can clear this plan until its failed-plan or rule-error block is fixed.',
  },
  links: [
    'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle',
    'https://www.pulumi.com/docs/iac/concepts/options/protect/',
  ],
  messages: {
    destroys: '{kind} {address}: the {action} destroys the data it holds',
    refusedByProvider: '{kind} {address}: the {action} would destroy the data it holds; {guard} makes the apply fail half-way, and turning it off to retry must not be the next step',
    blockRemoved: '{kind} {address}: its configuration was removed, so prevent_destroy no longer guards it; the {action} destroys the data it holds',
    retained: '{kind} {address}: the {action} should keep the cloud object (retainOnDelete), but the stack stops managing it and its protection goes with it; confirm the data is meant to survive',
    retainedBy: '{kind} {address}: the {action} deletes the object, and {holder} keeps the data: {reason}; confirm nothing changed the policy since',
    otherEnvironment: '{kind} {address} belongs to {environment}: the {action} from stack {stack} (environment {stackEnvironment}) destroys data {environment} uses',
    cannotTell: '{address}: the {action} may destroy data; deploy-gate cannot tell: it does not cover the provider of type {type}, and the name says it stores data, so it is treated as data-bearing',
    kindUnreadable: '{address}: the {action} may destroy data; what the object is cannot be told ({problem}: no cluster serves such an object, so the plan was edited), so it is treated as data-bearing',
    cascade: '{address}: the {action} also deletes what it contains: {contents}; {reason}',
    containerPresumed: '{address}: the {action} deletes the data it contains; {reason}',
    contentsUnreadable: '{address}: the {action} deletes everything it contains ({reason}), and what it contains cannot be read: {problem}; it is treated as holding data',
    mayContainData: '{address}: the {action} deletes everything it contains ({reason}); the plan does not show what is inside, so check that nothing in it holds data',
    inlineRemoved: '{address}: the update removes its {block} block, and with it the data: {reason}',
    scaledDown: '{address}: the update scales it from {from} to {to}, and {reason}',
    templateDropped: '{address}: the update drops {contents} from the template, and CloudFormation deletes what leaves its template unless its DeletionPolicy keeps it',
    renderedDropped: '{address}: the upgrade no longer renders {contents}, and Helm deletes what leaves the release unless it is annotated helm.sh/resource-policy: keep',
  },

  examples: {
    bad: [
      'tf-volume-block-removed.json', 'tf-db-replace-create-first.json', 'tf-db-replace-delete-first.json', 'tf-destroy-mode.json',
      'tf-deposed-volume.json', 'tf-railway-volume-removed.json', 'tf-unknown-types-removed.json',
      'pulumi-replace-volume.json', 'pulumi-delete-replaced-volume.json', 'pulumi-delete-database.json', 'pulumi-retained-delete.json',
      'pulumi-retained-replace.json', 'pulumi-staging-deletes-prod-volume.json',
      'tf-namespace-with-claim-deleted.json', 'tf-namespace-deleted-claim-after-names-another.json', 'tf-namespace-contents-unknown-deleted.json',
      'tf-railway-service-volume-block-removed.json',
      'tf-railway-environment-deleted.json', 'tf-instance-replaced-with-data-disk.json', 'tf-cloudformation-stack-with-table-deleted.json',
      'tf-cloudformation-update-drops-table.json', 'tf-statefulset-scaled-down-deletes-claims.json', 'tf-claim-deleted-storage-class-deletes.json', 'tf-claim-deleted-storage-class-retains.json', 'tf-cloudformation-stack-sensitive-template-deleted.json', 'tf-manifest-lookalike-kind-deleted.json',
      'tf-bigquery-table-deleted.json', 'tf-crd-operator-kind-deleted.json', 'pulumi-crd-operator-kind-deleted.json', 'tf-helm-upgrade-drops-claim.json',
      'tf-claim-bound-to-retained-pv-deleted.json', 'tf-claim-bound-to-deleting-pv-deleted.json', 'tf-hns-folder-force-destroy-deleted.json',
      'tf-mig-stateful-disks-deleted.json', 'tf-mig-scaled-down-deletes-disks.json', 'tf-mig-size-not-a-size.json', 'tf-helm-upgrade-manifest-unreadable.json',
    ],
    good: [
      'tf-update-tags.json', 'tf-forget-volume.json', 'tf-create-forget-volume.json', 'tf-opentofu-forget-create-volume.json',
      'tf-delete-security-group.json', 'pulumi-create-volume.json',
      'tf-instance-replaced-keeps-data-disk.json', 'tf-cloudformation-stack-retained-table-deleted.json', 'tf-read-replica-deleted.json',
      'tf-statefulset-scaled-down-keeps-claims.json', 'pulumi-bucket-deleted-policy-abandon.json',
      'tf-bigquery-view-deleted.json', 'tf-instance-image-boot-disk-deleted.json', 'tf-object-sensitive-content-replaced.json',
      'pulumi-crd-service-monitor-deleted.json', 'tf-global-cluster-deleted-member-stays.json', 'tf-helm-upgrade-keeps-claim.json',
      'tf-managed-folder-force-destroy-deleted.json', 'tf-mig-stateful-disks-kept.json',
    ],
  },
  *check(context) {
    const { plan, catalog } = context;
    for (const change of plan.changes) {
      if (change.drift || change.resource.mode === 'data') continue;
      const before = catalog.view(change.resource.type, change.before);
      const after = catalog.view(change.resource.type, change.after);
      const entry = after.entry ?? before.entry;
      // A generic manifest whose kind changes is a different object: its old kind's delete is judged below.
      if (!entry || (before.entry && after.entry && before.entry !== after.entry)) continue;
      const seen = { before: before.properties, after: after.properties };
      // Railway deletes a service's volume when the update removes its volume block.
      for (const block of inlineRemoved(context, change, entry, seen)) {
        yield { messageId: 'inlineRemoved', resource: change.resource, change, data: { block, reason: entry.container!.reason } };
      }
      const shrunk = scaledDown(change, entry, seen);
      if (shrunk) yield { messageId: 'scaledDown', resource: change.resource, change, data: { from: shrunk.from, to: shrunk.to, reason: shrunk.reason } };
      const dropped = templateRemoved(context, change, entry, seen);
      if (dropped.length > 0) {
        yield { messageId: 'templateDropped', resource: change.resource, change, data: { contents: dropped.join(', ') } };
      }
      const unrendered = renderedRemoved(context, change, entry, seen);
      if (unrendered.length > 0) {
        yield { messageId: 'renderedDropped', resource: change.resource, change, data: { contents: unrendered.join(', ') } };
      }
    }
    for (const change of destroyedObjects(plan.changes)) {
      const judged = [...judgeDestroyed(context, change, change.before ?? change.resource.properties)];
      // A Terraform `before` that disagrees with prior_state (Change.priorState) leaves two accounts of the object
      // destroyed: it is judged by both, and the one that finds more loss decides (fail closed).
      const prior = change.priorState ? [...judgeDestroyed(context, change, change.priorState)] : [];
      yield* weight(prior) > weight(judged) ? prior : judged;
    }
  },
});

type DestroyedMessage = 'retainedBy' | 'kindUnreadable' | 'contentsUnreadable' | 'mayContainData' | 'containerPresumed' | 'cascade' | 'cannotTell' | 'otherEnvironment' | 'retained' | 'blockRemoved' | 'refusedByProvider' | 'destroys';

/** How much loss findings tell of: none, only uncertain ones, or at least one that destroys. */
function weight(findings: readonly RuleFinding<DestroyedMessage>[]): number {
  if (findings.length === 0) return 0;
  return findings.some((f) => f.concern !== 'uncertain') ? 2 : 1;
}

/** The findings on one destroyed object, judged from one account of its properties. */
function* judgeDestroyed(context: RuleContext, change: Change, properties: Properties | undefined): Generator<RuleFinding<DestroyedMessage>> {
  const { plan, catalog, environmentOf, planEnvironment } = context;
  const stackEnvironment = planEnvironment().name;
  const verdict = catalog.judge(change.resource.type, properties);
  // What the entry's paths read: the object inside a generic manifest.
  const seen = catalog.view(change.resource.type, properties).properties ?? {};
  const action = describeAction(change);
  // A delete the provider turns into forgetting (Firestore's ABANDON, Pulumi gcp's deletionPolicy ABANDON) leaves
  // the object, and what it holds or contains, where it is.
  if (verdict.known && 'entry' in verdict && abandons(verdict.entry?.guards, change.before && seen)) return;
  if (!verdict.holdsData) {
    const entry = verdict.entry;
    if (!entry?.container) return;
    const loss = cascadeLoss(context, change, entry, seen);
    if (loss === 'unknown-contents') yield { messageId: 'mayContainData', resource: change.resource, change, data: { action, reason: entry.container.reason }, concern: 'uncertain' };
    else if (loss?.unreadable) {
      yield { messageId: 'contentsUnreadable', resource: change.resource, change, data: { action, reason: entry.container.reason, problem: loss.unreadable } };
    } else if (loss) {
      yield {
        messageId: loss.presumed ? 'containerPresumed' : 'cascade', resource: change.resource, change,
        data: { action, reason: loss.reason, contents: loss.contents.join(', ') },
      };
    }
    return;
  }
  const data = { action, kind: verdict.kind };
  const keeper = verdict.known ? retainer(context, verdict.entry, seen) : undefined;
  if (keeper) {
    yield { messageId: 'retainedBy', resource: change.resource, change, data: { ...data, holder: keeper.holder, reason: keeper.reason }, concern: 'uncertain' };
    return;
  }
  const environment = environmentOf(change.resource).name;
  if (!verdict.known && verdict.unreadable) yield { messageId: 'kindUnreadable', resource: change.resource, change, data: { ...data, problem: verdict.unreadable } };
  else if (!verdict.known) yield { messageId: 'cannotTell', resource: change.resource, change, data };
  // The incident's shape: a staging change destroying what production uses.
  else if (environment && stackEnvironment && environment !== stackEnvironment) {
    yield { messageId: 'otherEnvironment', resource: change.resource, change, data: { ...data, environment, stack: plan.stack ?? '', stackEnvironment } };
  }
  // retainOnDelete skips the provider's Delete "when deleting or replacing" (pulumi docs, options/retainondelete).
  // The data survives, as with Terraform's forget: a warning to confirm it is meant to, not a block.
  else if (change.beforeProtection.retainOnDelete && (change.action === 'delete' || change.action === 'replace')) yield { messageId: 'retained', resource: change.resource, change, data, concern: 'uncertain' };
  else if (change.reasons.includes('delete_because_no_resource_config')) yield { messageId: 'blockRemoved', resource: change.resource, change, data };
  // The provider refuses the delete while its deletion guard is on: the apply fails half-way, and the usual next
  // step (by a person or an agent) is to turn the protection off and retry. Say so rather than let it look safe.
  else if (refusingGuard(verdict.entry, change.before && seen)) {
    yield { messageId: 'refusedByProvider', resource: change.resource, change, data: { ...data, guard: refusingGuard(verdict.entry, change.before && seen)! } };
  } else yield { messageId: 'destroys', resource: change.resource, change, data };
}

/** The deletion guard that makes the provider refuse this delete, when one is on before the change. */
function refusingGuard(entry: CatalogEntry | undefined, before: Properties | undefined): string | undefined {
  const field = entry?.guards?.find((g) => g.deletion === 'refused' && guardValues(g, before).length > 0 && protects(g, before) === true);
  return field?.what;
}

/**
 * One change per destroyed object. With --show-replacement-steps a Pulumi replacement is listed twice, as the
 * logical `replace` and the `delete-replaced` that deletes (pulumi display shouldShow); report the deleting step.
 * A Terraform deposed object is a different object from the current one at the same address, so it keeps its own.
 */
function destroyedObjects(changes: Change[]): Change[] {
  const byObject = new Map<string, Change>();
  for (const change of changes) {
    if (!change.destroysObject || change.drift || change.resource.mode === 'data') continue;
    const key = `${change.resource.address}\u0000${change.deposed ?? ''}`;
    const seen = byObject.get(key);
    if (!seen || seen.raw === 'replace') byObject.set(key, change);
  }
  return [...byObject.values()];
}

// Terraform's action_reason values for replacements, in words (shared/design/terraform-plans.md 1.4).
const REPLACE_REASONS: Record<string, string> = {
  replace_because_cannot_update: 'an attribute cannot change in place',
  replace_because_tainted: 'the resource is tainted',
  replace_by_request: 'it was requested with -replace',
  replace_by_triggers: 'replace_triggered_by fired',
};

/** "replacement (delete, then create) because an attribute cannot change in place", or the tool's own word. */
function describeAction(change: Change): string {
  if (change.action !== 'replace') return change.raw;
  const order = change.raw === 'delete,create' ? ' (delete, then create)' : change.raw === 'create,delete' ? ' (create, then delete)' : '';
  const reason = change.reasons.map((r) => REPLACE_REASONS[r]).find((r) => r !== undefined);
  return `replacement${order}${reason ? ` because ${reason}` : ''}`;
}
