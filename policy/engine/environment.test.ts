import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Resource } from '../model/plan.js';
import { defaultEnvironmentConfig, EnvironmentResolver, fold, foldSlow, skeleton } from './environment.js';

const resolver = new EnvironmentResolver(defaultEnvironmentConfig);
const tagged = (tags: Record<string, unknown>, stack?: string): Resource =>
  ({ address: 'aws_ebs_volume.data', type: 'aws_ebs_volume', name: 'data', properties: { tags }, references: [], unknown: [], ...(stack ? { stack } : {}) }) as unknown as Resource;

describe('skeleton (UTS #39 confusables)', () => {
  test.for([
    ['pr\u043ed', 'prod'],        // Cyrillic о
    ['pro\u200bd', 'prod'],       // a zero-width space (Default_Ignorable_Code_Point) inside
    ['p\u00adrod', 'prod'],       // a soft hyphen
    ['\u0435nv', 'env'],          // Cyrillic е
    ['\u0455taging', 'staging'],  // Cyrillic ѕ
    ['prod', 'prod'],
  ] as const)('%s looks like %s', ([text, plain]) => {
    expect(skeleton(text)).toBe(skeleton(plain));
  });

  test('diacritics and other scripts are no confusables', () => {
    expect(skeleton('\u00fcn\u00efcode')).not.toBe(skeleton('unicode'));
    expect(skeleton('\u751f\u4ea7')).toBe('\u751f\u4ea7');
  });
});

describe('EnvironmentResolver.normalize', () => {
  test.for([
    ['prod', { name: 'prod' }],
    ['Production', { name: 'prod' }],
    ['\uff50\uff52\uff4f\uff44', { name: 'prod' }],                                  // full-width: NFKC makes it prod
    ['pr\u043ed', { lookalike: 'pr\u043ed', lookalikeOf: 'prod', lookalikeIn: 'value' }],
    ['\u0455tg', { lookalike: '\u0455tg', lookalikeOf: 'stg', lookalikeIn: 'value' }],  // an alias is imitated too
    ['\u00fcn\u00efcode-team', { name: '\u00fcn\u00efcode-team' }],                    // a real label: a plain value
    ['\u751f\u4ea7', { name: '\u751f\u4ea7' }],
    ['pr0d', { name: 'pr0d' }],                                                   // ASCII: compared as written
    ['', {}],
  ] as const)('%s', ([raw, info]) => {
    expect(resolver.normalize(raw)).toEqual(info);
  });

  test('a non-ASCII name works once configured as an alias', () => {
    const configured = new EnvironmentResolver({ ...defaultEnvironmentConfig, environments: { prod: { aliases: ['\u751f\u4ea7'] } } });
    expect(configured.normalize('\u751f\u4ea7')).toEqual({ name: 'prod' });
    expect(configured.resolve(tagged({ env: '\u751f\u4ea7' }))).toEqual({ name: 'prod', source: 'tag' });
  });

  test('any text that is no look-alike keeps its own spelling as the name (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (raw) => {
      const info = resolver.normalize(raw);
      // A look-alike of a whole spelling, or of an environment among the words of a qualified one (`prоd-eu`).
      if (info.lookalike) expect(skeleton(raw.normalize('NFKC').trim().toLowerCase()) === skeleton(info.lookalikeOf ?? '') || Object.hasOwn(defaultEnvironmentConfig.environments, info.lookalikeOf ?? '')).toBe(true);
      else if (raw.trim()) expect(info.name).toBeTruthy();
    }));
  });
});

