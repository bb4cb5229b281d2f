// Approvals bound to what they were given for: the plan (its fingerprint) and the repository. Each case gates its plan
// for CORPUS_REPOSITORY with one approval in an approvals file, as `deploy-gate check --approvals --repository` does.
import type { Obj, PulumiStep, TfResource } from './envelopes.js';
import { ACCOUNT, CORPUS_REPOSITORY, pu, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const EBS = 'terraform/infracost-tf1011-ebs-attachment.plan.json (aws_ebs_volume shape)';
/** The repository an approval was copied from: another repository of the same owner, planning the same code. */
const OTHER = 'acme/billing';

function volume(id: string, name: string): Obj {
  return {
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/${id}`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, id, iops: 3000, kms_key_id: '',
    multi_attach_enabled: false, outpost_arn: '', size: 500, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({ Name: name, env: 'staging' }),
  };
}

const pvolume = (id: string) => ({ id, inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3', tags: { env: 'staging' }, tagsAll: { env: 'staging' } } });

export function approvalCases(): CorpusCase[] {
  const meta = (expect: 'block' | 'allow', why: string) => ({ class: 'approval-binding' as const, expect, ...(expect === 'block' ? { rules: ['no-stateful-delete'] } : {}), why, from: EBS });
  const tfOne = (): TfResource[] => [{ type: 'aws_ebs_volume', name: 'orders_data', actions: ['delete'], reason: DEL, before: volume('vol-0d4e5f6a7b8c9d0e1', 'orders-data') }];
  const tfTwo = (): TfResource[] => [...tfOne(), { type: 'aws_ebs_volume', name: 'reports_data', actions: ['delete'], reason: DEL, before: volume('vol-0e5f6a7b8c9d0e1f2', 'reports-data') }];
  const P = { stack: 'staging', project: 'orders' };
  const puOne = (): PulumiStep[] => [{ op: 'delete', type: 'aws:ebs/volume:Volume', name: 'orders-data', old: pvolume('vol-0d4e5f6a7b8c9d0e1') }];
  const puTwo = (): PulumiStep[] => [...puOne(), { op: 'delete', type: 'aws:ebs/volume:Volume', name: 'reports-data', old: pvolume('vol-0e5f6a7b8c9d0e1f2') }];
  return [
    {
      ...tf('approval-from-another-repository', meta('block', `The approvals file holds an approval of this exact fingerprint, copied from ${OTHER}, whose identical plan (same path, addresses, actions, volume id) it was given for. The gate runs for ${CORPUS_REPOSITORY}: no one approved the delete here (docs/security.md, issue 12).`), tfOne()),
      approval: { repository: OTHER },
    },
    {
      ...tf('approval-given-in-this-repository', meta('allow', `The same delete, approved for ${CORPUS_REPOSITORY}, where the gate runs: the approval names this fingerprint and this repository, so it clears the block (docs/configuration.md#approvals).`), tfOne()),
      approval: { repository: CORPUS_REPOSITORY },
    },
    {
      ...tf('approval-of-the-plan-before-it-changed', meta('block', `The approval (for ${CORPUS_REPOSITORY}) names the fingerprint of this plan file as it was one push earlier, when it deleted only orders_data; the plan now also deletes reports_data, so the fingerprint moved and the approval clears nothing (docs/configuration.md#approvals).`), tfTwo()),
      approval: { of: 'tf-approval-given-in-this-repository.plan.json', repository: CORPUS_REPOSITORY },
    },
    {
      ...tf('approval-past-its-last-day', meta('block', `The approval names this exact fingerprint and ${CORPUS_REPOSITORY}, but its \`expires\` day was yesterday: an entry left in the approvals file after its plan was applied must not clear a later plan that deletes an object created again under the same name (docs/security.md).`), tfOne()),
      approval: { repository: CORPUS_REPOSITORY, expires: -1 },
    },
    {
      ...pu('approval-from-another-repository', meta('block', `An approval of this exact fingerprint copied from ${OTHER}, whose copy of the project plans the identical delete (same URN, volume id). Given there, it approves nothing in ${CORPUS_REPOSITORY} (docs/security.md, issue 12).`), P, puOne()),
      approval: { repository: OTHER },
    },
    {
      ...pu('approval-given-in-this-repository', meta('allow', `The same delete, approved for ${CORPUS_REPOSITORY}: the approval names this fingerprint and the repository the gate runs for, so it clears the block.`), P, puOne()),
      approval: { repository: CORPUS_REPOSITORY },
    },
    {
      ...pu('approval-past-its-last-day', meta('block', `An approval of this exact preview for ${CORPUS_REPOSITORY} whose \`expires\` day has passed: it clears nothing, and the report lists it as expired.`), P, puOne()),
      approval: { repository: CORPUS_REPOSITORY, expires: -1 },
    },
    {
      ...pu('approval-of-the-plan-before-it-changed', meta('block', 'The approval names the fingerprint of the preview before the last push, which deleted only orders-data; this preview also deletes reports-data, so the fingerprint moved and the approval clears nothing.'), P, puTwo()),
      approval: { of: 'pulumi-approval-given-in-this-repository.preview.json', repository: CORPUS_REPOSITORY },
    },
  ];
}
