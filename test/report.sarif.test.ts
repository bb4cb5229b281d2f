// Issue 10: "SARIF anchors every alert at line 1 of the plan JSON". With --source each result points at the
// `resource "type" "name"` block of the .tf file (a module's resource at its source when the module is local, else
// at the module call), a cdk.tf.json at the resource's own key, a Pulumi preview at its URN's step; every rule's
// helpUri is its own page. Every SARIF document here is checked against the structure code scanning requires.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../policy/engine/evaluate.js';
import { emptyPlan } from '../policy/model/plan.js';
import { hclBlocks, jsonResourceKeys } from '../src/readers/hcl-scan.js';
import { locateFindings } from '../src/readers/source-positions.js';
import { runCli } from './support/gate-cli.js';

const root = join(import.meta.dirname, '..');
const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: new (options: object) => { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown } } };

/**
 * The part of SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) that GitHub code scanning reads, as a JSON Schema: one
 * run, a driver with rules, results whose ruleId is one of them, with a message and a physical location whose region
 * starts at a line and column ≥ 1, partial fingerprints of strings, suppressions of a known kind.
 */
const message = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } };
const uri = { type: 'string', minLength: 1, not: { pattern: '\\s' } };
const SARIF = {
  type: 'object',
  required: ['version', 'runs', '$schema'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string', pattern: '^https://' },
    runs: {
      type: 'array', minItems: 1, maxItems: 1,
      items: {
        type: 'object', required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object', required: ['driver'],
            properties: {
              driver: {
                type: 'object', required: ['name', 'rules', 'informationUri'],
                properties: {
                  name: { const: 'deploy-gate' },
                  version: { type: 'string' },
                  informationUri: { type: 'string', pattern: '^https://' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object', required: ['id', 'shortDescription', 'helpUri', 'defaultConfiguration'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: message, fullDescription: message,
                        help: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, markdown: { type: 'string' } } },
                        helpUri: { type: 'string', pattern: '^https://[^\\s]+$' },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                        properties: { type: 'object', properties: { 'security-severity': { type: 'string', pattern: '^\\d+(\\.\\d+)?$' }, tags: { type: 'array', items: { type: 'string' } } } },
                      },
                    },
                  },
                },
              },
            },
          },
          invocations: {
            type: 'array',
            items: {
              type: 'object', required: ['executionSuccessful'],
              properties: {
                executionSuccessful: { type: 'boolean' },
                toolExecutionNotifications: { type: 'array', items: { type: 'object', required: ['message'], properties: { message, level: { enum: ['none', 'note', 'warning', 'error'] } } } },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object', required: ['ruleId', 'level', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string', minLength: 1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message,
                locations: {
                  type: 'array', minItems: 1,
                  items: {
                    type: 'object', required: ['physicalLocation'],
                    properties: {
                      message,
                      physicalLocation: {
                        type: 'object', required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: { type: 'object', required: ['uri'], properties: { uri } },
                          region: { type: 'object', required: ['startLine'], properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } } },
                        },
                      },
                      logicalLocations: { type: 'array', items: { type: 'object', required: ['fullyQualifiedName'], properties: { fullyQualifiedName: { type: 'string' }, kind: { type: 'string' } } } },
                    },
                  },
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
                suppressions: { type: 'array', items: { type: 'object', required: ['kind'], properties: { kind: { enum: ['inSource', 'external'] }, justification: { type: 'string' } } } },
              },
            },
          },
        },
      },
    },
  },
} as const;
const validate = new Ajv({ allErrors: true, strict: false }).compile(SARIF);

interface Sarif {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
    invocations?: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
    results: Array<{ ruleId: string; locations: Array<{ message?: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }> }>;
  }>;
}

/** `check … --output sarif` through the CLI, checked against the structure before any test reads it. */
async function sarif(...args: string[]): Promise<Sarif> {
  const { code, stdout, stderr } = await runCli(['check', ...args, '--output', 'sarif']);
  expect([0, 1], stderr).toContain(code);
  const document = JSON.parse(stdout) as Sarif;
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  // Every result names a rule of the run.
  const ids = new Set(document.runs[0]!.tool.driver.rules.map((r) => r.id));
  for (const r of document.runs[0]!.results) expect(ids.has(r.ruleId), r.ruleId).toBe(true);
  return document;
}

