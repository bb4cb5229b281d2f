// Plays the Pulumi engine's side of a program run: a ResourceMonitor and an Engine gRPC service on 127.0.0.1:0,
// which a program started through @pulumi/pulumi's cmd/run talks to exactly as it talks to the CLI's engine
// (proto/pulumi/resource.proto, engine.proto; the generated JS and the grpc-js that @pulumi/pulumi ships).
//
// It records every RegisterResource, ReadResource, Invoke and RegisterResourceOutputs and answers them from the
// examples' mock cloud (stacks/pulumi/run-in-process.ts `createMockCloud`), so no provider plugin and no cloud
// account is needed: the engine would ask the aws plugin, and whatever the monitor answers is what the program sees.
// The answers are those of a stack whose resources all exist already (ids and outputs known, as after `pulumi up`),
// whether or not the run is a preview.
//
// What the engine does and this monitor does too:
// - URNs: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, the type qualified by the parent's qualified
//   type unless the parent is the root `pulumi:pulumi:Stack` (resource.NewURN).
// - SupportsFeature: true for the features a current engine supports (FEATURES); false for any other.
// - Output values (feature `outputValues`) in inputs are replaced by their value (a secret one by a secret, an
//   unknown one by the unknown sentinel), as the engine does before it hands inputs to a provider that does not
//   accept outputs; the dependencies they carry are also in the request's propertyDependencies.
// - Engine.SetRootResource / GetRootResource keep the stack's URN; Log is recorded (the CLI prints it).
// Any other RPC is recorded and answered UNIMPLEMENTED; tests assert which RPCs were called.
import { createRequire } from 'node:module';
import type * as ResourcePb from '@pulumi/pulumi/proto/resource_pb.js';
import type * as EnginePb from '@pulumi/pulumi/proto/engine_pb.js';
import type * as ProviderPb from '@pulumi/pulumi/proto/provider_pb.js';
import type { Struct } from 'google-protobuf/google/protobuf/struct_pb.js';
import {
  createMockCloud,
  describeRead,
  describeRegister,
  type MockCloud,
  type Registration,
} from '../../stacks/pulumi/run-in-process.js';

// Everything protobuf and gRPC comes from @pulumi/pulumi's own copies, as in pack-client.ts.
const requireHere = createRequire(import.meta.url);
const fromPulumi = createRequire(requireHere.resolve('@pulumi/pulumi/package.json'));
const resourcePb = fromPulumi('./proto/resource_pb') as typeof ResourcePb;
const enginePb = fromPulumi('./proto/engine_pb') as typeof EnginePb;
const providerPb = fromPulumi('./proto/provider_pb') as typeof ProviderPb;
const { ResourceMonitorService } = fromPulumi('./proto/resource_grpc_pb') as { ResourceMonitorService: ServiceDefinition };
const { EngineService } = fromPulumi('./proto/engine_grpc_pb') as { EngineService: ServiceDefinition };
const structPb = fromPulumi('google-protobuf/google/protobuf/struct_pb') as { Struct: typeof Struct };
const emptyPb = fromPulumi('google-protobuf/google/protobuf/empty_pb') as { Empty: new () => unknown };
const grpc = fromPulumi('@grpc/grpc-js') as GrpcModule;

type ServiceDefinition = Record<string, { path: string }>;
type Handler = (call: { request: unknown }, callback: (error: GrpcError | null, response?: unknown) => void) => void;
interface GrpcError {
  code: number;
  details: string;
}
interface GrpcServer {
  addService(service: ServiceDefinition, implementation: Record<string, Handler>): void;
  bindAsync(address: string, credentials: unknown, cb: (error: Error | null, port: number) => void): void;
  tryShutdown(cb: (error?: Error) => void): void;
  forceShutdown(): void;
}
interface GrpcModule {
  Server: new (options?: Record<string, unknown>) => GrpcServer;
  ServerCredentials: { createInsecure(): unknown };
  status: { UNIMPLEMENTED: number; UNKNOWN: number; INVALID_ARGUMENT: number };
}

/** The features the SDK asks the engine about that a current engine (pulumi 3.2xx) supports. */
export const FEATURES = [
  'secrets',
  'resourceReferences',
  'outputValues',
  'deletedWith',
  'replaceWith',
  'aliasSpecs',
  'transforms',
  'invokeTransforms',
  'parameterization',
  'resourceHooks',
  'errorHooks',
] as const;

/** Pulumi's sentinel for an unknown value, and the signatures of secrets and output values in a property map. */
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const SIG = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
const OUTPUT_SIG = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';

