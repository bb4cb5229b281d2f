// "Did you mean …?" for a configuration value that is not one of the valid ones: the nearest valid value by
// Damerau-Levenshtein distance (insertions, deletions, substitutions and transpositions of adjacent characters, each
// costing one; the unrestricted form, so `nostateful-delte` is still near `no-stateful-delete`).

/** Edit distance between `a` and `b`, counting an adjacent transposition as one edit (Lowrance–Wagner). */
export function damerauLevenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const infinity = s.length + t.length;
  const lastRow = new Map<string, number>();
  // d[i + 1][j + 1] is the distance between the first i characters of s and the first j of t.
  const d: number[][] = Array.from({ length: s.length + 2 }, () => new Array<number>(t.length + 2).fill(0));
  d[0]![0] = infinity;
  for (let i = 0; i <= s.length; i++) { d[i + 1]![0] = infinity; d[i + 1]![1] = i; }
  for (let j = 0; j <= t.length; j++) { d[0]![j + 1] = infinity; d[1]![j + 1] = j; }
  for (let i = 1; i <= s.length; i++) {
    let lastMatchColumn = 0;
    for (let j = 1; j <= t.length; j++) {
      const k = lastRow.get(t[j - 1]!) ?? 0;
      const l = lastMatchColumn;
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      if (cost === 0) lastMatchColumn = j;
      d[i + 1]![j + 1] = Math.min(
        d[i]![j]! + cost,
        d[i + 1]![j]! + 1,
        d[i]![j + 1]! + 1,
        d[k]![l]! + (i - k - 1) + 1 + (j - l - 1),
      );
    }
    lastRow.set(s[i - 1]!, i);
  }
  return d[s.length + 1]![t.length + 1]!;
}

/**
 * The valid value nearest to `value`, when it is near enough to be a slip: at most a third of the longer word's
 * characters apart (at least one edit allowed, so `wran` finds `warn`), case aside. The first of equally near values
 * wins, so the order of `valid` breaks ties. Undefined when nothing is that near.
 */
export function nearest(value: string, valid: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of valid) {
    if (candidate === value) continue;
    const distance = damerauLevenshtein(wanted, candidate.toLowerCase());
    const allowed = Math.max(1, Math.floor(Math.max([...wanted].length, [...candidate].length) / 3));
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** "; did you mean X?" when a valid value is near, else ""; for the end of a configuration error. */
export function didYouMean(value: string, valid: Iterable<string>): string {
  const suggestion = nearest(value, valid);
  return suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
}
