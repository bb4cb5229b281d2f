// The guard's fast path for the command lines agents run most: one simple command of plain words and plain quoted
// strings (`pulumi preview --stack prod`, `curl -X POST https://… -d '{"query": …}'`). For such a line the shell's
// words are known without a grammar, so the guard need not compile tree-sitter's WebAssembly (about 40 ms of every
// start). Anything else (an operator, a redirection, an expansion, an escape, a glob, a brace, a comment, a
// reserved word, an assignment prefix, a newline, a non-ASCII or control character) returns undefined and goes to
// the real parser. test/guard.simple-lex.test.ts checks, over the guard's whole corpus and over random lines, that
// every line this accepts gives exactly what the tree-sitter path gives.
import { MAX_PARSE_BYTES, type ParsedScript, type Stdin, type Word } from './shell.js';

/** Bytes that may appear unquoted in a plain word: they mean nothing to bash there. */
const PLAIN = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./:,@+=') PLAIN[c.charCodeAt(0)] = 1;

/** What the first word may be on this path (linear: one character class, anchored). */
const COMMAND_NAME = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/;

/**
 * Words the shell gives a special meaning when they start a command (reserved words, and the builtins that
 * tree-sitter-bash reads as declarations): a line starting with one goes to the parser.
 */
const SPECIAL_FIRST = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'select',
  'function', 'in', 'time', 'coproc', 'declare', 'typeset', 'export', 'local', 'readonly', 'unset']);

/** The simple command of `text`, when it is one of plain words and plain quoted strings; otherwise undefined. */
export function lexSimple(text: string, stdin: Stdin = { kind: 'none' }): ParsedScript | undefined {
  if (text.length > MAX_PARSE_BYTES) return undefined;
  const words: Word[] = [];
  let start = -1;
  let end = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) { i++; continue; }
    const wordStart = i;
    let value = '';
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 0x20 || d === 0x09) break;
      if (d === 0x27 /* ' */) {
        const close = text.indexOf('\'', i + 1);
        if (close < 0) return undefined;
        for (let j = i + 1; j < close; j++) if (!printable(text.charCodeAt(j))) return undefined;
        value += text.slice(i + 1, close);
        i = close + 1;
      } else if (d === 0x22 /* " */) {
        let j = i + 1;
        for (; j < text.length; j++) {
          const e = text.charCodeAt(j);
          if (e === 0x22) break;
          // $ ` \ expand or escape inside double quotes; ! is history expansion in an interactive bash.
          if (e === 0x24 || e === 0x60 || e === 0x5c || e === 0x21 || !printable(e)) return undefined;
        }
        if (j >= text.length) return undefined;
        value += text.slice(i + 1, j);
        i = j + 1;
      } else if (d < 128 && PLAIN[d] === 1) {
        value += text[i];
        i++;
      } else {
        return undefined;
      }
    }
    const source = text.slice(wordStart, i);
    // The command name is held to letters, digits and `_ . / -` (not first), unquoted: tree-sitter-bash reads
    // other names in its own ways (`a=b` an assignment, `if''` a reserved word, `a@` and `a+:` errors), and the
    // parser then reports what it cannot read. An argument starting with `=` (`==` is read as a test operator): parser too.
    if (words.length === 0 && (!COMMAND_NAME.test(source) || SPECIAL_FIRST.has(source))) return undefined;
    if (source.startsWith('=')) return undefined;
    words.push({ value, text: source });
    if (start < 0) start = wordStart;
    end = i;
  }
  if (words.length === 0) return undefined;
  return { commands: [{ words, writes: [], stdin, text: text.slice(start, end) }], assignments: [], unknown: [] };
}

/** Printable ASCII and the space: what a plain quoted string may hold. */
function printable(c: number): boolean {
  return c >= 0x20 && c < 0x7f;
}
