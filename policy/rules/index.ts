import noBlanketDestroyCredentials from './no-blanket-destroy-credentials/no-blanket-destroy-credentials.js';
import noColocatedBackups from './no-colocated-backups/no-colocated-backups.js';
import noCrossEnvStorage from './no-cross-env-storage/no-cross-env-storage.js';
import noProtectionDowngrade from './no-protection-downgrade/no-protection-downgrade.js';
import noStatefulDelete from './no-stateful-delete/no-stateful-delete.js';
import requireDeleteProtection from './require-delete-protection/require-delete-protection.js';

/** Every rule, registered explicitly (no import side effects). test/registry.test.ts checks it against the folders. */
export const rules = [
  noStatefulDelete,
  noProtectionDowngrade,
  noCrossEnvStorage,
  noColocatedBackups,
  requireDeleteProtection,
  noBlanketDestroyCredentials,
] as const;

export type RuleId = (typeof rules)[number]['id'];
export const ruleIds: readonly RuleId[] = rules.map((r) => r.id);
