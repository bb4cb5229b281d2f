// Builds the adversarial corpus: test/corpus/<case files>, cases.json (the manifest) and SOURCES.md (provenance).
// test/corpus.test.ts checks that the committed files are exactly what this builds, and rewrites them when run with
// UPDATE_CORPUS=1, so a case is changed here (cases-*.ts), never by editing its JSON.
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cascadeCases } from './cases-cascades.js';
import { backupCases, guardCases, hygieneCases, protectionCases } from './cases-guards.js';
import { credentialCases, environmentCases, renameCases } from './cases-people.js';
import { shapeCases } from './cases-shapes.js';
import { attributeCases, storeCases } from './cases-stores.js';
import { approvalCases } from './cases-approvals.js';
import { unseenCases } from './cases-unseen.js';
import { red6Cases } from './cases-red6.js';
import { red7Cases } from './cases-red7.js';
import type { CaseApproval, CorpusCase } from './helpers.js';

export { CLASSES, CORPUS_REPOSITORY, type CaseApproval, type CaseClass, type CorpusCase } from './helpers.js';

export interface ManifestEntry {
  file: string;
  class: CorpusCase['class'];
  tool: CorpusCase['tool'];
  expect: CorpusCase['expect'];
  rules: string[];
  why: string;
  approval?: CaseApproval;
}

/** Every case, in manifest order. Files are named by tool, then what they do. */
export function buildCorpus(): { cases: CorpusCase[]; files: Map<string, string> } {
  const cases = [
    ...storeCases(), ...attributeCases(), ...cascadeCases(), ...guardCases(), ...protectionCases(), ...hygieneCases(),
    ...backupCases(), ...credentialCases(), ...environmentCases(), ...renameCases(), ...shapeCases(), ...approvalCases(),
    ...unseenCases(), ...red6Cases(), ...red7Cases(),
  ];
  const files = new Map<string, string>();
  for (const c of cases) {
    if (files.has(c.file)) throw new Error(`two cases write ${c.file}`);
    files.set(c.file, c.content);
  }
  const manifest: ManifestEntry[] = cases.map((c) => ({ file: c.file, class: c.class, tool: c.tool, expect: c.expect, rules: c.rules, why: c.why, ...(c.approval ? { approval: c.approval } : {}) }));
  files.set('cases.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.set('SOURCES.md', sources(cases));
  return { cases, files };
}

function sources(cases: CorpusCase[]): string {
  const lines = [
    '# Provenance of the corpus files',
    '',
    'Written by `test/support/corpus/` (do not edit the JSON by hand: change the case there and regenerate). Every file',
    'follows the envelope of a real tool output in `../shared/fixtures/` (key set and order, action lists, `action_reason`,',
    '`*_sensitive`, `after_unknown`, `prior_state`, `configuration`; Pulumi steps, ResourceV3 states, provider URNs,',
    '`changeSummary`; engine events). Terraform envelopes were also checked against a plan that Terraform 1.11.4 wrote on',
    'the development machine with `terraform_data` (no-op entries, `previous_address` for `moved`, `["forget"]` with no',
    '`values` in `planned_values`, `delete_because_count_index`). Resource types and attribute names are set by hand and',
    'checked against the provider schemas (see README.md). The second column names the real fixture each file derives from.',
    '',
    '| file | derived from |',
    '|---|---|',
    ...cases.map((c) => `| ${c.file} | ${c.from} |`),
    '',
  ];
  return lines.join('\n');
}

/** Writes the corpus into `dir`, dropping files a removed case left behind (README.md is written by hand). */
export function writeCorpus(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const { cases, files } = buildCorpus();
  for (const name of readdirSync(dir)) if (name !== 'README.md' && !files.has(name)) unlinkSync(join(dir, name));
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return cases.length;
}
