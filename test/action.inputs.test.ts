// src/action/inputs.ts: a plain object stands in for core.getInput; no module mocks.
import { describe, expect, test } from 'vitest';
import { InputsError, readInputs } from '../src/action/inputs.js';

const defaults = { format: 'auto', 'github-token': 'ghs_x', comment: 'true', 'fail-on': 'block' };
const read = (inputs: Record<string, string>) => readInputs((name) => ({ ...defaults, ...inputs })[name as keyof typeof defaults] ?? '');
const problems = (inputs: Record<string, string>) => {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputsError) return error.problems;
    throw error;
  }
  return [];
};

describe('readInputs', () => {
  test('the action.yml defaults give a typed object', () => {
    expect(read({ plan: 'plan.json' })).toEqual({ plan: ['plan.json'], token: 'ghs_x', comment: true, commentAuthor: 'github-actions[bot]', failOn: 'block', approvers: [], reviewApprovals: false });
  });

  test('plan: one path or glob per line; blank lines and # comments are skipped', () => {
    expect(read({ plan: ' a.json \n\n# the pulumi stack\nplans/**/*.json\r\n!plans/old/*' }).plan).toEqual(['a.json', 'plans/**/*.json', '!plans/old/*']);
  });

  test('every optional input, typed', () => {
    expect(read({
      plan: 'p', format: 'pulumi-events', config: 'deploy-gate.yml', source: ' infra/ ', sarif: 'out/gate.sarif', comment: 'False', 'comment-author': ' Deploy-Gate-App[bot] ',
      'fail-on': 'warn', approvers: '@Mia, acme/Platform\nbob', 'review-approvals': 'true',
    })).toEqual({
      plan: ['p'], format: 'pulumi-events', config: 'deploy-gate.yml', source: 'infra/', token: 'ghs_x', comment: false, commentAuthor: 'Deploy-Gate-App[bot]', sarif: 'out/gate.sarif', failOn: 'warn',
      approvers: [{ kind: 'user', login: 'mia' }, { kind: 'team', org: 'acme', slug: 'platform' }, { kind: 'user', login: 'bob' }],
      reviewApprovals: true,
    });
  });

  test.for([
    [{ plan: '' }, '`plan` is required'],
    [{ plan: 'p', format: 'hcl' }, '`format` must be auto or one of'],
    [{ plan: 'p', comment: 'yes' }, "`comment` must be true or false, not 'yes'"],
    [{ plan: 'p', 'review-approvals': 'on' }, "`review-approvals` must be true or false, not 'on'"],
    [{ plan: 'p', 'fail-on': 'error' }, "`fail-on` must be block or warn, not 'error'"],
    [{ plan: 'p', approvers: 'a/b/c' }, "`approvers`: 'a/b/c' is neither"],
    [{ plan: 'p', approvers: 'bad_login!' }, "`approvers`: 'bad_login!' is neither"],
    [{ plan: 'p', 'github-token': '' }, '`github-token` is empty'],
    [{ plan: 'p', 'comment-author': 'my app' }, "`comment-author`: 'my app' is not a GitHub login"],
    [{ plan: 'p', 'comment-author': 'app[bot][bot]' }, "`comment-author`: 'app[bot][bot]' is not a GitHub login"],
  ] as const)('%j is refused', ([inputs, problem]) => {
    expect(problems(inputs).join('\n')).toContain(problem);
  });

  test('all problems are reported at once', () => {
    expect(problems({ plan: '', 'fail-on': 'x', comment: 'x' })).toHaveLength(3);
  });

  test('no token is fine when nothing is posted', () => {
    expect(read({ plan: 'p', 'github-token': '', comment: 'false' }).token).toBe('');
  });
});
