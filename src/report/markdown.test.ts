import { describe, expect, test } from 'vitest';
import type { Finding } from '../../policy/engine/evaluate.js';
import { finding, report } from '../../test/support/report-fixtures.js';
import type { Unused } from '../../policy/engine/evaluate.js';
import { MAX_UNUSED_LISTED, renderMarkdown } from './markdown.js';

const GITHUB_COMMENT_LIMIT = 65_536;

describe('the PR comment', () => {
  const mixed: Finding[] = [
    finding({ rule: 'require-delete-protection', level: 'warn', resource: 'aws_s3_bucket.logs', action: 'update', message: 'no prevent_destroy', fix: 'Add prevent_destroy.' }),
    finding({ rule: 'no-protection-downgrade', fix: 'Keep deletion_protection on.', resource: 'aws_db_instance.users', action: 'update', message: 'deletion_protection true → false' }),
    finding({ resource: 'aws_db_instance.main', message: 'holds data and is deleted' }),
    finding({ resource: 'aws_db_instance.main', message: 'its final snapshot is skipped' }),
    finding({ rule: 'no-colocated-backups', resource: 'aws_db_instance.main', message: 'backups go with it', fix: 'Keep backups elsewhere.' }),
  ];

  test('groups by what the plan does, deletions first, one line per resource, no table', () => {
    const md = renderMarkdown(report(mixed));
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings.slice(0, 3)).toEqual(['### 💥 Destroys data (1 resource)', '### 🔓 Removes protection from data (1 resource)', '### ⚠️ Puts data at risk (1 resource)']);
    expect(md).not.toMatch(/^\|/m);
    const main = md.split('\n').filter((l) => l.startsWith('- ') && l.includes('`aws_db_instance.main`') && l.includes('**delete**'));
    expect(main).toEqual(['- ⛔ **delete** `aws_db_instance.main` in `prod`: `no-stateful-delete`, `no-colocated-backups`']);
    expect(md).toContain('- ⚠️ **update** `aws_s3_bucket.logs`');
    // Each reason appears once, in <details>, and each rule's fix once.
    expect(md).toContain('- `aws_db_instance.main`: holds data and is deleted · its final snapshot is skipped');
    expect(md.match(/Keep the resource, or approve this exact plan/g)).toHaveLength(1);
    expect(md.indexOf('<details><summary>Why, and how to fix</summary>')).toBeGreaterThan(md.indexOf('### 💥'));
  });

  test('the headline counts warnings, with plurals', () => {
    const warn = [finding({ level: 'warn', rule: 'require-delete-protection' })];
    expect(renderMarkdown(report(warn))).toMatch(/^## ✅ deploy-gate: allowed with 1 warning — /);
    expect(renderMarkdown(report([...warn, { ...warn[0]!, resource: 'b' }]))).toMatch(/^## ✅ deploy-gate: allowed with 2 warnings — /);
    expect(renderMarkdown(report([]))).toMatch(/^## ✅ deploy-gate: allowed — nothing in this plan destroys or endangers data/);
  });

  test('a blast-radius graph only when it has more than one node and an edge', () => {
    const one = report(mixed, {}, { blastRadius: [{ resource: 'aws_db_instance.main', type: 'aws_db_instance', action: 'delete', holdsData: true, dependents: [] }] });
    expect(renderMarkdown(one)).not.toContain('```mermaid');
    const lone = report(mixed, {}, { blastRadius: ['a', 'b', 'c'].map((n) => ({ resource: `aws_ebs_volume.${n}`, type: 'aws_ebs_volume', action: 'delete', holdsData: true, dependents: [] })) });
    expect(renderMarkdown(lone), 'lone nodes, no edge: the list above says it all').not.toContain('```mermaid');
    const two = report(mixed, {}, { blastRadius: [{ resource: 'aws_db_instance.main', type: 'aws_db_instance', action: 'delete', holdsData: true, dependents: ['aws_instance.app'] }] });
    expect(renderMarkdown(two)).toContain('```mermaid');
  });

  test('a 10,000-resource plan stays under the GitHub comment limit, says how much was left out and where it is', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 10_000; i++) {
      many.push(finding({ resource: `module.shard_${i}.aws_db_instance.data["${'x'.repeat(40)}"]`, message: `shard ${i} holds data and is deleted; ${'its backups go with it '.repeat(4)}` }));
      if (i % 3 === 0) many.push(finding({ rule: 'require-delete-protection', level: 'warn', resource: `aws_s3_bucket.b${i}`, action: 'update', message: 'no prevent_destroy' }));
    }
    const blastRadius = many.slice(0, 5_000).map((f) => ({ resource: f.resource, type: f.type, action: 'delete', holdsData: true, dependents: ['aws_instance.app'] }));
    const md = renderMarkdown(report(many, {}, { blastRadius }), { fullReport: 'the job summary' });
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(md).toMatch(/^## ⛔ deploy-gate: blocked — 10,000 changes destroy or unprotect data/);
    expect(md).toContain('### 💥 Destroys data (10,000 resources)');
    expect(md).toMatch(/- _…and [\d,]+ more resources, left out to fit a comment: see the job summary\._/);
    // The approval instructions survive the cut, and every <details> is closed.
    expect(md).toContain(`/deploy-gate approve sha256:${'ab'.repeat(32)}`);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
    expect(md).not.toContain('```mermaid');
    // A small plan is not cut.
    expect(renderMarkdown(report(mixed))).not.toContain('left out');
  });
});

describe('exemptions and approvals that cleared nothing', () => {
  const exemption = (index: number, resource = 'aws_ebs_volume.scratch*'): Unused => ({ kind: 'exemption', index, rule: 'no-stateful-delete', resource, expires: '2027-01-31', expired: false, file: 'deploy-gate.yml' });

  test('are listed under the stacks, escaped, and none means no section', () => {
    const md = renderMarkdown(report([], { unused: [exemption(0, 'aws_ebs_volume.<b>x</b>_*'), { kind: 'approval', index: 0, fingerprint: `sha256:${'0'.repeat(64)}`, repository: 'acme/infra', approver: '@octocat', reason: 'fingerprint', key: 'approvals[0]', file: 'approvals.yml' }] }));
    expect(md).toContain('<details><summary>⚠️ 1 exemption and 1 approval cleared nothing</summary>');
    expect(md).toContain('- `deploy-gate.yml: exemptions[0]`: the exemption of no-stateful-delete for aws\\_ebs\\_volume.&lt;b&gt;x&lt;/b&gt;\\_\\* matched no finding');
    expect(md).not.toContain('<b>x</b>');
    expect(md).toContain('- `approvals.yml: approvals[0]`: the approval by');
    expect(md).not.toContain('@octocat');
    expect(renderMarkdown(report([]))).not.toContain('cleared nothing');
  });

  test(`list at most ${MAX_UNUSED_LISTED}, and count the rest`, () => {
    const md = renderMarkdown(report([], { unused: Array.from({ length: MAX_UNUSED_LISTED + 5 }, (_, i) => exemption(i)) }), { fullReport: 'the job summary' });
    expect(md.match(/^- `deploy-gate\.yml: exemptions\[\d+\]`/gm)).toHaveLength(MAX_UNUSED_LISTED);
    expect(md).toContain('- _…and 5 more: see the job summary._');
  });
});
