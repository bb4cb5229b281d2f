// The CrossGuard pack as the engine drives it, next to a pack that does nothing, in the same run: both are started
// exactly as `pulumi preview --policy-pack` starts them (`run-policy-pack`, through test/support/pack-client.ts, the
// helper test/pack.grpc.test.ts uses) and called over gRPC with the same requests, interleaved so both see the same
// machine load. What is left after the baseline is what deploy-gate's policies cost: the SDK's gRPC server and its
// deserialization of every request are paid by both.
//
// The baseline pack holds one no-op policy of each kind the engine calls (a resource policy for Analyze, a stack
// policy for AnalyzeStack), so that each call deserializes its properties once, as any real policy makes it do.
// The requests: the 1,000-resource Pulumi preview of bench/generate-plan.ts (the realistic mix of process.bench.ts),
// as Analyze requests (inputs, options, provider) and as one AnalyzeStack request (outputs, parent, dependencies).
// Prints per-resource Analyze latency p50/p99 and AnalyzeStack time, each as a ratio to the baseline (issue 11:
// within 1.2×). Asserts nothing: timing belongs here, not in unit tests.
//
//   npm run bench:pack                 (after npm run build)
//   BENCH_PACK_RESOURCES=1000 BENCH_PACK_ROUNDS=3 BENCH_PACK_STACK_RUNS=9 node build/bench/pack.bench.js
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as AnalyzerPb from '@pulumi/pulumi/proto/analyzer_pb.js';
import { pb, REPO_ROOT, startPack, toStruct, type PackClient } from '../test/support/pack-client.js';
import { markdownTable, reproducingCommand, writeFigures } from './doc-figures.js';
import { generateMixedPulumiPreview } from './generate-plan.js';

const resources = Number(process.env.BENCH_PACK_RESOURCES ?? 1000);
const rounds = Number(process.env.BENCH_PACK_ROUNDS ?? 3);
const stackRuns = Number(process.env.BENCH_PACK_STACK_RUNS ?? 9);
const LIMIT = 1.2;

