// A bucket replicated into itself or into its own region and account: no copy outside the failure domain.

import { blocks, prop } from '../../catalog/catalog.js';
import type { BackupSpec } from '../../catalog/types.js';
import type { RuleContext } from '../../engine/define-rule.js';
import type { Resource } from '../../model/plan.js';
import { spelling } from './backup-plan.js';
import { compareDomains, domainOf, resourceAt } from './domains.js';

type ReplicationSpec = Extract<BackupSpec, { by: 'replication' }>;

export function* checkReplication(context: RuleContext, resource: Resource, spec: ReplicationSpec) {
  const source = prop(resource.properties, spec.source);
  const sourceName = typeof source === 'string' ? source : '';
  const sourceBucket = resourceAt(context, resource, spec.source, source);
  const sourceBucketName = prop(sourceBucket?.properties, 'bucket');
  const bucket = sourceName || (typeof sourceBucketName === 'string' && sourceBucketName) || sourceBucket?.address || 'its bucket';
  const rulesKey = spelling(resource.properties, spec.rules);
  for (const [index, rule] of blocks(prop(resource.properties, rulesKey)).entries()) {
    for (const [destinationIndex, destination] of blocks(prop(rule, spec.destinations)).entries()) {
      const value = prop(destination, spec.destinationBucket);
      const arn = typeof value === 'string' ? value : '';
      const target = resourceAt(context, resource, `${rulesKey}.${index}.${spec.destinations}.${destinationIndex}.${spec.destinationBucket}`, value);
      // Both ends unknown until apply say nothing: only equal names or the same resource are "into itself".
      const itself = (sourceBucket !== undefined && target !== undefined && sourceBucket.address === target.address)
        || (sourceName !== '' && (arn === sourceName || arn.endsWith(`:::${sourceName}`)));
      // S3 ARNs carry no account: the provider configuration stands for it, as for backup vaults.
      const sameDomain = sourceBucket !== undefined && target !== undefined
        && compareDomains(domainOf(sourceBucket), domainOf(target), true) === 'same';
      if (itself || sameDomain) yield { messageId: 'sameBucket' as const, resource, data: { bucket } };
    }
  }
}
