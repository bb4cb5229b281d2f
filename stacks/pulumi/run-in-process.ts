// Runs a Pulumi program in this process under `pulumi.runtime.setMocks` (no CLI, no cloud, no credentials) and
// records every resource registration *with its resource options*, which the public mocks API does not show.
//
// How the options are captured: after `setMocks`, `pulumi.runtime.getMonitor()` returns the MockMonitor instance the
// SDK will call. Its `registerResource(req, cb)` / `readResource(req, cb)` methods are wrapped *on that instance*
// (not on the prototype), so the raw `RegisterResourceRequest` can be read: `hasProtect()/getProtect()`,
// `getRetainondelete()`, `getDeletebeforereplace(defined)()`, `getIgnorechangesList()`, `getAliasesList()`,
// `getDeletedwith()`, `getParent()`, `getDependenciesList()`, `getPropertydependenciesMap()`, `getProvider()`,
// `getVersion()`, `getAdditionalsecretoutputsList()`. The callback gives the URN and id the mock monitor assigned.
//
// Mocks are process-global. Runs are serialized by a queue in this module, and each run calls `setMocks` afresh
// (which calls `resetOptions`: new monitor, no stack resource, cleared feature flags) and ends with
// `pulumi.runtime.disconnect()`, which drains the RPC queue; without it, late registrations go missing.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as pulumi from '@pulumi/pulumi';
import { ACCOUNTS, REGION, SHARED_IDS, isEnv, type Env, type Variant } from '../example.js';
import { exampleProgram } from './program.js';

export interface Registration {
  type: string;
  name: string;
  urn: string;
  custom: boolean;
  id?: string;
  /** Inputs as the mock's newResource received them (secrets as the `4dabf…` signature objects). */
  inputs: Record<string, unknown>;
  /** What the mock's newResource returned as state: the inputs merged with id, arn, tagsAll, … */
  outputs: Record<string, unknown>;
  /** Parent URN. Unset for top-level resources: no `pulumi:pulumi:Stack` root is registered under mocks. */
  parent?: string;
  /** Explicit provider reference `<provider URN>::<provider id>`. Unset when the default provider is used. */
  provider?: string;
  /** Resource URNs this one depends on (explicit `dependsOn` and those found in its inputs). */
  dependencies: string[];
  /** Per input property, the URNs its value came from. */
  propertyDependencies: Record<string, string[]>;
  options: {
    protect?: boolean;
    retainOnDelete?: boolean;
    deleteBeforeReplace?: boolean;
    ignoreChanges: string[];
    /** Alias URNs (alias specs are turned into the URN the engine would compute). */
    aliases: string[];
    deletedWith?: string;
    /** Output properties the SDK asked the engine to mark secret (e.g. an access key's `secret`). */
    additionalSecretOutputs: string[];
  };
  /** True for a read of an existing resource (`Resource.get(name, id)`), which the program does not manage. */
  external?: boolean;
  /** Version of the resource's package as the SDK sent it (e.g. "7.48.0" for @pulumi/aws). */
  version?: string;
}

export interface RunOptions {
  stack: string;
  /** Defaults to "deploy-gate-example", the project name in Pulumi.yaml. */
  project?: string;
  /** Run as a preview (`pulumi.runtime.isDryRun()` true). Defaults to false. */
  preview?: boolean;
}

export const DEFAULT_PROJECT = 'deploy-gate-example';

