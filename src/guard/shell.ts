// The shell side of the guard: a real bash parse (tree-sitter-bash through web-tree-sitter, loaded only when a
// command line needs it) turned into the simple commands the shell would run, each with its words as the shell
// would pass them (quotes removed, escapes decoded, brace lists expanded) or marked as known only at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Node, Parser as TsParser } from 'web-tree-sitter';
import { isAssignment, KEEPS_STDOUT, WRAPPERS } from './wrappers.js';

export interface Word {
  /** The word after quote removal, when the shell's result is known before it runs; undefined when it is not. */
  value: string | undefined;
  /** The source text of the word (for messages and for finding guarded words in what the guard cannot evaluate). */
  text: string;
  /** When `value` is undefined: the word with every expansion and substitution empty (what an unset variable gives). */
  empty?: string;
}

/** What a command reads on its standard input, as far as the command line shows. */
export type Stdin =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'decoded'; by: string }
  /** `path`: the file a `< FILE` redirection names, when it is a literal word (a tool may read it: psql < drop.sql). */
  | { kind: 'unknown'; from: string; path?: string };

export interface SimpleCommand {
  words: Word[];
  /** Targets of output redirections (> file, >> file). */
  writes: Word[];
  stdin: Stdin;
  /** The command's source text. */
  text: string;
}

export interface ParsedScript {
  commands: SimpleCommand[];
  /** Every variable assignment in the script (prefix, export, local, plain), value undefined when computed. */
  assignments: { name: string; value: string | undefined }[];
  /** Parts the guard could not understand (syntax errors, a parse over budget), as short descriptions. */
  unknown: string[];
}

/** Commands longer than this are not parsed; they are decided on the words they contain (see decide.ts). */
export const MAX_PARSE_BYTES = 128 * 1024;

let parser: TsParser | undefined;

/** Loads web-tree-sitter and the bash grammar once per process (about 20 ms; the guard's only heavy step). */
export async function loadParser(): Promise<TsParser> {
  if (parser) return parser;
  // Baseline (Liftoff) code only: with tier-up, V8 keeps optimising the 1.3 MB grammar on background threads and
  // the process waits for them at exit (measured: 1.5 s of idle after a 10 ms parse on a loaded 2-core machine).
  // Node 24's V8 no longer honours --liftoff-only set at run time (its exit still waited some 700 ms after a
  // 150 ms decision); a tiering budget no function of one parse can spend keeps it on Liftoff there too.
  const v8 = process.getBuiltinModule('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--liftoff-only');
  v8.setFlagsFromString('--wasm-tiering-budget=2000000000');
  const { Parser, Language } = await import('web-tree-sitter');
  const require = createRequire(import.meta.url);
  await Parser.init();
  const wasm = readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
  const language = await Language.load(wasm);
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
  return p;
}

export interface ParseBudget {
  /** performance.now() after which parsing stops and the rest counts as not understood. */
  deadline: number;
  /** Nodes the walk may still visit. */
  nodes: number;
}

/** Parses a command line into simple commands. Synchronous once the parser is loaded; bounded by the budget. */
export function parseScript(p: TsParser, text: string, budget: ParseBudget, stdin: Stdin = { kind: 'none' }): ParsedScript {
  const result: ParsedScript = { commands: [], assignments: [], unknown: [] };
  if (text.length > MAX_PARSE_BYTES) {
    result.unknown.push(`a command line of ${text.length} bytes (longer than the ${MAX_PARSE_BYTES} the guard parses)`);
    return result;
  }
  text = joinContinuations(text);
  let cancelled = false;
  const tree = p.parse(text, null, {
    progressCallback: (() => {
      if (performance.now() > budget.deadline) cancelled = true;
      return cancelled;
    }) as () => void,
  });
  if (!tree || cancelled) {
    result.unknown.push('a command line the parser could not finish within the time budget');
    return result;
  }
  try {
    const walker = new Walker(result, budget);
    walker.visit(tree.rootNode, stdin);
    // The walk only sees errors where it looks; one anywhere else (`p(ulumi destroy`: a function-definition head
    // cut short) still means the text is not the shell the guard understood.
    if (tree.rootNode.hasError && result.unknown.length === 0) result.unknown.push(`shell syntax the guard cannot parse in "${clip(text)}"`);
    // Text the grammar left out of every node is text the walk never judged (tree-sitter-bash drops a bare `-`
    // before a numbered redirection: `echo a - 2>f`); bash runs it, so the line is not what the guard understood.
    const dropped = droppedText(tree.rootNode, text);
    if (dropped !== undefined && result.unknown.length === 0) result.unknown.push(`shell text the parser left out near "${clip(dropped)}"`);
  } finally {
    tree.delete();
  }
  // `$((cd infra; pulumi destroy))` is no arithmetic: bash, failing to read it as one, runs it as `$( (…) )`, where
  // tree-sitter-bash only reports an error. Read the line that way too, for the commands it holds (found by the
  // fuzz run); what that reading finds is judged beside the first.
  if (result.unknown.length > 0 && text.includes('$((')) {
    const subshells = parseScript(p, text.replaceAll('$((', '$( ('), budget, stdin);
    result.commands.push(...subshells.commands);
    result.assignments.push(...subshells.assignments);
  }
  return result;
}

