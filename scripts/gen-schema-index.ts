// Regenerates policy/catalog/schema/: every resource type and attribute path of the providers people use, read from
// the providers' own published npm packages (`npm run schema-index`). See docs/catalog.md, "Provider schema index".
//
// Why a script and a committed index: the nine packages unpack to about 1.4 GB, far too much for `npm ci`. The
// script fetches the PINNED tarballs below into a temporary folder with `npm pack` (the registry's ordinary client:
// same cache and integrity check as `npm install`, but no dependency tree and no lifecycle scripts, since only the
// files of each package are read), extracts what the gate and its tests need and writes:
//   types.json                      the runtime index: type names and tokens per provider family (small)
//   <family>.<tool>.attrs.json.gz   test-only: each resource type's attribute paths (helm: Terraform only; Pulumi's
//                                   Helm tokens are @pulumi/kubernetes's, in kubernetes.pulumi)
//   railway.json                    the Railway provider's types and attributes, from its docs (see RAILWAY_SOURCE)
// The recipe is in ../shared/design/data-model.md §4; what differs from it is said where it differs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { FAMILIES, groupTokens, PULUMI_PACKAGES as PULUMI_PACKAGE_NAMES, versionlessAzureToken } from '../policy/catalog/schema-format.js';
import type { Family, SchemaSource, TypesIndex } from '../policy/catalog/schema-format.js';

interface PackageSource {
  family: Family;
  /** The Terraform provider the package binds, when it is not the family's name. */
  provider?: string;
  package: string;
  version: string;
  /** The upstream provider or API this build binds, as the package or its generator states it. */
  upstream: string;
}

/**
 * cdktf prebuilt bindings. HashiCorp archived them on 2025-12-10, so these are the last builds of each. google-beta
 * names its types `google_*` too and adds the beta-only ones (and beta attributes): both are read into `google`.
 */
export const TERRAFORM_PACKAGES: readonly PackageSource[] = [
  { family: 'aws', package: '@cdktf/provider-aws', version: '21.22.1', upstream: 'hashicorp/aws 6.25.0' },
  { family: 'google', package: '@cdktf/provider-google', version: '16.12.1', upstream: 'hashicorp/google 6.50.0' },
  { family: 'google', provider: 'google-beta', package: '@cdktf/provider-google-beta', version: '16.12.1', upstream: 'hashicorp/google-beta 6.50.0' },
  { family: 'azurerm', package: '@cdktf/provider-azurerm', version: '14.23.1', upstream: 'hashicorp/azurerm 4.55.0' },
  { family: 'kubernetes', package: '@cdktf/provider-kubernetes', version: '12.1.1', upstream: 'hashicorp/kubernetes 2.38.0' },
  { family: 'helm', package: '@cdktf/provider-helm', version: '12.1.2', upstream: 'hashicorp/helm 3.1.1' },
];

/**
 * Pulumi SDKs. None records the version of what it binds: the bridged ones (aws, gcp) name no Terraform provider
 * version, azure-native no spec commit, kubernetes no Kubernetes release. pulumi-aws 7.x bridges hashicorp/aws 6.x
 * (its 7.0.0 release notes: "Upgrade upstream to v6.0.0").
 */
export const PULUMI_PACKAGES: readonly PackageSource[] = [
  { family: 'aws', package: '@pulumi/aws', version: '7.48.0', upstream: 'bridged hashicorp/aws 6.x (exact version not in the package)' },
  { family: 'google', package: '@pulumi/gcp', version: '9.37.0', upstream: 'bridged hashicorp/google-beta (version not in the package)' },
  { family: 'azurerm', package: '@pulumi/azure-native', version: '3.28.0', upstream: 'Azure Resource Manager REST API specs, the default API version of each resource (spec commit not in the package)' },
  { family: 'kubernetes', package: '@pulumi/kubernetes', version: '4.34.2', upstream: 'Kubernetes OpenAPI spec, every API group/version the SDK ships (release not in the package)' },
];