/** Runs the example program of ./program.ts for one variant and one stack (= environment). */
export function runPulumiExample(opts: { variant: Variant; stack: Env; project?: string }): Promise<Registration[]> {
  return runPulumiProgram(() => exampleProgram(opts.variant, opts.stack), {
    stack: opts.stack,
    ...(opts.project !== undefined ? { project: opts.project } : {}),
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs any Pulumi program under mocks and returns its registrations in the order the program made them.
 * Calls are serialized (mocks are process-global), so concurrent calls are safe but do not run in parallel.
 * Rejects if a mock failed or the program threw.
 */
export function runPulumiProgram(program: () => void | Promise<void>, opts: RunOptions): Promise<Registration[]> {
  const run = queue.then(() => runExclusive(program, opts));
  queue = run.catch(() => undefined);
  return run;
}

// ---------------------------------------------------------------------------------------------------------------
// The mock "cloud"

/** Signature the Pulumi SDK and engine use to mark a secret value in a property map. */
export const SECRET_SIG = '4dabf18193072939515e22adb298388d';
export const SECRET_VALUE_SIG = '1b47061264138c4ac30d75fd1eb44270';

export function isSecretValue(v: unknown): v is { [SECRET_SIG]: string; value?: unknown } {
  return typeof v === 'object' && v !== null && (v as Record<string, unknown>)[SECRET_SIG] === SECRET_VALUE_SIG;
}

function secret(value: unknown): Record<string, unknown> {
  return { [SECRET_SIG]: SECRET_VALUE_SIG, value };
}

/** What exists before any program runs: the resources the incident's prod stack reads but does not own. */
const EXISTING: Record<string, Record<string, unknown>> = {
  [SHARED_IDS.volume]: {
    availabilityZone: 'us-east-1a',
    size: 500,
    type: 'gp3',
    encrypted: true,
    tags: { env: 'prod', Name: 'shared-data' },
  },
  [SHARED_IDS.fileSystem]: {
    encrypted: true,
    performanceMode: 'generalPurpose',
    tags: { env: 'prod', Name: 'shared-files' },
  },
};

/** Fake secret values for output properties that real providers mark secret. AWS's documented example key. */
const SECRET_OUTPUT_VALUES: Record<string, Record<string, unknown>> = {
  'aws:iam/accessKey:AccessKey': { secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', status: 'Active' },
};

interface ArnContext {
  region: string;
  account: string;
  id: string;
  state: Record<string, unknown>;
}

const str = (v: unknown, fallback: string): string => (typeof v === 'string' && v !== '' ? v : fallback);

/** ARN shapes as AWS writes them, for the types the examples use. Types without an ARN attribute are absent. */
const ARNS: Record<string, (c: ArnContext) => string> = {
  'aws:ebs/volume:Volume': (c) => `arn:aws:ec2:${c.region}:${c.account}:volume/${c.id}`,
  'aws:ec2/instance:Instance': (c) => `arn:aws:ec2:${c.region}:${c.account}:instance/${c.id}`,
  'aws:efs/fileSystem:FileSystem': (c) => `arn:aws:elasticfilesystem:${c.region}:${c.account}:file-system/${c.id}`,
  'aws:rds/instance:Instance': (c) => `arn:aws:rds:${c.region}:${c.account}:db:${str(c.state.identifier, c.id)}`,
  'aws:rds/cluster:Cluster': (c) => `arn:aws:rds:${c.region}:${c.account}:cluster:${str(c.state.clusterIdentifier, c.id)}`,
  'aws:backup/vault:Vault': (c) => `arn:aws:backup:${c.region}:${c.account}:backup-vault:${str(c.state.name, c.id)}`,
  'aws:backup/plan:Plan': (c) => `arn:aws:backup:${c.region}:${c.account}:backup-plan:${c.id}`,
  'aws:s3/bucket:Bucket': (c) => `arn:aws:s3:::${str(c.state.bucket, c.id)}`,
  'aws:s3/bucketV2:BucketV2': (c) => `arn:aws:s3:::${str(c.state.bucket, c.id)}`,
  'aws:dynamodb/table:Table': (c) => `arn:aws:dynamodb:${c.region}:${c.account}:table/${str(c.state.name, c.id)}`,
  'aws:kms/key:Key': (c) => `arn:aws:kms:${c.region}:${c.account}:key/${c.id}`,
  'aws:iam/user:User': (c) => `arn:aws:iam::${c.account}:user/${str(c.state.name, c.id)}`,
  'aws:iam/role:Role': (c) => `arn:aws:iam::${c.account}:role/${str(c.state.name, c.id)}`,
  'aws:iam/policy:Policy': (c) => `arn:aws:iam::${c.account}:policy/${str(c.state.name, c.id)}`,
};

/** The account a resource lives in: that of its `env` tag when it has one, else that of the stack. */
function accountFor(state: Record<string, unknown>, stack: string): string {
  const tags = state.tags;
  const tagEnv = typeof tags === 'object' && tags !== null ? (tags as Record<string, unknown>).env : undefined;
  if (isEnv(tagEnv)) return ACCOUNTS[tagEnv];
  return isEnv(stack) ? ACCOUNTS[stack] : ACCOUNTS.staging;
}

/** A stable UUID-shaped id (providers have UUID ids in real deployments). */
export function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The arguments the mock cloud needs of a registration or read (those of pulumi.runtime.MockResourceArgs). */
export interface CloudResourceArgs {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  provider?: string;
  /** The physical id of a read (`Resource.get`) or an import. */
  id?: string;
}

/** The arguments the mock cloud needs of an invoke (those of pulumi.runtime.MockCallArgs). */
export interface CloudCallArgs {
  token: string;
  inputs: Record<string, unknown>;
  provider?: string;
}

/**
 * The fake AWS the examples run against: what a create or read of each resource returns (id, ARN, tagsAll, …) and
 * the answers to the invokes they make. One per run: it remembers the regions of explicit providers. Both the
 * in-process mocks below and the gRPC resource monitor of test/support/recording-monitor.ts answer with it, so a
 * program run either way sees the same values.
 */
export interface MockCloud {
  /** Throws for nothing it knows; `additionalSecretOutputs` are the output names to return as secrets. */
  newResource(args: CloudResourceArgs, additionalSecretOutputs?: readonly string[]): { id: string; state: Record<string, unknown> };
  /** Throws for an invoke it has no answer for. */
  call(args: CloudCallArgs): Record<string, unknown>;
}

export function createMockCloud(stack: string, project: string = DEFAULT_PROJECT): MockCloud {
  const providerRegions = new Map<string, string>(); // provider id -> region
  const regionOf = (providerRef: string | undefined, state: Record<string, unknown>): string => {
    if (typeof state.region === 'string' && state.region !== '') return state.region;
    const id = providerRef ? providerRef.split('::').pop() : undefined;
    return (id !== undefined && providerRegions.get(id)) || REGION;
  };
  return {
    newResource(args, additionalSecretOutputs = []) {
      const inputs = args.inputs;
      let id: string;
      let state: Record<string, unknown>;
      if (args.type.startsWith('pulumi:providers:')) {
        id = stableUuid(`${stack}/${project}/${args.type}/${args.name}`);
        state = { ...inputs };
        providerRegions.set(id, str(inputs.region, REGION));
      } else {
        id = args.id ? args.id : `${args.name}-id`;
        state = { ...(args.id ? EXISTING[args.id] : undefined), ...inputs, ...SECRET_OUTPUT_VALUES[args.type] };
        const arn = ARNS[args.type]?.({
          region: regionOf(args.provider, state),
          account: accountFor(state, stack),
          id,
          state,
        });
        if (arn !== undefined) state.arn = arn;
        if (state.tags !== undefined) state.tagsAll = state.tags;
        if (args.type === 'aws:rds/instance:Instance') {
          const address = `${str(state.identifier, id)}.c0ffee123456.${regionOf(args.provider, state)}.rds.amazonaws.com`;
          Object.assign(state, { address, endpoint: `${address}:5432`, port: 5432 });
        }
        state.id = id;
      }
      for (const k of additionalSecretOutputs) {
        if (k in state && !isSecretValue(state[k])) state[k] = secret(state[k]);
      }
      return { id, state };
    },
    call(args) {
      const account = isEnv(stack) ? ACCOUNTS[stack] : ACCOUNTS.staging;
      const region = regionOf(args.provider, {});
      switch (args.token) {
        case 'aws:index/getCallerIdentity:getCallerIdentity':
          return { accountId: account, arn: `arn:aws:iam::${account}:user/ci-agent`, userId: 'AIDAEXAMPLEUSERID', id: account };
        case 'aws:index/getRegion:getRegion':
          return { id: region, name: region, region, description: region, endpoint: `ec2.${region}.amazonaws.com` };
        case 'aws:index/getPartition:getPartition':
          return { id: 'aws', partition: 'aws', dnsSuffix: 'amazonaws.com', reverseDnsPrefix: 'com.amazonaws' };
        case 'aws:index/getAvailabilityZones:getAvailabilityZones':
          return { id: region, names: [`${region}a`, `${region}b`, `${region}c`], zoneIds: [] };
        default:
          throw new Error(`mock cloud: no answer for invoke ${args.token}`);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the SDK's requests

/** The parts of the generated protobuf request classes (@pulumi/pulumi/proto/resource_pb) this module reads. */
export interface AliasMsg {
  hasUrn(): boolean;
  getUrn(): string;
  hasSpec(): boolean;
  getSpec():
    | {
        getName(): string;
        getType(): string;
        getStack(): string;
        getProject(): string;
        getParenturn(): string;
        getNoparent(): boolean;
      }
    | undefined;
}
export interface RegisterReq {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getVersion(): string;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void };
  hasProtect(): boolean;
  getProtect(): boolean | undefined;
  hasRetainondelete(): boolean;
  getRetainondelete(): boolean | undefined;
  getDeletebeforereplace(): boolean;
  getDeletebeforereplacedefined(): boolean;
  getIgnorechangesList(): string[];
  getAliasesList(): AliasMsg[];
  getAliasurnsList(): string[];
  getDeletedwith(): string;
  getAdditionalsecretoutputsList(): string[];
}
export interface ReadReq {
  getType(): string;
  getName(): string;
  getId(): string;
  getParent(): string;
  getProvider(): string;
  getVersion(): string;
  getDependenciesList(): string[];
  getAdditionalsecretoutputsList(): string[];
}

/** A registration as the request describes it: everything but what the monitor answers (urn, id) and the values. */
export type RequestedRegistration = Omit<Registration, 'urn' | 'id' | 'inputs' | 'outputs'>;

/** What a RegisterResourceRequest asks for: type, name, parent, provider, dependencies and every resource option. */
export function describeRegister(req: RegisterReq, self: { stack: string; project: string }): RequestedRegistration {
  const type = req.getType();
  const name = req.getName();
  const parent = req.getParent() || undefined;
  const options: Registration['options'] = {
    ...(req.hasProtect() ? { protect: req.getProtect() === true } : {}),
    ...(req.hasRetainondelete() ? { retainOnDelete: req.getRetainondelete() === true } : {}),
    ...(req.getDeletebeforereplacedefined() ? { deleteBeforeReplace: req.getDeletebeforereplace() } : {}),
    ignoreChanges: req.getIgnorechangesList(),
    // Deduplicated: @pulumi/aws adds its own type-rename aliases (e.g. s3 BucketV2 -> Bucket), sometimes twice.
    aliases: [
      ...new Set([
        ...req.getAliasurnsList(),
        ...req.getAliasesList().map((a) => aliasUrn(a, { type, name, parent, stack: self.stack, project: self.project })),
      ]),
    ],
    ...(req.getDeletedwith() ? { deletedWith: req.getDeletedwith() } : {}),
    additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
  };
  const propertyDependencies: Record<string, string[]> = {};
  req.getPropertydependenciesMap().forEach((v, k) => {
    propertyDependencies[k] = v.getUrnsList();
  });
  return compact({
    type,
    name,
    custom: req.getCustom(),
    parent,
    provider: req.getProvider() || undefined,
    dependencies: req.getDependenciesList(),
    propertyDependencies,
    options,
    version: req.getVersion() || undefined,
  });
}

/** What a ReadResourceRequest (`Resource.get(name, id)`) asks for. */
export function describeRead(req: ReadReq): RequestedRegistration & { id: string } {
  return compact({
    type: req.getType(),
    name: req.getName(),
    custom: true,
    id: req.getId(),
    parent: req.getParent() || undefined,
    provider: req.getProvider() || undefined,
    dependencies: req.getDependenciesList(),
    propertyDependencies: {},
    options: { ignoreChanges: [], aliases: [], additionalSecretOutputs: req.getAdditionalsecretoutputsList() },
    external: true,
    version: req.getVersion() || undefined,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The run

type Callback = (err: unknown, resp: { getUrn(): string; getId?(): string } | undefined) => void;
interface MonitorLike {
  registerResource(req: RegisterReq, cb: Callback): Promise<void>;
  readResource(req: ReadReq, cb: Callback): Promise<void>;
}

interface Pending {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
}

async function runExclusive(program: () => void | Promise<void>, opts: RunOptions): Promise<Registration[]> {
  const project = opts.project ?? DEFAULT_PROJECT;
  const stack = opts.stack;
  const recorded: Array<{ seq: number; reg: Registration }> = [];
  const pending = new Map<string, Pending[]>();
  const secretOutputs = new Map<string, string[]>();
  const cloud = createMockCloud(stack, project);
  const errors: unknown[] = [];
  let seq = 0;
  const keyOf = (type: string, name: string): string => `${type}\u0000${name}`;

  const mocks: pulumi.runtime.Mocks = {
    newResource(args) {
      try {
        const inputs = (args.inputs ?? {}) as Record<string, unknown>;
        const result = cloud.newResource(
          compact({ type: args.type, name: args.name, inputs, provider: args.provider, id: args.id || undefined }),
          secretOutputs.get(keyOf(args.type, args.name)),
        );
        const list = pending.get(keyOf(args.type, args.name)) ?? [];
        list.push({ inputs, outputs: result.state });
        pending.set(keyOf(args.type, args.name), list);
        return result;
      } catch (err) {
        errors.push(err);
        throw err;
      }
    },
    call(args) {
      try {
        return cloud.call(compact({ token: args.token, inputs: args.inputs as Record<string, unknown>, provider: args.provider }));
      } catch (err) {
        errors.push(new Error(`runPulumiProgram: ${String((err as Error).message ?? err)}`));
        throw err;
      }
    },
  };

  await pulumi.runtime.setMocks(mocks, project, stack, opts.preview ?? false);
  const monitor = pulumi.runtime.getMonitor() as unknown as MonitorLike | undefined;
  if (!monitor || typeof monitor.registerResource !== 'function' || typeof monitor.readResource !== 'function') {
    throw new Error('runPulumiProgram: setMocks did not install a mock monitor');
  }

  const take = (type: string, name: string): Pending => {
    const list = pending.get(keyOf(type, name));
    const p = list?.shift();
    if (!p) throw new Error(`runPulumiProgram: no mock result recorded for ${type} ${name}`);
    return p;
  };

  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    const mySeq = seq++;
    const base = describeRegister(req, { stack, project });
    secretOutputs.set(keyOf(base.type, base.name), base.options.additionalSecretOutputs);
    return register(req, (err, resp) => {
      if (!err && resp) {
        try {
          const { inputs, outputs } = take(base.type, base.name);
          const id = resp.getId?.() || undefined;
          recorded.push({ seq: mySeq, reg: compact({ ...base, urn: resp.getUrn(), id, inputs, outputs }) });
        } catch (e) {
          errors.push(e);
        }
      } else if (err) {
        errors.push(err);
      }
      cb(err, resp);
    });
  };

  const read = monitor.readResource.bind(monitor);
  monitor.readResource = (req, cb) => {
    const mySeq = seq++;
    const base = describeRead(req);
    secretOutputs.set(keyOf(base.type, base.name), base.options.additionalSecretOutputs);
    return read(req, (err, resp) => {
      if (!err && resp) {
        try {
          const { inputs, outputs } = take(base.type, base.name);
          recorded.push({ seq: mySeq, reg: compact({ ...base, urn: resp.getUrn(), inputs, outputs }) });
        } catch (e) {
          errors.push(e);
        }
      } else if (err) {
        errors.push(err);
      }
      cb(err, resp);
    });
  };

  try {
    await program();
  } finally {
    // Drains the RPC queue: every registration the program started has finished after this.
    await pulumi.runtime.disconnect();
  }
  if (errors.length > 0) {
    throw new AggregateError(errors, `runPulumiProgram: ${errors.length} mock error(s); first: ${String(errors[0])}`);
  }
  return recorded.sort((a, b) => a.seq - b.seq).map((r) => r.reg);
}

/** Drops keys whose value is undefined, so that optional fields are absent rather than `undefined`. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function aliasUrn(
  a: AliasMsg,
  self: { type: string; name: string; parent: string | undefined; stack: string; project: string },
): string {
  if (a.hasUrn()) return a.getUrn();
  const spec = a.getSpec();
  if (!spec) return '';
  const parent = spec.getParenturn() || (spec.getNoparent() ? undefined : self.parent);
  const type = spec.getType() || self.type;
  const parentType = parent?.split('::')[2];
  const qualified = parentType && parentType !== 'pulumi:pulumi:Stack' ? `${parentType}$${type}` : type;
  return `urn:pulumi:${spec.getStack() || self.stack}::${spec.getProject() || self.project}::${qualified}::${
    spec.getName() || self.name
  }`;
}

// ---------------------------------------------------------------------------------------------------------------
// `pulumi stack export`

export interface StackExportOptions {
  /** Project name; defaults to the one in the registrations' URNs. */
  project?: string;
  /** Timestamp for manifest.time and created/modified; defaults to a fixed instant so output is reproducible. */
  time?: string;
  /** Like `pulumi stack export --show-secrets`: secrets as `plaintext` (JSON-encoded) instead of `ciphertext`. */
  showSecrets?: boolean;
}

const requireCjs = createRequire(import.meta.url);
const PULUMI_VERSION = `v${(requireCjs('@pulumi/pulumi/package.json') as { version: string }).version}`;
const FIXED_TIME = '2026-01-01T00:00:00.000Z';

/**
 * Builds what `pulumi stack export` would print after `pulumi up` of these registrations (apitype.UntypedDeployment,
 * DeploymentV3): the `pulumi:pulumi:Stack` root, a default provider per package used without an explicit provider
 * (inputs as the engine writes them, id a UUID, no parent), then every resource in registration order, parented to
 * the root when it had no parent. Optional ResourceV3 fields are omitted when empty or false, as the engine does.
 */
export function registrationsToStackExport(
  regs: readonly Registration[],
  stack: string,
  options: StackExportOptions = {},
): object {
  const project = options.project ?? regs[0]?.urn.split('::')[1] ?? DEFAULT_PROJECT;
  const time = options.time ?? FIXED_TIME;
  const prefix = `urn:pulumi:${stack}::${project}::`;
  const rootUrn = `${prefix}pulumi:pulumi:Stack::${project}-${stack}`;
  const resources: Record<string, unknown>[] = [
    { urn: rootUrn, custom: false, type: 'pulumi:pulumi:Stack', created: time, modified: time },
  ];
  const defaultProviders = new Map<string, string>(); // package -> provider reference

  const defaultProviderRef = (pkg: string, version: string | undefined): string => {
    const existing = defaultProviders.get(pkg);
    if (existing) return existing;
    const name = version ? `default_${version.replace(/[.\-+]/g, '_')}` : 'default';
    const urn = `${prefix}pulumi:providers:${pkg}::${name}`;
    const id = stableUuid(urn);
    const props: Record<string, unknown> =
      pkg === 'aws'
        ? { region: REGION, skipCredentialsValidation: 'false', skipRegionValidation: 'true' }
        : {};
    if (version) props.version = version;
    resources.push({
      urn,
      custom: true,
      id,
      type: `pulumi:providers:${pkg}`,
      inputs: { __internal: {}, ...props },
      outputs: props,
      created: time,
      modified: time,
    });
    const ref = `${urn}::${id}`;
    defaultProviders.set(pkg, ref);
    return ref;
  };

  for (const r of regs) {
    const isProvider = r.type.startsWith('pulumi:providers:');
    const pkg = r.type.split(':')[0] ?? '';
    const provider =
      r.provider ?? (r.custom && !isProvider && pkg !== 'pulumi' ? defaultProviderRef(pkg, r.version) : undefined);
    const path = (p: string): string => `${r.urn}/${p}`;
    // The engine adds `version` to provider inputs/outputs, and the provider's Check adds `__defaults`.
    const withVersion = (o: Record<string, unknown>): Record<string, unknown> =>
      isProvider && r.version && o.version === undefined ? { ...o, version: r.version } : o;
    const inputs = encodeSecrets(
      r.custom && !isProvider && !r.external ? { __defaults: [], ...r.inputs } : withVersion(r.inputs),
      path('inputs'),
      options.showSecrets,
    );
    const outputs = encodeSecrets(withVersion(r.outputs), path('outputs'), options.showSecrets);
    const hasPropDeps = Object.keys(r.propertyDependencies).length > 0;
    resources.push(
      // Key order follows apitype.ResourceV3.
      compact({
        urn: r.urn,
        custom: r.custom,
        id: r.custom ? r.id : undefined,
        type: r.type,
        inputs,
        outputs,
        parent: r.parent ?? rootUrn,
        ...(r.options.protect ? { protect: true } : {}),
        ...(r.external ? { external: true } : {}),
        dependencies: r.dependencies.length > 0 ? r.dependencies : undefined,
        provider,
        propertyDependencies: hasPropDeps ? r.propertyDependencies : undefined,
        additionalSecretOutputs:
          r.options.additionalSecretOutputs.length > 0 ? r.options.additionalSecretOutputs : undefined,
        aliases: r.options.aliases.length > 0 ? r.options.aliases : undefined,
        ...(r.options.retainOnDelete ? { retainOnDelete: true } : {}),
        deletedWith: r.options.deletedWith,
        ignoreChanges: r.options.ignoreChanges.length > 0 ? r.options.ignoreChanges : undefined,
        created: time,
        modified: time,
      }),
    );
  }

  return {
    version: 3,
    deployment: {
      manifest: {
        time,
        magic: createHash('sha256').update(PULUMI_VERSION).digest('hex'),
        version: PULUMI_VERSION,
      },
      secrets_providers: {
        type: 'passphrase',
        state: { salt: `v1:${b64(`salt/${stack}`, 8)}:v1:${b64(`nonce/${stack}`, 12)}:${b64(`check/${stack}`, 32)}` },
      },
      resources,
      metadata: {},
    },
  };
}

/**
 * What `pulumi preview --json` prints for these registrations on a stack that has nothing yet (the preview of a
 * first `pulumi up`): one `create` step per resource of `registrationsToStackExport` (the `pulumi:pulumi:Stack` root,
 * the default providers, then the resources, `newState` being that ResourceV3), a `read` step per external read
 * (`Resource.get`), secrets printed as "[secret]" as preview does, and the changeSummary the engine counts. A
 * registration of the root stack itself (a run through cmd/run registers one) is dropped: the export adds its own.
 */
export function registrationsToPreview(
  regs: readonly Registration[],
  stack: string,
  options: Omit<StackExportOptions, 'showSecrets'> = {},
): { steps: Array<Record<string, unknown>>; duration: number; changeSummary: Record<string, number> } {
  const resources = regs.filter((r) => r.type !== 'pulumi:pulumi:Stack');
  const exported = registrationsToStackExport(resources, stack, options) as { deployment: { resources: Array<Record<string, unknown>> } };
  const steps = exported.deployment.resources.map((state) => {
    const newState = hideSecrets(state) as Record<string, unknown>;
    return compact({ op: state.external ? 'read' : 'create', urn: state.urn, provider: state.provider, newState });
  });
  const changeSummary: Record<string, number> = { create: steps.filter((s) => s.op === 'create').length };
  return { steps, duration: 0, changeSummary };
}

/** An exported secret (`{sig, ciphertext}`) as preview --json prints it. */
function hideSecrets(value: unknown): unknown {
  if (isSecretValue(value)) return '[secret]';
  if (Array.isArray(value)) return value.map(hideSecrets);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideSecrets(v)]));
  return value;
}

function b64(seed: string, bytes: number): string {
  return createHash('sha256').update(seed).digest().subarray(0, bytes).toString('base64');
}

/**
 * Secrets as `pulumi stack export` writes them. The fake ciphertext is derived from the property's path, never from
 * the value, so nothing about the secret leaks into an export.
 */
function encodeSecrets(value: unknown, path: string, showSecrets: boolean | undefined): unknown {
  if (isSecretValue(value)) {
    return showSecrets
      ? { [SECRET_SIG]: SECRET_VALUE_SIG, plaintext: JSON.stringify(value.value) }
      : { [SECRET_SIG]: SECRET_VALUE_SIG, ciphertext: `v1:${b64(`iv/${path}`, 12)}:${b64(`ct/${path}`, 32)}` };
  }
  if (Array.isArray(value)) return value.map((v, i) => encodeSecrets(v, `${path}[${i}]`, showSecrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, encodeSecrets(v, `${path}.${k}`, showSecrets)]),
    );
  }
  return value;
}
