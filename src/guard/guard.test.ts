// The guard over its corpus (every destructive command plain and in each disguise, every everyday command), plus
// the parts that decide on their own: look-alike folding, the pre-scan, the GraphQL scanner, budgets.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { destructiveMutations, scanCode } from './api.js';
import { BENIGN, corpus, CORPUS_FILES, DESTRUCTIVE, DISGUISED } from './corpus.js';
import { decide, sha256File, type DecideOptions } from './decide.js';
import { fold, mentionedWord, needsParse } from './text.js';

let options: DecideOptions;

beforeAll(() => {
  const cwd = mkdtempSync(join(tmpdir(), 'guard-corpus-'));
  writeFileSync(join(cwd, 'gated.json'), '{"version":1,"resourcePlans":{}}');
  writeFileSync(join(cwd, 'gated.tfplan'), 'PK\u0003\u0004 binary plan');
  writeFileSync(join(cwd, 'not-recorded.json'), '{"version":1}');
  writeFileSync(join(cwd, 'not-recorded.tfplan'), 'PK other plan');
  // What the corpus's commands read (bodies the cloud CLIs send, SQL files the database shells run).
  for (const [name, text] of Object.entries(CORPUS_FILES)) writeFileSync(join(cwd, name), text);
  const gated = new Set([sha256File(join(cwd, 'gated.json')), sha256File(join(cwd, 'gated.tfplan'))]);
  options = {
    cwd,
    isGatedPlan: (sha) => gated.has(sha),
    protectedPaths: ['/home/agent/.local/state/deploy-gate', '.local/state/deploy-gate', '.config/deploy-gate', '.claude/settings.json', '.cursor/hooks.json'],
  };
});

