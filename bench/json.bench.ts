// The strict JSON reader against a bare JSON.parse, on a generated plan of 100,000 resources (about 38 MB, the
// size the gate must handle without streaming), and the whole gate on it. Prints times and ratios, asserts nothing.
import { parseStrictJson } from '../policy/adapters/strict-json.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { rules } from '../policy/rules/index.js';
import { parsePlanText } from '../src/readers/read-plan.js';
import { renderJson } from '../src/report/json.js';
import { generatePlan } from './generate-plan.js';

function best(fn: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

const resources = Number(process.argv[2] ?? 100_000);
const text = JSON.stringify(generatePlan(resources));
const parse = best(() => JSON.parse(text));
const strict = best(() => parseStrictJson(text, { file: 'generated.json' }));
const read = best(() => parsePlanText(text, 'generated.json'), 3);
const gate = best(() => renderJson(evaluate([parsePlanText(text, 'generated.json')], { rules })), 3);
console.log(`generated plan: ${resources} resources, ${(text.length / 1_048_576).toFixed(1)} MB`);
console.log(`JSON.parse            ${parse.toFixed(0)} ms`);
console.log(`parseStrictJson       ${strict.toFixed(0)} ms  (${(strict / parse).toFixed(2)}x JSON.parse)`);
console.log(`readers (text → model) ${read.toFixed(0)} ms  (${(read / parse).toFixed(1)}x JSON.parse)`);
console.log(`whole gate (read, evaluate, render) ${gate.toFixed(0)} ms  (${(gate / parse).toFixed(1)}x JSON.parse)`);
