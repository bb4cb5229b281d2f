// The stack's state before this deployment, so the pack can see what the program no longer registers.
//
// CrossGuard never sees a deletion: a resource removed from the program is never registered, so no Analyze call
// is made for it, and AnalyzeStack lists only what exists afterwards (pulumi-policy#299, pulumi/pulumi#3272).
// Comparing the prior state with what the program registers is the one way a pack can see it. This file is the
// only part of the pack that does I/O: it reads a `pulumi stack export` file or runs that command.
import { parseStrictJson } from '../adapters/strict-json.js';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isRecord } from '../adapters/input-error.js';
import { protectionOf, type PulumiState } from '../adapters/pulumi-resource.js';
import { readPulumiState } from '../adapters/pulumi-state.js';
import type { Change, Plan, Resource } from '../model/plan.js';

/** A ResourceV3 of the export; `external` marks a read (`.get()`): referred to, not owned. */
export type PriorResourceState = PulumiState & { external?: boolean };

export type PriorState =
  | { kind: 'state'; origin: string; plan: Plan; states: Map<string, PriorResourceState> }
  /** Nothing to compare with: deletions are left to the plan gate. */
  | { kind: 'none'; reason: string }
  /** A prior state was configured but cannot be read: the pack must not pass silently. */
  | { kind: 'error'; origin: string; problem: string };

/** Where the pack runs: the language host sets these before it starts the pack (sdk.NewPolicyProxy). */
export interface PackEnvironment {
  organization?: string;
  project?: string;
  stack?: string;
  /** Directory relative `priorState` paths are resolved against: the pack folder (the engine's cwd for it). */
  cwd: string;
  /** Runs `pulumi <args>` and resolves with its stdout; injectable for tests. */
  runPulumi?: (args: string[]) => Promise<string>;
}

export function packEnvironmentFromProcess(env: NodeJS.ProcessEnv = process.env): PackEnvironment {
  return {
    ...(env.PULUMI_NODEJS_ORGANIZATION ? { organization: env.PULUMI_NODEJS_ORGANIZATION } : {}),
    ...(env.PULUMI_NODEJS_PROJECT ? { project: env.PULUMI_NODEJS_PROJECT } : {}),
    ...(env.PULUMI_NODEJS_STACK ? { stack: env.PULUMI_NODEJS_STACK } : {}),
    cwd: process.cwd(),
  };
}

