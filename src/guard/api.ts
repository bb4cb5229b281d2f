// Destructive API calls recognised by meaning: GraphQL mutations whose fields delete, HTTP DELETE (or a method
// override), SDK calls that delete stateful things. Hand-written scanners, each one pass over its input.
import { DESTRUCTIVE_WORDS, identifierWords } from './text.js';

/** Nouns of things that hold data or run it (an SDK call must name one to count: `map.delete(k)` does not). */
const STATEFUL_NOUNS = new Set([
  'volume', 'volumes', 'bucket', 'buckets', 'table', 'tables', 'database', 'databases', 'db', 'dbs', 'instance', 'instances',
  'cluster', 'clusters', 'stack', 'stacks', 'disk', 'disks', 'snapshot', 'snapshots', 'backup', 'backups', 'project',
  'projects', 'environment', 'environments', 'service', 'services', 'namespace', 'namespaces', 'secret', 'secrets',
  'vault', 'vaults', 'filesystem', 'file', 'system', 'queue', 'queues', 'topic', 'topics', 'stream', 'streams', 'index',
  'indices', 'collection', 'collections', 'object', 'objects', 'repository', 'repositories', 'registry', 'deployment',
  'deployments', 'app', 'apps', 'server', 'servers', 'domain', 'zone', 'zones', 'key', 'keys', 'keyspace', 'graph',
  'store', 'storage', 'blob', 'blobs', 'container', 'containers', 'account', 'accounts', 'organization', 'org', 'branch',
  'model', 'dataset', 'datasets', 'record', 'records', 'item', 'items', 'document', 'documents', 'schema', 'pvc', 'pv',
  'node', 'nodes', 'group', 'machine', 'machines', 'workspace', 'workspaces', 'site', 'plugin', 'function', 'lambda',
]);

/** A destructive GraphQL field found in an operation. */
export interface MutationHit {
  field: string;
}

/**
 * Finds `mutation` operations in text (raw GraphQL, JSON with a `query` string, URL-encoded, or source code that
 * quotes it) and returns their top-level fields whose name says delete/remove/destroy/drop/purge. Linear: one pass
 * per `mutation` keyword, each bounded by the text length, and keywords are found left to right.
 */
export function destructiveMutations(text: string): MutationHit[] {
  const hits: MutationHit[] = [];
  const sources = [text];
  if (text.includes('%')) {
    try { sources.push(decodeURIComponent(text.replaceAll('+', ' '))); } catch { /* not URL-encoded */ }
  }
  for (const source of sources) {
    let from = 0;
    let rescans = 32;
    const fragments = new Map<string, string[]>();
    let lookups = 16;
    for (;;) {
      const at = source.indexOf('mutation', from);
      if (at < 0) break;
      from = at + 8;
      const before = source[at - 1];
      if (before !== undefined && isIdent(before)) continue;
      if (isIdent(source[at + 8])) continue;
      const { fields, spreads, end } = topLevelFields(source, at + 8);
      // `mutation { ...F } fragment F on Mutation { volumeDelete(…) }`: a named fragment spread at the top level
      // selects the fragment's own top-level fields (16 fragment names looked up per text, each once).
      for (const name of spreads) {
        if (!fragments.has(name)) {
          if (lookups-- <= 0) break;
          fragments.set(name, fragmentFields(source, name));
        }
        fields.push(...(fragments.get(name) ?? []));
      }
      for (const field of fields) {
        if (identifierWords(field).some((w) => DESTRUCTIVE_WORDS.has(w))) hits.push({ field });
      }
      // Continue after what this operation spanned, so each character is read once. An operation that never
      // closes spans to the end; the text after its keyword is then read again, at most 32 times in all.
      if (end < source.length) from = Math.max(from, end);
      else if (rescans-- <= 0) break;
    }
  }
  return hits;
}

function isIdent(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');
}

/** The top-level fields of `fragment NAME on Type { … }` wherever it is defined in the text (first definition). */
function fragmentFields(text: string, name: string): string[] {
  let from = 0;
  for (;;) {
    const at = text.indexOf('fragment', from);
    if (at < 0) return [];
    from = at + 8;
    if (isIdent(text[at - 1]) || isIdent(text[at + 8])) continue;
    let i = at + 8;
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r')) i++;
    if (text.startsWith(name, i) && !isIdent(text[i + name.length])) return topLevelFields(text, i + name.length).fields;
  }
}

