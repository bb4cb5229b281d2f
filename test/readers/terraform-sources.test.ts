// --source: each resource's lifecycle is read from the block of the module that declares it, found as Terraform
// finds it (local sources from their caller, installed modules through .terraform/modules/modules.json), never from a
// block of the same type and name elsewhere. Fixtures: test/fixtures/modules (SOURCES.md there).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../policy/adapters/input-error.js';
import { evaluate } from '../../policy/engine/evaluate.js';
import { rules } from '../../policy/rules/index.js';
import { readPlanFile } from '../../src/readers/read-plan.js';
import { readTerraformSources } from '../../src/readers/terraform-sources.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'modules');
const PLAN = join(fixtures, 'modules.plan.json');
const IN_MODULES = join(fixtures, 'protected-in-modules');
const AT_ROOT = join(fixtures, 'protected-at-root');

const DB_ROOT = 'aws_db_instance.main';
const VOLUME_ROOT = 'aws_ebs_volume.data';
const DB_MODULE = 'module.db.aws_db_instance.main';
const VOLUME_FOR_EACH = 'module.storage["logs"].aws_ebs_volume.data';
const VOLUME_NESTED = 'module.storage["logs"].module.cache[0].aws_ebs_volume.data["hot"]';
const VOLUME_REGISTRY = 'module.archive.aws_ebs_volume.data';
const VOLUME_GIT = 'module.vendor.aws_ebs_volume.data';

/** require-delete-protection on the fixture plan gated with these sources: resource → [level, message id, data]. */
async function protection(source?: string) {
  const sources = source ? await readTerraformSources(source) : undefined;
  const plan = await readPlanFile(PLAN, {}, sources);
  const findings = evaluate([plan], { rules }).findings.filter((f) => f.rule === 'require-delete-protection');
  return { plan, findings: new Map(findings.map((f) => [f.resource, f])) };
}

const copyTree = (from: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-modules-'));
  cpSync(from, dir, { recursive: true });
  return dir;
};