/** Node types that are statements, never a word of a simple command. */
const STATEMENTS = new Set(['subshell', 'compound_statement', 'if_statement', 'for_statement', 'c_style_for_statement', 'while_statement', 'case_statement',
  'function_definition', 'pipeline', 'list', 'redirected_statement', 'command', 'negated_command', 'declaration_command', 'unset_command', 'test_command']);

class Walker {
  constructor(private readonly out: ParsedScript, private readonly budget: ParseBudget) {}

  visit(node: Node, stdin: Stdin): void {
    if (--this.budget.nodes < 0) {
      if (this.budget.nodes === -1) this.out.unknown.push('a command line too deeply nested or too long to follow');
      return;
    }
    if (node.isError || node.isMissing) {
      this.out.unknown.push(`shell syntax the guard cannot parse near "${clip(node.text)}"`);
    }
    switch (node.type) {
      case 'command':
        this.command(node, stdin, braceBefore(node));
        return;
      case 'pipeline':
        this.pipeline(node.namedChildren.filter(isNode), stdin);
        return;
      case 'redirected_statement':
        this.redirected(node, stdin);
        return;
      case 'comment':
        return;
      case 'variable_assignment':
        this.assignment(node);
        for (const child of node.namedChildren) if (child) this.visit(child, stdin);
        return;
      default:
        for (const child of node.namedChildren) if (child) this.visit(child, stdin);
    }
  }

  /**
   * The stages of a pipeline, each reading what the one before writes. `last`, when given, is what the last stage
   * reads instead (a redirection tree-sitter-bash hangs on the whole pipeline belongs to its last command in bash:
   * `echo start | python3 - <<EOF` feeds python the here-document, not "start"). Returns the last stage's commands.
   */
  private pipeline(stages: Node[], stdin: Stdin, last?: Stdin): SimpleCommand[] {
    let input = stdin;
    let produced: SimpleCommand[] = [];
    stages.forEach((stage, i) => {
      const before = this.out.commands.length;
      this.visit(stage, i === stages.length - 1 && last ? last : input);
      produced = this.out.commands.slice(before);
      // What flows on is what the stage's last command writes: the outer command comes after those nested in its
      // words, and a redirection tree-sitter-bash hangs on a pipeline before it (`a | b 2>f c | d`) leaves b last,
      // not a (found by the long fuzz run: `echo start | timeout 2>/dev/null 300 echo '…' | bash`).
      input = stdoutOf(produced.find((c) => c.text === stage.text) ?? produced.at(-1), stage);
    });
    return produced;
  }