describe('qualified spellings: an environment among the words of a value or a stack name', () => {
  test.for([
    ['prod-eu', 'prod'],
    ['PROD_US_EAST_1', 'prod'],
    ['eu-production', 'prod'],
    ['prod-m\u00fcnchen', 'prod'],     // a real non-ASCII qualifier
    ['stg2', 'staging'],               // a letter/digit boundary is a word break
    ['pre_prod', 'staging'],           // two words that spell an alias together
    ['pre-prod-eu', 'staging'],
    ['prod prd', 'prod'],              // two spellings of one environment
    ['dev.sandbox', 'dev'],
    ['production-like', 'prod'],       // fails closed: where it decides the level, it protects
  ] as const)('%s names %s', ([raw, name]) => {
    expect(resolver.normalize(raw)).toEqual({ name, qualified: raw });
  });

  test.for([
    'non-prod', 'not_prod', 'no-prod',   // a negation before it
    'prod-staging-copy', 'dev-to-prod',  // two environments: which one is not for a guess
    'nonprod', 'prodtest', 'eu-west-1',
  ])('%s names no environment of the configuration', (raw) => {
    expect(resolver.normalize(raw)).toEqual({ name: raw });
  });

  test('a look-alike letter in the environment word of a qualified spelling is a look-alike of it', () => {
    expect(resolver.normalize('pr\u043ed-eu')).toEqual({ lookalike: 'pr\u043ed-eu', lookalikeOf: 'prod', lookalikeIn: 'value' });
  });

  test('a spelling configured as its own environment stays apart', () => {
    const apart = new EnvironmentResolver({ ...defaultEnvironmentConfig, environments: { ...defaultEnvironmentConfig.environments, 'prod-eu': {} } });
    expect(apart.normalize('prod-eu')).toEqual({ name: 'prod-eu' });
    expect(apart.normalize('prod-us')).toEqual({ name: 'prod', qualified: 'prod-us' });
  });

  test('tags and stack names', () => {
    expect(resolver.resolve(tagged({ env: 'prod-eu' }, 'staging'))).toEqual({ name: 'prod', qualified: 'prod-eu', source: 'tag' });
    expect(resolver.fromStackName('acme/shop/prod-eu')).toEqual({ name: 'prod', qualified: 'prod-eu', source: 'stack' });
    expect(resolver.fromStackName('shop-prod-us-east-1')).toEqual({ name: 'prod', qualified: 'shop-prod-us-east-1', source: 'stack' });
    expect(resolver.fromStackName('shop-prod')).toEqual({ name: 'prod', source: 'stack' });
    expect(resolver.fromStackName('shop-nonprod-eu')).toEqual({});
  });
});

describe('EnvironmentResolver.resolve from tags', () => {
  test('a look-alike tag key counts as the key it imitates, and is reported', () => {
    expect(resolver.resolve(tagged({ '\u0435nv': 'prod' }))).toEqual({ name: 'prod', source: 'tag', lookalike: '\u0435nv', lookalikeOf: 'env', lookalikeIn: 'key' });
  });

  test('a look-alike value names no environment, and does not fall back to the stack', () => {
    expect(resolver.resolve(tagged({ env: 'pr\u043ed' }, 'staging'))).toEqual({ source: 'tag', lookalike: 'pr\u043ed', lookalikeOf: 'prod', lookalikeIn: 'value' });
  });

  test('a real key wins over a look-alike one, but the look-alike stays on the result', () => {
    expect(resolver.resolve(tagged({ '\u0435nv': 'prod', env: 'staging' }))).toEqual({
      name: 'staging', source: 'tag', lookalike: '\u0435nv', lookalikeOf: 'env', lookalikeIn: 'key',
    });
  });

  test('non-ASCII labels under other keys and as values are plain', () => {
    expect(resolver.resolve(tagged({ team: '\u00fcn\u00efcode-team', env: 'staging' }))).toEqual({ name: 'staging', source: 'tag' });
    expect(resolver.resolve(tagged({ env: '\u00fcn\u00efcode-team' }))).toEqual({ name: '\u00fcn\u00efcode-team', source: 'tag' });
    expect(resolver.resolve(tagged({ t\u00e9am: 'prod' }, 'staging'))).toEqual({ name: 'staging', source: 'stack' });
  });

  test('Cloud Control tag lists ({key, value} / {Key, Value}) are read like tag maps', () => {
    expect(resolver.resolve(tagged([{ key: 'env', value: 'prod' }] as unknown as Record<string, unknown>))).toEqual({ name: 'prod', source: 'tag' });
    expect(resolver.resolve(tagged([{ Key: 'Name', Value: 'x' }, { Key: '\u0435nv', Value: 'staging' }] as unknown as Record<string, unknown>)))
      .toEqual({ name: 'staging', source: 'tag', lookalike: '\u0435nv', lookalikeOf: 'env', lookalikeIn: 'key' });
  });

  test('tagKey', () => {
    expect(resolver.tagKey('Environment')).toEqual({ key: 'environment', lookalike: false });
    expect(resolver.tagKey('\u0405tage')).toEqual({ key: 'stage', lookalike: true });   // Cyrillic Ѕ
    expect(resolver.tagKey('owner')).toBeUndefined();
  });
});

