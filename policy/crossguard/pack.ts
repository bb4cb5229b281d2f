// The CrossGuard policy pack: `pulumi preview --policy-pack policy` starts this (bundled to policy/dist/pack.cjs).
// Wiring only; see ./policies.ts. Nothing may be written to stdout: the engine reads the port from it.
import { PolicyPack } from '@pulumi/policy';
import { rules } from '../rules/index.js';
import { toCrossGuard } from './policies.js';
import { packEnvironmentFromProcess, PriorStateSource } from './prior-state.js';

const environment = packEnvironmentFromProcess();
const priorState = new PriorStateSource(environment);
priorState.prefetch();

new PolicyPack('deploy-gate', {
  policies: toCrossGuard(rules, { environment, priorState }),
  enforcementLevel: 'mandatory',
  displayName: 'deploy-gate',
  description: 'Blocks infrastructure changes that destroy data: unprotected data stores, storage shared across environments, backups that die with the data, credentials that can destroy everything, and (given the prior state) deleted data stores.',
  tags: ['data-protection', 'deletion', 'backups'],
});