  private redirected(node: Node, stdin: Stdin): void {
    const body = node.childForFieldName('body');
    let input = stdin;
    const continuations: Node[] = [];
    // Words after a redirection's target are the command's arguments in bash (`pulumi > /dev/null destroy` runs
    // `pulumi destroy`); tree-sitter-bash hangs them on the redirection as further destinations.
    const arguments_: Word[] = [];
    // tree-sitter-bash leaves a bare `-` right before a here-document or a numbered redirection out of the tree
    // (`python3 - <<'EOF'`, `echo a - 2>f`): plain words in such a gap are the command's, as bash reads them.
    arguments_.push(...droppedWords(node, this.out));
    for (const child of node.namedChildren) {
      if (!child || child === body || child.id === body?.id) continue;
      if (child.type === 'heredoc_redirect') {
        const content = child.namedChildren.find((c) => c?.type === 'heredoc_body');
        const dynamic = content?.namedChildren.some((c) => c && c.type !== 'heredoc_content') ?? false;
        input = content ? (dynamic ? { kind: 'unknown', from: 'a here-document with expansions' } : { kind: 'text', text: content.text }) : { kind: 'text', text: '' };
        for (const c of child.namedChildren) {
          if (c && (c.type === 'pipeline' || c.type === 'command' || c.type === 'list' || c.type === 'redirected_statement')) continuations.push(c);
          else if (c && c.type === 'heredoc_body') for (const inner of c.namedChildren) if (inner) this.visit(inner, stdin);
        }
      } else if (child.type === 'herestring_redirect') {
        const word = child.namedChildren[0];
        const value = word ? wordValue(word) : undefined;
        input = value?.value !== undefined ? { kind: 'text', text: `${value.value}\n` } : { kind: 'unknown', from: 'a here-string with expansions' };
        if (word) this.visitNested(word);
      } else if (child.type === 'file_redirect') {
        const op = child.children.find((c) => c && !c.isNamed)?.text ?? '';
        const [target, ...rest] = destinations(child);
        if (op.startsWith('<') && target) input = fileInput(op, target);
        if (target) this.visitNested(target);
        for (const word of rest) {
          arguments_.push(...expandBraces(wordValue(word)));
          this.visitNested(word);
        }
      } else {
        this.visit(child, stdin);
      }
    }
    if (body) {
      // The redirections are the last command's: it reads the here-document or file, and writes the file.
      const redirectsInput = node.namedChildren.some((c) => c && c !== body && (c.type === 'heredoc_redirect' || c.type === 'herestring_redirect'
        || (c.type === 'file_redirect' && (c.children.find((x) => x && !x.isNamed)?.text ?? '').startsWith('<'))));
      // The outer command is pushed after the ones nested in its words ($(…)): the last of the part is it.
      const target = this.lastGets(body, stdin, redirectsInput ? input : undefined).at(-1);
      if (target) target.writes.push(...this.redirectTargets(node));
      if (target) target.words.push(...arguments_);
      else if (arguments_.length > 0) this.out.commands.push({ words: arguments_, writes: [], stdin, text: node.text });
      if (continuations.length > 0) {
        // What flows on is what the body's last command writes (`echo start | cat <<EOF | curl -d @-` sends the
        // here-document on, not "start"; found by the long fuzz run).
        let next = stdoutOf(target, body);
        for (const continuation of continuations) {
          if (continuation.type === 'pipeline') {
            this.pipeline(continuation.namedChildren.filter(isNode), next);
          } else {
            this.visit(continuation, next);
          }
          next = { kind: 'unknown', from: 'a pipeline' };
        }
      }
    }
  }

  /**
   * Visits a redirection's body, where tree-sitter-bash hangs a redirection written after the last command of a
   * list or pipeline on the whole of it (`a && b | c <<EOF`): in bash it is that last command's. The last simple
   * command (or group: `{ …; }`, `( … )`, which all read it) gets `last` as its input, when given; the rest read
   * `stdin`. Returns the commands of that last part.
   */
  private lastGets(body: Node, stdin: Stdin, last: Stdin | undefined): SimpleCommand[] {
    if (body.type === 'list') {
      const parts = body.namedChildren.filter(isNode).filter((c) => c.type !== 'comment');
      parts.slice(0, -1).forEach((part) => this.visit(part, stdin));
      const tail = parts[parts.length - 1];
      return tail ? this.lastGets(tail, stdin, last) : [];
    }
    if (body.type === 'pipeline') return this.pipeline(body.namedChildren.filter(isNode), stdin, last);
    const before = this.out.commands.length;
    this.visit(body, last ?? stdin);
    return this.out.commands.slice(before);
  }

