import { describe, expect, test } from 'vitest';
import { MASK, maskSensitive, PULUMI_SECRET_SIG, PULUMI_SECRET_VALUE } from './redact.js';

describe('maskSensitive', () => {
  test('masks leaves Terraform marks sensitive, keeps the rest', () => {
    expect(maskSensitive({ a: 'keep', b: 'hide', nested: [{ c: 'hide' }] }, { b: true, nested: [{ c: true }] }))
      .toEqual({ a: 'keep', b: MASK, nested: [{ c: MASK }] });
  });

  test('masks Pulumi secrets, whatever their key', () => {
    expect(maskSensitive({ x: { [PULUMI_SECRET_SIG]: PULUMI_SECRET_VALUE, value: 'hunter2' }, y: '[secret]' })).toEqual({ x: MASK, y: MASK });
  });

  test('masks values and blocks under secret-looking keys, even unmarked', () => {
    expect(maskSensitive({ password: 'hunter2', master_password: { value: 'hunter2' }, api_token: ['a', 'b'] }))
      .toEqual({ password: MASK, master_password: MASK, api_token: MASK });
  });

  test('keeps ids, names, ARNs and settings blocks that merely mention a secret', () => {
    const value = { secret_arn: 'arn:aws:secretsmanager:us-east-1:1:secret:x', kms_key_id: 'k', password_policy: { minimum_length: 14 }, manage_master_user_password: true };
    expect(maskSensitive(value)).toEqual(value);
  });

  test('returns what holds no secret as it is, and copies only the paths it masks, never changing its input', () => {
    const clean = { id: 'vol-1', tags: { env: 'prod' }, blocks: [{ size: 8 }] };
    expect(maskSensitive(clean)).toBe(clean);
    const input = { id: 'db-1', tags: { env: 'prod' }, settings: [{ a: 1 }, { password: 'hunter2' }], after: 'x' };
    const snapshot = structuredClone(input);
    const masked = maskSensitive(input) as typeof input;
    expect(masked).toEqual({ ...snapshot, settings: [{ a: 1 }, { password: MASK }] });
    expect(input).toEqual(snapshot);
    expect(masked).not.toBe(input);
    expect(masked.tags).toBe(input.tags);
    expect(masked.settings[0]).toBe(input.settings[0]);
    expect(Object.keys(masked)).toEqual(Object.keys(input));
  });

  test('a copied record keeps a "__proto__" key as an own key, not as its prototype', () => {
    const input = JSON.parse('{"__proto__": {"deletion_protection": true}, "password": "x"}') as Record<string, unknown>;
    const masked = maskSensitive(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(Object.hasOwn(masked, '__proto__')).toBe(true);
    expect((masked as { deletion_protection?: unknown }).deletion_protection).toBeUndefined();
    expect(masked.password).toBe(MASK);
  });
});
