// Durations written as strings, as providers take them for retention and waiting periods:
// - Go's time.ParseDuration syntax, which Google's APIs take (protobuf Duration in JSON is "<seconds>s"): a sequence
//   of decimal numbers with units `ns`, `us`/`µs`, `ms`, `s`, `m`, `h` ("600s", "1h30m", "0.5h"), an optional sign,
//   and a bare "0"; plus `d` for days, which Spanner's version_retention_period takes ("7d");
// - ISO 8601 durations, which Azure takes for long-term retention ("P1W", "P1Y", "PT0S", "P1DT12H"): years are
//   counted as 365 days and months as 30 days (Azure's LTR takes whole weeks, months and years: the count only has to
//   order retentions, and a month is never mistaken for zero).
// Unparseable text is `undefined`, never 0: a guard must not read an odd spelling as "no retention" or as "kept".

const GO_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600, d: 86_400 };
// µ (U+00B5) and μ (U+03BC) written as escapes in the patterns, so the CLI bundle stays ASCII (scripts/bundle-cli.ts).
const GO = /^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h|d))+$/;
const GO_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h|d)/g;

const ISO = /^([+-])?P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?!$)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const ISO_SECONDS = [365 * 86_400, 30 * 86_400, 7 * 86_400, 86_400, 3600, 60, 1] as const;

/** A duration string in seconds; `undefined` when it is neither Go nor ISO 8601 syntax. Numbers are taken as seconds. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '0' || text === '+0' || text === '-0') return 0;
  if (GO.test(text)) {
    let seconds = 0;
    for (const [, amount, unit] of text.matchAll(GO_PART)) seconds += Number(amount) * GO_UNITS[unit!]!;
    return text.startsWith('-') ? -seconds : seconds;
  }
  const iso = ISO.exec(text);
  if (iso) {
    let seconds = 0;
    iso.slice(2).forEach((amount, i) => {
      if (amount !== undefined) seconds += Number(amount.replace(',', '.')) * ISO_SECONDS[i]!;
    });
    return iso[1] === '-' ? -seconds : seconds;
  }
  return undefined;
}

/** A duration string in days (`"168h"` → 7, `"P1W"` → 7); `undefined` when it does not parse. */
export function durationDays(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const seconds = parseDuration(value);
  return seconds === undefined ? undefined : seconds / 86_400;
}