  private redirectTargets(node: Node): Word[] {
    const out: Word[] = [];
    for (const child of node.namedChildren) {
      if (child?.type !== 'file_redirect') continue;
      const op = child.children.find((c) => c && !c.isNamed)?.text ?? '';
      const [target] = destinations(child);
      if (target && (op.startsWith('>') || op.startsWith('&>'))) out.push(wordValue(target));
    }
    return out;
  }

  /** `namePrefix`: a `{` the grammar's error recovery cut off the command's name (`{curl,} -XDELETE …`). */
  private command(node: Node, stdin: Stdin, namePrefix = ''): void {
    const words: Word[] = [];
    const writes: Word[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      switch (child.type) {
        case 'variable_assignment':
          this.assignment(child);
          this.visitNested(child);
          break;
        case 'command_name': {
          const inner = child.namedChildren[0];
          if (inner) {
            const name = wordValue(inner);
            words.push(...expandBraces(namePrefix && name.value !== undefined ? { value: namePrefix + name.value, text: namePrefix + name.text } : name));
            this.visitNested(inner);
          }
          break;
        }
        case 'file_redirect': {
          const op = child.children.find((c) => c && !c.isNamed)?.text ?? '';
          const [target, ...rest] = destinations(child);
          if (target && (op.startsWith('>') || op.startsWith('&>'))) writes.push(wordValue(target));
          if (target && op.startsWith('<')) stdin = fileInput(op, target);
          if (target) this.visitNested(target);
          // Further destinations are the command's words (see redirected()).
          for (const word of rest) {
            words.push(...expandBraces(wordValue(word)));
            this.visitNested(word);
          }
          break;
        }
        case 'herestring_redirect': {
          const word = child.namedChildren[0];
          const value = word ? wordValue(word) : undefined;
          stdin = value?.value !== undefined ? { kind: 'text', text: `${value.value}\n` } : { kind: 'unknown', from: 'a here-string with expansions' };
          if (word) this.visitNested(word);
          break;
        }
        default:
          if (STATEMENTS.has(child.type)) {
            // Not a word: the grammar's error recovery (`p(ulumi destroy)` reads as `p` and a subshell, where bash
            // stops with a syntax error). Judge what is inside, and count the line as not understood.
            this.out.unknown.push(`shell syntax the guard cannot parse near "${clip(child.text)}"`);
            this.visit(child, stdin);
            break;
          }
          words.push(...expandBraces(wordValue(child)));
          this.visitNested(child);
      }
    }
    this.out.commands.push({ words, writes, stdin, text: node.text });
  }

  private assignment(node: Node): void {
    const name = node.childForFieldName('name')?.text ?? node.namedChildren[0]?.text ?? '';
    const value = node.childForFieldName('value');
    this.out.assignments.push({ name, value: value ? wordValue(value).value : '' });
  }

  /** Commands inside a word ($(…), `…`, <(…)) run too: visit them, also when the word is the substitution itself. */
  private visitNested(node: Node): void {
    if (node.type === 'command_substitution' || node.type === 'process_substitution') {
      for (const inner of node.namedChildren) if (inner) this.visit(inner, { kind: 'none' });
      return;
    }
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'command_substitution' || child.type === 'process_substitution') {
        for (const inner of child.namedChildren) if (inner) this.visit(inner, { kind: 'none' });
      } else if (child.namedChildCount > 0) {
        this.visitNested(child);
      }
      if (child.isError || child.isMissing) this.out.unknown.push(`shell syntax the guard cannot parse near "${clip(child.text)}"`);
    }
  }
}

/**
 * Bash expands `{curl,} -X DELETE …` to `curl -X DELETE …`; tree-sitter-bash reads the `{` as the start of a group,
 * fails, and leaves the command named `curl,}`. When a command is the first thing after such a `{` (inside the
 * error, no space between them), the `{` belongs to its name (found by the long fuzz run).
 */
function braceBefore(node: Node): string {
  const previous = node.previousSibling;
  return node.parent?.isError && previous && !previous.isNamed && previous.type === '{' && previous.endIndex === node.startIndex ? '{' : '';
}

/**
 * Removes backslash-newline line continuations the way bash does (outside single quotes; an escaped backslash
 * before a newline is not one). tree-sitter-bash reads `des\<newline>troy` as two words; bash reads one.
 */
