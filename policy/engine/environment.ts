// Unicode's confusables.txt (UTS #39) as one map of code point → prototype, maintained by the markdown-it authors;
// only its data is used, so no 6,000-way regex is built at start-up (see skeleton()).
import confusables from 'unhomoglyph/data.json' with { type: 'json' };
import { prop, readAll } from '../catalog/catalog.js';
import type { Resource } from '../model/plan.js';

export interface EnvironmentConfig {
  /** Tag/label keys that name an environment, compared case-insensitively. */
  tagKeys: string[];
  environments: Record<string, EnvironmentSpec>;
}

export interface EnvironmentSpec {
  /** Other spellings that mean this environment (`production`, `prd`). */
  aliases?: string[];
  /** Cloud account ids that belong to it. */
  accounts?: string[];
  /** Stack names (Pulumi stacks, cdktf stacks, plan names) that belong to it. */
  stacks?: string[];
  /** Regular expressions matched against resource names and addresses. */
  namePatterns?: string[];
}

export interface EnvironmentInfo {
  name?: string;
  source?: 'tag' | 'account' | 'name' | 'stack';
  /**
   * A tag key or value spelled with look-alike characters of an environment key or name (`еnv` or `prоd` with a
   * Cyrillic letter): the text as written. A look-alike key still counts as the key it imitates (`name` is its
   * value); a look-alike value names no environment.
   */
  lookalike?: string;
  /** What the look-alike imitates (`env`, `prod`), and whether it is a tag key or a tag value. */
  lookalikeOf?: string;
  lookalikeIn?: 'key' | 'value';
  /**
   * The text as written when it names the environment with a qualifier (`prod-eu`, `prod_us_east_1`, `stg2`): one
   * environment's spelling among its words, no other environment's, and no negation (`non-prod`).
   */
  qualified?: string;
}

/**
 * The UTS #39 skeleton of a text: each code point replaced by its confusables.txt prototype, between NFD passes. Two
 * texts look alike when their skeletons are equal. Diacritics are not confusables: `ünïcode` keeps its marks.
 */
export function skeleton(text: string): string {
  const map = confusables as Record<string, string>;
  let out = '';
  // Invisible code points (zero-width space and joiners, soft hyphen, variation selectors: Default_Ignorable_Code_Point)
  // are dropped, as UTS #39's skeleton does: `pro\u200bd` displays as `prod` and looks like it.
  for (const char of text.normalize('NFD')) if (!DEFAULT_IGNORABLE.test(char)) out += map[char] ?? char;
  return out.normalize('NFD');
}

/**
 * Where providers keep a resource's tags and labels: AWS and Azure `tags` (`tags_all` adds the provider's
 * default_tags), Google `labels` (`effective_labels`, `terraform_labels` and Pulumi's `pulumiLabels` add the
 * provider's default_labels), Kubernetes `metadata.labels`; and the labels some Google types keep elsewhere: a Cloud
 * SQL instance's `settings.user_labels`, a GKE cluster's `resource_labels` (hashicorp/google 6.50.0).
 */
const TAG_BAGS = ['tags', 'tags_all', 'labels', 'effective_labels', 'terraform_labels', 'pulumi_labels', 'metadata.labels', 'settings.user_labels', 'resource_labels'];

const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Plain ASCII needs no confusables look-up: the environment names and keys it is compared with are ASCII. */
const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

export const defaultEnvironmentConfig: EnvironmentConfig = {
  tagKeys: ['env', 'environment', 'stage'],
  environments: {
    prod: { aliases: ['production', 'prd', 'live'] },
    staging: { aliases: ['stage', 'stg', 'preprod', 'pre-prod'] },
    dev: { aliases: ['development', 'develop', 'sandbox'] },
    test: { aliases: ['testing', 'qa'] },
  },
};