describe('prevent_destroy of module resources, read from the module that declares them', () => {
  test('protected only in the modules: every module resource is protected (local, for_each, nested with count, an installed registry module); the root blocks are not', async () => {
    const { plan, findings } = await protection(IN_MODULES);
    const resource = (address: string) => plan.resources.find((r) => r.address === address)!;
    for (const address of [DB_MODULE, VOLUME_FOR_EACH, VOLUME_NESTED, VOLUME_REGISTRY]) {
      expect(resource(address).protection, address).toEqual({ preventDestroy: true });
      expect(findings.has(address), address).toBe(false);
    }
    // Same type and name at the root, without lifecycle: the module's prevent_destroy does not reach them.
    expect(resource(DB_ROOT).protection).toEqual({});
    expect(findings.get(DB_ROOT)).toMatchObject({ level: 'block', messageId: 'unprotected', environment: 'prod' });
    expect(findings.get(VOLUME_ROOT)).toMatchObject({ level: 'block', messageId: 'unprotected', data: { providerGuard: 'the provider has no deletion guard for this type' } });
  });

  test('protected only at the root: the same type and name inside a module is NOT protected, and blocks in prod', async () => {
    const { plan, findings } = await protection(AT_ROOT);
    expect(plan.resources.find((r) => r.address === DB_ROOT)!.protection).toEqual({ preventDestroy: true });
    expect(findings.has(DB_ROOT)).toBe(false);
    expect(findings.has(VOLUME_ROOT)).toBe(false);
    for (const address of [DB_MODULE, VOLUME_FOR_EACH, VOLUME_NESTED, VOLUME_REGISTRY]) {
      expect(findings.get(address), address).toMatchObject({ level: 'block', messageId: 'unprotected', data: { toolGuard: 'lifecycle.prevent_destroy' } });
    }
  });

  test('a module whose code is not in the sources: its prevent_destroy is unknown, a warning that says why, never protected', async () => {
    for (const tree of [IN_MODULES, AT_ROOT]) {
      const { plan, findings } = await protection(tree);
      const vendor = plan.resources.find((r) => r.address === VOLUME_GIT)!;
      expect(vendor.protection.preventDestroy).toBeUndefined();
      expect(vendor.protection.preventDestroyUnseen).toBe('module.vendor comes from git::https://git.example.com/platform/terraform-aws-volume.git?ref=v2.1.0, and .terraform/modules/modules.json has no record of module vendor: ' +
        'run terraform init in the root module so that .terraform/modules/modules.json records where it is installed, or vendor it as a local module');
      expect(findings.get(VOLUME_GIT)).toMatchObject({ level: 'warn', messageId: 'sourcesNeeded' });
    }
  });

  test('the sources without .terraform (a checkout never initialised): the registry module is unknown, the local ones still resolve', async () => {
    const tree = copyTree(IN_MODULES);
    try {
      rmSync(join(tree, '.terraform'), { recursive: true });
      const { plan, findings } = await protection(tree);
      expect(plan.resources.find((r) => r.address === VOLUME_REGISTRY)!.protection.preventDestroyUnseen).toMatch(/^module\.archive comes from app\.terraform\.io\/acme\/ebs-volume\/aws, whose code is not in --source \(there is no \.terraform\/modules\/modules\.json\)/);
      expect(findings.get(VOLUME_REGISTRY)).toMatchObject({ level: 'warn', messageId: 'sourcesNeeded' });
      expect(findings.has(VOLUME_NESTED)).toBe(false);
      expect(findings.has(DB_MODULE)).toBe(false);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  test('a manifest that installed the module from another source is stale: unknown, not the stale code\'s lifecycle', async () => {
    const tree = copyTree(IN_MODULES);
    try {
      const manifest = join(tree, '.terraform', 'modules', 'modules.json');
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"Source":"app.terraform.io/acme/ebs-volume/aws"', '"Source":"app.terraform.io/acme/ebs-volume-legacy/aws"'));
      const { findings } = await protection(tree);
      expect(findings.get(VOLUME_REGISTRY)).toMatchObject({ level: 'warn', messageId: 'sourcesNeeded' });
      expect(findings.get(VOLUME_REGISTRY)!.data.unseen).toContain('installed module archive from app.terraform.io/acme/ebs-volume-legacy/aws, but the sources call it from app.terraform.io/acme/ebs-volume/aws');
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  test('sources that are not the plan\'s configuration: a module called from elsewhere, a resource with no block, are unknown', async () => {
    const tree = copyTree(IN_MODULES);
    try {
      writeFileSync(join(tree, 'main.tf'), readFileSync(join(tree, 'main.tf'), 'utf8').replace('source     = "./modules/db"', 'source     = "./modules/storage"').replace('resource "aws_ebs_volume" "data"', 'resource "aws_ebs_volume" "renamed"'));
      const { findings } = await protection(tree);
      expect(findings.get(DB_MODULE)!.messageId).toBe('unprotected'); // a database has a provider guard: judged on it alone
      const sources = await readTerraformSources(tree);
      expect(sources.lifecycle(DB_MODULE, { 'module.db': './modules/db' })).toEqual({ preventDestroyUnseen: 'the plan calls module.db from ./modules/db, the sources from ./modules/storage: they are not the configuration this plan was made from' });
      expect(findings.get(VOLUME_ROOT)).toMatchObject({ level: 'warn', messageId: 'sourcesNeeded', data: { unseen: 'the --source files cannot show it: the root module holds no block for aws_ebs_volume.data: the sources are not the configuration this plan was made from' } });
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  test('without --source nothing changes: every volume is a warning asking for the sources', async () => {
    const { findings } = await protection();
    for (const address of [VOLUME_ROOT, VOLUME_FOR_EACH, VOLUME_NESTED, VOLUME_REGISTRY, VOLUME_GIT]) expect(findings.get(address), address).toMatchObject({ level: 'warn', messageId: 'sourcesNeeded' });
  });
});

describe('resolution', () => {
  test('each address resolves to the folder Terraform runs: local paths from their caller, the registry module from the manifest', async () => {
    const sources = await readTerraformSources(IN_MODULES);
    const folderOf = (address: string) => {
      const found = sources.resolve(address, {});
      return found.found ? [relative(IN_MODULES, found.folder), found.local, found.block.position?.line] : found.reason;
    };
    expect(folderOf(DB_ROOT)).toEqual(['', 'aws_db_instance.main', 22]);
    expect(folderOf(DB_MODULE)).toEqual(['modules/db', 'aws_db_instance.main', 9]);
    expect(folderOf(VOLUME_NESTED)).toEqual(['modules/storage/cache', 'aws_ebs_volume.data', 5]);
    expect(folderOf('module.storage[0].aws_ebs_volume.data')).toEqual(['modules/storage', 'aws_ebs_volume.data', 9]);
    expect(folderOf(VOLUME_REGISTRY)).toEqual(['.terraform/modules/archive', 'aws_ebs_volume.data', 9]);
    expect(folderOf('module.nothere.aws_ebs_volume.data')).toBe('the root module has no module "nothere" block: the sources are not the configuration of module.nothere');
  });

  test('TF_DATA_DIR moves the manifest and what init installed, relative to the root module or absolute, as Terraform does', async () => {
    // terraform 1.x with TF_DATA_DIR=tfdata records Dir "tfdata/modules/<key>"; with an absolute one, the absolute Dir.
    const tree = copyTree(IN_MODULES);
    const elsewhere = mkdtempSync(join(tmpdir(), 'deploy-gate-tfdata-'));
    try {
      const manifest = readFileSync(join(tree, '.terraform/modules/modules.json'), 'utf8');
      cpSync(join(tree, '.terraform'), join(tree, 'tfdata'), { recursive: true });
      writeFileSync(join(tree, 'tfdata/modules/modules.json'), manifest.replaceAll('.terraform/modules/', 'tfdata/modules/'));
      rmSync(join(tree, '.terraform'), { recursive: true });
      const relativeDir = await readTerraformSources(tree, { TF_DATA_DIR: 'tfdata' });
      const found = relativeDir.resolve(VOLUME_REGISTRY, {});
      expect(found.found && relative(tree, found.folder)).toBe('tfdata/modules/archive');
      // The installed copy is read through the manifest only, never as a root module of its own.
      expect(relativeDir.roots).toEqual([tree]);
      // Without TF_DATA_DIR, Terraform would look in .terraform: there is no manifest there, and the reason says so.
      expect((await readTerraformSources(tree, {})).resolve(VOLUME_REGISTRY, {})).toMatchObject({ found: false, reason: expect.stringContaining('there is no .terraform/modules/modules.json') });

      cpSync(join(tree, 'tfdata'), elsewhere, { recursive: true });
      writeFileSync(join(elsewhere, 'modules/modules.json'), manifest.replaceAll('.terraform/modules/', `${elsewhere}/modules/`));
      rmSync(join(tree, 'tfdata'), { recursive: true });
      const absolute = (await readTerraformSources(tree, { TF_DATA_DIR: elsewhere })).resolve(VOLUME_REGISTRY, {});
      expect(absolute.found && absolute.folder).toBe(join(elsewhere, 'modules/archive'));
    } finally {
      rmSync(tree, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('a folder above several root modules: a root resource is found in the one root that holds it; a module folder is never a root', async () => {
    const above = mkdtempSync(join(tmpdir(), 'deploy-gate-roots-'));
    try {
      cpSync(IN_MODULES, join(above, 'prod'), { recursive: true });
      mkdirSync(join(above, 'staging'));
      writeFileSync(join(above, 'staging', 'main.tf'), 'resource "aws_s3_bucket" "uploads" {\n  bucket = "uploads-staging"\n}\n');
      const sources = await readTerraformSources(above);
      expect(sources.roots.map((r) => relative(above, r))).toEqual(['prod', 'staging']);
      // The database of module.db is protected (prod/modules/db), the root one is not: no module folder is read as a root.
      expect(sources.lifecycle(DB_ROOT, {})).toEqual({});
      expect(sources.lifecycle(DB_MODULE, {})).toEqual({ preventDestroy: true });
      expect(sources.lifecycle(VOLUME_REGISTRY, {})).toEqual({ preventDestroy: true });
      expect(sources.resolve('aws_s3_bucket.uploads', {})).toMatchObject({ found: true, local: 'aws_s3_bucket.uploads' });
      // The same block in two roots: which one the plan came from cannot be told.
      cpSync(join(above, 'staging'), join(above, 'dev'), { recursive: true });
      expect((await readTerraformSources(above)).lifecycle('aws_s3_bucket.uploads', {}).preventDestroyUnseen).toMatch(/^2 root modules under --source hold aws_s3_bucket\.uploads \(dev\/, staging\/\)/);
    } finally {
      rmSync(above, { recursive: true, force: true });
    }
  });

  test('override files are merged last, as Terraform merges them: their prevent_destroy wins, the block stays where it is', async () => {
    const tree = copyTree(AT_ROOT);
    try {
      // Sorted first, but read after main.tf: an override file turns the root volume's guard off.
      writeFileSync(join(tree, 'a_override.tf'), 'resource "aws_ebs_volume" "data" {\n  lifecycle {\n    prevent_destroy = false\n  }\n}\n');
      // And one turns the module's on; one that names no lifecycle changes nothing.
      writeFileSync(join(tree, 'modules', 'db', 'override.tf'), 'resource "aws_db_instance" "main" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n');
      writeFileSync(join(tree, 'z_override.tf.json'), JSON.stringify({ resource: { aws_db_instance: { main: { allocated_storage: 200 } } } }));
      const sources = await readTerraformSources(tree);
      expect(sources.lifecycle(VOLUME_ROOT, {})).toEqual({});
      expect(sources.lifecycle(DB_ROOT, {})).toEqual({ preventDestroy: true });
      expect(sources.lifecycle(DB_MODULE, {})).toEqual({ preventDestroy: true });
      expect(sources.resolve(VOLUME_ROOT, {})).toMatchObject({ found: true, block: { position: { file: expect.stringMatching(/main\.tf$/) } } });
      const { findings } = await protection(tree);
      expect(findings.get(VOLUME_ROOT)).toMatchObject({ level: 'block', messageId: 'unprotected' });
      expect(findings.has(DB_MODULE)).toBe(false);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  test('one .tf file as --source: the local modules it calls are read from their folders', async () => {
    const sources = await readTerraformSources(join(IN_MODULES, 'main.tf'));
    expect(sources.lifecycle(VOLUME_NESTED, {})).toEqual({ preventDestroy: true });
    expect(sources.lifecycle(VOLUME_ROOT, {})).toEqual({});
  });

  test('a manifest that is not what terraform init writes, or sources with no Terraform file, exit 2 naming the file', async () => {
    const tree = copyTree(IN_MODULES);
    try {
      writeFileSync(join(tree, '.terraform', 'modules', 'modules.json'), '{"Modules":[{"Key":"db","Dir":"modules/db"}]}');
      await expect(readTerraformSources(tree)).rejects.toThrow(InputError);
      await expect(readTerraformSources(tree)).rejects.toThrow(/modules\.json.*a module record needs the strings Key, Source and Dir/);
      const empty = mkdtempSync(join(tmpdir(), 'deploy-gate-empty-'));
      await expect(readTerraformSources(empty)).rejects.toThrow(/holds no Terraform source/);
      rmSync(empty, { recursive: true, force: true });
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