/**
 * The top-level field names of the selection set that follows `mutation [Name][(vars)][@dirs]` (fields of inline
 * fragments `... on Mutation { … }` at that level count as top-level), and the named fragments spread there.
 */
function topLevelFields(text: string, start: number): { fields: string[]; spreads: string[]; end: number } {
  let i = start;
  const n = text.length;
  // Skip to the operation's opening brace, stepping over a name, variable definitions and directives.
  let parens = 0;
  while (i < n) {
    const c = text[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '"' && parens > 0) { i = skipString(text, i); continue; }
    if (c === '(') parens++;
    else if (c === ')') parens = Math.max(0, parens - 1);
    else if (c === '{' && parens === 0) break;
    else if (parens === 0 && (c === ';' || c === '}')) return { fields: [], spreads: [], end: i };
    i++;
  }
  if (i >= n) return { fields: [], spreads: [], end: n };
  i++;
  const fields: string[] = [];
  const spreads: string[] = [];
  let depth = 1;
  // The depth whose fields count: 1, and one more for each inline fragment opened at a counted depth.
  let counted = 1;
  // The last top-level field, when its name is one noun: the fields of its selection are read too.
  let namespace: string | undefined;
  let inlineOpen = false;
  parens = 0;
  while (i < n && depth > 0) {
    const c = text[i] ?? '';
    if (c === '\\') { i += 2; continue; }
    if (c === '"') { i = skipString(text, i); continue; }
    if (c === '#') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '(') { parens++; i++; continue; }
    if (c === ')') { parens = Math.max(0, parens - 1); i++; continue; }
    if (parens > 0) { i++; continue; }
    if (c === '{') { depth++; if (inlineOpen && depth === counted + 1) counted = depth; inlineOpen = false; i++; continue; }
    if (c === '}') { if (depth === counted && counted > 1) counted--; depth--; i++; continue; }
    if (depth === counted && c === '.' && text.startsWith('...', i)) {
      let j = i + 3;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      let m = j;
      while (m < n && isIdent(text[m])) m++;
      const name = text.slice(j, m);
      if (name === 'on' || name === '') inlineOpen = true;
      else spreads.push(name);
      // Past `on`, the type condition is a name, not a field.
      if (name === 'on') { while (m < n && !isIdent(text[m]) && text[m] !== '{') m++; while (m < n && isIdent(text[m])) m++; }
      i = m;
      continue;
    }
    if ((depth === counted || (depth === counted + 1 && namespace !== undefined)) && !inlineOpen && isIdent(c) && !(c >= '0' && c <= '9')) {
      let j = i;
      while (j < n && isIdent(text[j])) j++;
      let field = text.slice(i, j);
      // `alias: field` — the field is the name after the colon.
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\r')) k++;
      if (text[k] === ':') {
        k++;
        while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\r')) k++;
        let m = k;
        while (m < n && isIdent(text[m])) m++;
        field = text.slice(k, m);
        i = m;
      } else {
        i = j;
      }
      if (field === '') continue;
      if (depth === counted) {
        fields.push(field);
        // A top-level field named by one noun (`volume`, `projects`) is a namespace when it has a selection: the
        // fields in it are the operations (`mutation { volume(id: "v") { delete } }`).
        const words = identifierWords(field);
        namespace = words.length === 1 && !DESTRUCTIVE_WORDS.has(words[0]!) ? field : undefined;
      } else if (namespace !== undefined) {
        fields.push(`${namespace}.${field}`);
      }
      continue;
    }
    i++;
  }
  return { fields, spreads, end: i };
}

function skipString(text: string, start: number): number {
  // A GraphQL string or block string; backslash escapes (and a JSON/JS layer of escaping) are stepped over.
  let i = start + 1;
  if (text.startsWith('""', i)) {
    const end = text.indexOf('"""', i + 2);
    return end < 0 ? text.length : end + 3;
  }
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '"') return i + 1;
    if (c === '\n') return i + 1;
    i++;
  }
  return i;
}

