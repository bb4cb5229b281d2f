// Scanning Terraform source text for where its blocks start: the `resource`, `data` and `module` blocks of a .tf
// file, the resource keys of a Terraform JSON file (cdk.tf.json), and offsets as lines and columns. Text only: what
// the blocks say is parsed by @cdktf/hcl2json (terraform-sources.ts); this finds the line a report points at.

/** Line and column of an offset in one text: the line starts are found once (a plan may hold a million lines). */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Top-level `resource "type" "name"`, `data "type" "name"` and `module "name"` blocks of a .tf file, with the
 * offset of their keyword. Comments, strings (with `${…}` templates), heredocs and nested blocks are skipped, so a
 * word in a comment or a nested block is never taken for a block.
 */
export function hclBlocks(text: string): Array<{ kind: 'resource' | 'data' | 'module'; address: string; offset: number }> {
  const out: Array<{ kind: 'resource' | 'data' | 'module'; address: string; offset: number }> = [];
  const label = String.raw`(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w-]*))`;
  const header = new RegExp(String.raw`(resource|data|module)[ \t]+${label}(?:[ \t]+${label})?[ \t]*\{`, 'y');
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    // At the top level, a word that starts a token is a block header (or an argument, which a header never matches).
    if (depth === 0 && /[a-z]/.test(ch) && (i === 0 || !/[\w-]/.test(text[i - 1]!))) {
      header.lastIndex = i;
      const m = header.exec(text);
      if (m) {
        const kind = m[1] as 'resource' | 'data' | 'module';
        const first = m[2] ?? m[3] ?? '';
        const second = m[4] ?? m[5];
        if (kind === 'module') out.push({ kind, address: first, offset: i });
        else if (second !== undefined) out.push({ kind, address: `${kind === 'data' ? 'data.' : ''}${first}.${second}`, offset: i });
        // On to the block's brace: its labels are not read again as words.
        i = header.lastIndex - 1;
        continue;
      }
    }
    if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === '"') {
      i = skipString(text, i);
    } else if (ch === '<' && text[i + 1] === '<') {
      i = skipHeredoc(text, i);
    } else {
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if (ch === '}' || ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return out;
}

/** Past a quoted string at `i`, templates included: `"a ${f("b}")} c"`. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else if ((c === '$' || c === '%') && text[j + 1] === '{') j = skipTemplate(text, j + 2);
    else if (c === '\n') return j; // an unterminated string ends at the line (hcl2json has refused such a file)
    else j++;
  }
  return j;
}

/** Past a `${ … }` template's expression: nested braces and strings. */
function skipTemplate(text: string, j: number): number {
  let depth = 1;
  while (j < text.length && depth > 0) {
    const c = text[j];
    if (c === '"') {
      j = skipString(text, j);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    j++;
  }
  return j;
}

/** Past a heredoc (`<<EOT` or `<<-EOT` … a line holding only `EOT`). */
function skipHeredoc(text: string, i: number): number {
  const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
  if (!m) return i + 2;
  const end = new RegExp(String.raw`^[ \t]*${m[1]}[ \t]*$`, 'm');
  end.lastIndex = 0;
  const rest = text.slice(i + m[0].length);
  const close = end.exec(rest);
  return close ? i + m[0].length + close.index + close[0].length : text.length;
}

/**
 * In a cdk.tf.json (or any Terraform JSON configuration): `type.name` → the offset of the key `"name"` under
 * `resource.type` (and `data.type.name` under `data.type`). A small JSON walk that tracks the key path.
 */
export function jsonResourceKeys(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const path: Array<string | undefined> = [];
  const isObject: boolean[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = skipJsonString(text, i);
      if (expectKey && isObject[isObject.length - 1]) {
        const key = JSON.parse(text.slice(i, end)) as string;
        path[isObject.length - 1] = key;
        const depth = isObject.length;
        if (depth === 3 && (path[0] === 'resource' || path[0] === 'data')) {
          const address = `${path[0] === 'data' ? 'data.' : ''}${path[1]}.${key}`;
          if (!out.has(address)) out.set(address, i);
        }
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (ch === '{') {
      isObject.push(true);
      expectKey = true;
    } else if (ch === '[') {
      isObject.push(false);
    } else if (ch === '}' || ch === ']') {
      isObject.pop();
      path.length = isObject.length;
    } else if (ch === ',') {
      expectKey = isObject[isObject.length - 1] === true;
    }
    i++;
  }
  return out;
}

function skipJsonString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else j++;
  }
  return j;
}
