// Plain-text helpers the guard needs before (and without) a parse: look-alike letters, the words that make a
// command worth parsing, identifier words. Everything here is a single linear pass with no regular expression
// that can backtrack, so a hostile command line costs time proportional to its length.

/**
 * Letters that look like ASCII ones in common fonts (Unicode confusables for Latin lower case, taken from the
 * Cyrillic, Greek and Armenian blocks, plus dotless i and a few others), folded to the ASCII letter they imitate.
 * NFKC folds full-width and mathematical letters before this table is consulted.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'һ': 'h', 'і': 'i', 'ј': 'j', 'к': 'k', 'ӏ': 'l', 'м': 'm',
  'о': 'o', 'р': 'p', 'ԛ': 'q', 'ѕ': 's', 'т': 't', 'ս': 'u', 'ѵ': 'v', 'ԝ': 'w', 'х': 'x', 'у': 'y', 'ү': 'y',
  'А': 'a', 'В': 'b', 'С': 'c', 'Е': 'e', 'Н': 'h', 'І': 'i', 'Ј': 'j', 'К': 'k', 'М': 'm', 'О': 'o', 'Р': 'p',
  'Ѕ': 's', 'Т': 't', 'Х': 'x', 'У': 'y', 'ё': 'e', 'ї': 'i', 'ԍ': 'g', 'ɡ': 'g', 'ո': 'n', 'ց': 'g',
  // Greek
  'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u',
  'χ': 'x', 'γ': 'y', 'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm', 'Ν': 'n', 'Ο': 'o',
  'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x', 'Ζ': 'z',
  // Latin look-alikes outside ASCII
  'ı': 'i', 'ȷ': 'j', 'ℓ': 'l', 'ǀ': 'l', 'ɑ': 'a', 'ß': 'ss', 'ſ': 's', 'ⅼ': 'l', 'ⅰ': 'i',
  // Letter-like digits and signs people swap in
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-', '﹣': '-', '－': '-',
};

/** Characters that render as nothing and can split a word without showing it. */
function isInvisible(code: number): boolean {
  return code === 0x00ad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff
    || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x180e;
}

/** NFKC, then look-alike letters to ASCII, invisible characters dropped, lower case. */
export function fold(text: string): string {
  return foldKeepCase(text).toLowerCase();
}

/** fold() without the lower-casing (so camelCase boundaries survive). */
export function foldKeepCase(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7e) { ascii = false; break; }
  }
  if (ascii) return text;
  const normal = text.normalize('NFKC');
  let out = '';
  for (const ch of normal) {
    const code = ch.codePointAt(0) ?? 0;
    if (isInvisible(code)) continue;
    if (code > 0x7e) {
      const mapped = CONFUSABLES[ch];
      if (mapped !== undefined) { out += mapped; continue; }
      // Combining marks (accents) on an ASCII letter: drop them, so "pulumí" reads as "pulumi".
      if (code >= 0x0300 && code <= 0x036f) continue;
      const stripped = ch.normalize('NFD');
      const base = stripped.codePointAt(0) ?? 0;
      if (stripped.length > 1 && base < 0x7f) { out += String.fromCodePoint(base); continue; }
    }
    out += ch;
  }
  return out;
}

export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return true;
  return false;
}

/**
 * Words whose presence makes a command line worth the full parse. A command line that contains none of them,
 * after folding look-alikes and removing the quotes and backslashes a shell would remove, cannot be refused by
 * any rule (every refusal names one of these tools, verbs or files), so it is allowed without loading the parser.
 */
export const GUARDED_TOOLS = [
  'pulumi', 'terraform', 'tofu', 'opentofu', 'terragrunt', 'cdktf', 'aws', 'gcloud', 'gsutil', 'az', 'kubectl', 'oc',
  'helm', 'railway', 'fly', 'flyctl', 'heroku', 'doctl', 'vercel', 'netlify', 'supabase', 'neonctl', 'pscale',
  'wrangler', 'firebase', 'render', 'eksctl', 'hcloud', 'scw', 'oci', 'linode-cli', 'gh', 'neon', 'sst', 'serverless',
  'sls', 'cdk', 'kamal', 'vault', 'bao', 'ansible',
] as const;