/** Where a qualified environment spelling breaks into words: punctuation, spaces, letter/digit boundaries. */
const WORD_BREAK = /[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
/** Words that deny the environment after them: `non-prod` is not prod. */
const NEGATIONS = new Set(['non', 'not', 'no', 'anti', 'un']);

const ARN_ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;

export function accountOf(value: unknown): string | undefined {
  return typeof value === 'string' ? ARN_ACCOUNT.exec(value)?.[1] : undefined;
}

export function regionOfArn(value: unknown): string | undefined {
  return typeof value === 'string' ? /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):/.exec(value)?.[1] || undefined : undefined;
}

export class EnvironmentResolver {
  private readonly byAlias = new Map<string, string>();
  private readonly tagKeys: Set<string>;
  /** Skeletons of the names, aliases and tag keys, built on the first non-ASCII text (most plans have none). */
  private skeletons?: { names: Map<string, string>; keys: Map<string, string> };

  constructor(private readonly config: EnvironmentConfig) {
    for (const [name, spec] of Object.entries(config.environments)) {
      this.byAlias.set(fold(name), name);
      for (const alias of spec.aliases ?? []) this.byAlias.set(fold(alias), name);
    }
    this.tagKeys = new Set(config.tagKeys.map(fold));
  }

  /**
   * Normalizes a spelled environment: NFKC, trimmed, lower case, aliases resolved. A value that only looks like an
   * environment name (same skeleton, other code points: `prоd`) names none and is reported as a look-alike; any other
   * text, ASCII or not (`ünïcode-team`, `生产`, or `生产` configured as an alias), is a plain environment name.
   */
  normalize(raw: string): EnvironmentInfo {
    // Tag values repeat across a plan (`prod` on thousands of resources): each text is worked out once. The answers
    // are frozen, since they are shared.
    let info = this.normalized.get(raw);
    if (!info) {
      info = Object.freeze(this.normalizeText(raw));
      if (this.normalized.size < 10_000) this.normalized.set(raw, info);
    }
    return info;
  }

  private readonly normalized = new Map<string, EnvironmentInfo>();
  private readonly tagKeysSeen = new Map<string, { key: string; lookalike: boolean } | undefined>();

  private normalizeText(raw: string): EnvironmentInfo {
    const value = fold(raw);
    if (!value) return {};
    const known = this.byAlias.get(value);
    if (known) return { name: known };
    const imitated = isAscii(value) ? undefined : this.lookalikes().names.get(skeleton(value));
    if (imitated) return { lookalike: raw, lookalikeOf: imitated, lookalikeIn: 'value' };
    const qualified = this.qualifiedName(value);
    if (qualified) return { name: qualified, qualified: raw };
    // `prоd-eu` with a Cyrillic о: a qualified spelling of a look-alike.
    const imitatedQualified = isAscii(value) ? undefined : this.qualifiedName(skeleton(value));
    if (imitatedQualified) return { lookalike: raw, lookalikeOf: imitatedQualified, lookalikeIn: 'value' };
    return { name: value };
  }

  /**
   * The environment a qualified spelling names: its words (split at punctuation, spaces and letter/digit
   * boundaries: `prod-eu`, `eu_prod`, `prod2`) hold the spelling of exactly one environment (two adjacent words may
   * spell it together: `pre_prod` is `preprod`), no other environment's, and no negation before it (`non-prod`,
   * `not_prod` name none). A spelling configured as a name or alias itself never gets here (`environments:
   * {prod-eu: {}}` keeps prod-eu apart).
   */
  private qualifiedName(value: string): string | undefined {
    const words = value.split(WORD_BREAK).filter(Boolean);
    if (words.length < 2) return undefined;
    let found: string | undefined;
    for (let i = 0; i < words.length; i++) {
      const pair = i + 1 < words.length ? this.byAlias.get(words[i]! + words[i + 1]!) : undefined;
      const name = pair ?? this.byAlias.get(words[i]!);
      if (!name) continue;
      if (i > 0 && NEGATIONS.has(words[i - 1]!)) return undefined;
      if (found !== undefined && found !== name) return undefined;
      found = name;
      if (pair) i++;
    }
    return found;
  }