export function joinContinuations(text: string): string {
  if (!text.includes('\\\n')) return text;
  let out = '';
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (single) {
      if (c === '\'') single = false;
      out += c;
      continue;
    }
    if (c === '\'') { single = true; out += c; continue; }
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') { i++; continue; }
      out += c;
      if (next !== undefined) { out += next; i++; }
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * The first text between two children of a node (or before the first, after the last) that is not blank: text
 * the grammar dropped from the tree. Bounded like the walk (50,000 nodes).
 */
/** Plain words: what a gap in a redirected statement may hold and still be read as the command's words. */
const PLAIN_GAP = /^[A-Za-z0-9_\-.\/:,@+=%]+(?:[ \t]+[A-Za-z0-9_\-.\/:,@+=%]+)*$/;

/** The words the grammar left out between a redirected statement's children (see redirected()). */
function droppedWords(node: Node, out: ParsedScript): Word[] {
  const words: Word[] = [];
  const text = node.text;
  let at = node.startIndex;
  for (const child of node.children) {
    if (!child) continue;
    const gap = text.slice(at - node.startIndex, child.startIndex - node.startIndex).trim();
    if (gap !== '') {
      if (PLAIN_GAP.test(gap)) for (const word of gap.split(/[ \t]+/)) words.push({ value: word, text: word });
      else out.unknown.push(`shell text the parser left out near "${clip(gap)}"`);
    }
    at = Math.max(at, child.endIndex);
  }
  return words;
}

const LITERAL_HOLDERS = new Set(['heredoc_body', 'string', 'translated_string', 'heredoc_content', 'string_content', 'raw_string', 'ansi_c_string', 'comment']);

function droppedText(root: Node, text: string): string | undefined {
  const stack: Node[] = [root];
  let budget = 50_000;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop()!;
    // Literal text between a here-document's or a string's expansions is content, not left out.
    if (LITERAL_HOLDERS.has(node.type)) {
      for (const child of node.children) if (child && child.childCount > 0) stack.push(child);
      continue;
    }
    let at = node.startIndex;
    for (const child of node.children) {
      if (!child) continue;
      const gap = text.slice(at, child.startIndex);
      // A redirected statement's plain gaps are read back as words by the walk (droppedWords).
      if (gap.trim() !== '' && !(node.type === 'redirected_statement' && PLAIN_GAP.test(gap.trim()))) return gap.trim();
      at = Math.max(at, child.endIndex);
      if (child.childCount > 0) stack.push(child);
    }
    if (node.childCount > 0) {
      const tail = text.slice(at, node.endIndex);
      if (tail.trim() !== '') return tail.trim();
    }
  }
  return undefined;
}

/**
 * A file redirection's destinations: its target first, then the words tree-sitter-bash reads after it
 * (`> f b c` gives f, b, c), which bash passes to the command as arguments.
 */
function destinations(redirect: Node): Node[] {
  return redirect.namedChildren.filter((c): c is Node => c !== null && c.type !== 'file_descriptor');
}

function isNode(n: Node | null): n is Node {
  return n !== null;
}

const DECODERS: Record<string, (args: string[]) => boolean> = {
  base64: (a) => a.some((x) => x === '-d' || x === '--decode' || x === '-D'),
  base32: (a) => a.some((x) => x === '-d' || x === '--decode'),
  xxd: (a) => a.some((x) => x === '-r' || x.startsWith('-r')),
  openssl: (a) => a.includes('-d') || a.includes('base64'),
  rev: () => true,
  tr: () => true,
  gunzip: () => true,
  zcat: () => true,
  uudecode: () => true,
};

/** Standard input read from a file (`< FILE`); its literal path is kept for the tools that read it. */
function fileInput(op: string, target: Node): Stdin {
  const path = op === '<' ? wordValue(target).value : undefined;
  return path === undefined ? { kind: 'unknown', from: `the file ${clip(target.text)}` } : { kind: 'unknown', from: `the file ${clip(target.text)}`, path };
}

/** The words tree-sitter-bash reads as a command's first word for a group or a negation (`! { echo …; }`). */
const GROUPING = new Set(['{', '!', '(']);

