// `pulumi stack export` (apitype.UntypedDeployment, DeploymentV3): the current state of a stack.
import { plural } from '../engine/plural.js';
import { emptyPlan, type Plan } from '../model/plan.js';
import { InputError, describe, expectRecord, optionalArray } from './input-error.js';
import { isInternalType, parseUrn, providerIndex, resourceFromState, validateState } from './pulumi-resource.js';

export function readPulumiState(document: unknown, file: string): Plan {
  const root = expectRecord(document, file, '/');
  const version = root.version;
  if (typeof version !== 'number' || version < 1 || version > 3) {
    throw new InputError(file, '/version', `unsupported stack export version ${typeof version === 'number' ? version : describe(version)} (deploy-gate reads versions 1 to 3)`);
  }
  const deployment = expectRecord(root.deployment, file, '/deployment');
  const states = optionalArray(deployment.resources, file, '/deployment/resources').map((r, i) => validateState(r, file, `/deployment/resources/${i}`));
  const plan = emptyPlan({ format: 'pulumi-state', kind: 'state', file, tool: 'pulumi stack export' });
  const providers = providerIndex(states);
  for (const [i, state] of states.entries()) {
    if (typeof state.urn !== 'string') throw new InputError(file, `/deployment/resources/${i}`, 'a resource has no urn');
    // The URN names the type; a `type` that says otherwise would have rules judge another resource than exists.
    if (state.type !== undefined && state.type !== parseUrn(state.urn).type) {
      throw new InputError(file, `/deployment/resources/${i}/type`, `the type "${String(state.type)}" contradicts the URN, which names "${parseUrn(state.urn).type}"`);
    }
    plan.stack ??= parseUrn(state.urn).stack || undefined;
    plan.project ??= parseUrn(state.urn).project || undefined;
    if (isInternalType(state.type ?? '') || state.delete) continue;
    plan.resources.push(resourceFromState(state, providers));
  }
  const pending = Array.isArray(deployment.pending_operations) ? deployment.pending_operations.length : 0;
  if (pending > 0) plan.notes.push(`${plural(pending, 'operation was', 'operations were')} pending when this state was exported: a previous update was interrupted`);
  return plan;
}
