import { FINGERPRINT_PATTERN } from './fingerprint.js';
import { describeSchemaErrors } from './schema-problems.js';
import { validateApprovalsDocument } from './validators.js';

/** A person's approval of one exact destructive plan. */
export interface Approval {
  fingerprint: string;
  approver: string;
  reason: string;
}

/** JSON Schema of an approvals list; compiled at build time into validators.generated.ts. */
export const approvalsSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['fingerprint', 'approver', 'reason'],
    properties: {
      fingerprint: { type: 'string', pattern: FINGERPRINT_PATTERN.source },
      // A blank approver or reason names no one and says nothing (found by the fuzz run: " " was accepted).
      approver: { type: 'string', minLength: 1, pattern: '\\S' },
      reason: { type: 'string', minLength: 3, pattern: '\\S' },
    },
  },
} as const;

/** Validates an approvals document (a list, or `{ approvals: [...] }`); returns the problems found. */
export function parseApprovals(document: unknown): { approvals: Approval[]; problems: string[] } {
  const wrapped = Boolean(document && typeof document === 'object' && !Array.isArray(document) && 'approvals' in document);
  const list = wrapped ? (document as { approvals: unknown }).approvals : document;
  const errors = validateApprovalsDocument(list);
  if (errors.length === 0) return { approvals: list as Approval[], problems: [] };
  const problems = describeSchemaErrors(errors, approvalsSchema, list);
  // Key paths as the file spells them: under `approvals:` when the list is wrapped in it.
  return {
    approvals: [],
    problems: wrapped ? problems.map((p) => (p.startsWith('(its top level)') ? `approvals${p.slice('(its top level)'.length)}` : `approvals${p}`)) : problems,
  };
}

/** The approval that clears this fingerprint, if any. Only an exact match counts. */
export function applyApprovals(print: string, approvals: readonly Approval[]): Approval | undefined {
  return approvals.find((a) => a.fingerprint === print);
}
