import { describe, expect, test } from 'vitest';
import { Renderer } from '../../policy/engine/render.js';
import { entriesOf } from './entries.js';
import { finding, report } from '../../test/support/report-fixtures.js';
import { countsPhrase, verdictWord } from './summary.js';
import { renderText } from './text.js';
import { colorEnabled, terminalWidth, wrap } from './wrap.js';

describe('the headline and its counts', () => {
  test('an allowed plan with warnings says how many', () => {
    const warns = [finding({ level: 'warn', rule: 'require-delete-protection', resource: 'a' }), finding({ level: 'warn', rule: 'require-delete-protection', resource: 'b' }), finding({ level: 'warn', rule: 'no-cross-env-storage', resource: 'a' })];
    expect(verdictWord(report(warns))).toBe('ALLOWED with 3 warnings');
    expect(renderText(report(warns), { color: false })).toMatch(/^✔ ALLOWED with 3 warnings: /);
    expect(verdictWord(report([warns[0]!]))).toBe('ALLOWED with 1 warning');
    expect(verdictWord(report([]))).toBe('ALLOWED');
    // Two warnings of one rule on one resource are one entry, so one warning.
    expect(verdictWord(report([warns[0]!, finding({ level: 'warn', rule: 'require-delete-protection', resource: 'a', message: 'another reason' })]))).toBe('ALLOWED with 1 warning');
  });

  test('counts are singular for one', () => {
    expect(countsPhrase({ delete: 1 })).toBe('1 change (1 delete)');
    expect(countsPhrase({ update: 2, delete: 3 })).toBe('5 changes (2 update, 3 delete)');
    expect(countsPhrase({ resources: 1 })).toBe('1 resource, no changes');
    expect(countsPhrase({ resources: 12000 })).toBe('12,000 resources, no changes');
    expect(countsPhrase({})).toBe('no changes');
    expect(countsPhrase({ drift: 1, create: 1, delete: 1, 'no-op': 1 })).toBe('2 changes (1 create, 1 delete), 1 drift, 1 no-op');
  });
});

describe('one entry per rule and resource', () => {
  const three = [
    finding({ message: 'deletion_protection is off' }),
    finding({ message: 'skip_final_snapshot is true' }),
    finding({ message: 'backups are deleted with it', action: 'replace' }),
    finding({ resource: 'aws_db_instance.other', message: 'other is deleted' }),
  ];

  test('several findings of one rule on one resource are reasons under one heading', () => {
    const entries = entriesOf(three, new Renderer(report(three)));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ resource: 'aws_db_instance.main', actions: ['delete', 'replace'], reasons: ['deletion_protection is off', 'skip_final_snapshot is true', 'backups are deleted with it'] });
    const text = renderText(report(three), { color: false });
    expect(text.match(/BLOCK {4}no-stateful-delete:/g)).toHaveLength(2);
    expect(text).toContain('no-stateful-delete: delete, replace aws_db_instance.main [env: prod]\n           - deletion_protection is off\n           - skip_final_snapshot is true\n');
  });

  test("a rule's fix is shown once, not per finding or per entry", () => {
    const text = renderText(report(three), { color: false });
    expect(text.match(/fix: Keep the resource/g)).toHaveLength(1);
  });
});

describe('fitting the terminal', () => {
  test('wrap breaks at spaces with a hanging indent and keeps a long word whole', () => {
    expect(wrap('aaa bbb ccc ddd', 9, '> ', '  ')).toEqual(['> aaa bbb', '  ccc ddd']);
    const hash = `sha256:${'0'.repeat(64)}`;
    expect(wrap(`print ${hash} end`, 20, '', '  ')).toEqual(['print', `  ${hash}`, '  end']);
  });

  test('every line of a long report fits 80 columns, and the words are all there', () => {
    const long = [finding({ message: 'word '.repeat(60).trim(), resource: 'module.storage.aws_db_instance.main["eu-west-1"]' })];
    const text = renderText(report(long), { color: false, width: 80 });
    for (const line of text.split('\n')) if (!line.includes('sha256:')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(text.replace(/\n +/g, ' ')).toContain('word '.repeat(60).trim());
  });

  test('the width is the terminal\'s, COLUMNS overrides, 100 without a terminal', () => {
    expect(terminalWidth(undefined, {})).toBe(100);
    expect(terminalWidth(132, {})).toBe(132);
    expect(terminalWidth(132, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth(10, {})).toBe(40);
  });

  test('colour: NO_COLOR wins, FORCE_COLOR=0 or false is off, FORCE_COLOR forces it without a terminal', () => {
    const c = (env: NodeJS.ProcessEnv, isTTY = false, flag = true, toFile = false) => colorEnabled({ flag, isTTY, env, toFile });
    expect(c({}, true)).toBe(true);
    expect(c({ TERM: 'dumb' }, true)).toBe(false);
    expect(c({})).toBe(false);
    expect(c({ FORCE_COLOR: '1' })).toBe(true);
    expect(c({ FORCE_COLOR: '' })).toBe(true);
    expect(c({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(c({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(c({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(c({ NO_COLOR: '' }, true)).toBe(true);
    expect(c({ FORCE_COLOR: '1' }, true, false)).toBe(false);
    expect(c({ FORCE_COLOR: '1' }, true, true, true)).toBe(false);
  });
});

describe('exemptions and approvals that cleared nothing', () => {
  test('follow the stacks, with the file and key, control characters removed; none means no section', () => {
    const text = renderText(report([], { unused: [
      { kind: 'exemption', index: 2, rule: 'no-stateful-delete', resource: 'aws_ebs_volume.\u001b[31mx', stack: 'dev', expires: '2020-01-01', expired: true, file: 'deploy-gate.yml' },
    ] }), { color: false, width: 200 });
    const lines = text.split('\n');
    const at = lines.indexOf('1 exemption cleared nothing:');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Stack prod')));
    expect(lines[at + 1]).toBe('  deploy-gate.yml: exemptions[2]: the exemption of no-stateful-delete for aws_ebs_volume.[31mx in stack dev expired on 2020-01-01 and no longer applies; remove it, or renew it with a new date');
    expect(text).not.toContain('\u001b');
    expect(renderText(report([]), { color: false })).not.toContain('cleared nothing');
  });
});
