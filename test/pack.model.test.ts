// The pack's mapping from CrossGuard arguments to the model, in-process (the gRPC tests cover the wiring).
import { unknownCheckingProxy } from '@pulumi/policy';
import { describe, expect, test } from 'vitest';
import { priorChanges, type PriorState } from '../policy/crossguard/prior-state.js';
import { readKnown, resourceFromAnalyzer } from '../policy/crossguard/to-model.js';
import { emptyPlan } from '../policy/model/plan.js';
import { MASK } from '../policy/model/redact.js';

const UNKNOWN_STRING = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const UNKNOWN_BOOL = '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7';
const opts = { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 } };
const urn = (type: string, name: string) => `urn:pulumi:staging::app::${type}::${name}`;

describe('readKnown', () => {
  test('copies out of the unknown-checking proxy, recording every unknown instead of throwing', () => {
    const props = unknownCheckingProxy({
      size: 100,
      deletionProtection: UNKNOWN_BOOL,
      tags: { env: 'staging', owner: UNKNOWN_STRING },
      rules: [{ name: 'a' }, UNKNOWN_STRING, { copy: [{ to: UNKNOWN_STRING }] }],
    });
    expect(() => props.deletionProtection).toThrow(/can't be known during preview/);
    expect(readKnown(props)).toEqual({
      properties: { size: 100, tags: { env: 'staging' }, rules: [{ name: 'a' }, undefined, { copy: [{}] }] },
      unknown: ['deletionProtection', 'tags.owner', 'rules.1', 'rules.2.copy.0.to'],
    });
  });
});

describe('resourceFromAnalyzer', () => {
  test('carries protect, references, provider and stack; masks secrets', () => {
    const volume = { urn: urn('aws:ebs/volume:Volume', 'data') };
    const resource = resourceFromAnalyzer({
      type: 'aws:ec2/volumeAttachment:VolumeAttachment',
      urn: urn('aws:ec2/volumeAttachment:VolumeAttachment', 'attach'),
      name: 'attach',
      props: unknownCheckingProxy({ volumeId: UNKNOWN_STRING, password: 'hunter2', token: 'abc', note: 'kept' }),
      opts: { ...opts, protect: true, additionalSecretOutputs: ['note'] },
      provider: { type: 'pulumi:providers:aws', urn: urn('pulumi:providers:aws', 'default'), name: 'default', props: unknownCheckingProxy({ region: 'us-west-2', accessKey: 'AKIA' }) },
      parent: { urn: urn('my:component:Thing', 'parent') },
      dependencies: [volume],
      propertyDependencies: { volumeId: [volume] },
    });
    expect(resource).toEqual({
      address: urn('aws:ec2/volumeAttachment:VolumeAttachment', 'attach'),
      type: 'aws:ec2/volumeAttachment:VolumeAttachment',
      name: 'attach',
      mode: 'managed',
      stack: 'staging',
      properties: { password: MASK, token: MASK, note: MASK },
      unknown: ['volumeId'],
      protection: { protect: true },
      references: [{ property: 'volumeId', target: volume.urn }, { property: '(parent)', target: urn('my:component:Thing', 'parent') }],
      provider: { name: urn('pulumi:providers:aws', 'default'), properties: { region: 'us-west-2', accessKey: MASK } },
    });
  });
});

describe('priorChanges', () => {
  const plan = emptyPlan({ format: 'pulumi-state', kind: 'state', tool: 'pulumi stack export' });
  const model = (name: string, type = 'aws:ebs/volume:Volume') =>
    resourceFromAnalyzer({ type, urn: urn(type, name), name, props: {}, opts });
  for (const name of ['kept', 'gone', 'renamed-old', 'read', 'unprotected']) plan.resources.push(model(name));
  const prior: Extract<PriorState, { kind: 'state' }> = {
    kind: 'state', origin: 'test', plan,
    states: new Map([
      [urn('aws:ebs/volume:Volume', 'kept'), { urn: urn('aws:ebs/volume:Volume', 'kept') }],
      [urn('aws:ebs/volume:Volume', 'gone'), { urn: urn('aws:ebs/volume:Volume', 'gone'), id: 'vol-1', protect: true, retainOnDelete: true }],
      [urn('aws:ebs/volume:Volume', 'renamed-old'), { urn: urn('aws:ebs/volume:Volume', 'renamed-old') }],
      [urn('aws:ebs/volume:Volume', 'read'), { urn: urn('aws:ebs/volume:Volume', 'read'), external: true }],
      [urn('aws:ebs/volume:Volume', 'unprotected'), { urn: urn('aws:ebs/volume:Volume', 'unprotected'), protect: true }],
    ]),
  };

  test('a delete for what is no longer registered (aliases honoured, reads ignored), a downgrade for protect removed', () => {
    const changes = priorChanges(prior, [
      { resource: model('kept'), aliases: [] },
      { resource: model('renamed-new'), aliases: [urn('aws:ebs/volume:Volume', 'renamed-old')] },
      { resource: model('unprotected'), aliases: [] },
    ]);
    expect(changes.map((c) => [c.action, c.resource.name, c.destroysObject, c.beforeProtection])).toEqual([
      ['delete', 'gone', true, { protect: true, retainOnDelete: true }],
      ['update', 'unprotected', false, { protect: true }],
    ]);
    expect(changes[0]).toMatchObject({ objectId: 'vol-1', afterProtection: {} });
  });
});
