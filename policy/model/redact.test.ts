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
});