  /** The environment tag key a tag key is, or imitates with look-alike characters (`еnv`); undefined for others. */
  tagKey(raw: string): { key: string; lookalike: boolean } | undefined {
    let found = this.tagKeysSeen.get(raw);
    if (found === undefined && !this.tagKeysSeen.has(raw)) {
      found = this.tagKeyOf(raw);
      if (found) Object.freeze(found);
      if (this.tagKeysSeen.size < 10_000) this.tagKeysSeen.set(raw, found);
    }
    return found;
  }

  private tagKeyOf(raw: string): { key: string; lookalike: boolean } | undefined {
    const key = fold(raw);
    if (this.tagKeys.has(key)) return { key, lookalike: false };
    const imitated = isAscii(key) ? undefined : this.lookalikes().keys.get(skeleton(key));
    return imitated ? { key: imitated, lookalike: true } : undefined;
  }

  /** The environment a spelling names (an alias resolved), or undefined: `production` → `prod`. */
  named(spelling: string): string | undefined {
    return this.byAlias.get(fold(spelling));
  }

  /** Every spelling of every environment, folded (names and aliases), with the environment it names. */
  spellings(): Array<[spelling: string, name: string]> {
    return [...this.byAlias];
  }

  private lookalikes() {
    if (!this.skeletons) {
      const names = new Map<string, string>();
      for (const spelling of this.byAlias.keys()) if (isAscii(spelling)) names.set(skeleton(spelling), spelling);
      const keys = new Map<string, string>();
      for (const key of this.tagKeys) if (isAscii(key)) keys.set(skeleton(key), key);
      this.skeletons = { names, keys };
    }
    return this.skeletons;
  }

  resolve(resource: Resource, fallbackStack?: string): EnvironmentInfo {
    const tagged = this.fromTags(resource);
    if (tagged) return tagged;
    const account = accountOf(prop(resource.properties, 'arn')) ?? accountOf(resource.address);
    if (account) {
      const byAccount = this.fromAccount(account);
      if (byAccount) return byAccount;
    }
    // Without name patterns (the default config) the text to match is not even spelled.
    const byName = this.namePatterns().length > 0 ? this.fromName(`${resource.name} ${resource.address}`) : undefined;
    if (byName) return byName;
    const stack = resource.stack ?? fallbackStack;
    if (stack) return this.fromStackName(stack);
    return {};
  }

  fromAccount(account: string): EnvironmentInfo | undefined {
    for (const [name, spec] of Object.entries(this.config.environments)) {
      if (spec.accounts?.includes(account)) return { name, source: 'account' };
    }
    return undefined;
  }

  fromValue(value: string): EnvironmentInfo {
    const account = accountOf(value);
    if (account) return this.fromAccount(account) ?? {};
    return this.fromName(value) ?? {};
  }

