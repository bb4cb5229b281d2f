// IAM's small grammar pieces shared by the rule and scripts/gen-iam-index.ts (which must not load the index it writes).

/** A string or a list of strings, as IAM and provider attributes allow, as a list (other values dropped). */
export function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

const patterns = new Map<string, RegExp>();
/** IAM wildcards: `*` any run of characters, `?` one character; compared case-insensitively. */
export function matches(pattern: string, text: string): boolean {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'i');
    patterns.set(pattern, regex);
  }
  return regex.test(text);
}