/** What a pipeline stage writes to the next one, as far as the command line shows. */
export function stdoutOf(command: SimpleCommand | undefined, stage: { text: string }): Stdin {
  if (!command) return { kind: 'unknown', from: clip(stage.text) };
  // Past assignments, group words and the wrappers that run a program with their own output (`sudo -u deploy
  // echo …` prints what `echo …` prints), each read by its own definition (wrappers.ts), options and all.
  let words = command.words;
  for (let hops = 0; ; hops++) {
    let i = 0;
    while (i < words.length - 1 && (GROUPING.has(words[i]?.value ?? '') || isAssignment(words[i]?.value))) i++;
    words = words.slice(i);
    const head = words[0]?.value;
    const wrapper = head === undefined ? undefined : basename(head);
    if (wrapper === undefined || !KEEPS_STDOUT.has(wrapper) || !Object.hasOwn(WRAPPERS, wrapper) || hops > 16) break;
    const next = WRAPPERS[wrapper]!(words.slice(1));
    if (!('argv' in next)) return { kind: 'unknown', from: `the output of ${clip(command.text)}` };
    words = next.argv;
  }
  const [name, ...rest] = words;
  const cmd = name?.value ? basename(name.value) : undefined;
  const args = rest.map((w) => w.value);
  if (cmd === 'echo' && args.every((a) => a !== undefined)) {
    const printed = (args as string[]).filter((a, i) => !(i === 0 && (a === '-n' || a === '-e' || a === '-ne')));
    return { kind: 'text', text: `${printed.join(' ')}\n` };
  }
  if (cmd === 'printf' && args.every((a) => a !== undefined)) {
    const text = printfText(args as string[]);
    return text === undefined ? { kind: 'unknown', from: `the output of ${clip(command.text)}` } : { kind: 'text', text };
  }
  if (cmd === 'cat' && args.length === 0) return command.stdin;
  if (cmd && DECODERS[cmd]?.(args.filter((a): a is string => a !== undefined))) return { kind: 'decoded', by: cmd };
  return { kind: 'unknown', from: `the output of ${clip(command.text)}` };
}

/**
 * What `printf FORMAT [ARG…]` prints: the format's escapes (`\n`, `\t`, `\\`) and conversions (`%s`, `%b`, `%d`,
 * `%%`), the format used again while arguments remain, as bash's printf builtin does. `printf '%s\n' 'pulumi
 * destroy' | sh` runs `pulumi destroy` (the words joined with spaces read as `%s\n pulumi destroy`). Each reuse
 * reads the format once and consumes an argument, and the output stops growing past 256 KiB. Nothing is printed
 * with `-v VAR`.
 */
