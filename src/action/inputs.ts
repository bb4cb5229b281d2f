// action.yml inputs → one typed, validated object. Parsed once, here, at the edge; nothing else reads inputs.
import { INPUT_FORMATS, type InputFormat } from '../readers/detect.js';

/** Reads one input by its action.yml name, '' when unset (the shape of core.getInput). */
export type GetInput = (name: string) => string;

export interface Inputs {
  /** Files, directories or globs, one per line; together they form one report. */
  plan: string[];
  format?: InputFormat;
  config?: string;
  /** Terraform sources (.tf files, a folder of them, or cdk.tf.json) to read `lifecycle.prevent_destroy` from. */
  source?: string;
  token: string;
  comment: boolean;
  /** The login the token comments as: only its marker comment is the sticky one (as given; compared case-insensitively). */
  commentAuthor: string;
  sarif?: string;
  failOn: 'block' | 'warn';
  /** Empty: anyone with write access may approve. Otherwise logins and `org/team` slugs, lowercased. */
  approvers: Approver[];
  /**
   * Whether an APPROVED review's body may carry the approval. Off by default: GitHub's review object does not say
   * whether a GitHub App posted it with a person's token (comments do, in `performed_via_github_app`).
   */
  reviewApprovals: boolean;
}

export type Approver = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

export class InputsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid inputs: ${problems.join('; ')}`);
    this.name = 'InputsError';
  }
}

// GitHub logins: alphanumerics and single hyphens, at most 39 characters; team slugs are lowercase the same way.
const LOGIN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i;
const SLUG = /^[a-z0-9][a-z0-9_.-]{0,99}$/i;
/** A login or a GitHub App's bot login (`<app-slug>[bot]`). */
const AUTHOR = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}(?:\[bot\])?$/i;
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

/** The YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function readInputs(get: GetInput): Inputs {
  const problems: string[] = [];
  const text = (name: string) => get(name).trim();

  const plan = lines(get('plan'));
  if (plan.length === 0) problems.push('`plan` is required: a plan file, a directory or a glob (one per line)');

  const formatText = text('format');
  let format: InputFormat | undefined;
  if (formatText && formatText !== 'auto') {
    if ((INPUT_FORMATS as readonly string[]).includes(formatText)) format = formatText as InputFormat;
    else problems.push(`\`format\` must be auto or one of ${INPUT_FORMATS.join(', ')}, not '${formatText}'`);
  }

  const token = text('github-token');
  const boolean = (name: string, fallback: boolean): boolean => {
    const value = text(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    problems.push(`\`${name}\` must be true or false, not '${value}'`);
    return fallback;
  };
  const comment = boolean('comment', true);
  const reviewApprovals = boolean('review-approvals', false);
  if (comment && !token) problems.push('`github-token` is empty: the sticky comment and approvals need it (or set `comment: false`)');
  const commentAuthor = text('comment-author') || DEFAULT_COMMENT_AUTHOR;
  if (!AUTHOR.test(commentAuthor)) problems.push(`\`comment-author\`: '${commentAuthor}' is not a GitHub login (with a GitHub App token: <app-slug>[bot])`);

  const failOnText = text('fail-on') || 'block';
  if (failOnText !== 'block' && failOnText !== 'warn') problems.push(`\`fail-on\` must be block or warn, not '${failOnText}'`);

  const approvers: Approver[] = [];
  for (const entry of get('approvers').split(/[\s,]+/).map((e) => e.replace(/^@/, '')).filter(Boolean)) {
    const [org, slug, extra] = entry.split('/');
    if (extra === undefined && slug !== undefined && org && LOGIN.test(org) && SLUG.test(slug)) {
      approvers.push({ kind: 'team', org: org.toLowerCase(), slug: slug.toLowerCase() });
    } else if (slug === undefined && LOGIN.test(entry)) {
      approvers.push({ kind: 'user', login: entry.toLowerCase() });
    } else {
      problems.push(`\`approvers\`: '${entry}' is neither a GitHub login nor an org/team slug`);
    }
  }

  if (problems.length > 0) throw new InputsError(problems);
  const config = text('config');
  const source = text('source');
  const sarif = text('sarif');
  return {
    plan,
    ...(format ? { format } : {}),
    ...(config ? { config } : {}),
    ...(source ? { source } : {}),
    token,
    comment,
    commentAuthor,
    ...(sarif ? { sarif } : {}),
    failOn: failOnText as 'block' | 'warn',
    approvers,
    reviewApprovals,
  };
}

function lines(value: string): string[] {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
