// The gate as a user runs it: a whole `node bin/deploy-gate.js check <file> --output json` process (start, load,
// read, every reader safety check, evaluate, render) against a whole `node -e "JSON.parse(readFileSync(f))"` process
// on the same file, interleaved so both see the same machine load; best of BENCH_RUNS. Also the cold start on a
// one-resource plan against `node -e 0`, and peak RSS of each against the parse's. Plans are generated (1k, 10k and
// 100k resources, Terraform and Pulumi, the realistic mix of bench/generate-plan.ts) into a temporary directory.
// Prints the figures and the issue's targets marked met / not met. Asserts nothing and always exits 0 unless the
// gate itself fails (exit 2 or a crash), since timing belongs here, not in unit tests.
//
//   npm run bench                      all sizes, best of 5
//   BENCH_RUNS=3 BENCH_SIZES=1000,10000 node build/bench/process.bench.js
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable, reproducingCommand, writeFigures } from './doc-figures.js';
import { generateMixedPulumiPreview, generateMixedTerraformPlan } from './generate-plan.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'deploy-gate.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PARSE = "JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'))";
const GNU_TIME = '/usr/bin/time';
const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-bench-'));

interface Run { ms: number; rssMb: number; status: number | null; stderr: string }

// Wall time of one whole process, from spawn to exit; with `rss`, its peak RSS too, from GNU time's %M (kB) when
// there is one, else the child's own process.resourceUsage().maxRSS written at exit by a preloaded module. Both
// commands of a comparison are run the same way, so the wrapper costs each the same.
const preload = join(dir, 'maxrss.cjs');
writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS)));\n");
const rssOut = join(dir, 'rss.txt');
function timed(args: string[], rss = false): Run {
  rmSync(rssOut, { force: true });
  const [command, argv, env] = !rss ? [process.execPath, args, process.env]
    : existsSync(GNU_TIME) ? [GNU_TIME, ['-f', '%M', '-o', rssOut, process.execPath, ...args], process.env]
      : [process.execPath, ['--require', preload, ...args], { ...process.env, BENCH_RSS_OUT: rssOut }];
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssMb = rss ? Number(readFileSync(rssOut, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  return { ms, rssMb, status: r.status, stderr: String(r.stderr) };
}

// Best of `runs`, the two commands interleaved (after one warm-up each, which fills the page cache). `together`
// measures peak RSS in the timed runs (large plans, where a run costs seconds and the wrapper's millisecond does
// not show); otherwise the timed runs are bare and RSS is the lowest of two further runs.
function compare(gateArgs: string[], baseArgs: string[], together: boolean, rounds = runs): { gate: Run; base: Run } {
  timed(baseArgs);
  timed(gateArgs);
  let gate: Run | undefined;
  let base: Run | undefined;
  let gateRss = Infinity;
  let baseRss = Infinity;
  for (let i = 0; i < rounds; i++) {
    const b = timed(baseArgs, together);
    const g = timed(gateArgs, together);
    if (g.status !== 0 && g.status !== 1) throw new Error(`gate failed (exit ${g.status}) on ${gateArgs.join(' ')}:\n${g.stderr}`);
    if (!base || b.ms < base.ms) base = b;
    if (!gate || g.ms < gate.ms) gate = g;
    if (together) {
      gateRss = Math.min(gateRss, g.rssMb);
      baseRss = Math.min(baseRss, b.rssMb);
    }
  }
  if (!gate || !base) throw new Error('BENCH_RUNS must be at least 1');
  if (!together) {
    for (let i = 0; i < 2; i++) {
      gateRss = Math.min(gateRss, timed(gateArgs, true).rssMb);
      baseRss = Math.min(baseRss, timed(baseArgs, true).rssMb);
    }
  }
  return { gate: { ...gate, rssMb: gateRss }, base: { ...base, rssMb: baseRss } };
}

const verdicts: string[] = [];
const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
function target(name: string, ratio: number, limit: number): string {
  const line = `${name}: ${ratio.toFixed(2)} (target ≤ ${limit}) ${mark(ratio <= limit)}`;
  verdicts.push(line);
  return `${ratio.toFixed(2)} ${mark(ratio <= limit)}`;
}

try {
  const cpu = cpus();
  console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, node ${process.version}, ${process.platform}`);
  console.log(`best of ${runs} (of ${Math.min(runs, 3)} at 100k), gate and baseline interleaved; peak RSS via ${existsSync(GNU_TIME) ? '/usr/bin/time %M' : 'process.resourceUsage().maxRSS'}`);
  console.log('');

  const one = join(dir, 'terraform-1.plan.json');
  writeFileSync(one, generateMixedTerraformPlan(1));
  const cold = compare([bin, 'check', one, '--output', 'json'], ['-e', '0'], false);
  const coldHeader = ['cold start', '`node -e 0`', 'gate', 'ratio (target ≤ 1.5)', '`node -e 0` RSS', 'gate RSS'];
  const coldRow = ['Terraform, 1 resource', `${cold.base.ms.toFixed(0)} ms`, `${cold.gate.ms.toFixed(0)} ms`, target('cold start ÷ node -e 0', cold.gate.ms / cold.base.ms, 1.5), `${cold.base.rssMb.toFixed(0)} MB`, `${cold.gate.rssMb.toFixed(0)} MB`];
  console.log(coldHeader.join(' | '));
  console.log(coldRow.join(' | '));
  console.log('');

  const planHeader = ['plan', 'size', 'node + read + `JSON.parse`', 'gate', 'time ratio', 'parse RSS', 'gate RSS', 'RSS ratio (target ≤ 1.5)'];
  const planRows: string[][] = [];
  console.log(planHeader.join(' | '));
  for (const kind of ['Terraform', 'Pulumi'] as const) {
    for (const n of sizes) {
      const file = join(dir, `${kind.toLowerCase()}-${n}.json`);
      writeFileSync(file, kind === 'Terraform' ? generateMixedTerraformPlan(n) : generateMixedPulumiPreview(n));
      const mb = statSync(file).size / 1_048_576;
      // 100k plans take tens of seconds a run: best of 3 there unless BENCH_RUNS says fewer.
      const { gate, base } = compare([bin, 'check', file, '--output', 'json'], ['-e', PARSE, file], n >= 10_000, n >= 100_000 ? Math.min(runs, 3) : runs);
      const label = `${kind} ${n >= 1000 ? `${n / 1000}k` : n}`;
      const timeLimit = n >= 100_000 ? 2 : n >= 10_000 ? 1.5 : undefined;
      const t = gate.ms / base.ms;
      const timeCell = timeLimit === undefined ? `${t.toFixed(2)} (no target)` : `${target(`${label} time ÷ parse`, t, timeLimit)} (≤ ${timeLimit})`;
      const rssCell = target(`${label} peak RSS ÷ parse`, gate.rssMb / base.rssMb, 1.5);
      const row = [label, `${mb.toFixed(1)} MB`, `${base.ms.toFixed(0)} ms`, `${gate.ms.toFixed(0)} ms`, timeCell, `${base.rssMb.toFixed(0)} MB`, `${gate.rssMb.toFixed(0)} MB`, rssCell];
      planRows.push(row);
      console.log(row.join(' | '));
      rmSync(file, { force: true });
    }
  }
  console.log('');
  const unmet = verdicts.filter((v) => v.endsWith('NOT MET'));
  console.log(`targets: ${verdicts.length - unmet.length} of ${verdicts.length} met`);
  for (const v of unmet) console.log(`  not met: ${v}`);
  writeFigures('process', reproducingCommand('build/bench/process.bench.js', ['BENCH_RUNS', 'BENCH_SIZES']), [
    `Best of ${runs} (of ${Math.min(runs, 3)} at 100k), gate and baseline interleaved; peak RSS via ${existsSync(GNU_TIME) ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS`'}.`,
    '',
    ...markdownTable(coldHeader, [coldRow]),
    '',
    ...markdownTable(planHeader, planRows),
    '',
    `**Gate targets: ${verdicts.length - unmet.length} of ${verdicts.length} met.**${unmet.length ? ` Not met: ${unmet.map((v) => v.replace(/ NOT MET$/, '')).join('; ')}.` : ''}`,
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
