// The guard's cost to an agent, measured in one run: a whole `deploy-gate guard` process (what a hook pays on every
// command) against a bare `node -e 0` started the same way, interleaved so both see the same machine load.
// Prints medians and the ratio (the target: ≤ 1.5 for an everyday command). Asserts nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'deploy-gate.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);

const hookInput = (command: string) => JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command }, cwd: root });

const cases: { name: string; args: string[]; input?: string }[] = [
  { name: 'guard --check \'ls\'', args: [bin, 'guard', '--check', 'ls'] },
  { name: 'guard --check \'git status && npm test\'', args: [bin, 'guard', '--check', 'git status && npm test'] },
  { name: 'guard --hook claude-code (git status)', args: [bin, 'guard', '--hook', 'claude-code'], input: hookInput('git status') },
  { name: 'guard --check \'pulumi preview\' (judged, plain line)', args: [bin, 'guard', '--check', 'pulumi preview'] },
  { name: 'guard --hook claude-code (incident curl, judged, plain line)', args: [bin, 'guard', '--hook', 'claude-code'], input: hookInput('curl -X POST https://backboard.railway.app/graphql/v2 -d \'{"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}\'') },
  // Lists, pipes and plain redirections of plain commands take the fast path (simple-lex.ts); expansions need the
  // bash grammar (tree-sitter's WebAssembly, compiled at every start).
  { name: 'guard --check \'cd infra && pulumi preview | tee out\' (judged, list and pipe)', args: [bin, 'guard', '--check', 'cd infra && pulumi preview | tee out'] },
  { name: 'guard --check \'terraform plan -no-color > plan.txt 2>&1\' (judged, redirections)', args: [bin, 'guard', '--check', 'terraform plan -no-color > plan.txt 2>&1'] },
  { name: 'guard --check \'pulumi preview --stack "$STACK" > out\' (judged, parsed)', args: [bin, 'guard', '--check', 'pulumi preview --stack "$STACK" > out'] },
];

function once(args: string[], input?: string): number {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, args, { input: input ?? '', stdio: ['pipe', 'ignore', 'ignore'] });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

console.log(`runs per case: ${runs} (interleaved with node -e 0)`);
console.log('case | node -e 0 ms | guard ms | guard / node -e 0');
for (const c of cases) {
  const bare: number[] = [];
  const guard: number[] = [];
  once(['-e', '0']);
  once(c.args, c.input);
  for (let i = 0; i < runs; i++) {
    bare.push(once(['-e', '0']));
    guard.push(once(c.args, c.input));
  }
  const b = median(bare);
  const g = median(guard);
  console.log(`${c.name} | ${b.toFixed(1)} | ${g.toFixed(1)} | ${(g / b).toFixed(2)}x`);
}