export interface LogEntry {
  /** DEBUG, INFO, WARNING or ERROR (engine.proto LogSeverity). */
  severity: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';
  message: string;
  urn: string;
}

export interface Invoke {
  token: string;
  args: Record<string, unknown>;
  provider?: string;
}

export interface RecordingMonitor {
  /** host:port of the ResourceMonitor service (cmd/run's `--monitor`). */
  monitorAddress: string;
  /** host:port of the Engine service (cmd/run's `--engine`). */
  engineAddress: string;
  /** Every registration and read, in the order the monitor answered them; the root stack included. */
  registrations: Registration[];
  invokes: Invoke[];
  /** Stack outputs and component outputs, by URN (RegisterResourceOutputs). */
  outputs: Map<string, Record<string, unknown>>;
  logs: LogEntry[];
  /** How many times each RPC was called, by `Service/Method`. */
  calls: Map<string, number>;
  /** Features the SDK asked about, and what it was told. */
  features: Map<string, boolean>;
  /** The URN the SDK set with Engine.SetRootResource. */
  rootUrn(): string | undefined;
  /** Answers that failed (a request the mock cloud could not answer, a malformed request). */
  errors: Error[];
  close(): Promise<void>;
}

const SEVERITIES: Record<number, LogEntry['severity']> = { 0: 'DEBUG', 1: 'INFO', 2: 'WARNING', 3: 'ERROR' };

/** Replaces output values by what the engine hands a provider: the value, a secret of it, or the unknown sentinel. */
export function unwrapOutputValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapOutputValues);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record[SIG] === OUTPUT_SIG) {
    if (!('value' in record)) return UNKNOWN;
    const inner = unwrapOutputValues(record.value);
    return record.secret === true ? { [SIG]: SECRET_SIG, value: inner } : inner;
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unwrapOutputValues(v)]));
}

const toJs = (s: Struct | undefined): Record<string, unknown> =>
  (s ? (unwrapOutputValues(s.toJavaScript()) as Record<string, unknown>) : {});
const toStruct = (value: Record<string, unknown>): Struct =>
  structPb.Struct.fromJavaScript(value as Parameters<typeof Struct.fromJavaScript>[0]);

