// Plays the Pulumi engine against the real pack: starts it exactly as the nodejs language host does
// (`node <@pulumi/pulumi>/cmd/run-policy-pack <engine-address> .` with the pack folder as cwd), reads the port
// from the first stdout line, and calls the Analyzer service over gRPC. The pack never calls the engine back,
// so any engine address works (shared/design/pulumi-engine.md §4).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as AnalyzerPb from '@pulumi/pulumi/proto/analyzer_pb.js';
import type { Struct } from 'google-protobuf/google/protobuf/struct_pb.js';
import { bundlePack } from '../../scripts/bundle-pack.js';

const HERE = dirname(fileURLToPath(import.meta.url));
// test/support in the sources; build/test/support once compiled (bench/pack.bench.ts runs it from there).
export const REPO_ROOT = basename(join(HERE, '..', '..')) === 'build' ? join(HERE, '..', '..', '..') : join(HERE, '..', '..');
export const PACK_DIR = join(REPO_ROOT, 'policy');

// Everything protobuf comes from @pulumi/pulumi's own copies: message classes from another copy of
// google-protobuf fail the SDK's `instanceof` checks (shared/design/pulumi-engine.md, gotchas).
const requireHere = createRequire(import.meta.url);
const fromPulumi = createRequire(requireHere.resolve('@pulumi/pulumi/package.json'));
export const pb = fromPulumi('./proto/analyzer_pb') as typeof AnalyzerPb;
const grpcPb = fromPulumi('./proto/analyzer_grpc_pb') as { AnalyzerClient: new (address: string, credentials: unknown) => RawClient };
const grpc = fromPulumi('@grpc/grpc-js') as { credentials: { createInsecure(): unknown } };
const structPb = fromPulumi('google-protobuf/google/protobuf/struct_pb') as { Struct: typeof Struct };
const emptyPb = fromPulumi('google-protobuf/google/protobuf/empty_pb') as { Empty: new () => unknown };
const RUN_POLICY_PACK = fromPulumi.resolve('./cmd/run-policy-pack');

/** A JSON object as google.protobuf.Struct, the way the engine marshals properties. */
export const toStruct = (value: Record<string, unknown>): Struct => structPb.Struct.fromJavaScript(value as Parameters<typeof Struct.fromJavaScript>[0]);

type Callback<T> = (error: Error | null, response: T) => void;
interface RawClient {
  getAnalyzerInfo(request: unknown, cb: Callback<AnalyzerPb.AnalyzerInfo>): void;
  getPluginInfo(request: unknown, cb: Callback<{ getVersion(): string }>): void;
  configure(request: AnalyzerPb.ConfigureAnalyzerRequest, cb: Callback<unknown>): void;
  configureStack(request: AnalyzerPb.AnalyzerStackConfigureRequest, cb: Callback<unknown>): void;
  analyze(request: AnalyzerPb.AnalyzeRequest, cb: Callback<AnalyzerPb.AnalyzeResponse>): void;
  analyzeStack(request: AnalyzerPb.AnalyzeStackRequest, cb: Callback<AnalyzerPb.AnalyzeResponse>): void;
  close(): void;
}

export type Level = 'ADVISORY' | 'MANDATORY' | 'DISABLED' | 'REMEDIATE';
const LEVEL_NAMES: Record<number, Level> = { 0: 'ADVISORY', 1: 'MANDATORY', 2: 'DISABLED', 3: 'REMEDIATE' };
const LEVEL_VALUES: Record<string, number> = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 };

export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  message: string;
  enforcementLevel: Level;
  urn: string;
  severity: number;
}

export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: Level;
  policyType: 'resource' | 'stack' | 'unknown';
  severity: number;
  remediationSteps: string;
  url: string;
  configSchema?: Record<string, unknown>;
}

export interface AnalyzerInfo {
  name: string;
  version: string;
  supportsConfig: boolean;
  policies: PolicyInfo[];
}

export interface PackClient {
  getAnalyzerInfo(): Promise<AnalyzerInfo>;
  getPluginVersion(): Promise<string>;
  configureStack(stack: { stack: string; project: string; organization: string; dryRun?: boolean; tags?: Record<string, string> }): Promise<void>;
  /** Per policy: enforcement level and config properties, as the engine sends `--policy-pack-config`. */
  configure(config: Record<string, { enforcementLevel?: 'advisory' | 'mandatory' | 'disabled'; properties?: Record<string, unknown> }>): Promise<void>;
  analyze(request: AnalyzerPb.AnalyzeRequest): Promise<Diagnostic[]>;
  analyzeStack(resources: AnalyzerPb.AnalyzerResource[]): Promise<Diagnostic[]>;
  /** Everything the pack wrote to stdout (the engine expects the port and nothing else). */
  stdout(): string;
  stderr(): string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the pack (PULUMI_NODEJS_* as the language host sets them, PATH, …). */
  env?: Record<string, string>;
  /** Another pack folder to start instead of deploy-gate's (bench/pack.bench.ts: a pack of one no-op policy). */
  packDir?: string;
}

