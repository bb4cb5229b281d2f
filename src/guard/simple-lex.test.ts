// The fast path (simple-lex.ts) must read every line it accepts exactly as the tree-sitter path does: over the whole
// corpus, over the shell strings nested in it, and over random lines drawn from the characters that matter to bash.
// A line it declines is read by the parser, so declining is always safe; accepting wrongly is not.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { corpus } from './corpus.js';
import { loadParser, parseScript, type ParsedScript } from './shell.js';
import { lexSimple } from './simple-lex.js';

let parser: Parser;
beforeAll(async () => { parser = await loadParser(); });

const viaParser = (text: string): ParsedScript => parseScript(parser, text, { deadline: performance.now() + 5000, nodes: 50_000 });

/** Every string the corpus lines hold, and every line: nested scripts (`bash -c '…'`) reach lexSimple too. */
function samples(): string[] {
  const out = new Set<string>();
  for (const { command } of corpus()) {
    out.add(command);
    for (const part of command.split(/['"]/)) out.add(part);
    for (const part of command.split(/&&|\|\||;|\|/)) out.add(part.trim());
  }
  return [...out];
}

describe('simple-lex agrees with the shell parser', () => {
  test('on every corpus line and fragment it accepts, and it accepts the everyday ones', () => {
    const all = samples();
    let accepted = 0;
    const wrong: string[] = [];
    for (const text of all) {
      const fast = lexSimple(text);
      if (!fast) continue;
      accepted++;
      const slow = viaParser(text);
      try { expect(fast).toEqual(slow); } catch { wrong.push(text); }
    }
    expect(wrong).toEqual([]);
    // Not vacuous: most plain lines take the fast path.
    expect(accepted).toBeGreaterThan(1000);
    for (const line of ['pulumi preview', 'terraform plan -out tfplan', 'pulumi up --plan plan.json --stack prod', 'aws s3 ls s3://bucket/prefix/',
      'curl -X POST https://backboard.railway.app/graphql/v2 -d \'{"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}\'',
      'kubectl delete pvc data-0 -n prod', 'gh api -X DELETE repos/o/r', 'git commit -m "fix the tests"',
      'cd infra && pulumi preview | tee out', 'a && b', 'a; b', 'a | b', 'a||b', 'echo x | base64 -d | bash', 'npm ci && npm test; echo done',
      'pulumi preview --json > preview.json', 'terraform plan -no-color > plan.txt 2>&1', 'aws s3 ls 2>/dev/null | head', 'a < f', 'a > f b', 'a>f', 'a &>> log']) {
      expect(lexSimple(line), line).toBeDefined();
    }
  });

  test('declines what only a shell can read', () => {
    for (const line of ['a & b', 'a &', 'a |& b', 'a;; b', 'a ;& b', '&& a', 'a && && b', 'a &&', 'a |', 'a;', '; a', 'a && time b', 'a | if b', 'a | b && c', 'a | b; c', '> f a', 'a <<EOF', 'a <<< x', 'a <> f', 'a >&-', 'a 2>&- b', 'a 2&>f', 'a >& f', 'a <(b)', 'a >',
      'a | b > f | c', 'a && b > f | c', 'echo - 2>f',  'echo $HOME', 'echo `id`', 'echo $(id)', 'a\\ b', 'echo {a,b}', 'ls *.json',
      'ls ~', 'FOO=1 pulumi destroy', 'export A=1', 'time pulumi destroy', 'if true', '# pulumi destroy', '(pulumi destroy)', 'echo "$X"',
      'echo "a\\"b"', "echo 'open", 'echo "open', 'pulumi\ndestroy', 'echo "a\nb"', 'echo "hi!"', 'pulumi de\u0455troy', 'a\tb\u0000', '', '   ']) {
      expect(lexSimple(line), JSON.stringify(line)).toBeUndefined();
    }
  });

  test('on random lines over bash\'s special characters, whatever it accepts the parser reads the same', () => {
    const alphabet = fc.constantFrom(...'ab -_./:=,@%+\'"$`\\!#&;|<>(){}[]*?~\t\n^'.split(''), 'pulumi', 'destroy', 'if', 'export', 'time', 'x=1');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
      const fast = lexSimple(text);
      if (fast) expect(fast).toEqual(viaParser(text));
    }), { numRuns: 3000, seed: 20261203 });
  });

  test('on random lists and pipelines of plain commands with redirections (mostly accepted), the parser reads the same, stdin and all', () => {
    const plain = fc.stringMatching(/^[A-Za-z0-9_\-.\/:,@+=]{1,6}$/);
    const quoted = fc.string({ unit: fc.constantFrom(...' abz09&;|<>()-_'.split('')), maxLength: 6 }).map((t) => `'${t}'`);
    const name = fc.constantFrom('echo', 'printf', 'cat', 'base64', 'bash', 'sudo', 'env', 'curl', 'pulumi', 'terraform', 'tee', 'x');
    const redirect = fc.constantFrom('> out', '>out', '2>&1', '>&2', '>> log', '< in', '<in', '&> all', '&>>all', '2>/dev/null', '>| f', '2> \'a b\'', '1>f', '>&-', '<<< x', '<> f', '> ');
    const command = fc.tuple(name, fc.array(fc.oneof(plain, quoted, fc.constantFrom('-d', '-n', 'destroy', '-c', '-'), redirect), { maxLength: 4 })).map(([n, w]) => [n, ...w].join(' '));
    const operator = fc.constantFrom(' && ', ' || ', '; ', ' | ', '|', '&&', ';', ' ; ', ' |& ', ' & ', ';;');
    const line = fc.tuple(command, fc.array(fc.tuple(operator, command), { minLength: 1, maxLength: 4 }))
      .map(([first, rest]) => first + rest.map(([op, c]) => op + c).join(''));
    let accepted = 0;
    fc.assert(fc.property(line, fc.constantFrom<Parameters<typeof lexSimple>[1]>({ kind: 'none' }, { kind: 'text', text: 'x\n' }), (text, stdin) => {
      const fast = lexSimple(text, stdin);
      if (!fast) return;
      accepted++;
      expect(fast).toEqual(parseScript(parser, text, { deadline: performance.now() + 5000, nodes: 50_000 }, stdin));
    }), { numRuns: 3000, seed: 20261204 });
    expect(accepted).toBeGreaterThan(500);
  });

  test('on random lines of plain words and quoted strings (mostly accepted), the parser reads the same', () => {
    const plain = fc.stringMatching(/^[A-Za-z0-9_\-.\/:,@+=]{1,6}$/);
    const inside = fc.string({ unit: fc.constantFrom(...' abz09{}[]()*?~#&;|<>!$`\\%^=@:,.-_"\''.split('')), maxLength: 6 });
    const single = inside.filter((t) => !t.includes('\'')).map((t) => `'${t}'`);
    const double = inside.filter((t) => !/["$`\\!]/.test(t)).map((t) => `"${t}"`);
    const word = fc.array(fc.oneof(plain, single, double), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
    const name = fc.oneof(fc.constantFrom('pulumi', 'terraform', 'aws', 'curl', 'kubectl', 'bash', 'env', 'sudo', 'node', 'x'), fc.stringMatching(/^[A-Za-z0-9_.\/][A-Za-z0-9_.\/-]{0,5}$/), word);
    const line = fc.tuple(fc.constantFrom('', ' ', '\t'), name, fc.array(word, { maxLength: 6 }), fc.constantFrom(' ', '  ', '\t'))
      .map(([lead, first, words, sep]) => lead + [first, ...words].join(sep));
    let accepted = 0;
    fc.assert(fc.property(line, (text) => {
      const fast = lexSimple(text);
      if (!fast) return;
      accepted++;
      expect(fast).toEqual(viaParser(text));
    }), { numRuns: 4000, seed: 20261203 });
    expect(accepted).toBeGreaterThan(500);
  });
});
