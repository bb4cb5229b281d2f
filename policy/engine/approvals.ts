import { calendarDay, isoDay, utcDay } from './dates.js';
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
  /**
   * The last day (YYYY-MM-DD, UTC) it applies: required in an approvals file, at most MAX_APPROVAL_DAYS after the day
   * the file is read. An approval read from a PR's comments by the Action has none: it is read again on every run
   * from the PR it was given on, which names one plan at a time (src/action/pr-approvals.ts).
   */
  expires?: string;
}

/**
 * The longest an approval in a file may run: its `expires` at most this many days after today (UTC). A plan is
 * approved to be applied soon; an entry left in the file must not clear a later plan that deletes an object created
 * again under the same name (an S3 bucket, an RDS identifier), whose fingerprint is the same (docs/security.md).
 */
export const MAX_APPROVAL_DAYS = 30;

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
    required: ['fingerprint', 'repository', 'approver', 'reason', 'expires'],
    properties: {
      fingerprint: { type: 'string', pattern: FINGERPRINT_PATTERN.source },
      repository: { type: 'string', pattern: REPOSITORY_PATTERN.source },
      // A blank approver or reason names no one and says nothing (found by the fuzz run: " " was accepted).
      approver: { type: 'string', minLength: 1, pattern: '\\S' },
      reason: { type: 'string', minLength: 3, pattern: '\\S' },
      // A calendar date at most MAX_APPROVAL_DAYS ahead: checked by parseApprovals, which knows today.
      expires: { type: 'string', minLength: 1 },
    },
  },
} as const;

/**
 * Validates an approvals document (a list, or `{ approvals: [...] }`); returns the problems found, and `keyPrefix`:
 * how the file spells the list's place (`approvals` when it is wrapped in that key, '' for a bare list), so every
 * message that names an entry says `approvals[0]` or `[0]` as the file has it.
 */
export function parseApprovals(document: unknown, now: Date = new Date()): { approvals: Approval[]; problems: string[]; keyPrefix: '' | 'approvals' } {
  const wrapped = Boolean(document && typeof document === 'object' && !Array.isArray(document) && 'approvals' in document);
  const keyPrefix = wrapped ? 'approvals' : '';
  const list = wrapped ? (document as { approvals: unknown }).approvals : document;
  const errors = validateApprovalsDocument(list);
  const problems = errors.length === 0 ? expiryProblems(list as Approval[], now) : describeSchemaErrors(errors, approvalsSchema, list);
  if (problems.length === 0) return { approvals: list as Approval[], problems: [], keyPrefix };
  // Key paths as the file spells them: under `approvals:` when the list is wrapped in it.
  return {
    approvals: [],
    problems: wrapped ? problems.map((p) => (p.startsWith('(its top level)') ? `approvals${p.slice('(its top level)'.length)}` : `approvals${p}`)) : problems,
    keyPrefix,
  };
}

/**
 * Each entry's `expires`: a calendar date, at most MAX_APPROVAL_DAYS after today. A date already past is valid: the
 * report lists that approval as expired (an approval that cleared nothing), like an exemption's.
 */
function expiryProblems(list: readonly Approval[], now: Date): string[] {
  const today = utcDay(now);
  return list.flatMap((approval, i) => {
    const expires = approval.expires!;
    const day = calendarDay(expires);
    if (day === 'not-a-date') return [`[${i}].expires: '${expires}' is not a date (YYYY-MM-DD)`];
    if (day === 'impossible') return [`[${i}].expires: ${expires} is not a calendar date`];
    if (day - today > MAX_APPROVAL_DAYS) {
      return [`[${i}].expires: ${expires} is more than ${MAX_APPROVAL_DAYS} days ahead, the longest an approval may run (until ${isoDay(today + MAX_APPROVAL_DAYS)}); approve the plan when it is about to be applied`];
    }
    return [];
  });
}

/** Past its `expires` day (UTC): it clears nothing, and the report says so. An approval without one never expires. */
export function approvalExpired(approval: Approval, now: Date): boolean {
  return approval.expires !== undefined && approval.expires < now.toISOString().slice(0, 10);
}

/** GitHub's (and GitLab's) repository names are case-insensitive: `Acme/Infra` is `acme/infra`. */
export function sameRepository(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Why an approval cleared nothing: it names another plan, or it was given for another repository (or none is known). */
export type ApprovalMismatch = 'fingerprint' | 'repository' | 'no-repository' | 'expired';

/**
 * Whether an approval clears this fingerprint in this repository: only an exact fingerprint, given for this
 * repository, counts. With no repository known (`repository` undefined) nothing is cleared: the gate cannot tell a
 * replayed approval from a genuine one, so it fails closed (src/gate.ts refuses to start that way).
 */
export function approvalMismatch(approval: Approval, print: string | null, repository: string | undefined, now: Date): ApprovalMismatch | undefined {
  if (print === null || approval.fingerprint !== print) return 'fingerprint';
  if (repository === undefined) return 'no-repository';
  if (!sameRepository(approval.repository, repository)) return 'repository';
  return approvalExpired(approval, now) ? 'expired' : undefined;
}

/** The approval that clears this fingerprint in this repository today, if any. */
export function applyApprovals(print: string, approvals: readonly Approval[], repository: string | undefined, now: Date): Approval | undefined {
  return approvals.find((a) => approvalMismatch(a, print, repository, now) === undefined);
}
