// The install snippets in docs/guard.md are what users paste into their agents' settings: each must be valid JSON,
// name a hook mode the guard has, and set the runtime's own fail-closed switch where the runtime has one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HOOKS } from '../src/guard/run.js';

const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'guard.md'), 'utf8');

/** Every ```json block of the doc, parsed (a block that does not parse fails the test that reads it). */
function jsonBlocks(): unknown[] {
  const blocks: unknown[] = [];
  const fence = '```json\n';
  for (let at = doc.indexOf(fence); at >= 0; at = doc.indexOf(fence, at + 1)) {
    const end = doc.indexOf('\n```', at + fence.length);
    blocks.push(JSON.parse(doc.slice(at + fence.length, end)));
  }
  return blocks;
}

interface Entry { command?: string; onFailure?: string; failClosed?: boolean; timeout?: number }

/** Hook entries (objects with a `command` that runs the guard), wherever they sit in a snippet. */
function guardEntries(value: unknown, out: Entry[] = []): Entry[] {
  if (Array.isArray(value)) value.forEach((v) => guardEntries(v, out));
  else if (value && typeof value === 'object') {
    const entry = value as Entry;
    if (typeof entry.command === 'string' && entry.command.includes('deploy-gate guard')) out.push(entry);
    else Object.values(value).forEach((v) => guardEntries(v, out));
  }
  return out;
}

describe('docs/guard.md install snippets', () => {
  const entries = jsonBlocks().flatMap((b) => guardEntries(b));

  test('every JSON snippet parses and runs a hook mode the guard implements', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of entries) {
      const mode = /--hook (\S+)/.exec(entry.command ?? '')?.[1];
      expect(HOOKS as readonly string[]).toContain(mode);
    }
  });

  test('Claude Code entries set onFailure: "block" and Cursor entries failClosed: true', () => {
    const claude = entries.filter((e) => e.command?.includes('--hook claude-code'));
    const cursor = entries.filter((e) => e.command?.includes('--hook cursor'));
    expect(claude.length).toBeGreaterThan(0);
    expect(cursor.length).toBeGreaterThan(0);
    for (const e of claude) expect(e.onFailure).toBe('block');
    for (const e of cursor) expect(e.failClosed).toBe(true);
  });

  test('every timeout leaves the guard room: at least 5 s, where its start is well under one', () => {
    for (const e of entries.filter((x) => x.timeout !== undefined)) expect(e.timeout).toBeGreaterThanOrEqual(5);
  });
});