const lineOf = (file: string, line: number) => readFileSync(join(root, file), 'utf8').split('\n')[line - 1] ?? '';
const notes = (s: Sarif) => (s.runs[0]!.invocations?.[0]?.toolExecutionNotifications ?? []).map((n) => n.message.text).join('\n');

describe('SARIF locations', () => {
  const dir = mkdtempSync(join(root, 'build', 'sarif-sources-'));
  const rel = relative(root, dir);

  test('Terraform with .tf sources: the result is at its resource block, not at what a comment or heredoc says', async () => {
    writeFileSync(join(dir, 'main.tf'), [
      '# resource "aws_s3_bucket" "delete_bucket" { (a comment, not the block)',
      'locals {',
      '  doc = <<EOT',
      'resource "aws_s3_bucket" "delete_bucket" {',
      'EOT',
      '  s = "resource \\"aws_s3_bucket\\" \\"delete_bucket\\" ${lookup({a = "}"}, "a")}"',
      '}',
      '',
      'resource "aws_s3_bucket" "keep" {',
      '  bucket = "keep"',
      '}',
      '',
      'resource "aws_s3_bucket" "delete_bucket" {',
      '  bucket = "gone"',
      '}',
      '',
    ].join('\n'));
    const out = await sarif('test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json', '--source', rel);
    const result = out.runs[0]!.results.find((r) => r.ruleId === 'no-stateful-delete')!;
    expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: `${rel}/main.tf` }, region: { startLine: 13, startColumn: 1 } });
    expect(result.locations[0]!.message?.text).toBe('the resource block of aws_s3_bucket.delete_bucket');
    expect(notes(out)).not.toContain('No --source was given');
  });

  test('Terraform without sources: the resource\'s entry in the plan JSON, and the run says so', async () => {
    const plan = 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json';
    const out = await sarif(plan);
    const at = out.runs[0]!.results.find((r) => r.ruleId === 'no-stateful-delete')!.locations[0]!;
    expect(at.physicalLocation.artifactLocation.uri).toBe(plan);
    expect(at.physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(lineOf(plan, at.physicalLocation.region.startLine)).toContain('"address": "aws_s3_bucket.delete_bucket"');
    expect(at.message?.text).toContain('pass --source to point at its resource block');
    expect(notes(out)).toContain('No --source was given, so results for Terraform plans point at the resource in the plan JSON');
  });

  test('a module from the registry: its resources point at the module block that calls it', async () => {
    const modules = join(dir, 'modules-root');
    mkdirSync(join(modules, 'db'), { recursive: true });
    writeFileSync(join(modules, 'main.tf'), 'module "db" {\n  source = "./db"\n}\n');
    writeFileSync(join(modules, 'db', 'main.tf'), 'variable "x" {}\n\n  module "db_1" {\n  source = "terraform-aws-modules/rds/aws"\n}\n\nmodule "db_2" {\n  source = "terraform-aws-modules/rds/aws"\n}\n');
    const out = await sarif('test/fixtures/real-world/infracost-tf01411-create-update-noop.plan.json', '--source', relative(root, modules));
    const results = out.runs[0]!.results.filter((r) => r.ruleId === 'require-delete-protection');
    expect(results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region])).toEqual([
      [`${relative(root, modules)}/db/main.tf`, { startLine: 3, startColumn: 3 }],
      [`${relative(root, modules)}/db/main.tf`, { startLine: 7, startColumn: 1 }],
    ]);
    expect(results[0]!.locations[0]!.message?.text).toContain('comes from module db_1 (source terraform-aws-modules/rds/aws, not in --source)');
  });

  test('a local module: the resource block in the module\'s own folder', async () => {
    const sources = join(dir, 'local-module');
    mkdirSync(join(sources, 'modules', 'storage'), { recursive: true });
    writeFileSync(join(sources, 'main.tf'), 'module "storage" {\n  source = "./modules/storage"\n}\nresource "aws_ebs_volume" "data" {}\n');
    writeFileSync(join(sources, 'modules', 'storage', 'main.tf'), '\n\nresource "aws_ebs_volume" "data" {\n  size = 10\n}\n');
    const plan = { ...emptyPlan({ format: 'terraform-plan', kind: 'plan', file: 'plan.json' }), moduleSources: { 'module.storage': './modules/storage' } };
    const finding = (resource: string): Finding => ({ rule: 'no-stateful-delete', level: 'block', severity: 'critical', resource, type: 'aws_ebs_volume', action: 'delete', environment: null, messageId: 'destroys', data: {}, stack: 'plan.json', file: 'plan.json' });
    const inModule = finding('module.storage.aws_ebs_volume.data["a"]');
    const atRoot = finding('aws_ebs_volume.data');
    const located = await locateFindings([inModule, atRoot], [plan], sources);
    expect(located.get(inModule)).toMatchObject({ file: relative(root, join(sources, 'modules', 'storage', 'main.tf')), line: 3, column: 1, kind: 'source' });
    expect(located.get(atRoot)).toMatchObject({ file: relative(root, join(sources, 'main.tf')), line: 4, column: 1, kind: 'source' });
  });

  test('module resources point at the block of the module that declares them, not at a root block of the same name', async () => {
    const sources = 'test/fixtures/modules/protected-at-root';
    const out = await sarif('test/fixtures/modules/modules.plan.json', '--source', sources);
    const at = (resource: string) => {
      const result = out.runs[0]!.results.find((r) => r.ruleId === 'require-delete-protection' && (r as unknown as { locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }).locations[0]!.logicalLocations[0]!.fullyQualifiedName === resource);
      const location = result!.locations[0]!;
      return [location.physicalLocation.artifactLocation.uri, location.physicalLocation.region.startLine, location.message?.text];
    };
    expect(at('module.db.aws_db_instance.main')).toEqual([`${sources}/modules/db/main.tf`, 9, 'the resource block of module.db.aws_db_instance.main']);
    expect(at('module.storage["logs"].module.cache[0].aws_ebs_volume.data["hot"]')).toEqual([`${sources}/modules/storage/cache/main.tf`, 5, 'the resource block of module.storage.module.cache.aws_ebs_volume.data']);
    // Installed by terraform init: the block in .terraform/modules, as its manifest records.
    expect(at('module.archive.aws_ebs_volume.data')).toEqual([`${sources}/.terraform/modules/archive/main.tf`, 9, 'the resource block of module.archive.aws_ebs_volume.data']);
    // Not installed: the module call that brings it in.
    const vendor = at('module.vendor.aws_ebs_volume.data');
    expect(vendor[0]).toBe(`${sources}/main.tf`);
    expect(lineOf(`${sources}/main.tf`, vendor[1] as number)).toBe('module "vendor" {');
    expect(vendor[2]).toContain('comes from module vendor (source git::https://git.example.com/platform/terraform-aws-volume.git?ref=v2.1.0, not in --source)');
  });

  test('cdktf: a synthesized cdk.tf.json points at the resource\'s key in that file', async () => {
    const synth = 'test/fixtures/terraform/cdktf021-aws-stateful-prod.cdk.tf.json';
    const out = await sarif(synth);
    expect(out.runs[0]!.results.length).toBeGreaterThan(0);
    for (const r of out.runs[0]!.results) {
      const at = r.locations[0]!.physicalLocation;
      expect(at.artifactLocation.uri).toBe(synth);
      const name = (r as unknown as { locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }).locations[0]!.logicalLocations[0]!.fullyQualifiedName.split('.').pop()!;
      expect(lineOf(synth, at.region.startLine).slice(at.region.startColumn! - 1)).toMatch(new RegExp(`^"${name}": \\{`));
    }
  });

  test('a Terraform plan with a cdk.tf.json as --source: the resource\'s key in the synthesized file', async () => {
    const synth = join(dir, 'cdk.tf.json');
    writeFileSync(synth, JSON.stringify({ '//': { metadata: {} }, resource: { aws_s3_bucket: { keep: { bucket: 'k' }, delete_bucket: { bucket: 'd' } } } }, null, 2));
    const out = await sarif('test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json', '--source', relative(root, synth));
    const at = out.runs[0]!.results.find((r) => r.ruleId === 'no-stateful-delete')!.locations[0]!.physicalLocation;
    expect(at).toEqual({ artifactLocation: { uri: relative(root, synth) }, region: { startLine: 10, startColumn: 7 } });
    expect(readFileSync(synth, 'utf8').split('\n')[9]).toBe('      "delete_bucket": {');
  });

  test('Pulumi: no source positions in a preview, so the step of the resource\'s URN, and the run says so', async () => {
    const preview = 'examples/incident/staging-fix.preview.json';
    const out = await sarif(preview);
    expect(notes(out)).toContain('A Pulumi preview, event log or stack export has no source positions');
    const results = out.runs[0]!.results;
    expect(results.length).toBeGreaterThan(3);
    for (const r of results) {
      const at = r.locations[0]!;
      const urn = (r as unknown as { locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }).locations[0]!.logicalLocations[0]!.fullyQualifiedName;
      expect(at.physicalLocation.artifactLocation.uri).toBe(preview);
      expect(lineOf(preview, at.physicalLocation.region.startLine)).toContain(`"urn": "${urn}"`);
      expect(at.message?.text).toContain('a Pulumi preview has no source positions');
    }
  });

  test('helpUri is each rule\'s own page, online, and the page is in the package', async () => {
    const out = await sarif('test/fixtures/pulumi/engine-policy-mandatory-violation.events.ndjson');
    const rules = out.runs[0]!.tool.driver.rules;
    for (const rule of rules) {
      const page = rule.id.includes('/') ? 'policy-pack.md' : `rules/${rule.id}.md`;
      expect(rule.helpUri, rule.id).toBe(`https://github.com/deploy-gate/deploy-gate/blob/HEAD/docs/${page}`);
      expect(existsSync(join(root, 'docs', page)), page).toBe(true);
    }
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['no-stateful-delete', 'plan-incomplete', 'analyzerA/always-fails']));
  });

  test('every fixture folder gives SARIF of the required structure', async () => {
    for (const folder of ['test/fixtures/pulumi', 'test/fixtures/real-world', 'test/fixtures/action', 'examples']) await sarif(folder);
  }, 60_000);
});