describe('labels where some Google types keep them, and invisible letters in values', () => {
  const withProperties = (properties: Record<string, unknown>): Resource =>
    ({ address: 'google_sql_database_instance.orders', type: 'google_sql_database_instance', name: 'orders', properties, references: [], unknown: [] }) as unknown as Resource;

  test('Cloud SQL settings.user_labels (a Terraform block list or a Pulumi object) and GKE resource_labels name the environment', () => {
    expect(resolver.resolve(withProperties({ settings: [{ tier: 'db-f1-micro', user_labels: { environment: 'production' } }] })).name).toBe('prod');
    expect(resolver.resolve(withProperties({ settings: { tier: 'db-f1-micro', userLabels: { env: 'staging' } } })).name).toBe('staging');
    expect(resolver.resolve(withProperties({ resource_labels: { env: 'prod' } })).name).toBe('prod');
    expect(resolver.resolve(withProperties({ effective_labels: { env: 'prod' } })).name).toBe('prod');
  });

  test('a zero-width space inside prod makes a look-alike of prod, not a plain name', () => {
    expect(resolver.normalize('pro\u200bd')).toEqual({ lookalike: 'pro\u200bd', lookalikeOf: 'prod', lookalikeIn: 'value' });
    expect(resolver.named('production')).toBe('prod');
    expect(resolver.named('nonprod')).toBeUndefined();
  });
});

describe('the ASCII shortcut of folding', () => {
  test('folds every ASCII text (controls and DEL included) exactly as NFKC, trim and lower case do', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => fold(text) === foldSlow(text)), { numRuns: 2000 });
    // Text just past ASCII takes the full path: full-width letters and a non-breaking space fold as NFKC says.
    expect(fold('\uff50\uff52\uff4f\uff44')).toBe('prod');
    expect(fold('\u00a0Prod\u00a0')).toBe('prod');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => fold(text) === foldSlow(text)), { numRuns: 500 });
  });
});

describe('name patterns', () => {
  const patterned = new EnvironmentResolver({
    tagKeys: ['env'],
    environments: { prod: { namePatterns: ['-prod\\b', '^prd-'] }, staging: { namePatterns: ['-stg\\b'] } },
  });
  const named = (name: string): Resource => ({ address: `aws_ebs_volume.${name}`, type: 'aws_ebs_volume', name, properties: {}, references: [], unknown: [] }) as unknown as Resource;

  test('place untagged resources by their name or address, the first matching environment in config order, call after call', () => {
    for (let i = 0; i < 3; i++) {
      expect(patterned.resolve(named('orders-prod'))).toEqual({ name: 'prod', source: 'name' });
      expect(patterned.resolve(named('prd-cache'))).toEqual({ name: 'prod', source: 'name' });
      expect(patterned.resolve(named('orders-stg'))).toEqual({ name: 'staging', source: 'name' });
      expect(patterned.resolve(named('orders'))).toEqual({});
    }
    // A tag still comes first.
    expect(patterned.resolve({ ...named('orders-prod'), properties: { tags: { env: 'staging' } } } as Resource)).toEqual({ name: 'staging', source: 'tag' });
  });
});