/** Committed input for Railway, which publishes no npm package: see scripts/schema-sources/railway.json. */
export const RAILWAY_SOURCE = 'scripts/schema-sources/railway.json';

// scripts/ in the sources, build/scripts/ once compiled.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');
export const SCHEMA_DIR = join(ROOT, 'policy', 'catalog', 'schema');

/** Attribute paths per type, without list indices: `root_block_device.delete_on_termination`. */
export type AttributeTable = Map<string, Set<string>>;

// ---------------------------------------------------------------------------------------------------------------
// Fetching

interface Fetched {
  dir: string;
  integrity: string;
}

/** `npm pack` of one pinned version into `into`, extracted to `into/<name>`; returns the folder and its integrity. */
export function fetchPackage(source: PackageSource, into: string): Fetched {
  const out = execFileSync('npm', ['pack', `${source.package}@${source.version}`, '--json', '--silent', '--pack-destination', into], {
    cwd: into,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; integrity: string; version: string }[];
  if (!info || info.version !== source.version) throw new Error(`npm pack ${source.package}@${source.version} returned ${JSON.stringify(info)}`);
  const dir = join(into, source.package.replace('/', '+'));
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', join(into, info.filename), '-C', dir, '--strip-components=1']);
  rmSync(join(into, info.filename));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  if (manifest.name !== source.package || manifest.version !== source.version) throw new Error(`${dir}: not ${source.package}@${source.version}`);
  return { dir, integrity: info.integrity };
}

// ---------------------------------------------------------------------------------------------------------------
// Terraform, from the cdktf bindings

export interface TerraformSchema {
  resources: AttributeTable;
  dataSources: string[];
  upstreamVersion: string;
}

// `Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/instance aws_instance}.`
const REPRESENTS = /^Represents a \{@link https:\/\/registry\.terraform\.io\/providers\/([\w-]+)\/([\w-]+)\/([\w.-]+)\/docs\/(resources|data-sources)\/\S+ (\S+)\}/;
// `Docs at Terraform Registry: {@link …/instance#delete_on_termination Instance#delete_on_termination}.`
const DOCS_ANCHOR = /^Docs at Terraform Registry: \{@link \S+#([a-z0-9_]+) /;

interface JsiiType {
  kind: string;
  fqn: string;
  datatype?: boolean;
  docs?: { summary?: string };
  initializer?: { parameters?: { name: string; type: JsiiTypeRef }[] };
  properties?: { name: string; docs?: { summary?: string }; type: JsiiTypeRef; static?: boolean }[];
  interfaces?: string[];
}
type JsiiTypeRef = { fqn?: string; primitive?: string; collection?: { kind: string; elementtype: JsiiTypeRef }; union?: { types: JsiiTypeRef[] } };

function referencedFqns(ref: JsiiTypeRef | undefined): string[] {
  if (!ref) return [];
  if (ref.fqn) return [ref.fqn];
  if (ref.collection) return referencedFqns(ref.collection.elementtype);
  if (ref.union) return ref.union.types.flatMap(referencedFqns);
  return [];
}

const snake = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The input attributes of a resource from its `<Class>Config` interface and the struct interfaces it nests, named
 * by the docs anchors (the registry's snake_case names; `fetchPasswordData` is `get_password_data`).
 */
function configPaths(types: Record<string, JsiiType>, fqn: string, prefix: string, into: Set<string>, stack: string[]): void {
  const type = types[fqn];
  if (!type || type.kind !== 'interface' || stack.includes(fqn)) return;
  for (const p of type.properties ?? []) {
    const anchor = DOCS_ANCHOR.exec(p.docs?.summary ?? '')?.[1] ?? snake(p.name);
    const path = prefix + anchor;
    into.add(path);
    for (const child of referencedFqns(p.type)) {
      if (types[child]?.datatype) configPaths(types, child, `${path}.`, into, [...stack, fqn]);
    }
  }
}

interface JsClass {
  base: string;
  leaves: string[];
  children: [attribute: string, className: string][];
  element?: string;
}

/**
 * Every class of one cdktf `lib/<module>/index.js`: the snake_case attributes its getters read
 * (`this.getStringAttribute('volume_id')`: inputs and computed attributes alike), the nested blocks it constructs
 * (`new InstanceRootBlockDeviceOutputReference(this, "root_block_device")`) and, for lists and maps, the element class.
 */
function parseCdktfModule(code: string): { classes: Map<string, JsClass>; roots: Map<string, string> } {
  const classes = new Map<string, JsClass>();
  for (const m of code.matchAll(/^class (\w+) extends ([\w.]+) \{\n([\s\S]*?)^\}$/gm)) {
    const [, name = '', base = '', body = ''] = m;
    const leaves = [...body.matchAll(/this\.(?:get\w*Attribute|interpolationForAttribute)\('([^']+)'\)/g)].map((x) => x[1] ?? '');
    const children: [string, string][] = [];
    for (const x of body.matchAll(/new ([\w.]+)\(this, "([^"]+)"/g)) {
      const [, cls = '', attribute = ''] = x;
      if (cls.startsWith('cdktf.')) leaves.push(attribute); // StringMap, NumberMap…: maps of primitives
      else children.push([attribute, cls.slice(cls.lastIndexOf('.') + 1)]);
    }
    const element = /\bget\((?:index|key)\) \{\s*return new ([\w.]+)\(this\.terraformResource/.exec(body)?.[1]?.replace(/^.*\./, '');
    classes.set(name, element ? { base, leaves, children, element } : { base, leaves, children });
  }
  const roots = new Map<string, string>();
  for (const m of code.matchAll(/^(\w+)\.tfResourceType = "([^"]+)";$/gm)) roots.set(m[2] ?? '', m[1] ?? '');
  return { classes, roots };
}

function getterPaths(classes: Map<string, JsClass>, name: string, prefix: string, into: Set<string>, depth = 0): void {
  const cls = classes.get(name);
  if (!cls) throw new Error(`cdktf class ${name} not found in its module`);
  // Terraform schemas are trees (no recursion); the guard only catches a parse gone wrong.
  if (depth > 40) throw new Error(`cdktf class ${name}: nesting deeper than 40 blocks`);
  if (cls.element) return getterPaths(classes, cls.element, prefix, into, depth);
  for (const leaf of cls.leaves) into.add(prefix + leaf);
  for (const [attribute, child] of cls.children) {
    into.add(prefix + attribute);
    getterPaths(classes, child, `${prefix}${attribute}.`, into, depth + 1);
  }
}

/**
 * Type names from the `.jsii` docs summaries (data-model.md §4.1), attributes from both the Config interfaces (inputs)
 * and the getters in lib/ (inputs and computed attributes), cross-checked: every resource the `.jsii` names has a
 * `tfResourceType` in lib/ and vice versa.
 */
export function readTerraformSchema(dir: string, family: Family, providerName: string = family): TerraformSchema {
  const jsii = JSON.parse(readFileSync(join(dir, '.jsii'), 'utf8')) as { types: Record<string, JsiiType> };
  const resources: AttributeTable = new Map();
  const dataSources: string[] = [];
  const versions = new Set<string>();
  for (const type of Object.values(jsii.types)) {
    if (type.kind !== 'class') continue;
    const m = REPRESENTS.exec(type.docs?.summary ?? '');
    if (!m) continue;
    const [, namespace, provider, version = '', kind, name = ''] = m;
    if (namespace !== 'hashicorp' || provider !== providerName) throw new Error(`${type.fqn}: names ${namespace}/${provider}, expected hashicorp/${providerName}`);
    if (!name.startsWith(`${family}_`)) throw new Error(`${type.fqn}: type ${name} lacks the ${family}_ prefix`);
    versions.add(version);
    if (kind === 'data-sources') {
      dataSources.push(name);
      continue;
    }
    if (resources.has(name)) throw new Error(`${name}: two classes represent it`);
    const paths = new Set<string>();
    const config = type.initializer?.parameters?.find((p) => p.name === 'config')?.type.fqn;
    if (!config) throw new Error(`${type.fqn}: no config parameter`);
    configPaths(jsii.types, config, '', paths, []);
    resources.set(name, paths);
  }
  if (versions.size !== 1) throw new Error(`${dir}: docs name several provider versions: ${[...versions].join(', ')}`);

  const fromLib = new Set<string>();
  for (const module of readdirSync(join(dir, 'lib'), { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    // Large modules split their structs into index-structs/structs<N>.js (referenced as `index_structs_1.X`).
    const files = readdirSync(join(dir, 'lib', module.name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const classes = new Map<string, JsClass>();
    const roots = new Map<string, string>();
    for (const f of files) {
      const parsed = parseCdktfModule(readFileSync(join(dir, 'lib', module.name, f), 'utf8'));
      for (const [k, v] of parsed.classes) classes.set(k, v);
      for (const [k, v] of parsed.roots) roots.set(k, v);
    }
    for (const [type, cls] of roots) {
      // A data source can share its resource's name (`DataAwsInstance.tfResourceType = "aws_instance"`).
      const base = classes.get(cls)?.base;
      if (base === 'cdktf.TerraformDataSource') fromLib.add(`data.${type}`);
      else if (base === 'cdktf.TerraformResource') {
        fromLib.add(type);
        const paths = resources.get(type);
        if (paths) getterPaths(classes, cls, '', paths);
      } else if (base !== 'cdktf.TerraformProvider') throw new Error(`${module.name}: ${cls} (${type}) extends ${base}`);
    }
  }
  const named = new Set([...resources.keys(), ...dataSources.map((t) => `data.${t}`)]);
  const onlyLib = [...fromLib].filter((t) => !named.has(t));
  const onlyJsii = [...named].filter((t) => !fromLib.has(t));
  if (onlyLib.length + onlyJsii.length > 0) throw new Error(`${family}: .jsii and lib/ disagree: only in lib ${onlyLib.join(', ')}; only in .jsii ${onlyJsii.join(', ')}`);
  return { resources, dataSources: dataSources.sort(), upstreamVersion: [...versions][0] ?? '' };
}

// ---------------------------------------------------------------------------------------------------------------
// Pulumi, from the SDKs' .js (tokens, aliases) and .d.ts (properties)

export interface PulumiSchema {
  /** token → input and output property paths (camelCase). */
  resources: AttributeTable;
  /** alias token → the tokens of the resources that declare it. */
  aliasOwners: Map<string, Set<string>>;
  /** Tokens whose paths stop above a nesting depth (see `expand`), with that depth. */
  truncated: Map<string, number>;
}

/** Most types have a few hundred paths; the largest complete ones (AWS Lex intents) about 2,000. */
export const MAX_PULUMI_PATHS = 5000;

interface Prop {
  name: string;
  type: string;
}
type TypeTable = Map<string, Prop[]>;

function propertyName(name: ts.PropertyName, sf: ts.SourceFile): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText(sf);
}

function membersOf(node: ts.ClassDeclaration | ts.InterfaceDeclaration, sf: ts.SourceFile): Prop[] {
  const props: Prop[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) && !ts.isPropertySignature(member)) continue;
    if (ts.getCombinedModifierFlags(member as ts.Declaration) & (ts.ModifierFlags.Static | ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
    const name = propertyName(member.name, sf);
    if (name.startsWith('__')) continue;
    props.push({ name, type: member.type?.getText(sf) ?? '' });
  }
  return props;
}

/** Interfaces of types/input.d.ts or types/output.d.ts by qualified name (`ec2.InstanceRootBlockDevice`, `core.v1.PodSpec`). */
function readTypeTable(file: string): TypeTable {
  const table: TypeTable = new Map();
  if (!existsSync(file)) return table;
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const visit = (statements: ts.NodeArray<ts.Statement>, prefix: string): void => {
    for (const s of statements) {
      if (ts.isInterfaceDeclaration(s)) table.set(prefix + s.name.text, membersOf(s, sf));
      else if (ts.isModuleDeclaration(s)) {
        let body = s.body;
        let name = `${prefix}${s.name.getText(sf)}.`;
        while (body && ts.isModuleDeclaration(body)) {
          name += `${body.name.getText(sf)}.`;
          body = body.body;
        }
        if (body && ts.isModuleBlock(body)) visit(body.statements, name);
      }
    }
  };
  visit(sf.statements, '');
  return table;
}

const TYPE_REFERENCE = /\b(inputs|outputs)\.([A-Za-z_][\w.]*)/g;

/**
 * The property paths below a resource's own properties, breadth first. A nested type already on the path is not
 * entered again (recursive types), and a resource whose next level would pass MAX_PULUMI_PATHS keeps the levels
 * above it: Azure's network responses embed each other (a subnet's interfaces' subnets…) and would otherwise give
 * hundreds of thousands of paths per type.
 */
function expand(roots: Prop[][], tables: Record<'inputs' | 'outputs', TypeTable>): { paths: Set<string>; cutAt?: number } {
  interface Level {
    props: Prop[];
    prefix: string;
    stack: string[];
  }
  const paths = new Set<string>();
  let level: Level[] = roots.map((props) => ({ props, prefix: '', stack: [] }));
  for (let depth = 0; level.length > 0; depth++) {
    const added: string[] = [];
    const next: Level[] = [];
    for (const { props, prefix, stack } of level) {
      for (const p of props) {
        const path = prefix + p.name;
        added.push(path);
        for (const m of p.type.matchAll(TYPE_REFERENCE)) {
          const kind = m[1] as 'inputs' | 'outputs';
          const key = `${kind}.${m[2]}`;
          const nested = tables[kind].get(m[2] ?? '');
          if (nested && !stack.includes(key)) next.push({ props: nested, prefix: `${path}.`, stack: [...stack, key] });
        }
      }
    }
    if (depth > 0 && new Set([...paths, ...added]).size > MAX_PULUMI_PATHS) return { paths, cutAt: depth };
    for (const path of added) paths.add(path);
    level = next;
  }
  return { paths };
}

function jsFiles(dir: string, into: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'types') jsFiles(join(dir, entry.name), into);
    } else if (entry.name.endsWith('.js')) into.push(join(dir, entry.name));
  }
  return into.sort();
}

/**
 * Tokens from `static __pulumiType = '<token>'` (a provider's is its package name: the engine types it
 * `pulumi:providers:<name>`), aliases from `aliases: [{ type: "<token>" }]`, properties from the class's readonly
 * outputs and its `<Class>Args` inputs in the sibling .d.ts, nested types from types/{input,output}.d.ts.
 */
export function readPulumiSchema(dir: string, packageName: string): PulumiSchema {
  const tables = { inputs: readTypeTable(join(dir, 'types', 'input.d.ts')), outputs: readTypeTable(join(dir, 'types', 'output.d.ts')) };
  const resources: AttributeTable = new Map();
  const aliasOwners = new Map<string, Set<string>>();
  const truncated = new Map<string, number>();
  for (const file of jsFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    const declared = code.split('static __pulumiType = ').length - 1;
    if (declared === 0) continue;
    const found = [...code.matchAll(/^class (\w+) extends [\w.]+ \{[\s\S]*?static __pulumiType = '([^']+)'/gm)];
    if (found.length !== 1 || declared !== 1) throw new Error(`${relative(dir, file)}: ${declared} __pulumiType declarations, ${found.length} recognised`);
    const [, className = '', raw = ''] = found[0] ?? [];
    const token = raw.includes(':') ? raw : `pulumi:providers:${raw}`;
    if (raw.includes(':') ? !raw.startsWith(`${packageName}:`) : raw !== packageName) throw new Error(`${relative(dir, file)}: token ${raw} outside package ${packageName}`);
    if (resources.has(token)) throw new Error(`${token}: declared twice`);
    for (const list of code.matchAll(/aliases: \[([^\]]*)\]/g)) {
      for (const a of (list[1] ?? '').matchAll(/type: "([^"]+)"/g)) {
        const alias = a[1] ?? '';
        if (alias === token) continue;
        const owners = aliasOwners.get(alias) ?? new Set<string>();
        owners.add(token);
        aliasOwners.set(alias, owners);
      }
    }
    const dts = file.replace(/\.js$/, '.d.ts');
    const sf = ts.createSourceFile(dts, readFileSync(dts, 'utf8'), ts.ScriptTarget.Latest, false);
    const roots: Prop[][] = [];
    let foundClass = false;
    for (const s of sf.statements) {
      const name = (ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s)) && s.name ? s.name.text : '';
      if (ts.isClassDeclaration(s) && name === className) foundClass = true;
      if ((ts.isClassDeclaration(s) && name === className) || (ts.isInterfaceDeclaration(s) && name === `${className}Args`)) roots.push(membersOf(s, sf));
    }
    if (!foundClass) throw new Error(`${relative(dir, dts)}: no class ${className}`);
    const { paths, cutAt } = expand(roots, tables);
    if (cutAt !== undefined) truncated.set(token, cutAt);
    resources.set(token, paths);
  }
  return { resources, aliasOwners, truncated };
}

/**
 * The alias map: an alias maps to the one resource that declares it. Aliases declared by several resources
 * (Kubernetes API versions all alias each other) and aliases a resource declares back are left out: the token then
 * stands for itself. Azure's versioned aliases follow `versionlessAzureToken` and are not stored.
 */
export function aliasMap(schema: PulumiSchema): { aliases: Record<string, string>; byRule: number; ambiguous: number } {
  const aliases: Record<string, string> = {};
  let byRule = 0;
  let ambiguous = 0;
  for (const [alias, owners] of [...schema.aliasOwners].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [owner] = owners;
    if (owners.size !== 1 || !owner) {
      ambiguous++;
      continue;
    }
    if (schema.aliasOwners.get(owner)?.has(alias)) {
      ambiguous++;
      continue;
    }
    if (versionlessAzureToken(alias) === owner) {
      byRule++;
      continue;
    }
    aliases[alias] = owner;
  }
  return { aliases, byRule, ambiguous };
}

// ---------------------------------------------------------------------------------------------------------------
// Railway, from the provider's generated docs (tfplugindocs Markdown)

export interface RailwaySource {
  repository: string;
  tag: string;
  commit: string;
  docs: string[];
  resources: Record<string, string[]>;
}

/**
 * One `docs/resources/<name>.md` page: top-level attributes from the `- \`name\`` lines before the first nested
 * schema, nested ones under `### Nested Schema for \`a.b\``.
 */
export function parseTfPluginDoc(markdown: string): { type: string; attributes: string[] } {
  const type = /^# (\w+) \(Resource\)$/m.exec(markdown)?.[1];
  if (!type) throw new Error('not a tfplugindocs resource page');
  const schema = markdown.slice(markdown.indexOf('## Schema'));
  const attributes = new Set<string>();
  let prefix = '';
  for (const line of schema.split('\n')) {
    const nested = /^### Nested Schema for `([\w.]+)`/.exec(line);
    if (nested) prefix = `${nested[1]}.`;
    else if (/^## /.test(line) && !line.startsWith('## Schema')) break;
    const attribute = /^- `(\w+)`/.exec(line)?.[1];
    if (attribute) attributes.add(prefix + attribute);
  }
  for (const a of [...attributes]) {
    for (let i = a.indexOf('.'); i > 0; i = a.indexOf('.', i + 1)) attributes.add(a.slice(0, i));
  }
  return { type, attributes: [...attributes].sort() };
}

/** Rewrites RAILWAY_SOURCE from a checkout's docs/resources (only when `--railway-docs <dir>` is given). */
function railwayFromDocs(docsDir: string, commit: string, tag: string): RailwaySource {
  const files = readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();
  const resources: Record<string, string[]> = {};
  for (const f of files) {
    const { type, attributes } = parseTfPluginDoc(readFileSync(join(docsDir, f), 'utf8'));
    resources[type] = attributes;
  }
  return { repository: 'https://github.com/terraform-community-providers/terraform-provider-railway', tag, commit, docs: files.map((f) => `docs/resources/${f}`), resources };
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function writeAttributes(file: string, table: AttributeTable): number {
  const sorted: Record<string, string[]> = {};
  for (const type of [...table.keys()].sort()) sorted[type] = [...(table.get(type) ?? [])].sort();
  // mtime 0 in the gzip header: the same input gives the same bytes.
  const bytes = gzipSync(`${JSON.stringify(sorted)}\n`, { level: 9 });
  writeFileSync(file, bytes);
  return bytes.length;
}

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

export async function generate(options: { families?: Family[]; railwayDocs?: { dir: string; commit: string; tag: string } } = {}): Promise<void> {
  const want = (f: Family): boolean => !options.families || options.families.includes(f);
  mkdirSync(SCHEMA_DIR, { recursive: true });
  const typesFile = join(SCHEMA_DIR, 'types.json');
  // --only keeps the other families as they are; a full run starts afresh.
  const index: TypesIndex = options.families && existsSync(typesFile) ? (JSON.parse(readFileSync(typesFile, 'utf8')) as TypesIndex) : { format: 1, generated: '', families: {} };
  index.generated = new Date().toISOString().slice(0, 10);
  const work = mkdtempSync(join(tmpdir(), 'deploy-gate-schema-'));
  try {
    for (const familyName of FAMILIES.filter(want)) {
      const packages = TERRAFORM_PACKAGES.filter((s) => s.family === familyName);
      if (packages.length === 0) continue;
      const resources: AttributeTable = new Map();
      const dataSources = new Set<string>();
      const sources: SchemaSource[] = [];
      for (const source of packages) {
        log(`fetch ${source.package}@${source.version}`);
        const { dir, integrity } = fetchPackage(source, work);
        const provider = source.provider ?? source.family;
        const schema = readTerraformSchema(dir, source.family, provider);
        if (`hashicorp/${provider} ${schema.upstreamVersion}` !== source.upstream) throw new Error(`${source.package}@${source.version} binds hashicorp/${provider} ${schema.upstreamVersion}, not ${source.upstream}: update TERRAFORM_PACKAGES`);
        const paths = [...schema.resources.values()].reduce((n, s) => n + s.size, 0);
        log(`${source.package}: ${schema.resources.size} resources, ${schema.dataSources.length} data sources, ${paths} attribute paths`);
        for (const [type, set] of schema.resources) resources.set(type, new Set([...(resources.get(type) ?? []), ...set]));
        for (const type of schema.dataSources) dataSources.add(type);
        sources.push({ package: source.package, version: source.version, upstream: source.upstream, integrity });
        rmSync(dir, { recursive: true, force: true });
      }
      const prefix = `${familyName}_`;
      const family = (index.families[familyName] ??= {});
      family.terraform = {
        sources,
        prefix,
        resources: [...resources.keys()].sort().map((t) => t.slice(prefix.length)),
        dataSources: [...dataSources].sort().map((t) => t.slice(prefix.length)),
      };
      const size = writeAttributes(join(SCHEMA_DIR, `${familyName}.terraform.attrs.json.gz`), resources);
      const paths = [...resources.values()].reduce((n, s) => n + s.size, 0);
      log(`${familyName} terraform: ${resources.size} resources, ${dataSources.size} data sources, ${paths} attribute paths, ${size} bytes gzipped`);
    }
    for (const source of PULUMI_PACKAGES.filter((s) => want(s.family))) {
      log(`fetch ${source.package}@${source.version}`);
      const { dir, integrity } = fetchPackage(source, work);
      const packageName = PULUMI_PACKAGE_NAMES[source.family];
      if (!packageName) throw new Error(`${source.family}: no Pulumi package name`);
      const schema = readPulumiSchema(dir, packageName);
      const { aliases, byRule, ambiguous } = aliasMap(schema);
      const provider = `pulumi:providers:${packageName}`;
      const family = (index.families[source.family] ??= {});
      family.pulumi = {
        sources: [{ package: source.package, version: source.version, upstream: source.upstream, integrity }],
        package: packageName,
        ...(schema.resources.has(provider) ? { provider } : {}),
        modules: groupTokens(packageName, [...schema.resources.keys()].filter((t) => t !== provider)),
        aliases,
      };
      const size = writeAttributes(join(SCHEMA_DIR, `${source.family}.pulumi.attrs.json.gz`), schema.resources);
      const paths = [...schema.resources.values()].reduce((n, s) => n + s.size, 0);
      const cut = [...schema.truncated].map(([t, d]) => `${t} (paths of at most ${d} segments)`).join(', ') || 'none';
      log(`${source.family} pulumi: ${schema.resources.size} tokens, ${Object.keys(aliases).length} aliases stored, ${byRule} by the versioned-Azure rule, ${ambiguous} ambiguous or mutual; ${paths} attribute paths, ${size} bytes gzipped; cut at ${MAX_PULUMI_PATHS} paths: ${cut}`);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (want('railway')) {
    const sourceFile = join(ROOT, RAILWAY_SOURCE);
    if (options.railwayDocs) {
      const { dir, commit, tag } = options.railwayDocs;
      writeFileSync(sourceFile, `${JSON.stringify(railwayFromDocs(dir, commit, tag), null, 2)}\n`);
    }
    const railway = JSON.parse(readFileSync(sourceFile, 'utf8')) as RailwaySource;
    const table: AttributeTable = new Map(Object.entries(railway.resources).map(([t, a]) => [t, new Set(a)]));
    const note: SchemaSource = { package: railway.repository, version: railway.tag, upstream: `terraform-community-providers/railway ${railway.tag} (commit ${railway.commit}, ${railway.docs.length} pages of docs/resources)` };
    for (const type of table.keys()) if (!type.startsWith('railway_')) throw new Error(`${RAILWAY_SOURCE}: ${type} lacks the railway_ prefix`);
    index.families.railway = { terraform: { sources: [note], prefix: 'railway_', resources: [...table.keys()].sort().map((t) => t.slice('railway_'.length)), dataSources: [] } };
    writeAttributes(join(SCHEMA_DIR, 'railway.terraform.attrs.json.gz'), table);
    writeFileSync(join(SCHEMA_DIR, 'railway.json'), `${JSON.stringify({ source: note, resources: Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, s]) => [t, [...s].sort()])) }, null, 2)}\n`);
    log(`railway terraform: ${table.size} resources`);
  }
  index.families = Object.fromEntries(FAMILIES.filter((f) => index.families[f]).map((f) => [f, index.families[f]]));
  writeFileSync(typesFile, `${JSON.stringify(index)}\n`);
  log(`wrote ${relative(ROOT, typesFile)} (${readFileSync(typesFile).length} bytes)`);
}

function parseArgs(argv: string[]): Parameters<typeof generate>[0] {
  const options: NonNullable<Parameters<typeof generate>[0]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') options.families = (argv[++i] ?? '').split(',') as Family[];
    else if (arg === '--railway-docs') {
      const [dir = '', commit = '', tag = ''] = [argv[++i], argv[++i], argv[++i]];
      if (!/^[0-9a-f]{40}$/.test(commit) || !tag) throw new Error('usage: --railway-docs <docs/resources dir> <commit sha> <tag>');
      options.railwayDocs = { dir, commit, tag };
    } else throw new Error(`unknown argument ${arg}; usage: gen-schema-index [--only aws,google,…] [--railway-docs <dir> <commit> <tag>]`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await generate(parseArgs(process.argv.slice(2)));
}
