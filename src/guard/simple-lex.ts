// The guard's fast path for the command lines agents run most: simple commands of plain words and plain quoted
// strings (`pulumi preview --stack prod`, `curl -X POST https://… -d '{"query": …}'`), alone or joined by the list
// and pipe operators `&&`, `||`, `;` and `|` (`cd infra && pulumi preview | tee out`), with plain redirections
// (`> out`, `2>&1`, `< in`) after the command's name. For such a line the shell's
// words are known without a grammar, so the guard need not compile tree-sitter's WebAssembly (about 40 ms of every
// start). Anything else (another operator, another redirection, an expansion, an escape, a glob, a brace, a comment, a
// reserved word, an assignment prefix, a newline, a non-ASCII or control character, an empty command) returns
// undefined and goes to the real parser. test/guard.simple-lex.test.ts checks, over the guard's whole corpus and over random lines, that
// every line this accepts gives exactly what the tree-sitter path gives.
import { clip, MAX_PARSE_BYTES, stdoutOf, type ParsedScript, type SimpleCommand, type Stdin, type Word } from './shell.js';

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
 * `&&`, `||`, `;` and `|`, with plain output and input redirections after the command's name (`> out`, `2>&1`,
 * `2>> log`, `&> all`, `< in`); otherwise undefined. Each command reads the line's `stdin`, except after a `|`,
 * where it reads what the command before writes (shell.ts `stdoutOf`, as the parser's walk does: a pipe binds
 * tighter than a list, so the command before a `|` is the previous stage), or the file it redirects its input
 * from. A redirection's target is one of the command's `writes`; the words after it are still its arguments.
 */
export function lexSimple(text: string, stdin: Stdin = { kind: 'none' }): ParsedScript | undefined {
  if (text.length > MAX_PARSE_BYTES) return undefined;
  const commands: SimpleCommand[] = [];
  let words: Word[] = [];
  let writes: Word[] = [];
  let fromFile: Stdin | undefined;
  let start = -1;
  let end = -1;
  let redirected = false;
  let input = stdin;
  let piped = false;
  let redirectedLater = false;
  let i = 0;
  /** Ends the command being read at an operator (or the end); false when there is none to end (`&& a`, `a && && b`). */
  const finish = (): boolean => {
    if (words.length === 0) return false;
    commands.push({ words, writes, stdin: fromFile ?? input, text: text.slice(start, end) });
    words = [];
    writes = [];
    fromFile = undefined;
    redirected = false;
    start = -1;
    return true;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) { i++; continue; }
    const redirect = redirectAt(text, i);
    if (redirect) {
      // Before the command's name (`> f a`), the parser reads it as part of the command: left to it.
      if (words.length === 0 || redirect === 'decline') return undefined;
      // tree-sitter-bash drops a bare `-` word right before a numbered redirection (`echo - 2>f` reads as `echo 2>f`):
      // the parser's reading, not bash's; left to it.
      if (words[words.length - 1]!.text === '-' && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) return undefined;
      let j = redirect.next;
      while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
      const target = redirect.digitsOnly ? digitsAt(text, j) : readWord(text, j);
      if (!target) return undefined;
      if (redirect.output) writes.push({ value: target.value, text: target.source });
      // As shell.ts fileInput: the literal path is kept for the tools that read the file (a SQL shell's `< f.sql`).
      else fromFile = { kind: 'unknown', from: `the file ${clip(target.source)}`, path: target.value };
      redirected = true;
      redirectedLater ||= commands.length > 0;
      i = target.next;
      continue;
    }
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
      // It also hangs a redirection of a later command on all that comes before it (`a && b > f | c` reads as
      // `(a && b) > f | c`, `a | b > f | c` as `(a | b) > f | c`), so that what follows the pipe reads a's output.
      if (pipe && (redirectedLater || (redirected && commands.length > 0))) return undefined;
      piped ||= pipe;
      const last = commands.length;
      if (!finish()) return undefined;
      input = pipe ? stdoutOf(commands[last], commands[last]!) : stdin;
      continue;
    }
    const word = readWord(text, i);
    if (!word) return undefined;
    const source = word.source;
    // The command name is held to letters, digits and `_ . / -` (not first), unquoted: tree-sitter-bash reads
    // other names in its own ways (`a=b` an assignment, `if''` a reserved word, `a@` and `a+:` errors), and the
    // parser then reports what it cannot read. An argument starting with `=` (`==` is read as a test operator): parser too.
    if (words.length === 0 && (!COMMAND_NAME.test(source) || SPECIAL_FIRST.has(source))) return undefined;
    if (source.startsWith('=')) return undefined;
    words.push({ value: word.value, text: source });
    if (start < 0) start = i;
    // The command's text is what comes before its first redirection, as the parser's is (the words after a
    // redirection's target are still its arguments).
    if (!redirected) end = word.next;
    i = word.next;
  }
  // A line ending in an operator (`a &&`, `a |`) continues on the next line in bash: the parser's business.
  if (!finish()) return undefined;
  return { commands, assignments: [], unknown: [] };
}

/** One word of plain characters and plain quoted strings at `i`, up to a blank or an operator; undefined if not one. */
function readWord(text: string, i: number): { value: string; source: string; next: number } | undefined {
  const wordStart = i;
  let value = '';
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === 0x20 || d === 0x09 || d === 0x26 || d === 0x7c || d === 0x3b || d === 0x3e /* > */ || d === 0x3c /* < */) break;
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
  return i > wordStart ? { value, source: text.slice(wordStart, i), next: i } : undefined;
}

/** A file descriptor number at `i` (the target of `2>&1`), up to a blank or an operator. */
function digitsAt(text: string, i: number): { value: string; source: string; next: number } | undefined {
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j === i) return undefined;
  const after = text.charCodeAt(j);
  if (j < text.length && after !== 0x20 && after !== 0x09 && after !== 0x26 && after !== 0x7c && after !== 0x3b) return undefined;
  return { value: text.slice(i, j), source: text.slice(i, j), next: j };
}

/**
 * A redirection operator at `i`, with the file descriptor digits before it: `>`, `>>`, `>|`, `&>`, `&>>`, `<`, and
 * `>&` to a descriptor number; `decline` for the ones left to the parser (here-documents and here-strings, `<>`,
 * `<&`, `>&` to anything else, `&>` with a descriptor); undefined when there is none.
 */
function redirectAt(text: string, i: number): { output: boolean; digitsOnly: boolean; next: number } | 'decline' | undefined {
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  const fd = j > i;
  const c = text.charCodeAt(j);
  const d = text.charCodeAt(j + 1);
  if (c === 0x26 /* & */ && d === 0x3e) {
    if (fd) return 'decline';
    return { output: true, digitsOnly: false, next: text.charCodeAt(j + 2) === 0x3e ? j + 3 : j + 2 };
  }
  if (c === 0x3e /* > */) {
    if (d === 0x3e || d === 0x7c) return { output: true, digitsOnly: false, next: j + 2 };
    if (d === 0x26) return /[0-9]/.test(text[j + 2] ?? '') ? { output: true, digitsOnly: true, next: j + 2 } : 'decline';
    return { output: true, digitsOnly: false, next: j + 1 };
  }
  if (c === 0x3c /* < */) {
    if (d === 0x3c || d === 0x3e || d === 0x26 || d === 0x28) return 'decline';
    return { output: false, digitsOnly: false, next: j + 1 };
  }
  return undefined;
}

/** Printable ASCII and the space: what a plain quoted string may hold. */
function printable(c: number): boolean {
  return c >= 0x20 && c < 0x7f;
}
