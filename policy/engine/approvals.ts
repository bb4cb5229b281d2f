import { FINGERPRINT_PATTERN } from './fingerprint.js';
import { describeSchemaErrors } from './schema-problems.js';
import { validateApprovalsDocument } from './validators.js';

/**
 * A person's approval of one exact destructive plan of one repository. The fingerprint names the plan's
 * destructive part (stack, rule, address, type, action, environment, object id: fingerprint.ts); `repository`
 * names where it was given, because two repositories can plan an identical destructive part (a copied project, the
 * same plan path and addresses), and an approval given for one must not clear the other (docs/security.md).
 */
export interface Approval {
  fingerprint: string;
  /** `owner/name` (or a GitLab `group/sub/project`) of the repository whose plan was approved. */
  repository: string;
  approver: string;
  reason: string;
}

/**
 * A repository as `owner/name`: GitHub's owner and repository characters, and more segments for nested groups
 * (GitLab's `group/subgroup/project`). ASCII only, so a look-alike letter is an error, never another repository.
 */
export const REPOSITORY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_.-]+)+$/;

/** JSON Schema of an approvals list; compiled at build time into validators.generated.ts. */
export const approvalsSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['fingerprint', 'repository', 'approver', 'reason'],
    properties: {
      fingerprint: { type: 'string', pattern: FINGERPRINT_PATTERN.source },
      repository: { type: 'string', pattern: REPOSITORY_PATTERN.source },
      // A blank approver or reason names no one and says nothing (found by the fuzz run: " " was accepted).
      approver: { type: 'string', minLength: 1, pattern: '\\S' },
      reason: { type: 'string', minLength: 3, pattern: '\\S' },
    },
  },
} as const;

/**
 * Validates an approvals document (a list, or `{ approvals: [...] }`); returns the problems found, and `keyPrefix`:
 * how the file spells the list's place (`approvals` when it is wrapped in that key, '' for a bare list), so every
 * message that names an entry says `approvals[0]` or `[0]` as the file has it.
 */
export function parseApprovals(document: unknown): { approvals: Approval[]; problems: string[]; keyPrefix: '' | 'approvals' } {
  const wrapped = Boolean(document && typeof document === 'object' && !Array.isArray(document) && 'approvals' in document);
  const keyPrefix = wrapped ? 'approvals' : '';
  const list = wrapped ? (document as { approvals: unknown }).approvals : document;
  const errors = validateApprovalsDocument(list);
  if (errors.length === 0) return { approvals: list as Approval[], problems: [], keyPrefix };
  const problems = describeSchemaErrors(errors, approvalsSchema, list);
  // Key paths as the file spells them: under `approvals:` when the list is wrapped in it.
  return {
    approvals: [],
    problems: wrapped ? problems.map((p) => (p.startsWith('(its top level)') ? `approvals${p.slice('(its top level)'.length)}` : `approvals${p}`)) : problems,
    keyPrefix,
  };
}

/** GitHub's (and GitLab's) repository names are case-insensitive: `Acme/Infra` is `acme/infra`. */
export function sameRepository(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Why an approval cleared nothing: it names another plan, or it was given for another repository (or none is known). */
export type ApprovalMismatch = 'fingerprint' | 'repository' | 'no-repository';

/**
 * Whether an approval clears this fingerprint in this repository: only an exact fingerprint, given for this
 * repository, counts. With no repository known (`repository` undefined) nothing is cleared: the gate cannot tell a
 * replayed approval from a genuine one, so it fails closed (src/gate.ts refuses to start that way).
 */
export function approvalMismatch(approval: Approval, print: string | null, repository: string | undefined): ApprovalMismatch | undefined {
  if (print === null || approval.fingerprint !== print) return 'fingerprint';
  if (repository === undefined) return 'no-repository';
  return sameRepository(approval.repository, repository) ? undefined : 'repository';
}

/** The approval that clears this fingerprint in this repository, if any. */
export function applyApprovals(print: string, approvals: readonly Approval[], repository: string | undefined): Approval | undefined {
  return approvals.find((a) => approvalMismatch(a, print, repository) === undefined);
}