/** resource.NewURN: the parent's qualified type prefixes the type, unless the parent is the root stack. */
export function engineUrn(stack: string, project: string, parent: string | undefined, type: string, name: string): string {
  const parentType = parent?.split('::')[2];
  const qualified = parentType && parentType !== 'pulumi:pulumi:Stack' ? `${parentType}$${type}` : type;
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** Starts both services for one run of a program of `project` on `stack`. */
export async function startRecordingMonitor(opts: { stack: string; project: string; cloud?: MockCloud }): Promise<RecordingMonitor> {
  const { stack, project } = opts;
  const cloud = opts.cloud ?? createMockCloud(stack, project);
  const registrations: Registration[] = [];
  const invokes: Invoke[] = [];
  const outputs = new Map<string, Record<string, unknown>>();
  const logs: LogEntry[] = [];
  const calls = new Map<string, number>();
  const features = new Map<string, boolean>();
  const errors: Error[] = [];
  let root: string | undefined;

  const count = (name: string): void => {
    calls.set(name, (calls.get(name) ?? 0) + 1);
  };
  /** Wraps a handler: counts the call, turns a throw into a gRPC error (and a recorded one). */
  const handle =
    (name: string, answer: (request: never) => unknown): Handler =>
    (call, callback) => {
      count(name);
      try {
        callback(null, answer(call.request as never));
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        errors.push(new Error(`${name}: ${error.message}`));
        callback({ code: grpc.status.UNKNOWN, details: error.message });
      }
    };
  const unimplemented =
    (name: string): Handler =>
    (_call, callback) => {
      count(name);
      callback({ code: grpc.status.UNIMPLEMENTED, details: `${name} is not implemented by the recording monitor` });
    };

  const monitor: Record<string, Handler> = {
    supportsFeature: handle('ResourceMonitor/SupportsFeature', (req: ResourcePb.SupportsFeatureRequest) => {
      const has = (FEATURES as readonly string[]).includes(req.getId());
      features.set(req.getId(), has);
      const resp = new resourcePb.SupportsFeatureResponse();
      resp.setHassupport(has);
      return resp;
    }),
    registerResource: handle('ResourceMonitor/RegisterResource', (req: ResourcePb.RegisterResourceRequest) => {
      const base = describeRegister(req, { stack, project });
      const inputs = toJs(req.getObject());
      const urn = engineUrn(stack, project, base.parent, base.type, base.name);
      let id = '';
      let state: Record<string, unknown> = inputs;
      if (base.custom) {
        const answer = cloud.newResource(
          {
            type: base.type,
            name: base.name,
            inputs,
            ...(base.provider ? { provider: base.provider } : {}),
            ...(req.getImportid() ? { id: req.getImportid() } : {}),
          },
          base.options.additionalSecretOutputs,
        );
        id = answer.id;
        state = answer.state;
      }
      registrations.push({ ...base, urn, ...(base.custom ? { id } : {}), inputs, outputs: state });
      const resp = new resourcePb.RegisterResourceResponse();
      resp.setUrn(urn);
      resp.setId(id);
      resp.setObject(toStruct(state));
      return resp;
    }),
    readResource: handle('ResourceMonitor/ReadResource', (req: ResourcePb.ReadResourceRequest) => {
      const base = describeRead(req);
      const inputs = toJs(req.getProperties());
      const urn = engineUrn(stack, project, base.parent, base.type, base.name);
      const answer = cloud.newResource(
        { type: base.type, name: base.name, inputs, id: base.id, ...(base.provider ? { provider: base.provider } : {}) },
        base.options.additionalSecretOutputs,
      );
      registrations.push({ ...base, urn, inputs, outputs: answer.state });
      const resp = new resourcePb.ReadResourceResponse();
      resp.setUrn(urn);
      resp.setProperties(toStruct(answer.state));
      return resp;
    }),
    invoke: handle('ResourceMonitor/Invoke', (req: ResourcePb.ResourceInvokeRequest) => {
      const args = toJs(req.getArgs());
      const provider = req.getProvider() || undefined;
      invokes.push({ token: req.getTok(), args, ...(provider ? { provider } : {}) });
      const result = cloud.call({ token: req.getTok(), inputs: args, ...(provider ? { provider } : {}) });
      const resp = new providerPb.InvokeResponse();
      resp.setReturn(toStruct(result));
      return resp;
    }),
    registerResourceOutputs: handle('ResourceMonitor/RegisterResourceOutputs', (req: ResourcePb.RegisterResourceOutputsRequest) => {
      outputs.set(req.getUrn(), toJs(req.getOutputs()));
      return new emptyPb.Empty();
    }),
    signalAndWaitForShutdown: handle('ResourceMonitor/SignalAndWaitForShutdown', () => new emptyPb.Empty()),
  };
  for (const method of Object.keys(ResourceMonitorService)) {
    monitor[method] ??= unimplemented(`ResourceMonitor/${method[0]!.toUpperCase()}${method.slice(1)}`);
  }

  const engine: Record<string, Handler> = {
    log: handle('Engine/Log', (req: EnginePb.LogRequest) => {
      logs.push({ severity: SEVERITIES[req.getSeverity()] ?? 'ERROR', message: req.getMessage(), urn: req.getUrn() });
      return new emptyPb.Empty();
    }),
    setRootResource: handle('Engine/SetRootResource', (req: EnginePb.SetRootResourceRequest) => {
      root = req.getUrn();
      return new enginePb.SetRootResourceResponse();
    }),
    getRootResource: handle('Engine/GetRootResource', () => {
      const resp = new enginePb.GetRootResourceResponse();
      resp.setUrn(root ?? '');
      return resp;
    }),
  };
  for (const method of Object.keys(EngineService)) {
    engine[method] ??= unimplemented(`Engine/${method[0]!.toUpperCase()}${method.slice(1)}`);
  }

  const bind = (service: ServiceDefinition, implementation: Record<string, Handler>): Promise<{ server: GrpcServer; address: string }> => {
    // The SDK sends large property maps; allow what the engine allows (rpcutil: 400 MiB).
    const server = new grpc.Server({ 'grpc.max_receive_message_length': 400 * 1024 * 1024 });
    server.addService(service, implementation);
    return new Promise((resolve, reject) => {
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
        if (error) reject(error);
        else resolve({ server, address: `127.0.0.1:${port}` });
      });
    });
  };
  const monitorServer = await bind(ResourceMonitorService, monitor);
  const engineServer = await bind(EngineService, engine);

  const shutdown = (server: GrpcServer): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, 2000);
      server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  return {
    monitorAddress: monitorServer.address,
    engineAddress: engineServer.address,
    registrations,
    invokes,
    outputs,
    logs,
    calls,
    features,
    rootUrn: () => root,
    errors,
    close: async () => {
      await Promise.all([shutdown(monitorServer.server), shutdown(engineServer.server)]);
    },
  };
}