describe('corpus', () => {
  const entries = corpus();

  test('holds at least 300 commands, both directions', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(entries.filter((e) => e.expect === 'allow').length).toBeGreaterThanOrEqual(150);
    expect(entries.filter((e) => e.expect === 'refuse').length).toBeGreaterThanOrEqual(150);
  });

  test('every destructive command is refused with the expected rule, plain and in every disguise', async () => {
    const wrong: string[] = [];
    for (const entry of entries.filter((e) => e.expect === 'refuse')) {
      const d = await decide(entry.command, options);
      if (d.decision !== 'refuse') wrong.push(`allowed: ${entry.command}`);
      else if (entry.rule && !d.refusals.some((r) => r.rule === entry.rule)) wrong.push(`${d.refusals.map((r) => r.rule).join(',')} instead of ${entry.rule}: ${entry.command}`);
      else if (d.refusals.some((r) => !r.reason || !r.alternative)) wrong.push(`refusal without reason or alternative: ${entry.command}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every everyday command is allowed, plain and wrapped', async () => {
    const wrong: string[] = [];
    for (const entry of entries.filter((e) => e.expect === 'allow')) {
      const d = await decide(entry.command, options);
      if (d.decision !== 'allow') wrong.push(`${d.refusals.map((r) => `${r.rule}: ${r.reason}`).join('; ')} ← ${entry.command}`);
    }
    expect(wrong).toEqual([]);
  });

  test('the plain lists have no duplicates', () => {
    const all = [...DESTRUCTIVE, ...DISGUISED, ...BENIGN].map((e) => e.command);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('plans bound to the gate', () => {
  test('a recorded plan passes; the same path with other content does not', async () => {
    expect((await decide('terraform apply gated.tfplan', options)).decision).toBe('allow');
    const other = { ...options, isGatedPlan: () => false };
    const d = await decide('terraform apply gated.tfplan', other);
    expect(d.refusals.map((r) => r.rule)).toEqual(['plan-not-gated']);
    expect(d.refusals[0]?.reason).toContain('sha256');
  });

  test('pulumi up --plan with an unreadable file is refused as unreadable', async () => {
    const d = await decide('pulumi up --plan nowhere.json', options);
    expect(d.refusals[0]?.reason).toContain('cannot be read');
  });
});

describe('look-alike letters', () => {
  test('fold maps Cyrillic, Greek, full-width and invisible characters to the ASCII they imitate', () => {
    expect(fold('pulumі')).toBe('pulumi');
    expect(fold('ｔｅｒｒａｆｏｒｍ')).toBe('terraform');
    expect(fold('kubесtl')).toBe('kubectl');
    expect(fold('pu\u200blumi')).toBe('pulumi');
    expect(fold('rаilwаy')).toBe('railway');
    expect(fold('ρulumi')).toBe('pulumi');
  });

  test('a look-alike name of an unguarded program is not refused for its letters', async () => {
    const d = await decide('еcho hello', options);
    expect(d.decision).toBe('allow');
  });
});

describe('pre-scan', () => {
  test('lines without a guarded word skip the parser; quoting and escapes cannot hide one from it', () => {
    expect(needsParse('ls -la && git status')).toBe(false);
    expect(needsParse('npm test')).toBe(false);
    expect(needsParse('p"u"l\'u\'m\\i destroy')).toBe(true);
    expect(needsParse('pulumі preview')).toBe(true);
    expect(needsParse('$\'\\x70\\x75\\x6c\\x75\\x6d\\x69\'')).toBe(true);
    expect(needsParse('echo cHVsdW1p | base64 -d | sh')).toBe(true);
  });

  test('mentions are whole words, camelCase and snake_case split', () => {
    expect(mentionedWord('curl -d "$Q" https://x/graphql # volumeDelete')).toBe('delete');
    expect(mentionedWord('git log --oneline')).toBeUndefined();
    expect(mentionedWord('cat markdown.md download.txt')).toBeUndefined();
  });
});

describe('GraphQL', () => {
  test('finds destructive top-level fields of mutations, through aliases, variables, JSON and URL encoding', () => {
    expect(destructiveMutations('mutation { volumeDelete(volumeId: "v") }').map((h) => h.field)).toEqual(['volumeDelete']);
    expect(destructiveMutations('mutation M($id: ID!) @live { x: deleteProject(id: $id) { id } }').map((h) => h.field)).toEqual(['deleteProject']);
    expect(destructiveMutations('{"query":"mutation {\\n  serviceDelete(id: \\"s\\") { id }\\n}"}').map((h) => h.field)).toEqual(['serviceDelete']);
    expect(destructiveMutations('query=mutation%20%7B%20dropTable%20%7D').map((h) => h.field)).toEqual(['dropTable']);
  });

  test('fields selected through fragments and inside a namespace field are read', () => {
    expect(destructiveMutations('mutation { ...F } fragment F on Mutation { projectDelete(id: 1) }').map((h) => h.field)).toEqual(['projectDelete']);
    expect(destructiveMutations('mutation { ... on Mutation { bucketDelete(id: 1) } }').map((h) => h.field)).toEqual(['bucketDelete']);
    expect(destructiveMutations('mutation { volume(id: "v") { delete } }').map((h) => h.field)).toEqual(['volume.delete']);
    expect(destructiveMutations('mutation { projects { x: remove(id: 1) { id } } }').map((h) => h.field)).toEqual(['projects.remove']);
    expect(destructiveMutations('mutation { ...F } fragment F on Mutation { volumeCreate(name: "x") { id } }')).toEqual([]);
  });

  test('queries, creating mutations and nested fields named delete are not destructive', () => {
    expect(destructiveMutations('query { deletedItems { id } }')).toEqual([]);
    expect(destructiveMutations('mutation { createVolume(input: {deleteOnTermination: true}) { id } }')).toEqual([]);
    expect(destructiveMutations('mutation { updateUser(id: 1) { deletePermissions } }')).toEqual([]);
    expect(destructiveMutations('"mutationCount": 3')).toEqual([]);
  });

  test('reads each character once: half a megabyte of nested mutation keywords finishes (a rescan would take minutes)', () => {
    const text = `${'mutation { a'.repeat(40_000)}${' }'.repeat(40_000)}`;
    expect(destructiveMutations(text)).toEqual([]);
    expect(destructiveMutations(`${'mutation {'.repeat(40_000)} volumeDelete`).map((h) => h.field)).toEqual([]);
  });
});

describe('inline code', () => {
  test('SDK calls count only when they name a stateful thing', () => {
    expect(scanCode('s3.delete_bucket(Bucket="b")').sdkCalls).toEqual(['delete_bucket']);
    expect(scanCode('m.delete(k); list.remove(x); df.drop_duplicates()').sdkCalls).toEqual([]);
  });
});

describe('budget', () => {
  test('pathological nesting is decided within the budget, and refused when it mentions a guarded verb', async () => {
    for (const bad of [`${'$('.repeat(5000)} terraform destroy`, `${'(('.repeat(20_000)}pulumi destroy`, `${'"$('.repeat(3000)} kubectl delete ns x`]) {
      const d = await decide(bad, { ...options, budgetMs: 1000 });
      expect(d.decision).toBe('refuse');
    }
    expect((await decide(`${'"$('.repeat(3000)}`, { ...options, budgetMs: 1000 })).decision).toBe('allow');
  });

  test('a command line too long to parse is refused when it mentions a guarded verb, allowed otherwise', async () => {
    const long = `echo ${'a'.repeat(200_000)}`;
    expect((await decide(`${long}; pulumi destroy`, options)).decision).toBe('refuse');
    expect((await decide(`${long}; pulumi preview`, options)).decision).toBe('refuse');
    expect((await decide(`${long}; npm test`, options)).decision).toBe('allow');
  });
});

describe('text the grammar leaves out of the tree', () => {
  // tree-sitter-bash drops a bare `-` right before a here-document or a numbered redirection; bash passes it on.
  test('plain words it drops are read back as the command\'s', async () => {
    const { loadParser, parseScript } = await import('./shell.js');
    const parser = await loadParser();
    const parse = (text: string) => parseScript(parser, text, { deadline: performance.now() + 5000, nodes: 50_000 });
    expect(parse('echo a - 2>f b').commands[0]!.words.map((w) => w.value)).toEqual(['echo', 'a', '-', 'b']);
    const script = parse("python3 - <<'EOF'\nprint(1)\nEOF");
    expect(script.commands[0]!.words.map((w) => w.value)).toEqual(['python3', '-']);
    expect(script.unknown).toEqual([]);
    expect((await decide("python3 - <<'EOF'\nprint(sum(range(10)))\nEOF", options)).decision).toBe('allow');
    expect((await decide("python3 - 2>/dev/null <<'EOF'\nimport boto3\nboto3.client('s3').delete_bucket(Bucket='prod-data')\nEOF", options)).decision).toBe('refuse');
  });
});

describe('curl config files', () => {
  test('the options of -K FILE are judged with the command line; an unreadable one is not understood', async () => {
    const { curlConfigArgs } = await import('./tools.js');
    expect(curlConfigArgs('# a comment\nrequest = DELETE\nurl = "https://api.digitalocean.com/v2/volumes/a\\"b"\n-H: Authorization: Bearer x\nsilent\n')).toEqual([
      '--request', 'DELETE', '--url', 'https://api.digitalocean.com/v2/volumes/a"b', '-H', 'Authorization:', '--silent',
    ]);
    expect(curlConfigArgs('url = "https://unclosed')).toBeUndefined();
    writeFileSync(join(options.cwd, 'delete.curlrc'), 'request = DELETE\nurl = "https://api.digitalocean.com/v2/volumes/7a9c"\n');
    writeFileSync(join(options.cwd, 'get.curlrc'), 'silent\nurl = https://api.github.com/repos/o/r\n');
    writeFileSync(join(options.cwd, 'nested.curlrc'), 'config = delete.curlrc\n');
    expect((await decide('curl -K delete.curlrc', options)).decision).toBe('refuse');
    expect((await decide('curl --config=delete.curlrc -s', options)).decision).toBe('refuse');
    expect((await decide('curl -K get.curlrc', options)).decision).toBe('allow');
    expect((await decide('curl -K nested.curlrc', options)).decision).toBe('refuse');
    expect((await decide('curl -K missing.curlrc https://example.com', options)).decision).toBe('refuse');
    expect((await decide("curl -K - <<'EOF'\nrequest = DELETE\nurl = https://api.digitalocean.com/v2/volumes/7a9c\nEOF", options)).decision).toBe('refuse');
  });
});