function printfText(args: string[]): string | undefined {
  let i = 0;
  if (args[0] === '--') i++;
  if (args[i] === '-v') return '';
  const format = args[i] ?? '';
  const rest = args.slice(i + 1);
  let out = '';
  let next = 0;
  for (let round = 0; round === 0 || next < rest.length; round++) {
    const before = next;
    for (let k = 0; k < format.length; k++) {
      const c = format[k];
      if (c === '\\' && k + 1 < format.length) {
        const e = format[++k];
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\\' ? '\\' : e === 'r' ? '' : `\\${e}`;
      } else if (c === '%' && k + 1 < format.length) {
        let j = k + 1;
        while (j < format.length && '-+ #0123456789.'.includes(format[j] ?? '')) j++;
        const conv = format[j];
        k = j;
        if (conv === '%') out += '%';
        else out += rest[next++] ?? '';
      } else {
        out += c;
      }
    }
    if (next === before || out.length > 262_144) break;
  }
  return out;
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

export function clip(text: string, max = 80): string {
  const one = text.replaceAll('\n', ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The shell's value of a word node, or undefined where it depends on the run (expansions, substitutions). */
export function wordValue(node: Node): Word {
  const value = evaluate(node);
  return value === undefined ? { value, text: node.text, empty: evaluateEmpty(node) } : { value, text: node.text };
}

/** A word's value with every expansion, substitution and arithmetic empty. */
function evaluateEmpty(node: Node): string {
  switch (node.type) {
    case 'string':
    case 'concatenation': {
      let out = '';
      for (const child of node.children) {
        if (!child) continue;
        if (node.type === 'string' && !child.isNamed) continue;
        out += child.isNamed ? evaluateEmpty(child) : child.text;
      }
      return node.type === 'string' ? unescapeDouble(out) : out;
    }
    case 'string_content':
      return node.text;
    default:
      return evaluate(node) ?? '';
  }
}

function evaluate(node: Node): string | undefined {
  switch (node.type) {
    case 'word':
      return unescapeBare(node.text);
    case 'number':
    case 'file_descriptor':
      return node.text;
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return decodeAnsiC(node.text.slice(2, -1));
    case 'string': {
      for (const child of node.namedChildren) {
        if (child && child.type !== 'string_content') return undefined;
      }
      // The value is the source between the quotes, not the string_content children joined: tree-sitter-bash
      // ends a string_content at each newline and drops the newline, which would join `echo hi` and
      // `pulumi destroy` of "echo hi<newline>pulumi destroy" into one harmless line.
      return unescapeDouble(node.text.slice(1, -1));
    }
    case 'translated_string': {
      const inner = node.namedChildren[0];
      return inner ? evaluate(inner) : '';
    }
    case 'concatenation': {
      let out = '';
      for (const child of node.children) {
        if (!child) continue;
        const part = child.isNamed ? evaluate(child) : child.text;
        if (part === undefined) return undefined;
        out += part;
      }
      return out;
    }
    default:
      // Expansions, substitutions, arithmetic: known only when the command runs.
      return undefined;
  }
}

/** Brace lists the shell expands into several words: a{b,c}d → abd acd (one level, at most 32 words). */
function expandBraces(word: Word): Word[] {
  const value = word.value;
  if (value === undefined || word.text.includes('\'') || word.text.includes('"') || word.text.includes('\\')) return [word];
  const open = value.indexOf('{');
  const close = open >= 0 ? value.indexOf('}', open) : -1;
  if (open < 0 || close < 0) return [word];
  const inside = value.slice(open + 1, close);
  if (!inside.includes(',') || inside.includes('{')) return [word];
  const parts = inside.split(',').slice(0, 32);
  // An unquoted word that expands to nothing is removed: `kubectl {delete,} ns prod` runs `kubectl delete ns prod`.
  return parts.map((part) => ({ value: value.slice(0, open) + part + value.slice(close + 1), text: word.text })).filter((w) => w.value !== '');
}

function unescapeBare(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      i++;
      if (next === undefined || next === '\n') continue;
      out += next;
    } else {
      out += c;
    }
  }
  return out;
}

function unescapeDouble(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && '$`"\\\n'.includes(next)) {
      i++;
      if (next !== '\n') out += next;
    } else {
      out += c;
    }
  }
  return out;
}

/** Bash's $'…' escapes. */
export function decodeAnsiC(text: string): string {
  let out = '';
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', '\'': '\'', '"': '"', '?': '?' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c !== '\\') { out += c; continue; }
    const n = text[i + 1] ?? '';
    if (n in simple) { out += simple[n]; i++; continue; }
    const hexRun = (start: number, max: number) => {
      let j = start;
      while (j < text.length && j - start < max && /[0-9a-fA-F]/.test(text[j] ?? '')) j++;
      return j;
    };
    if (n === 'x') {
      const end = hexRun(i + 2, 2);
      if (end > i + 2) { out += String.fromCodePoint(parseInt(text.slice(i + 2, end), 16)); i = end - 1; continue; }
    } else if (n === 'u' || n === 'U') {
      const end = hexRun(i + 2, n === 'u' ? 4 : 8);
      const code = parseInt(text.slice(i + 2, end), 16);
      if (end > i + 2 && code <= 0x10ffff) { out += String.fromCodePoint(code); i = end - 1; continue; }
    } else if (n >= '0' && n <= '7') {
      let j = i + 1;
      while (j < text.length && j - (i + 1) < 3 && (text[j] ?? '') >= '0' && (text[j] ?? '') <= '7') j++;
      out += String.fromCodePoint(parseInt(text.slice(i + 1, j), 8));
      i = j - 1;
      continue;
    } else if (n === 'c') {
      const ctl = text[i + 2];
      if (ctl) { out += String.fromCodePoint((ctl.toUpperCase().codePointAt(0) ?? 64) ^ 64); i += 2; continue; }
    }
    out += c;
  }
  return out;
}