/** URLs (http:// or https://) in text, in order. */
export function urlsIn(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('http', from);
    if (at < 0) break;
    from = at + 4;
    const rest = text.startsWith('https://', at) ? 8 : text.startsWith('http://', at) ? 7 : 0;
    if (!rest) continue;
    let end = at + rest;
    while (end < text.length && !' \t\n\'"`<>)\\'.includes(text[end] ?? ' ')) end++;
    out.push(text.slice(at, end));
    from = end;
  }
  return out;
}

/** The host of a URL or of a bare `host[:port]/path` argument (as curl accepts), lower case. */
export function hostOf(url: string): string | undefined {
  let rest = url;
  const scheme = rest.indexOf('://');
  if (scheme >= 0) rest = rest.slice(scheme + 3);
  const at = rest.indexOf('@');
  const slash = rest.indexOf('/');
  if (at >= 0 && (slash < 0 || at < slash)) rest = rest.slice(at + 1);
  let end = rest.length;
  for (const sep of ['/', '?', '#']) {
    const i = rest.indexOf(sep);
    if (i >= 0 && i < end) end = i;
  }
  let host = rest.slice(0, end);
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    return close > 0 ? host.slice(1, close).toLowerCase() : undefined;
  }
  const colon = host.lastIndexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  return host ? host.toLowerCase() : undefined;
}

export function isLoopback(host: string | undefined): boolean {
  if (!host) return false;
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0'
    || (host.startsWith('127.') && host.split('.').length === 4);
}

/** Which of these targets are not this machine (the destructive call matters only there). */
export function remoteTargets(urls: string[]): string[] {
  return urls.filter((u) => !isLoopback(hostOf(u)));
}

export interface CodeFindings {
  mutations: MutationHit[];
  httpDelete: boolean;
  sdkCalls: string[];
  /** String literals in the code that it may hand to a shell (child_process, subprocess, os.system). */
  shellStrings: string[];
  urls: string[];
  /** Every string literal in the code (bounded by the code's length). */
  literals: string[];
  /** The code calls a recursive file remove: shutil.rmtree, fs.rmSync/rm with recursive, FileUtils.rm_rf, remove_tree… */
  recursiveRemove: boolean;
  /** The code talks to a database through a driver (psycopg, pg, mysql, sqlalchemy, knex, prisma, MongoClient…). */
  databaseDriver: boolean;
}

/** Calls that remove a directory tree, by the names the standard libraries give them. */
const RECURSIVE_REMOVES = ['rmtree', 'rm_rf', 'rm_r(', 'remove_tree', 'rimraf', 'remove_dir', 'RemoveAll', 'deleteRecursively', 'Remove-Item'];
/**
 * Database drivers whose calls send the SQL strings in the code to a server. node-postgres is found by its quoted
 * name after `require(`/`from` (spelled in pieces here, so that the package checks do not read this table as an
 * import of it).
 */
const DATABASE_DRIVERS = ['psycopg', 'pymysql', 'MySQLdb', 'mysql.connector', 'sqlalchemy', 'asyncpg', 'pyodbc', 'cx_Oracle', 'oracledb', "('pg')", '("pg")', "m 'pg'", 'm "pg"', 'mysql2', 'knex', 'sequelize', '$executeRaw', '$queryRaw', 'PG.connect', 'Mysql2::Client', 'DBI->connect', 'new PDO', 'mysqli', 'pg_connect', 'MongoClient', 'pymongo', 'redis.Redis', 'createClient'];

const HTTP_OBJECTS = new Set(['requests', 'httpx', 'axios', 'session', 'client', 'http', 'got', 'ky', 'superagent', 'request', 'agent', 'urllib3', 'aiohttp', 'faraday', 'net', 'api', 's']);
const HTTP_LIBRARIES = ['requests', 'httpx', 'axios', 'Net::HTTP', 'urllib', 'aiohttp', 'Faraday', 'RestClient', 'HTTParty', 'superagent', 'node:http', 'node:https', 'fetch(', 'LWP', 'HTTP::Request', 'HTTP::Tiny', 'Mojo::UserAgent', 'Invoke-RestMethod', 'Invoke-WebRequest'];
/**
 * What a bare `.delete()` deletes when its receiver is a cloud resource object rather than a map or a list: boto3's
 * `Bucket('b').delete()`, `bucket.objects.all().delete()`, `Table('t').delete()`, google-cloud-storage's
 * `client.bucket('b').delete(force=True)`. The receiver's last name (past collection steps such as `all()` and
 * `filter(…)`) must be one of these; a single object or blob (`bucket.blob('k').delete()`) is not.
 */
