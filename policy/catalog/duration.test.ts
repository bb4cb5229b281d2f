// The duration parser (duration.ts): Go's ParseDuration syntax with days, and ISO 8601 durations.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { durationDays, parseDuration } from './duration.js';

const GO_UNITS = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600, d: 86_400 } as const;
const goPart = fc.record({ amount: fc.integer({ min: 0, max: 100_000 }), unit: fc.constantFrom(...(Object.keys(GO_UNITS) as Array<keyof typeof GO_UNITS>)) });
const ISO_UNITS = { Y: 365 * 86_400, M: 30 * 86_400, W: 7 * 86_400, D: 86_400 } as const;
const TIME_UNITS = { H: 3600, M: 60, S: 1 } as const;

describe('Go-style durations', () => {
  test('the spellings the providers document', () => {
    expect(parseDuration('600s')).toBe(600);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration('7d')).toBe(604_800);
    expect(parseDuration('86400s')).toBe(86_400);
    expect(parseDuration('3.5s')).toBe(3.5);
    expect(parseDuration('1440m')).toBe(86_400);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('0s')).toBe(0);
    expect(parseDuration('300ms')).toBeCloseTo(0.3);
    expect(durationDays('168h')).toBe(7);
  });

  test('a sequence of parts is the sum of its parts, whatever their order', () => {
    fc.assert(fc.property(fc.array(goPart, { minLength: 1, maxLength: 5 }), (parts) => {
      const text = parts.map((p) => `${p.amount}${p.unit}`).join('');
      const expected = parts.reduce((sum, p) => sum + p.amount * GO_UNITS[p.unit], 0);
      expect(parseDuration(text)).toBeCloseTo(expected, 6);
      expect(parseDuration(`-${text}`)).toBeCloseTo(-expected, 6);
    }));
  });

  test('the same length spelled in seconds, minutes, hours or days is the same duration', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (days) => {
      const seconds = days * 86_400;
      for (const text of [`${days}d`, `${days * 24}h`, `${days * 1440}m`, `${seconds}s`]) expect(parseDuration(text)).toBe(seconds);
    }));
  });
});

describe('ISO 8601 durations', () => {
  test('the spellings Azure documents for long-term retention', () => {
    expect(parseDuration('P1W')).toBe(604_800);
    expect(parseDuration('P7D')).toBe(604_800);
    expect(parseDuration('P1M')).toBe(30 * 86_400);
    expect(parseDuration('P1Y')).toBe(365 * 86_400);
    expect(parseDuration('PT0S')).toBe(0);
    expect(parseDuration('P1DT12H')).toBe(129_600);
    expect(parseDuration('PT1.5S')).toBe(1.5);
    expect(parseDuration('pt10m')).toBe(600);
  });

  test('every combination of date and time parts sums its parts', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined });
    fc.assert(fc.property(fc.tuple(amount, amount, amount, amount), fc.tuple(amount, amount, amount), (date, time) => {
      const datePart = (Object.keys(ISO_UNITS) as Array<keyof typeof ISO_UNITS>).map((u, i) => (date[i] === undefined ? '' : `${date[i]}${u}`)).join('');
      const timePart = (Object.keys(TIME_UNITS) as Array<keyof typeof TIME_UNITS>).map((u, i) => (time[i] === undefined ? '' : `${time[i]}${u}`)).join('');
      const text = `P${datePart}${timePart ? `T${timePart}` : ''}`;
      const expected = (Object.values(ISO_UNITS)).reduce((s, v, i) => s + (date[i] ?? 0) * v, 0) + (Object.values(TIME_UNITS)).reduce((s, v, i) => s + (time[i] ?? 0) * v, 0);
      if (text === 'P') expect(parseDuration(text)).toBeUndefined();
      else expect(parseDuration(text)).toBe(expected);
    }));
  });
});

describe('anything else does not parse (never read as zero)', () => {
  test('malformed spellings', () => {
    for (const text of ['', ' ', 'P', 'PT', '1', '10', 's', '1x', 'h1', '1 h', '1h 30m', 'P1H', 'PT1D', '1.2.3s', 'P1W2', 'forever', 'null']) {
      expect(parseDuration(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(parseDuration(undefined)).toBeUndefined();
    expect(parseDuration(null)).toBeUndefined();
    expect(durationDays(600)).toBeUndefined();
  });

  test('random text parses only to a finite number, and only when it is a duration', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (text) => {
      const seconds = parseDuration(text);
      if (seconds !== undefined) {
        expect(Number.isFinite(seconds)).toBe(true);
        expect(/^\s*[+-]?(P|\.?\d)/i.test(text)).toBe(true);
      }
    }));
  });
});