let bundled: Promise<string> | undefined;

/** Builds the bundle from the current sources (as `npm run build` does), so a stale bundle is never tested. */
export function ensureBundle(): Promise<string> {
  bundled ??= bundlePack();
  return bundled;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startPack(options: StartOptions = {}): Promise<PackClient> {
  if (!options.packDir) await ensureBundle();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Outside the CLI: no stack, so the pack does not try `pulumi stack export` unless a test asks for it.
    if (value !== undefined && !key.startsWith('PULUMI_')) env[key] = value;
  }
  const child = spawn(process.execPath, [RUN_POLICY_PACK, '127.0.0.1:1', '.'], {
    cwd: options.packDir ?? PACK_DIR,
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the pack printed no port within 30 s; stderr:\n${stderr}`)), 30_000);
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line !== undefined) {
        clearTimeout(timer);
        const value = Number(line.trim());
        if (Number.isInteger(value) && value > 0) resolve(value);
        else reject(new Error(`the first stdout line is not a port: ${JSON.stringify(line)}; stderr:\n${stderr}`));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the pack exited with ${code} before printing its port; stderr:\n${stderr}`));
    });
  });
  const client = new grpcPb.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const call = <Req, Res>(method: (req: Req, cb: Callback<Res>) => void, request: Req): Promise<Res> =>
    new Promise((resolve, reject) => method.call(client, request, (error, response) => (error ? reject(error) : resolve(response))));

  return {
    async getAnalyzerInfo() {
      const info = await call(client.getAnalyzerInfo, new emptyPb.Empty());
      return {
        name: info.getName(),
        version: info.getVersion(),
        supportsConfig: info.getSupportsconfig(),
        policies: info.getPoliciesList().map((p) => {
          const schema = p.getConfigschema();
          const type = p.getPolicyType();
          return {
            name: p.getName(),
            description: p.getDescription(),
            enforcementLevel: LEVEL_NAMES[p.getEnforcementlevel()] ?? 'ADVISORY',
            policyType: type === pb.PolicyType.POLICY_TYPE_RESOURCE ? 'resource' : type === pb.PolicyType.POLICY_TYPE_STACK ? 'stack' : 'unknown',
            severity: p.getSeverity(),
            remediationSteps: p.getRemediationSteps(),
            url: p.getUrl(),
            ...(schema ? { configSchema: schema.getProperties()?.toJavaScript() as Record<string, unknown> } : {}),
          };
        }),
      };
    },
    async getPluginVersion() {
      return (await call(client.getPluginInfo, new emptyPb.Empty())).getVersion();
    },
    async configureStack(stack) {
      const request = new pb.AnalyzerStackConfigureRequest();
      request.setStack(stack.stack);
      request.setProject(stack.project);
      request.setOrganization(stack.organization);
      request.setDryRun(stack.dryRun ?? true);
      for (const [key, value] of Object.entries(stack.tags ?? {})) request.getTagsMap().set(key, value);
      await call(client.configureStack, request);
    },
    async configure(config) {
      const request = new pb.ConfigureAnalyzerRequest();
      for (const [policy, settings] of Object.entries(config)) {
        const entry = new pb.PolicyConfig();
        entry.setEnforcementlevel(LEVEL_VALUES[settings.enforcementLevel ?? 'mandatory'] as AnalyzerPb.EnforcementLevel);
        entry.setProperties(toStruct(settings.properties ?? {}));
        request.getPolicyconfigMap().set(policy, entry);
      }
      await call(client.configure, request);
    },
    async analyze(request) {
      return diagnostics(await call(client.analyze, request));
    },
    async analyzeStack(resources) {
      const request = new pb.AnalyzeStackRequest();
      request.setResourcesList(resources);
      return diagnostics(await call(client.analyzeStack, request));
    },
    stdout: () => stdout,
    stderr: () => stderr,
    async close() {
      client.close();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      running.delete(child);
    },
  };
}

function diagnostics(response: AnalyzerPb.AnalyzeResponse): Diagnostic[] {
  return response.getDiagnosticsList().map((d) => ({
    policyName: d.getPolicyname(),
    policyPackName: d.getPolicypackname(),
    message: d.getMessage(),
    enforcementLevel: LEVEL_NAMES[d.getEnforcementlevel()] ?? 'ADVISORY',
    urn: d.getUrn(),
    severity: d.getSeverity(),
  }));
}
