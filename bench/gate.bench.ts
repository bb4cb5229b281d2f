// Measured in one run, on the same input: the whole gate (parse + read + evaluate all rules + render) against a
// bare JSON.parse of the same plan. Prints ratios, asserts nothing: timing belongs here, not in unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../policy/engine/evaluate.js';
import { rules } from '../policy/rules/index.js';
import { parsePlanText } from '../src/readers/read-plan.js';
import { renderJson } from '../src/report/json.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const inputs = [
  'test/fixtures/terraform/tf111-large-900.plan.json',
  'test/fixtures/real-world/infracost-tf01411-create-update-noop.plan.json',
  'test/fixtures/terraform/checkov-tf01223-aws-55-stateful.plan.json',
  'examples/incident/staging-fix.preview.json',
];

function timeIt(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs * 1e6) {
    fn();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  return elapsed / runs / 1e6;
}

console.log('input | bytes | JSON.parse ms | gate ms | gate / JSON.parse');
for (const input of inputs) {
  const text = readFileSync(join(root, input), 'utf8');
  const parse = timeIt(() => JSON.parse(text));
  const gate = timeIt(() => renderJson(evaluate([parsePlanText(text, input)], { rules })));
  console.log(`${input} | ${text.length} | ${parse.toFixed(3)} | ${gate.toFixed(3)} | ${(gate / parse).toFixed(1)}x`);
}
