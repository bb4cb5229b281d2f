// Properties over the whole catalog (fast-check): any data-holding type's delete blocks, and any container's delete
// with a data child in it blocks, in either tool's spelling, whatever else the plan holds.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Catalog, noUniqueData, type CatalogEntry } from '../policy/catalog/catalog.js';
import { protects } from '../policy/catalog/guards.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { emptyPlan, type Change, type Plan, type Properties, type Resource } from '../policy/model/plan.js';
import { rules } from '../policy/rules/index.js';

const SEED = Number(process.env.DEPLOY_GATE_FUZZ_SEED ?? 20261202);
const runs = (n: number) => ({ seed: SEED, numRuns: Number(process.env.DEPLOY_GATE_FUZZ_RUNS ?? 0) || n });

const catalog = new Catalog();
const entries = catalog.entries();
const names = (e: CatalogEntry) => [e.terraform, e.pulumi, ...(e.aliases ?? [])].filter((n): n is string => n !== undefined);

// Data types whose delete, with no attributes at all, destroys data: not abandoned by a provider default, and no
// attribute fact that holds with nothing set (a PV defaults to Retain).
const destroyable = entries.filter((e) => e.role === 'data' && !noUniqueData(e, {})
  && !(e.guards ?? []).some((g) => g.deletion === 'abandoned' && protects(g, {}) === true));
const dataTypes = destroyable.flatMap(names);
// Containers whose children name them by a property, and which cascade with nothing set.
const parents = entries.filter((e) => e.role === 'container' && !e.container?.cascadesWhen
  && e.container?.cascades.some((c) => c.by === 'parent-property'));

function resource(type: string, name: string, properties: Properties): Resource {
  const address = type.includes(':') ? `urn:pulumi:dev::app::${type}::${name}` : `${type}.${name}`;
  return { address, type, name, mode: 'managed', properties, unknown: [], protection: {}, references: [] };
}

function change(r: Resource, action: 'delete' | 'replace'): Change {
  return {
    resource: r, action, raw: action === 'replace' ? 'delete,create' : 'delete', before: r.properties,
    ...(action === 'replace' ? { after: r.properties } : {}), beforeProtection: {}, afterProtection: {}, reasons: [], destroysObject: true,
  };
}

function gate(plan: Plan) {
  return evaluate([plan], { rules, now: new Date('2026-12-02T00:00:00Z') });
}

const bystander = fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), tags: fc.dictionary(fc.constantFrom('env', 'team', 'Name'), fc.string({ maxLength: 8 })) });

describe('catalog-wide properties', () => {
  test('the catalog has data types and containers to draw from', () => {
    expect(dataTypes.length).toBeGreaterThan(300);
    expect(parents.length).toBeGreaterThan(3);
  });

  test('any data-holding type deleted or replaced blocks, without an approval', () => {
    fc.assert(fc.property(fc.constantFrom(...dataTypes), fc.constantFrom('delete', 'replace') as fc.Arbitrary<'delete' | 'replace'>, fc.array(bystander, { maxLength: 4 }), (type, action, others) => {
      const plan = emptyPlan({ format: type.includes(':') ? 'pulumi-preview' : 'terraform-plan', kind: 'plan' });
      plan.changes.push(change(resource(type, 'data', { tags: { env: 'dev' } }), action));
      for (const [i, other] of others.entries()) plan.resources.push(resource('aws_security_group', `${other.name}-${i}`, { tags: other.tags }));
      const report = gate(plan);
      expect(report.verdict).toBe('block');
      expect(report.findings.some((f) => f.rule === 'no-stateful-delete' && f.level === 'block' && f.resource === plan.changes[0]!.resource.address)).toBe(true);
    }), runs(300));
  });

  test('any container deleted with a data child that names it blocks, in either tool', () => {
    fc.assert(fc.property(fc.constantFrom(...parents), fc.constantFrom(...dataTypes), (parent, childType) => {
      const cascade = parent.container!.cascades.find((c) => c.by === 'parent-property') as Extract<NonNullable<CatalogEntry['container']>['cascades'][number], { by: 'parent-property' }>;
      // The child must be of a family the cascade reaches.
      fc.pre(!cascade.childFamilies || cascade.childFamilies.includes(catalog.entry(childType)?.family ?? ''));
      const parentType = names(parent)[0]!;
      const set = (path: string, value: string): Properties => path.split('.').reduceRight<unknown>((acc, key) => ({ [key]: acc }), value) as Properties;
      const plan = emptyPlan({ format: parentType.includes(':') ? 'pulumi-preview' : 'terraform-plan', kind: 'plan' });
      plan.changes.push(change(resource(parentType, 'box', set(cascade.parentProperty, 'box-1')), 'delete'));
      plan.resources.push(resource(childType, 'inside', set(cascade.childProperty, 'box-1')));
      const report = gate(plan);
      expect(report.findings.some((f) => f.rule === 'no-stateful-delete' && f.level === 'block' && f.resource === plan.changes[0]!.resource.address)).toBe(true);
    }), runs(300));
  });
});