const RESOURCE_RECEIVERS = new Set([
  'bucket', 'buckets', 'objects', 'object_versions', 'versions', 'blobs', 'table', 'tables', 'volume', 'volumes', 'snapshot',
  'snapshots', 'instance', 'instances', 'cluster', 'clusters', 'database', 'databases', 'disk', 'disks', 'dataset', 'datasets',
  'topic', 'queue', 'stream', 'keyspace', 'filesystem', 'vault',
]);
const COLLECTION_STEPS = new Set(['all', 'filter', 'limit', 'page_size', 'list_blobs', 'iterator']);

/**
 * The names along the receiver of a call (`a.b('x').c().delete(`: c, b, a, innermost first), read backwards from
 * the dot before the method over names, dots and balanced parentheses, at most 400 characters.
 */
function receiverNames(code: string, dot: number): string[] {
  const names: string[] = [];
  let k = dot - 1;
  const stop = Math.max(0, dot - 400);
  while (k >= stop) {
    const c = code[k];
    if (c === ')') {
      let depth = 1;
      k--;
      while (k >= stop && depth > 0) { if (code[k] === ')') depth++; else if (code[k] === '(') depth--; k--; }
      continue;
    }
    if (isIdent(c)) {
      const end = k + 1;
      while (k >= stop && isIdent(code[k])) k--;
      names.push(code.slice(k + 1, end));
      if (code[k] !== '.') break;
      k--;
      continue;
    }
    break;
  }
  return names;
}
const SHELL_CALLS = ['child_process', 'execSync', 'exec(', 'spawn', 'subprocess', 'os.system', 'popen', 'execa', 'Deno.Command', 'Bun.spawn', 'system(', '`'];

/** An SDK name that deletes something holding data: deleteVolume, delete_db_instance, DeleteBucketCommand. */
function destructiveName(name: string): boolean {
  const words = identifierWords(name);
  return words.length > 1 && words.some((w) => DESTRUCTIVE_WORDS.has(w)) && words.some((w) => STATEFUL_NOUNS.has(w));
}

function isIdentifierText(value: string): boolean {
  if (value.length === 0 || value.length > 100 || (value[0]! >= '0' && value[0]! <= '9')) return false;
  for (const c of value) if (!isIdent(c)) return false;
  return true;
}

/** A word quoted for a shell: single quotes, with a quote inside written as '\''. */
function shellQuote(word: string): string {
  return `'${word.replaceAll('\'', '\'\\\'\'')}'`;
}

