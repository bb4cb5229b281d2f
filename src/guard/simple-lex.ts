// The guard's fast path for the command lines agents run most: simple commands of plain words and plain quoted
// strings (`pulumi preview --stack prod`, `curl -X POST https://… -d '{"query": …}'`), alone or joined by the list
// and pipe operators `&&`, `||`, `;` and `|` (`cd infra && pulumi preview | tee out`). For such a line the shell's
// words are known without a grammar, so the guard need not compile tree-sitter's WebAssembly (about 40 ms of every
// start). Anything else (another operator, a redirection, an expansion, an escape, a glob, a brace, a comment, a
// reserved word, an assignment prefix, a newline, a non-ASCII or control character, an empty command) returns
// undefined and goes to the real parser. test/guard.simple-lex.test.ts checks, over the guard's whole corpus and over random lines, that
// every line this accepts gives exactly what the tree-sitter path gives.
import { MAX_PARSE_BYTES, stdoutOf, type ParsedScript, type SimpleCommand, type Stdin, type Word } from './shell.js';

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

/**
 * The simple commands of `text`, when it is plain words and plain quoted strings, one command or several joined by
 * `&&`, `||`, `;` and `|`; otherwise undefined. Each command reads the line's `stdin`, except after a `|`, where it
 * reads what the command before writes (shell.ts `stdoutOf`, as the parser's walk does: a pipe binds tighter than a
 * list, so the command before a `|` is the previous stage).
 */
export function lexSimple(text: string, stdin: Stdin = { kind: 'none' }): ParsedScript | undefined {
  if (text.length > MAX_PARSE_BYTES) return undefined;
  const commands: SimpleCommand[] = [];
  let words: Word[] = [];
  let start = -1;
  let end = -1;
  let input = stdin;
  let piped = false;
  let i = 0;
  /** Ends the command being read at an operator (or the end); false when there is none to end (`&& a`, `a && && b`). */
  const finish = (): boolean => {
    if (words.length === 0) return false;
    commands.push({ words, writes: [], stdin: input, text: text.slice(start, end) });
    words = [];
    start = -1;
    return true;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) { i++; continue; }
    if (c === 0x26 /* & */ || c === 0x7c /* | */ || c === 0x3b /* ; */) {
      const next = text.charCodeAt(i + 1);
      let pipe = false;
      if (c === 0x26 && next === 0x26) i += 2;                       // &&
      else if (c === 0x7c && next === 0x7c) i += 2;                  // ||
      else if (c === 0x3b && next !== 0x3b && next !== 0x26) i += 1; // ; (not ;; or ;&)
      else if (c === 0x7c && next !== 0x26) { i += 1; pipe = true; } // | (not |&)
      else return undefined;                                         // & (background), |&, ;;, ;&
      // tree-sitter-bash hangs a list that follows a pipe on the pipeline's last stage (`a | b && c` reads as
      // `a | (b && c)`, where bash runs `(a | b) && c`): such a line is left to the parser and its walk.
      if (!pipe && piped) return undefined;
      piped ||= pipe;
      const last = commands.length;
      if (!finish()) return undefined;
      input = pipe ? stdoutOf(commands[last], commands[last]!) : stdin;
      continue;
    }
    const wordStart = i;
    let value = '';
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 0x20 || d === 0x09 || d === 0x26 || d === 0x7c || d === 0x3b) break;
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
  // A line ending in an operator (`a &&`, `a |`) continues on the next line in bash: the parser's business.
  if (!finish()) return undefined;
  return { commands, assignments: [], unknown: [] };
}

/** Printable ASCII and the space: what a plain quoted string may hold. */
function printable(c: number): boolean {
  return c >= 0x20 && c < 0x7f;
}
