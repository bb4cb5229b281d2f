// A backup plan whose rules keep their only copy in the vault beside the data (AWS Backup; paths from the catalog).

import { blocks, prop } from '../../catalog/catalog.js';
import type { BackupSpec } from '../../catalog/types.js';
import type { RuleContext } from '../../engine/define-rule.js';
import { accountOf, regionOfArn } from '../../engine/environment.js';
import type { Resource } from '../../model/plan.js';
import { compareDomains, domainOf, regionOf, resourceAt, type FailureDomain } from './domains.js';

type PlanSpec = Extract<BackupSpec, { by: 'plan' }>;

/** The first spelling of a repeated block that the properties use (Terraform's `rule`, Pulumi's `rules`). */
export function spelling(properties: Record<string, unknown> | undefined, names: readonly string[]): string {
  return names.find((n) => prop(properties, n) !== undefined) ?? names[0]!;
}

export function* checkBackupPlan(context: RuleContext, resource: Resource, spec: PlanSpec) {
  const rulesKey = spelling(resource.properties, spec.rules);
  for (const [index, rule] of blocks(prop(resource.properties, rulesKey)).entries()) {
    const ruleName = String(prop(rule, spec.ruleName) ?? index);
    const vaultName = prop(rule, spec.vault);
    const vaultResource = resourceAt(context, resource, `${rulesKey}.${index}.${spec.vault}`, vaultName);
    const source: FailureDomain = vaultResource ? domainOf(vaultResource) : { region: regionOf(resource), provider: resource.provider?.name };
    const copyKey = spelling(rule, spec.copies);
    let elsewhere = false;
    let unknown = false;
    for (const [copyIndex, copy] of blocks(prop(rule, copyKey)).entries()) {
      const destination = prop(copy, spec.destination);
      const target = resourceAt(context, resource, `${rulesKey}.${index}.${copyKey}.${copyIndex}.${spec.destination}`, destination);
      const domain = target
        ? domainOf(target)
        : typeof destination === 'string' && destination.startsWith('arn:') ? { region: regionOfArn(destination), account: accountOf(destination) } : undefined;
      const verdict = domain ? compareDomains(source, domain, target !== undefined && vaultResource !== undefined) : 'unknown';
      if (verdict === 'elsewhere') elsewhere = true;
      else if (verdict === 'unknown') unknown = true;
    }
    if (elsewhere) continue;
    if (unknown) yield { messageId: 'copyUnknown' as const, resource, data: { ruleName } };
    else yield { messageId: 'noCopyElsewhere' as const, resource, data: { ruleName, vault: vaultResource?.address ?? (typeof vaultName === 'string' && vaultName ? vaultName : 'its vault') } };
  }
}
