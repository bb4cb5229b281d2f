// The long fuzz run (issue 12): `npm run fuzz -- --minutes 60 [--seed N] [--target reader,guard] [--out DIR]`.
// Runs every target of bench/fuzz/targets.ts in turn, in batches with fresh seeds, until the time is up. Each
// broken promise is shrunk by fast-check and written to test/fuzz-regressions/<target>-<hash>.json, which
// test/fuzz-regressions.test.ts replays in every `npm test`. The same find is kept once (by target and message).
// Prints one line per batch and a summary; exit 1 if anything was found, so a scheduled run fails visibly.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allTargets, ROOT, type Regression } from './fuzz/targets.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const minutes = Number(option('minutes') ?? 1);
const seed0 = Number(option('seed') ?? Date.now() % 1_000_000_000);
const only = option('target')?.split(',');
const out = option('out') ?? join(ROOT, 'test', 'fuzz-regressions');
const batch = Number(option('batch') ?? 100);
if (!Number.isFinite(minutes) || minutes <= 0 || !Number.isFinite(seed0)) {
  console.error('usage: npm run fuzz -- --minutes N [--seed N] [--target reader,config,approvals,event,comments,guard] [--out DIR] [--batch N]');
  process.exit(2);
}

/**
 * A find's identity: its target and its message with numbers blurred, so one bug is kept once per input it was
 * found from (a command, a fixture and a kind of mutation), not once per disguise count or byte offset. Blurring
 * the quoted or bracketed part too made every guard find "a destructive command (…) was allowed" and every reader
 * find one signature: after the first, each new bug was reported as "a known find again" and not kept.
 */
function signature(target: string, message: string): string {
  return `${target}: ${message.replace(/\d+/g, 'N').slice(0, 300)}`;
}

mkdirSync(out, { recursive: true });
const known = new Set<string>();
for (const file of existsSync(out) ? readdirSync(out) : []) {
  if (!file.endsWith('.json')) continue;
  const r = JSON.parse(readFileSync(join(out, file), 'utf8')) as Regression;
  known.add(signature(r.target, r.found));
}

const targets = (await allTargets()).filter((t) => !only || only.includes(t.name));
const started = Date.now();
const deadline = started + minutes * 60_000;
const runs: Record<string, number> = {};
const finds: string[] = [];
let seed = seed0;
let harnessErrors = 0;
console.log(`fuzz: ${targets.map((t) => t.name).join(', ')} for ${minutes} min from seed ${seed0}, batches of ${batch}; finds go to ${out}`);

while (Date.now() < deadline) {
  for (const target of targets) {
    if (Date.now() >= deadline) break;
    seed++;
    const t0 = Date.now();
    let ran = 0;
    let result: fc.RunDetails<[unknown]>;
    try {
      result = await fc.check(fc.asyncProperty(target.arbitrary(), async (input) => {
        ran++;
        const verdict = await target.check(input);
        if (verdict) throw new Error(verdict);
      }), { seed, numRuns: batch, interruptAfterTimeLimit: Math.max(1000, deadline - Date.now()), markInterruptAsFailure: false });
    } catch (error) {
      // A generator that throws is a bug of the harness, not of the gate: say so and go on with the next seed.
      console.log(`fuzz: ${target.name} seed ${seed}: the generator failed (${error instanceof Error ? error.message : String(error)})`);
      harnessErrors++;
      continue;
    }
    runs[target.name] = (runs[target.name] ?? 0) + ran;
    let note = '';
    if (result.failed && result.counterexample) {
      const message = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      const sig = signature(target.name, message);
      if (!known.has(sig)) {
        known.add(sig);
        const input = result.counterexample[0];
        const hash = createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 12);
        const regression: Regression = { target: target.name, found: message, input };
        writeFileSync(join(out, `${target.name}-${hash}.json`), `${JSON.stringify(regression, null, 2)}\n`);
        finds.push(`${target.name}-${hash}.json: ${message}`);
        note = ` FOUND ${target.name}-${hash}.json: ${message.slice(0, 200)}`;
      } else note = ' (a known find again)';
    }
    console.log(`fuzz: ${target.name} seed ${seed}: ${ran} runs in ${Date.now() - t0} ms${note}`);
  }
}

const total = Object.values(runs).reduce((a, b) => a + b, 0);
console.log(`fuzz: ${((Date.now() - started) / 60_000).toFixed(1)} min, ${total} inputs (${Object.entries(runs).map(([k, v]) => `${k} ${v}`).join(', ')}), ${finds.length} new finds, ${harnessErrors} generator failures`);
for (const f of finds) console.log(`  ${f}`);
process.exitCode = finds.length ? 1 : 0;
