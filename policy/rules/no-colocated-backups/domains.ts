// Failure domains: region, account and provider configuration. A backup in the same domain as its data dies with it.

import { prop } from '../../catalog/catalog.js';
import type { RuleContext } from '../../engine/define-rule.js';
import { accountOf, regionOfArn } from '../../engine/environment.js';
import type { Resource } from '../../model/plan.js';

/** Region, account and provider configuration of a resource: what decides whether a copy shares its fate. */
export interface FailureDomain {
  region?: string;
  account?: string;
  /** Provider configuration (`aws`, `aws.dr`, a Pulumi provider URN): one configuration means one account. */
  provider?: string;
}

export function domainOf(resource: Resource, arnProperty = 'arn', fallbackRegion?: string): FailureDomain {
  const arn = prop(resource.properties, arnProperty);
  // EBS snapshot ARNs carry no account (`arn:aws:ec2:us-east-1::snapshot/snap-…`); owner_id is the owning account.
  const owner = prop(resource.properties, 'owner_id');
  return {
    region: regionOfArn(arn) ?? regionOf(resource) ?? fallbackRegion,
    account: accountOf(arn) ?? (typeof owner === 'string' && /^\d{12}$/.test(owner) ? owner : undefined),
    provider: resource.provider?.name,
  };
}

export function compareDomains(source: FailureDomain, target: FailureDomain, bothInPlan: boolean): 'elsewhere' | 'same' | 'unknown' {
  if (source.region && target.region && source.region !== target.region) return 'elsewhere';
  if (source.account && target.account && source.account !== target.account) return 'elsewhere';
  // An unknown region is not evidence of another region: a gate that cannot tell must say so, not pass.
  if (!source.region || !target.region) return 'unknown';
  if (source.account && target.account) return 'same';
  // Same region with an account unknown (an ARN known only after apply): two resources under one provider
  // configuration share its account; an ARN literal or another provider configuration may be another account.
  return bothInPlan && source.provider === target.provider ? 'same' : 'unknown';
}

/**
 * The region a resource lives in: its ARN's, else its own `region` (AWS provider v6 and pulumi-aws v7 let any
 * resource override its provider's region; S3 buckets report theirs), else its provider configuration's.
 */
export function regionOf(resource: Resource): string | undefined {
  const fromArn = regionOfArn(prop(resource.properties, 'arn'));
  if (fromArn) return fromArn;
  const fromProps = prop(resource.properties, 'region');
  if (typeof fromProps === 'string' && fromProps) return fromProps;
  const fromProvider = prop(resource.provider?.properties, 'region');
  return typeof fromProvider === 'string' && fromProvider ? fromProvider : undefined;
}

/** The plan resource a property points at: by reference (address/URN), else by its id, ARN or name. */
export function resourceAt(context: RuleContext, resource: Resource, path: string, value: unknown): Resource | undefined {
  const resolved = context.resolve(resource, path).find((t) => t.kind === 'resource');
  if (resolved?.kind === 'resource') return resolved.resource;
  return typeof value === 'string' && value ? context.find(value) : undefined;
}