/** Programs that carry destructive calls (HTTP clients, interpreters, database shells): parsed, never a mention. */
const CARRIERS = [
  'curl', 'wget', 'http', 'https', 'xh', 'curlie', 'node', 'nodejs', 'python', 'python3', 'deno', 'bun', 'ruby', 'perl',
  'php', 'pwsh', 'powershell', 'psql', 'mysql', 'mariadb', 'sqlite3', 'mongosh', 'mongo', 'redis-cli', 'graphql', 'sqlcmd', 'clickhouse-client', 'cqlsh',
];

/** Words that make a GraphQL mutation field, an SDK method or an MCP tool destructive. */
export const DESTRUCTIVE_WORDS: ReadonlySet<string> = new Set(['delete', 'remove', 'destroy', 'drop', 'purge', 'terminate', 'wipe', 'erase', 'truncate']);

/** Verbs whose presence in a command the guard could not understand is enough to refuse it. */
export const GUARDED_VERBS = [
  'destroy', 'delete', 'remove', 'drop', 'purge', 'terminate', 'unprotect', 'truncate', 'flushall', 'flushdb',
  'ignore-protect', 'skip-preview', 'mutation', 'rb', 'down', 'uninstall', 'wipe', 'erase', 'del', 'nuke',
] as const;

/** Words that only send a command to the full parse (they can hide or feed one), never refuse by themselves. */
const PARSE_TRIGGERS = [
  'deploy-gate', '.claude', '.cursor', '.gemini', '.codex', 'hooks.json', 'base64', 'base32', 'xxd', 'eval', 'openssl',
  'uudecode', 'gunzip', 'zcat', '|sh', '| sh', '|bash', '| bash', '|zsh', '| zsh', '|dash', '| dash', '|ksh', '| ksh',
  // rm -r of data directories, container volumes deleted (tools.ts rm, containerCli): judged by the parse.
  'prune', 'volume', 'no-preserve-root',
  // Database resets of the web frameworks (tools.ts databaseReset): `rails db:reset`, `prisma migrate reset`,
  // `artisan migrate:fresh`, `db:seed:replant`, `db:schema:load`, `manage.py flush`, `db:migrate:undo:all`.
  'reset', 'fresh', 'replant', 'schema:load', 'flush', 'undo:all',
];

/**
 * Programs the judge reads by their arguments (tools.ts): rm and find over data directories, container volumes,
 * database drops by the client utilities, backup snapshots deleted, disks wiped, BigQuery's bq.
 */
const LOCAL_TOOLS = [
  'rm', 'find', 'docker', 'podman', 'nerdctl', 'docker-compose', 'podman-compose', 'dropdb', 'mysqladmin', 'bq', 'restic', 'borg', 'kopia',
  'mkfs', 'mke2fs', 'wipefs', 'blkdiscard', 'lvremove', 'vgremove', 'pvremove', 'sgdisk', 'dd', 'shred', 'rsync', 'rclone',
  'pg_restore', 'mongorestore', 'trap', 'crontab', 'tmux', 'screen', 'grpcurl', 'grpc_cli',
];
const MENTION_WORDS: readonly string[] = [...GUARDED_TOOLS, ...GUARDED_VERBS];
const TRIGGER_WORDS: readonly string[] = [...MENTION_WORDS, ...CARRIERS, ...LOCAL_TOOLS, ...PARSE_TRIGGERS];
/**
 * What makes a line the guard cannot follow a refusal: every word that sent it to the judge (a guarded tool or
 * verb, a program whose arguments the judge reads, a decoder or a pipe into a shell that can hide a command). A
 * line with syntax it cannot follow around `echo 'docker volume rm x' | bash`, a curl to a GraphQL endpoint or
 * `base64 -d | bash` was allowed for naming only those (found by the long fuzz run).
 */
const UNFOLLOWED_WORDS: readonly string[] = TRIGGER_WORDS;

