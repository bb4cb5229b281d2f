import { describe, expect, test } from 'vitest';
import { PULUMI_UNKNOWN } from '../model/redact.js';
import { parseUrn, stripUnknowns } from './pulumi-resource.js';

describe('stripUnknowns', () => {
  test('records each unknown path and leaves it out, copying only the way to it', () => {
    const input = { id: 'vol-1', tags: { env: 'prod' }, attachments: [{ device: '/dev/sdf' }, { instanceId: PULUMI_UNKNOWN }], size: PULUMI_UNKNOWN };
    const snapshot = structuredClone(input);
    const unknown: string[] = [];
    const out = stripUnknowns(input, '', unknown) as Record<string, unknown>;
    expect(out).toEqual({ id: 'vol-1', tags: { env: 'prod' }, attachments: [{ device: '/dev/sdf' }, {}] });
    expect(unknown).toEqual(['attachments.1.instanceId', 'size']);
    expect(input).toEqual(snapshot);
    expect(out.tags).toBe(input.tags);
    expect((out.attachments as unknown[])[0]).toBe(input.attachments[0]);
  });

  test('returns a bag without unknowns as it is, and prefixes paths', () => {
    const clean = { a: [1, { b: 'x' }] };
    const unknown: string[] = [];
    expect(stripUnknowns(clean, 'outputs', unknown)).toBe(clean);
    expect(unknown).toEqual([]);
    expect(stripUnknowns({ a: [PULUMI_UNKNOWN] }, 'outputs', unknown)).toEqual({ a: [undefined] });
    expect(unknown).toEqual(['outputs.a.0']);
  });

  test('keeps a "__proto__" key an own key of the copy', () => {
    const input = JSON.parse(`{"__proto__": {"protect": true}, "x": "${PULUMI_UNKNOWN}"}`) as Record<string, unknown>;
    const out = stripUnknowns(input, '', []) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.hasOwn(out, 'x')).toBe(false);
  });
});

describe('parseUrn', () => {
  test('the same URN twice gives the same parts', () => {
    const urn = 'urn:pulumi:prod::shop::aws:ec2/instance:Instance$aws:ebs/volume:Volume::data';
    expect(parseUrn(urn)).toEqual({ stack: 'prod', project: 'shop', type: 'aws:ebs/volume:Volume', name: 'data' });
    expect(parseUrn(urn)).toEqual(parseUrn(urn));
    expect(parseUrn('urn:pulumi:dev::p::t::a::b')).toEqual({ stack: 'dev', project: 'p', type: 't', name: 'a::b' });
  });
});