/** Reads an inline script (node -e, python -c, …) for destructive calls. One pass over the code. */
export function scanCode(code: string): CodeFindings {
  const found: CodeFindings = {
    mutations: destructiveMutations(code), httpDelete: false, sdkCalls: [], shellStrings: [], urls: urlsIn(code), literals: [],
    recursiveRemove: RECURSIVE_REMOVES.some((r) => code.includes(r)) || ((code.includes('rmSync') || code.includes('rmdirSync') || code.includes('.rm(')) && code.includes('recursive')),
    databaseDriver: DATABASE_DRIVERS.some((d) => code.includes(d)),
  };
  const literals: string[] = [];
  const n = code.length;
  let i = 0;
  const argvLists: string[][] = [];
  let argv: string[] = [];
  let lastLiteralEnd = -1;
  while (i < n) {
    const c = code[i] ?? '';
    if (c === '\'' || c === '"' || c === '`') {
      let j = i + 1;
      let value = '';
      while (j < n && code[j] !== c) {
        if (code[j] === '\\' && j + 1 < n) { value += code[j + 1]; j += 2; continue; }
        value += code[j];
        j++;
      }
      literals.push(value);
      // Consecutive literals separated only by commas, spaces and an opening bracket are one argument list:
      // subprocess.run(["terraform", "destroy"]), spawnSync('kubectl', ['delete', 'ns', 'x']), system("pulumi", "destroy").
      const between = code.slice(lastLiteralEnd, i);
      if (argv.length > 0 && lastLiteralEnd >= 0 && between.length <= 8 && [...between].every((ch) => ch === ',' || ch === ' ' || ch === '[' || ch === '\n' || ch === '\t')) argv.push(value);
      else { if (argv.length > 1) argvLists.push(argv); argv = [value]; }
      lastLiteralEnd = j + 1;
      if (value.trim().toLowerCase() === 'delete') found.httpDelete = true;
      // A method named in a string is called by name: getattr(s3, 'delete_bucket')(…), client['deleteTable'](…).
      if (isIdentifierText(value) && destructiveName(value)) found.sdkCalls.push(value);
      i = j + 1;
      continue;
    }
    if (isIdent(c) && !(c >= '0' && c <= '9')) {
      let j = i;
      while (j < n && isIdent(code[j])) j++;
      const name = code.slice(i, j);
      let k = j;
      while (k < n && code[k] === ' ') k++;
      const called = code[k] === '(';
      // Named, not only called: an SDK v3 command class handed on (`const C = s3.DeleteBucketCommand; new C(…)`)
      // or a method bound to a name first deletes when it runs all the same.
      if (destructiveName(name)) found.sdkCalls.push(name);
      if (called) {
        // requests.delete(url), axios.delete(url), session.delete(…), Net::HTTP.new(host).delete(path), Perl's
        // $ua->delete($url)
        const arrow = code[i - 1] === '>' && code[i - 2] === '-';
        if (name === 'delete' && (code[i - 1] === '.' || arrow)) {
          let s = i - (arrow ? 3 : 2);
          while (s >= 0 && isIdent(code[s])) s--;
          const object = code.slice(s + 1, i - (arrow ? 2 : 1)).toLowerCase();
          if (HTTP_OBJECTS.has(object) || HTTP_LIBRARIES.some((l) => code.includes(l))) found.httpDelete = true;
          if (code[i - 1] === '.') {
            const names = receiverNames(code, i - 1);
            let r = 0;
            while (r < names.length - 1 && COLLECTION_STEPS.has(names[r]!.toLowerCase())) r++;
            const receiver = names[r];
            if (receiver !== undefined && RESOURCE_RECEIVERS.has(receiver.toLowerCase())) found.sdkCalls.push(`${receiver}(…).delete`);
          }
        }
      }
      // Ruby's Net::HTTP::Delete, Perl's HTTP::Request->new(DELETE => …) and HTTP::Request::Common::DELETE.
      if ((name === 'Delete' || name === 'DELETE') && HTTP_LIBRARIES.some((l) => code.includes(l))) {
        if ((code[i - 1] === ':' && code[i - 2] === ':') || (code[k] === '=' && code[k + 1] === '>')) found.httpDelete = true;
      }
      // PowerShell's Invoke-RestMethod / Invoke-WebRequest -Method Delete (or -CustomMethod DELETE), any quoting.
      if ((name.toLowerCase() === 'method' || name.toLowerCase() === 'custommethod') && code[i - 1] === '-') {
        let m = k;
        while (m < n && (code[m] === '\'' || code[m] === '"' || code[m] === ':')) m++;
        if (code.slice(m, m + 6).toLowerCase() === 'delete' && !isIdent(code[m + 6])) found.httpDelete = true;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (argv.length > 1) argvLists.push(argv);
  if (SHELL_CALLS.some((s) => code.includes(s))) {
    found.shellStrings = literals.filter((l) => l.includes(' '));
    // An argument list handed to a process call runs that program with those words.
    for (const list of argvLists) found.shellStrings.push(list.map(shellQuote).join(' '));
  }
  found.literals = literals;
  return found;
}

/** What follows `ALTER TABLE … DROP` without deleting stored values: a constraint, an index, a default, a trigger. */
const ALTER_DROP_KEEPS = new Set(['constraint', 'index', 'key', 'default', 'not', 'foreign', 'primary', 'check', 'trigger', 'identity', 'expression', 'rule', 'policy', 'statistics', 'projection']);

/**
 * SQL that drops or empties data: DROP TABLE/DATABASE/SCHEMA/KEYSPACE/COLLECTION, DROP OWNED (every object a role
 * owns), TRUNCATE, DELETE FROM or UPDATE … SET without WHERE (every row deleted or overwritten), ALTER TABLE … DROP
 * [COLUMN] c or DROP PARTITION (the column's or the partition's values); Redis FLUSHALL, FLUSHDB and SHUTDOWN NOSAVE;
 * MongoDB dropDatabase(), drop(), deleteMany({}), remove({}). Returns the statement's opening words.
 *
 * With `sql` (the SQL shells), text inside '…' string literals and `--`/`/* … *\/` comments is not read: `SELECT …
 * WHERE query LIKE '%DROP TABLE%'` drops nothing. Redis and MongoDB text is read whole (`EVAL "redis.call('FLUSHALL')"`).
 */
export function destructiveSql(text: string, sql = false): string | undefined {
  const words: string[] = [];
  // Whether `=` follows each word (`SET email = NULL`): what makes the words after SET an assignment.
  const equals: boolean[] = [];
  let current = '';
  let at = 0;
  const flush = () => {
    if (!current) return;
    words.push(current.toLowerCase());
    let k = at;
    while (text[k] === ' ' || text[k] === '\t') k++;
    equals.push(text[k] === '=');
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    at = i;
    if (sql && (c === '\'' || c === '"')) {
      // A string literal ('…', with '' inside) or a quoted identifier ("…"): a value or a name, never a statement.
      flush();
      i++;
      while (i < text.length && !(text[i] === c && text[i + 1] !== c)) i += text[i] === c ? 2 : 1;
      continue;
    }
    if (sql && c === '-' && text[i + 1] === '-') { flush(); while (i < text.length && text[i] !== '\n') i++; continue; }
    if (sql && c === '/' && text[i + 1] === '*') { flush(); const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 1; continue; }
    if (isIdent(c)) current += c;
    else { flush(); if (c === ';') { words.push(';'); equals.push(false); } }
    if (words.length > 20000) break;
  }
  at = text.length;
  flush();
  const statementStart = (i: number) => i === 0 || words[i - 1] === ';';
  // Whether WHERE / SET follow at index i or later in the same statement: one backward pass, so each look is O(1).
  const whereAfter: boolean[] = new Array<boolean>(words.length + 1).fill(false);
  const setAfter: boolean[] = new Array<boolean>(words.length + 1).fill(false);
  for (let j = words.length - 1; j >= 0; j--) {
    const end = words[j] === ';';
    whereAfter[j] = words[j] === 'where' || (!end && whereAfter[j + 1]!);
    setAfter[j] = words[j] === 'set' || (!end && setAfter[j + 1]!);
  }
  const untilEnd = (from: number, word: 'where' | 'set') => (word === 'where' ? whereAfter : setAfter)[Math.min(from, words.length)] ?? false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (w === 'drop' && next && ['table', 'database', 'schema', 'keyspace', 'collection', 'owned'].includes(next)) return `DROP ${next.toUpperCase()}`;
    if (w === 'truncate' && statementStart(i)) return 'TRUNCATE';
    if (w === 'flushall' || w === 'flushdb' || w === 'dropdatabase') return w.toUpperCase();
    if (w === 'shutdown' && next === 'nosave') return 'SHUTDOWN NOSAVE';
    if (w === 'delete' && next === 'from' && !untilEnd(i + 2, 'where')) return 'DELETE FROM without WHERE';
    // UPDATE t SET …, UPDATE ONLY s.t AS x SET …: SET within the next few words, or it is not an UPDATE statement.
    if (w === 'update' && statementStart(i)) {
      const set = words.slice(i + 2, i + 7).indexOf('set');
      if (set >= 0 && equals[i + 2 + set + 1] && !untilEnd(i + 1, 'where')) return 'UPDATE … SET without WHERE';
    }
    if (w === 'alter' && next === 'table' && statementStart(i)) {
      for (let j = i + 2; j < words.length && words[j] !== ';'; j++) {
        if (words[j] !== 'drop') continue;
        const what = words[j + 1];
        if (what === 'column' || what === 'partition') return `ALTER TABLE … DROP ${what.toUpperCase()}`;
        if (what !== undefined && what !== ';' && !ALTER_DROP_KEEPS.has(what)) return 'ALTER TABLE … DROP (a column)';
      }
    }
  }
  // MongoDB shell calls, spaces ignored: deleteMany({ }) empties the collection as deleteMany({}) does.
  let compact = '';
  for (let i = 0; i < text.length && compact.length < 1_000_000; i++) { const c = text[i]; if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') compact += c; }
  if (compact.includes('deleteMany({})') || compact.includes('.drop()') || compact.includes('remove({})')) return 'a MongoDB drop/deleteMany({})';
  return undefined;
}