/** A pack of one no-op resource policy and one no-op stack policy, beside the build so it finds @pulumi/policy. */
function writeNoopPack(): string {
  const dir = join(REPO_ROOT, 'build', 'bench', 'noop-pack');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'PulumiPolicy.yaml'), 'runtime: nodejs\ndescription: one no-op policy of each kind, the baseline of bench/pack.bench.ts\n');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'noop-pack', version: '0.0.0', private: true, main: 'index.cjs' }, null, 2)}\n`);
  writeFileSync(join(dir, 'index.cjs'), [
    "const { PolicyPack } = require('@pulumi/policy');",
    "new PolicyPack('noop', {",
    "  enforcementLevel: 'mandatory',",
    '  policies: [',
    "    { name: 'noop-resource', description: 'does nothing', validateResource: () => {} },",
    "    { name: 'noop-stack', description: 'does nothing', validateStack: () => {} },",
    '  ],',
    '});',
    '',
  ].join('\n'));
  return dir;
}

interface State { urn: string; type: string; id?: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown>; parent?: string; provider?: string; propertyDependencies?: Record<string, string[]>; protect?: boolean }
interface Step { op: string; urn: string; newState?: State }

/** The engine's requests for the resources a program registers (every step but deletes and the stack itself). */
function requests(count: number): { analyze: AnalyzerPb.AnalyzeRequest[]; stack: AnalyzerPb.AnalyzerResource[] } {
  const preview = JSON.parse(generateMixedPulumiPreview(count)) as { steps: Step[] };
  const registered = preview.steps.map((s) => s.newState).filter((s): s is State => !!s && !s.type.startsWith('pulumi:'));
  const providerUrn = registered[0]?.provider?.split('::').slice(0, -1).join('::') ?? '';
  const provider = () => {
    const p = new pb.AnalyzerProviderResource();
    p.setType('pulumi:providers:aws');
    p.setUrn(providerUrn);
    p.setName(providerUrn.split('::').pop() ?? '');
    p.setProperties(toStruct({ region: 'us-east-1' }));
    return p;
  };
  const options = (state: State) => {
    const o = new pb.AnalyzerResourceOptions();
    o.setProtect(state.protect ?? false);
    if (state.parent) o.setParent(state.parent);
    o.setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts());
    return o;
  };
  const name = (urn: string) => urn.split('::').pop() ?? '';
  const analyze = registered.map((state) => {
    const request = new pb.AnalyzeRequest();
    request.setType(state.type);
    request.setProperties(toStruct(state.inputs ?? {}));
    request.setUrn(state.urn);
    request.setName(name(state.urn));
    request.setOptions(options(state));
    request.setProvider(provider());
    return request;
  });
  const stack = registered.map((state) => {
    const resource = new pb.AnalyzerResource();
    resource.setType(state.type);
    resource.setProperties(toStruct(state.outputs ?? state.inputs ?? {}));
    resource.setUrn(state.urn);
    resource.setName(name(state.urn));
    resource.setOptions(options(state));
    resource.setProvider(provider());
    if (state.parent) resource.setParent(state.parent);
    for (const [property, urns] of Object.entries(state.propertyDependencies ?? {})) {
      const deps = new pb.AnalyzerPropertyDependencies();
      deps.setUrnsList(urns);
      resource.getPropertydependenciesMap().set(property, deps);
    }
    return resource;
  });
  return { analyze, stack };
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await call();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const { analyze, stack } = requests(resources);
const packs: Record<'gate' | 'noop', PackClient | undefined> = { gate: undefined, noop: undefined };
try {
  packs.gate = await startPack();
  packs.noop = await startPack({ packDir: writeNoopPack() });
  const both = [['gate', packs.gate], ['noop', packs.noop]] as const;
  for (const [, pack] of both) {
    await pack.getAnalyzerInfo();
    await pack.configureStack({ stack: 'prod', project: 'bench', organization: 'bench' });
  }
  // Warm-up: every request once on each pack (the JIT, the SDK's lazy paths), one AnalyzeStack each.
  for (const request of analyze) for (const [, pack] of both) await pack.analyze(request);
  for (const [, pack] of both) await pack.analyzeStack(stack);

  const latency = { gate: [] as number[], noop: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const [i, request] of analyze.entries()) {
      // Alternate which pack goes first, so neither always meets the other's leftover work.
      const order = (i + round) % 2 === 0 ? both : ([both[1], both[0]] as const);
      for (const [kind, pack] of order) latency[kind].push(await timed(() => pack.analyze(request)));
    }
  }
  const stackMs = { gate: [] as number[], noop: [] as number[] };
  for (let run = 0; run < stackRuns; run++) {
    const order = run % 2 === 0 ? both : ([both[1], both[0]] as const);
    for (const [kind, pack] of order) stackMs[kind].push(await timed(() => pack.analyzeStack(stack)));
  }

  const rows: string[][] = [];
  const line = (label: string, gate: number, noop: number) => {
    const ratio = gate / noop;
    const row = [label, `${noop.toFixed(2)} ms`, `${gate.toFixed(2)} ms`, `${ratio.toFixed(2)} ${ratio <= LIMIT ? 'met' : 'NOT MET'}`];
    rows.push(row);
    console.log(`${label} | ${noop.toFixed(2)} | ${gate.toFixed(2)} | ${ratio.toFixed(2)} (target ≤ ${LIMIT}) ${ratio <= LIMIT ? 'met' : 'NOT MET'}`);
    return ratio <= LIMIT;
  };
  console.log(`CrossGuard pack vs a no-op pack, same run: ${analyze.length} Analyze requests × ${rounds} rounds, AnalyzeStack over ${stack.length} resources × ${stackRuns} (median)`);
  console.log('call | no-op pack ms | deploy-gate pack ms | ratio');
  const met = [
    line('Analyze p50', quantile(latency.gate, 0.5), quantile(latency.noop, 0.5)),
    line('Analyze p99', quantile(latency.gate, 0.99), quantile(latency.noop, 0.99)),
    line(`AnalyzeStack (${stack.length} resources)`, quantile(stackMs.gate, 0.5), quantile(stackMs.noop, 0.5)),
  ];
  console.log(`pack targets: ${met.filter(Boolean).length} of ${met.length} met`);
  writeFigures('pack', reproducingCommand('build/bench/pack.bench.js', ['BENCH_PACK_RESOURCES', 'BENCH_PACK_ROUNDS', 'BENCH_PACK_STACK_RUNS']), [
    `${analyze.length} Analyze requests × ${rounds} rounds, interleaved pack by pack, and AnalyzeStack over ${stack.length} resources × ${stackRuns} (median), after one warm-up round.`,
    '',
    ...markdownTable([`CrossGuard pack (${analyze.length} resources)`, 'no-op pack', 'deploy-gate pack', `ratio (target ≤ ${LIMIT})`], rows),
    '',
    `**Pack targets: ${met.filter(Boolean).length} of ${met.length} met.**`,
  ]);
} finally {
  await packs.gate?.close();
  await packs.noop?.close();
}
