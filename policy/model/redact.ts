// Plan JSON carries secrets in clear text, marked only by `*_sensitive` (Terraform) or a secret
// signature (Pulumi). Readers mask them here, before any rule or report can see them, so no output of
// ours can print one. Keys that look secret are masked too, whatever the plan says.

export const MASK = '(sensitive)';

const SECRET_KEY = /(pass(word|phrase)?|secret|token|private[_-]?key|api[_-]?key|access[_-]?key|credential|auth|cert(ificate)?[_-]?(body|chain)?|connection[_-]?string|sas|signature|session)/i;
const NOT_SECRET_KEY = /(_?(arn|id|name|type|count|enabled|length|version|rotation.*|policy|kms_key_id|kms_key_arn|key_id)s?)$/i;

/** Pulumi marshals secrets as `{ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value }`. */
export const PULUMI_SECRET_SIG = '4dabf18193072939515e22adb298388d';
export const PULUMI_SECRET_VALUE = '1b47061264138c4ac30d75fd1eb44270';
/** Pulumi's unknown-value sentinel, as the engine sends it at preview. */
export const PULUMI_UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

const SETTINGS_KEY = /(config|configuration|settings|options|policy|policies|rules?|block)s?$/i;

export function looksSecret(key: string): boolean {
  let secret = secretKeys.get(key);
  if (secret === undefined) {
    secret = SECRET_KEY.test(key) && !NOT_SECRET_KEY.test(key);
    // Bounded: a plan's records use a few thousand distinct keys at most; past that, tested each time.
    if (secretKeys.size < 50_000) secretKeys.set(key, secret);
  }
  return secret;
}

/** looksSecret's answers by key: masking asks for every key of every record of a plan. */
const secretKeys = new Map<string, boolean>();

/**
 * `value` with sensitive leaves replaced by MASK. `sensitive` mirrors the value's shape with `true` at sensitive
 * leaves (Terraform `before_sensitive`/`after_sensitive`), or is `true` for all.
 *
 * Copy on write: what holds nothing to mask is returned as it is (the same object, not a copy), and a record or list
 * is copied only along the paths where something is masked. Most resources of a plan hold no secret, and copying
 * every one of them was an eighth of the gate's time on a 100k-resource plan (docs/performance.md). So a caller that
 * changes the result must copy it first: it may be the caller's own input.
 */
export function maskSensitive(value: unknown, sensitive: unknown = false, key = ''): unknown {
  if (sensitive === true) return MASK;
  if (key && looksSecret(key) && value !== null && value !== undefined && typeof value !== 'boolean') {
    // A block under a secret-looking key (`password: {value: …}`) is masked whole, unless it is plainly a
    // settings block whose leaves are checked one by one.
    if (typeof value !== 'object' || !SETTINGS_KEY.test(key)) return MASK;
  }
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    const marks = Array.isArray(sensitive) ? (sensitive as unknown[]) : undefined;
    let out: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const masked = maskSensitive(item, marks ? marks[i] : false, key);
      if (out) out.push(masked);
      else if (masked !== item) {
        out = list.slice(0, i);
        out.push(masked);
      }
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (PULUMI_SECRET_SIG in record) return MASK;
    const keys = Object.keys(record);
    if (record.ciphertext !== undefined && keys.length <= 2) return MASK;
    const sens = sensitive && typeof sensitive === 'object' ? (sensitive as Record<string, unknown>) : undefined;
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = record[k];
      const marked = sens && Object.hasOwn(sens, k) ? sens[k] : false;
      // A leaf (most values of a record) is judged here, as the call below would judge it, without the call.
      const masked = v !== null && typeof v === 'object' ? maskSensitive(v, marked, k)
        : marked === true || v === '[secret]' || (v !== undefined && v !== null && typeof v !== 'boolean' && looksSecret(k)) ? MASK : v;
      if (!out) {
        if (masked === v) continue;
        out = {};
        for (let j = 0; j < i; j++) setOwn(out, keys[j]!, record[keys[j]!]);
      }
      setOwn(out, k, masked);
    }
    return out ?? value;
  }
  if (value === '[secret]') return MASK;
  return value;
}

function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  // `out.__proto__ = …` would set the copy's prototype: a plan's `"__proto__": {"deletion_protection": true}`
  // would then be inherited by every lookup. A plan's key is only ever an own property.
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