/** The command line as a shell would read its letters: look-alikes folded, quotes and backslashes removed. */
function shellLetters(text: string, keepCamel = false): string {
  const folded = foldKeepCase(text);
  let out = '';
  let prevLower = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] ?? '';
    if (c === '\'' || c === '"' || c === '\\') continue;
    const upper = c >= 'A' && c <= 'Z';
    // volumeDelete → volume delete: a capital after a small letter starts a word.
    if (keepCamel && upper && prevLower) out += ' ';
    prevLower = c >= 'a' && c <= 'z';
    out += upper ? c.toLowerCase() : c;
  }
  return out;
}


/** Every occurrence of `word` in `text` that is not part of a longer word (linear in the text per word). */
function containsWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + word.length];
    // camelCase and snake_case identifiers (volumeDelete, delete_bucket) count: only letters and digits glue.
    const glued = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (!glued(before) && !glued(after)) return true;
    from = at + 1;
  }
}

/** Does the command line need the full parse? ANSI-C quoting ($'…') can spell any letter, so it always does. */
export function needsParse(text: string, extraWords: readonly string[] = []): boolean {
  if (text.includes('$\'') || text.includes('$"')) return true;
  const letters = shellLetters(text);
  for (const word of extraWords) if (letters.includes(word.toLowerCase())) return true;
  // Short names (gh, az, oc, xh) only as whole words; longer ones anywhere (a false hit only costs a parse). A
  // whole word is one as mentionedWord sees words too, camelCase split (`volumeDel` holds `del`), so that whatever
  // a line it cannot follow is refused for always reaches the judge (found by the long fuzz run).
  let camel: string | undefined;
  for (const word of TRIGGER_WORDS) {
    if (word.length > 3 ? letters.includes(word) : containsWord(letters, word) || containsWord(camel ??= shellLetters(text, true), word)) return true;
  }
  return false;
}

/** The guarded tool or verb a command line mentions (for refusing what the guard cannot understand). */
export function mentionedWord(text: string): string | undefined {
  const letters = shellLetters(text, true);
  for (const word of UNFOLLOWED_WORDS) if (containsWord(letters, word)) return word;
  return undefined;
}

/** Identifier → its words: volumeDelete → [volume, delete]; delete_db_instance → [delete, db, instance]. */
export function identifierWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i] ?? '';
    const upper = c >= 'A' && c <= 'Z';
    const lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (upper) {
      const next = name[i + 1];
      const prevUpper = i > 0 && (name[i - 1] ?? '') >= 'A' && (name[i - 1] ?? '') <= 'Z';
      const nextLower = next !== undefined && next >= 'a' && next <= 'z';
      if (current && (!prevUpper || nextLower)) { words.push(current); current = ''; }
      current += c.toLowerCase();
    } else if (lower) {
      current += c;
    } else {
      if (current) words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words;
}


/** Masks credentials in a command line before it is logged: bearer tokens, auth headers, *_TOKEN=… assignments. */
export function redact(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  const markers = ['bearer ', 'token ', 'authorization:', 'x-api-key:', 'api-key:', 'cookie:', 'password=', 'token=', 'secret=', 'key=', '--token ', '--password '];
  while (i < text.length) {
    let hit: string | undefined;
    for (const m of markers) {
      if (lower.startsWith(m, i)) { hit = m; break; }
    }
    if (!hit) { out += text[i]; i++; continue; }
    out += text.slice(i, i + hit.length);
    i += hit.length;
    while (i < text.length && text[i] === ' ') { out += ' '; i++; }
    // "Authorization: Bearer xyz": keep the scheme, mask the credential.
    for (const scheme of ['bearer ', 'basic ', 'token ']) {
      if (hit.endsWith(':') && lower.startsWith(scheme, i)) {
        out += text.slice(i, i + scheme.length);
        i += scheme.length;
        break;
      }
    }
    let j = i;
    while (j < text.length && text[j] !== ' ' && text[j] !== '\'' && text[j] !== '"' && text[j] !== '\n') j++;
    if (j > i) out += '***';
    i = j;
  }
  return out;
}
