// The reader target's oracle may excuse an allowed mutant of a data-deleting plan only when its edits change what
// the plan destroys and it is still a consistent plan (bench/fuzz/meaning.ts). An excuse that is too wide would
// let the fuzzer miss bugs, so this checks it against the finds that were real bugs: none of them is excused,
// while the finds kept as the oracle's own mistakes are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classify, editsOf, explainedAllow, inconsistency, resolvePath } from '../bench/fuzz/meaning.js';
import { baseFiles, type ReaderInput, type Regression } from '../bench/fuzz/targets.js';

const dir = join(import.meta.dirname, 'fuzz-regressions');
const byName = new Map(baseFiles().map((file) => [file.slice(file.lastIndexOf('/') + 1), file]));
const allowFinds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((file) => ({ file, regression: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Regression }))
  .filter(({ regression }) => regression.target === 'reader' && /was allowed/.test(regression.found))
  .map(({ file, regression }) => {
    const input = regression.input as ReaderInput;
    const base = JSON.parse(readFileSync(byName.get(input.name)!, 'utf8')) as unknown;
    return { file, regression, input, base, oracleMistake: regression.fix?.startsWith('No gate bug') ?? false };
  });

describe('the oracle excuses what changes meaning, and no real find', () => {
  test('both kinds are there', () => {
    expect(allowFinds.filter((f) => f.oracleMistake).length).toBeGreaterThanOrEqual(20);
    expect(allowFinds.filter((f) => !f.oracleMistake).length).toBeGreaterThanOrEqual(100);
  });

  test.for(allowFinds.map((f) => [f.file, f] as const))('%s', ([, f]) => {
    const why = explainedAllow(f.input.how, Buffer.from(f.input.bytes, 'base64'), f.base);
    if (f.oracleMistake) expect(why).toMatch(/changes what the plan destroys/);
    else expect(why, `${f.input.how} was a real bug: the oracle must not excuse it`).toBeUndefined();
  });
});

describe('its parts', () => {
  const tf = (changes: unknown[], prior: unknown[] = []) => ({ format_version: '1.2', resource_changes: changes, prior_state: { values: { root_module: { resources: prior } } } });
  const del = { address: 'aws_ebs_volume.data', type: 'aws_ebs_volume', change: { actions: ['delete'], before: { id: 'vol-1' }, after: null } };

  test('consistency: sides, actions, sections', () => {
    expect(inconsistency(tf([del], [{ address: 'aws_ebs_volume.data', mode: 'managed' }]))).toBeUndefined();
    expect(inconsistency(tf([], [{ address: 'aws_ebs_volume.data', mode: 'managed' }]))).toMatch(/no change names it/);
    expect(inconsistency(tf([{ ...del, change: { ...del.change, actions: ['create'] } }]))).toMatch(/create with an object before/);
    expect(inconsistency(tf([{ ...del, change: { ...del.change, actions: ['DELETE'] } }]))).toMatch(/actions/);
    expect(inconsistency({ steps: [{ op: 'delete' }], changeSummary: { delete: 0 } })).toMatch(/changeSummary.delete/);
    expect(inconsistency({ steps: [{ op: 'SAME' }], changeSummary: {} })).toBeUndefined(); // read as a delete by the reader
  });

  test('classification of edits', () => {
    const preview = { steps: [{ op: 'same', urn: 'urn:pulumi:s::p::pulumi:pulumi:Stack::p-s' },
      { op: 'delete', urn: 'urn:pulumi:s::p::kubernetes:apps/v1:StatefulSet::db', oldState: { type: 'kubernetes:apps/v1:StatefulSet', outputs: { spec: { replicas: 1, volumeClaimTemplates: [{}], persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' } } } } }] };
    const kind = (how: string) => editsOf(`x.json: ${how}`).map((e) => classify({ ...e, path: resolvePath(preview, e.path) }, preview, true));
    expect(kind('/steps/1/oldState/outputs/spec/persistentVolumeClaimRetentionPolicy removed')).toEqual(['legit']); // the API default
    expect(kind('/steps/1/oldState/outputs/spec/volumeClaimTemplates/0 removed')).toEqual(['legit']);
    expect(kind('/steps/1/oldState/outputs/spec/volumeClaimTemplates = "delete"')).toEqual(['poison']);
    expect(kind('/steps/1/oldState/outputs/spec/replicas = -1')).toEqual(['neutral']);
    expect(kind('/steps/1/op = "same"')).toEqual(['legit']);
    expect(kind('/steps/1/op string edit #0')).toEqual(['poison']);
    expect(kind('/steps/0/op string edit #0')).toEqual(['neutral']); // the stack's op
    expect(kind('/steps/1/urn string edit #3')).toEqual(['poison']);
    expect(kind('/steps/1 removed; /changeSummary/delete = 0')).toEqual(['legit', 'legit']);
  });
});
