// JSON text that JSON.parse cannot tell apart from valid input: shared by the fuzz targets and the property tests
// (test/properties.test.ts), which both check that the readers refuse a repeated key.

export type Path = Array<string | number>;

/** JSON text of `value`, with key `key` of the object at `path` written a second time (JSON.parse keeps the last). */
export function withDuplicate(value: unknown, path: Path, key: string, second: unknown): string {
  const walk = (v: unknown, at: Path): string => {
    if (Array.isArray(v)) return `[${v.map((x, i) => walk(x, [...at, i])).join(',')}]`;
    if (v && typeof v === 'object') {
      const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${walk(x, [...at, k])}`);
      if (at.length === path.length && at.every((p, i) => p === path[i])) parts.push(`${JSON.stringify(key)}:${JSON.stringify(second)}`);
      return `{${parts.join(',')}}`;
    }
    return JSON.stringify(v);
  };
  return walk(value, []);
}
