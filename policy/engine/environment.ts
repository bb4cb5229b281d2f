import { prop } from '../catalog/catalog.js';
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
  /** A tag value that spells an environment with look-alike characters (`prоd` with a Cyrillic o). */
  lookalike?: string;
}

export const defaultEnvironmentConfig: EnvironmentConfig = {
  tagKeys: ['env', 'environment', 'stage'],
  environments: {
    prod: { aliases: ['production', 'prd', 'live'] },
    staging: { aliases: ['stage', 'stg', 'preprod', 'pre-prod'] },
    dev: { aliases: ['development', 'develop', 'sandbox'] },
    test: { aliases: ['testing', 'qa'] },
  },
};

const ARN_ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;

export function accountOf(value: unknown): string | undefined {
  return typeof value === 'string' ? ARN_ACCOUNT.exec(value)?.[1] : undefined;
}

export function regionOfArn(value: unknown): string | undefined {
  return typeof value === 'string' ? /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):/.exec(value)?.[1] || undefined : undefined;
}

export class EnvironmentResolver {
  private readonly byAlias = new Map<string, string>();

  constructor(private readonly config: EnvironmentConfig) {
    for (const [name, spec] of Object.entries(config.environments)) {
      this.byAlias.set(name.toLowerCase(), name);
      for (const alias of spec.aliases ?? []) this.byAlias.set(alias.toLowerCase(), name);
    }
  }

  /** Normalizes a spelled environment: NFKC, trimmed, lower case; look-alike characters are rejected. */
  normalize(raw: string): EnvironmentInfo {
    const value = raw.normalize('NFKC').trim().toLowerCase();
    if (!value) return {};
    // An environment name is plain ASCII; anything else is a look-alike that must not match nor pass silently.
    if (!/^[\x20-\x7e]+$/.test(value)) return { lookalike: raw };
    return { name: this.byAlias.get(value) ?? value };
  }

  resolve(resource: Resource, fallbackStack?: string): EnvironmentInfo {
    const tagged = this.fromTags(resource);
    if (tagged) return tagged;
    const account = accountOf(prop(resource.properties, 'arn')) ?? accountOf(resource.address);
    if (account) {
      const byAccount = this.fromAccount(account);
      if (byAccount) return byAccount;
    }
    const byName = this.fromName(`${resource.name} ${resource.address}`);
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

  private fromTags(resource: Resource): EnvironmentInfo | undefined {
    const keys = new Set(this.config.tagKeys.map((k) => k.toLowerCase()));
    for (const bag of ['tags', 'tags_all', 'labels', 'metadata.labels']) {
      const tags = prop(resource.properties, bag);
      if (!tags || typeof tags !== 'object' || Array.isArray(tags)) continue;
      for (const [key, value] of Object.entries(tags as Record<string, unknown>)) {
        if (typeof value !== 'string' || !keys.has(key.normalize('NFKC').trim().toLowerCase())) continue;
        const info = this.normalize(value);
        if (info.name || info.lookalike) return { ...info, source: 'tag' };
      }
    }
    return undefined;
  }

  private fromName(text: string): EnvironmentInfo | undefined {
    for (const [name, spec] of Object.entries(this.config.environments)) {
      for (const pattern of spec.namePatterns ?? []) {
        if (new RegExp(pattern).test(text)) return { name, source: 'name' };
      }
    }
    return undefined;
  }

  fromStackName(stack: string): EnvironmentInfo {
    // Config may name a stack fully (`acme/shop/prod`) or by its last part; URNs carry only the last part.
    const short = stack.split('/').pop() ?? stack;
    for (const [name, spec] of Object.entries(this.config.environments)) {
      if (spec.stacks?.some((s) => s === stack || (s.split('/').pop() ?? s) === short)) return { name, source: 'stack' };
    }
    // `org/project/prod` or `app-prod`: the last word of a stack name usually names its environment.
    const last = stack.split(/[/:._-]/).pop() ?? stack;
    const info = this.normalize(last);
    return info.name && this.byAlias.has(info.name) ? { ...info, source: 'stack' } : {};
  }
}