/** `pulumi stack export` through the CLI on PATH. Never rejects with anything but an Error. */
export function runPulumiCli(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      'pulumi',
      args,
      {
        maxBuffer: 1024 * 1024 * 1024,
        timeout: 120_000,
        windowsHide: true,
        env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: 'true' },
      },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${error.message.split('\n')[0]}${stderr ? `: ${String(stderr).trim().split('\n').pop()}` : ''}`));
        else done(String(stdout));
      },
    );
  });
}

export class PriorStateSource {
  private readonly files = new Map<string, Promise<PriorState>>();
  private exported: Promise<PriorState> | undefined;

  constructor(private readonly env: PackEnvironment) {}

  /** Fully qualified name of the stack being previewed, when the CLI runs the pack. */
  stackReference(): string | undefined {
    const { organization, project, stack } = this.env;
    if (!stack) return undefined;
    return organization && project && !stack.includes('/') ? `${organization}/${project}/${stack}` : stack;
  }

  /** Starts `pulumi stack export` early, so it runs while the engine previews; a no-op outside the CLI. */
  prefetch(): void {
    if (this.stackReference()) void this.fromCli();
  }

  /** The prior state from the configured file, else from the CLI, else none. Never rejects. */
  load(configuredPath: string | undefined): Promise<PriorState> {
    if (configuredPath) {
      const path = isAbsolute(configuredPath) ? configuredPath : resolve(this.env.cwd, configuredPath);
      let loading = this.files.get(path);
      if (!loading) {
        loading = readFile(path, 'utf8').then(
          (text) => parse(text, path, 'error'),
          (error: unknown) => ({ kind: 'error', origin: path, problem: describe(error) }) as const,
        );
        this.files.set(path, loading);
      }
      return loading;
    }
    return this.fromCli();
  }

  private fromCli(): Promise<PriorState> {
    if (this.exported) return this.exported;
    const reference = this.stackReference();
    if (!reference) {
      this.exported = Promise.resolve({ kind: 'none', reason: 'no priorState is configured and the pack does not run under the Pulumi CLI' });
      return this.exported;
    }
    const run = this.env.runPulumi ?? runPulumiCli;
    const origin = `pulumi stack export --stack ${reference}`;
    this.exported = run(['stack', 'export', '--stack', reference]).then(
      // A CLI that prints something unreadable is treated like a failed command: tolerated, and said so.
      (text) => parse(text, origin, 'none'),
      (error: unknown) => ({ kind: 'none', reason: `${origin} failed: ${describe(error)}` }) as const,
    );
    return this.exported;
  }
}

function parse(text: string, origin: string, onError: 'error' | 'none'): PriorState {
  try {
    // The same strict reading as the plan gate's: repeated keys, non-finite numbers and deep nesting are refused.
    const document: unknown = parseStrictJson(text, { file: origin });
    const plan = readPulumiState(document, origin);
    const states = new Map<string, PriorResourceState>();
    const deployment = isRecord(document) && isRecord(document.deployment) ? document.deployment : {};
    for (const state of Array.isArray(deployment.resources) ? deployment.resources : []) {
      if (isRecord(state) && typeof state.urn === 'string') states.set(state.urn, state as PriorResourceState);
    }
    return { kind: 'state', origin, plan, states };
  } catch (error) {
    const problem = `cannot read it as a \`pulumi stack export\`: ${describe(error)}`;
    return onError === 'error' ? { kind: 'error', origin, problem } : { kind: 'none', reason: `${origin}: ${problem}` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the program registers now: URN, the alias URNs it used to have, and its protect option. */
export interface Registered {
  resource: Resource;
  aliases: string[];
}

/**
 * The changes the prior state implies:
 * - every resource of the prior state that the program no longer registers (under its URN or any alias) is a
 *   delete, with the protection it had; reads (`external`) are not owned, so dropping one deletes nothing;
 * - every registered resource that was protected and no longer is, is a protection downgrade. Only `protect`
 *   is compared: retainOnDelete never reaches a pack, and provider flags may be unknown at preview.
 */
export function priorChanges(prior: Extract<PriorState, { kind: 'state' }>, registered: Registered[]): Change[] {
  const present = new Set<string>();
  const byPriorUrn = new Map<string, Registered>();
  for (const entry of registered) {
    for (const urn of [entry.resource.address, ...entry.aliases]) {
      present.add(urn);
      if (!byPriorUrn.has(urn)) byPriorUrn.set(urn, entry);
    }
  }
  const changes: Change[] = [];
  for (const resource of prior.plan.resources) {
    const state = prior.states.get(resource.address);
    // Reads are not owned and components hold no data (their children are judged on their own).
    if (!state || state.external === true || state.custom === false || present.has(resource.address)) continue;
    changes.push({
      resource,
      action: 'delete',
      raw: 'delete',
      before: resource.properties,
      beforeProtection: protectionOf(state),
      afterProtection: {},
      reasons: [],
      destroysObject: true,
      ...(state.id ? { objectId: state.id } : {}),
    });
  }
  for (const resource of prior.plan.resources) {
    const state = prior.states.get(resource.address);
    const now = byPriorUrn.get(resource.address);
    if (!state || !now || state.protect !== true || now.resource.protection.protect) continue;
    changes.push({
      resource: now.resource,
      action: 'update',
      raw: 'update',
      after: now.resource.properties,
      beforeProtection: { protect: true },
      afterProtection: {},
      reasons: [],
      destroysObject: false,
    });
  }
  return changes;
}