describe('the structure check', () => {
  test('refuses what code scanning would reject: a line 0, a rule without helpUri, a result without a location', async () => {
    const good = JSON.parse((await runCli(['check', 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json', '--output', 'sarif'])).stdout) as Sarif;
    expect(validate(good)).toBe(true);
    const broken = (edit: (s: Sarif) => void) => {
      const copy = structuredClone(good);
      edit(copy);
      return validate(copy);
    };
    expect(broken((s) => { s.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0; })).toBe(false);
    expect(broken((s) => { delete (s.runs[0]!.tool.driver.rules[0] as { helpUri?: string }).helpUri; })).toBe(false);
    expect(broken((s) => { s.runs[0]!.results[0]!.locations = []; })).toBe(false);
  });
});

describe('the source scanners', () => {
  test('hclBlocks: top-level resource, data and module blocks, quoted or bare labels, never inside a block', () => {
    const text = 'resource aws_s3_bucket bare {\n  dynamic "resource" {\n    content {}\n  }\n}\ndata "aws_iam_policy_document" "p" {}\nmodule "m" { source = "./m" }\nmy_module "x" {}\n';
    expect(hclBlocks(text).map((b) => [b.kind, b.address, b.offset])).toEqual([
      ['resource', 'aws_s3_bucket.bare', 0], ['data', 'data.aws_iam_policy_document.p', text.indexOf('data')], ['module', 'm', text.indexOf('module "m"')],
    ]);
  });

  test('jsonResourceKeys: resource.<type>.<name> and data.<type>.<name> keys, not the same names deeper', () => {
    const text = JSON.stringify({ resource: { a_t: { n: { resource: { a_t: { x: {} } } } } }, data: { d_t: { m: {} } } });
    const keys = jsonResourceKeys(text);
    expect([...keys.keys()]).toEqual(['a_t.n', 'data.d_t.m']);
    expect(text.slice(keys.get('a_t.n')!, keys.get('a_t.n')! + 3)).toBe('"n"');
  });
});