  /**
   * The environment of a resource's tags. A tag under a real key wins over one under a look-alike key, but a
   * look-alike anywhere among them is kept on the result, so whoever decides by this environment reports it.
   */
  private fromTags(resource: Resource): EnvironmentInfo | undefined {
    let real: EnvironmentInfo | undefined;
    let imitated: EnvironmentInfo | undefined;
    let lookalike: Pick<EnvironmentInfo, 'lookalike' | 'lookalikeOf' | 'lookalikeIn'> | undefined;
    const consider = (rawKey: string, value: unknown) => {
      if (typeof value !== 'string') return;
      const key = this.tagKey(rawKey);
      if (!key) return;
      const info = this.normalize(value);
      if (info.lookalike) lookalike ??= { lookalike: info.lookalike, lookalikeOf: info.lookalikeOf, lookalikeIn: 'value' };
      else if (key.lookalike) lookalike ??= { lookalike: rawKey, lookalikeOf: key.key, lookalikeIn: 'key' };
      if (!info.name) return;
      if (key.lookalike) imitated ??= info;
      else real ??= info;
    };
    const properties = resource.properties;
    for (const bag of TAG_BAGS) {
      // A nested bag (`settings.user_labels`) sits in Terraform's block list: read through it.
      const tags: unknown = bag.includes('.') ? prop(properties, bag) ?? readAll(properties, bag)[0] : prop(properties, bag);
      if (!tags || typeof tags !== 'object') continue;
      // A map (Terraform, Pulumi `aws`), or a list of `{key, value}` / `{Key, Value}` items (Cloud Control: Pulumi
      // `aws-native`, CloudFormation); read in place, in Object.entries' order, without making the pairs.
      if (!Array.isArray(tags)) {
        const record = tags as Record<string, unknown>;
        for (const rawKey of Object.keys(record)) consider(rawKey, record[rawKey]);
        continue;
      }
      for (const item of tags as unknown[]) {
        if (!item || typeof item !== 'object') continue;
        const { key, Key, value, Value } = item as Record<string, unknown>;
        const name = key ?? Key;
        if (typeof name === 'string') consider(name, value ?? Value);
      }
    }
    const found = real ?? imitated;
    if (!found && !lookalike) return undefined;
    if (!lookalike) return found?.name ? (found.qualified ? { name: found.name, qualified: found.qualified, source: 'tag' } : { name: found.name, source: 'tag' }) : { source: 'tag' };
    return { ...(found?.name ? { name: found.name } : {}), ...(found?.qualified ? { qualified: found.qualified } : {}), source: 'tag', ...lookalike };
  }

  private fromName(text: string): EnvironmentInfo | undefined {
    for (const { name, pattern } of this.namePatterns()) if (pattern.test(text)) return { name, source: 'name' };
    return undefined;
  }

  /** The configured name patterns, compiled once (they were compiled for every resource), in the config's order. */
  private compiledNames?: Array<{ name: string; pattern: RegExp }>;
  private namePatterns(): Array<{ name: string; pattern: RegExp }> {
    if (!this.compiledNames) {
      const compiled: Array<{ name: string; pattern: RegExp }> = [];
      for (const [name, spec] of Object.entries(this.config.environments)) {
        // No flags: `test` on a pattern without /g or /y keeps no state between calls, so sharing one is safe.
        for (const pattern of spec.namePatterns ?? []) compiled.push({ name, pattern: new RegExp(pattern) });
      }
      this.compiledNames = compiled;
    }
    return this.compiledNames;
  }

  fromStackName(stack: string): EnvironmentInfo {
    // Config may name a stack fully (`acme/shop/prod`) or by its last part; URNs carry only the last part.
    const short = stack.split('/').pop() ?? stack;
    for (const [name, spec] of Object.entries(this.config.environments)) {
      if (spec.stacks?.some((s) => s === stack || (s.split('/').pop() ?? s) === short)) return { name, source: 'stack' };
    }
    // `org/project/prod` or `app-prod`: the last word of a stack name usually names its environment; else the last
    // part read as a qualified spelling (`shop-prod-eu`, `prod_us_east_1`).
    const last = stack.split(/[/:._-]/).pop() ?? stack;
    const info = this.normalize(last);
    if (info.name && this.byAlias.has(fold(info.name))) return { ...info, source: 'stack' };
    const whole = this.normalize(short);
    return whole.qualified && whole.name ? { name: whole.name, qualified: whole.qualified, source: 'stack' } : {};
  }
}

/**
 * How names, aliases, keys and values are compared: NFKC (full-width `ｐｒｏｄ` is `prod`), trimmed, lower case.
 * ASCII text skips the normalization, which leaves every ASCII code point as it is (none has a decomposition or a
 * compatibility mapping): the same result, without the ICU call that every tag of every resource paid for.
 */
export function fold(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFKC')).trim().toLowerCase();
}

/** fold as defined, for every text: what the ASCII shortcut must agree with (environment.test.ts). */
export function foldSlow(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;
