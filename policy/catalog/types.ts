// What the catalog knows about one resource type: the only home of that knowledge. Rules ask the catalog; no rule
// names a provider type. Property paths are Terraform's snake_case with dots for nested blocks and no list indices
// (`point_in_time_recovery.enabled`); `read.ts` resolves them through Terraform's block lists and tries Pulumi's
// camelCase spelling, so one entry serves both tools. Every path is checked against the providers' published
// schemas (policy/catalog/schema, test: catalog.schema.test.ts).

import type { Properties } from '../model/plan.js';

/** Every kind of data the catalog knows; `dataTypes.extra[].kind` in deploy-gate.yml must be one of them. */
export const DATA_KINDS = [
  'volume',
  'snapshot',
  'database',
  'database-snapshot',
  'table',
  'bucket',
  'object',
  'file-system',
  'cache',
  'warehouse',
  'search-domain',
  'stream',
  'queue',
  'directory',
  'backup-vault',
  'registry',
  'key',
  'secret',
  'log',
  'persistent-volume',
] as const;

export type DataKind = (typeof DATA_KINDS)[number];

/** The kind of a `dataTypes.extra` entry that names none. */
export const DEFAULT_EXTRA_KIND: DataKind = 'volume';

/**
 * What a type is, for the gate:
 * - `data`: holds data; deleting or replacing it destroys the data (subject to its attribute facts);
 * - `container`: holds other resources, and deleting it deletes them (a namespace, a resource group, a stack);
 * - `guard`: a separate resource that protects data (versioning, a lock, a backup policy, a lifecycle…);
 * - `link`: points at data (attach, mount, grant, replicate, back up);
 * - `none`: holds no data. Named explicitly for types whose names suggest storage.
 */
export type Role = 'data' | 'container' | 'guard' | 'link' | 'none';

/** A fact about a resource's own attributes, with the reason a person reads. */
export interface Predicate {
  /** Attribute paths the predicate reads (checked against the schema index). */
  attributes: string[];
  /** Why it matters, in a sentence: shown in findings and docs. */
  reason: string;
  /**
   * It asks only whether its attributes are set, never for their values: a masked (sensitive) value is set, so it
   * does not make the predicate unreadable (an object whose `content` the provider marks sensitive still carries it).
   */
  presence?: boolean;
  test(properties: Properties): boolean;
}

/**
 * A field that protects data. `protects` says which values protect:
 * `true`/`false`: the boolean value that protects; `more`: a number of days (or count), more is safer;
 * `values`: one of `safeValues` protects.
 * `default` is the provider's value when the field is unset (from the provider docs, named in `source`).
 */
export interface GuardField {
  path: string;
  /** Pulumi's path where it is not the camelCase of `path` (repeated blocks are plural: `rules.lifecycle.deleteAfter`). */
  pulumiPath?: string;
  protects: true | false | 'more' | 'values';
  safeValues?: readonly string[];
  /**
   * The value the field takes when it is not set. A provider writes its schema's default into the state when it
   * creates the object, so a state that holds the field as null (one written by a provider version before the field
   * existed, or an edited file) is read by the provider as its zero value, not as the default: a default that
   * protects is then not assumed (guards.ts effectiveValue), unless `unsetInStateProtects` says otherwise.
   */
  default?: boolean | number | string;
  /**
   * The provider documents that a null in its state protects as the default does ("true or unset in Terraform state
   * fails the destroy": AlloyDB, GKE): a null keeps the default.
   */
  unsetInStateProtects?: true;
  /**
   * A deletion guard: while it protects, the provider `refused`s the delete, the delete stays `recoverable` for a
   * while (a waiting period, soft delete), or the delete is `abandoned`: the tool forgets the object and leaves it in
   * place (Firestore's ABANDON). require-delete-protection counts these; no-stateful-delete passes an abandoned delete.
   */
  deletion?: 'refused' | 'recoverable' | 'abandoned';
  /**
   * For a `values` field whose safe values mean different things: the values under which the delete is abandoned
   * (the tool forgets the object and leaves it in place, or only disables it: a Secret Manager version's DISABLE),
   * while the other safe values refuse it. Pulumi gcp's generic deletionPolicy: PREVENT fails the delete, ABANDON
   * deletes nothing in the API. no-stateful-delete passes such a delete.
   */
  abandonedBy?: readonly string[];
  /** Weakening it takes away the recovery of deleted or overwritten data (backups, versions, retention). */
  recovery?: boolean;
  /**
   * It decides only what data created after the change gets, never what exists: a StorageClass's reclaim policy is
   * copied into each volume it provisions, and a volume keeps its own. Weakening it unprotects no existing data, so
   * no-protection-downgrade does not report it.
   */
  prospective?: boolean;
  /**
   * What it decides about backups, for no-colocated-backups: `final-snapshot` (a snapshot is taken at delete),
   * `kept-after-delete` (automated backups survive the delete), `retention` (0 means no automated backups).
   */
  backup?: 'final-snapshot' | 'kept-after-delete' | 'retention';
  /**
   * The field guards only while this holds on the same properties: a periodic backup's retention means nothing once
   * the backup type is Continuous. A change to properties where it does not hold weakens nothing through this field
   * (another field, the backup type, judges that change).
   */
  appliesWhen?: Predicate;
  /** What it is, for messages ("deletion protection", "point-in-time recovery"). */
  what: string;
  /** Where the fact comes from (provider docs file, data-model.md section). */
  source: string;
  /**
   * For `more`: only a cut to at most this value counts as weakening (e.g. 0 retention); unset, any cut counts.
   * In days for a `duration` field.
   */
  weakAtOrBelow?: number;
  /**
   * For `more`: the value (and `default`) is a duration string, Go-style ("600s", "1h30m", "7d") or ISO 8601
   * ("P1W", "PT0S"), compared in days (duration.ts). A value that does not parse says nothing (neither weak nor safe).
   */
  duration?: boolean;
}

export interface RetainedBy {
  canonical: string;
  property: string;
  key: string;
  /** Why the data stays, for messages. */
  reason: string;
  source: string;
}

/** Data deleted on a timer: a lifecycle rule that expires data. */
export interface Expiry {
  attributes: string[];
  /** The expirations the properties configure: the shortest age in days after which live data is deleted, per rule. */
  expirations(properties: Properties): Array<{ rule: string; days: number; everything: boolean }>;
  source: string;
}

/** A separate guard resource: which data it protects, and what its removal does. */
export interface GuardOf {
  /** Property naming the data resource it protects (bucket, table, vault, file system, scope); unset when it names none (a backup plan). */
  target?: string;
  /** What deleting the guard resource does to the data, for messages; unset when its removal weakens nothing. */
  removal?: string;
  /** When it guards at all, read on its state before the plan (a lien guards a project only if it restricts its delete); unset: always. */
  when?: Predicate;
}

/** How a container's delete reaches the data inside. */
export type Cascade =
  /** Children name the container by a property (`metadata.namespace`, `resource_group_name`, `project`). */
  | { by: 'parent-property'; childProperty: string; parentProperty: string; childFamilies?: readonly string[] }
  /**
   * Nested blocks destroyed with the resource (`ebs_block_device` with `delete_on_termination`). `paths` lists the
   * spellings: Pulumi pluralizes repeated blocks (`ebsBlockDevices`, `volumeClaimTemplates`).
   */
  | { by: 'nested'; paths: readonly string[]; destroyed: Predicate; kind: DataKind; label: string }
  /** A template the container deploys (CloudFormation `template_body`). */
  | { by: 'template'; property: string }
  /**
   * An inline block that is the data (Railway's `volume`): gone with the container or when the block is removed. It
   * is one object (a nested attribute: `volume = { … }`), never a list, so a list there is a shape the provider does
   * not write, and says nothing of the volume.
   */
  | { by: 'inline'; path: string; kind: DataKind }
  /**
   * Kubernetes objects the container rendered and deletes with it (a Helm release uninstalls them), each judged as its
   * kind (Catalog.judgeObject): `manifest`, the rendered objects (JSON or multi-document YAML, rendered.ts); `names`,
   * where the manifest is absent, the kinds and names of what it created (Pulumi's `resourceNames`).
   */
  | { by: 'rendered'; manifest: string; names?: string }
  /**
   * Every object of a kind the container defines (a CustomResourceDefinition: deleting it deletes all objects of its
   * kind, in every namespace), each judged as that kind (Catalog.judgeObject): `group` and `kind` name it, `versions`
   * the API versions it is served in (each `name`).
   */
  | { by: 'kind'; group: string; kind: string; versions: string };

export interface ContainerSpec {
  cascades: Cascade[];
  /** When the delete cascades at all (e.g. only with `deletion_policy = DELETE`). Unset: always. */
  cascadesWhen?: Predicate;
  /**
   * When the plan shows no data inside: `data` treats the delete as destroying data (the container nearly always
   * holds some, as a Railway environment holds its services' volumes); `warn` warns that contents outside the plan
   * are unknown; `none`: what the cascades name is all it can destroy.
   */
  unknownContents: 'data' | 'warn' | 'none';
  /** Why, for messages and docs. */
  reason: string;
  source: string;
  /**
   * A scale-down that deletes data: the count at `count` falls while `when` holds (a StatefulSet whose
   * whenScaled is Delete deletes the claims of the pods above the new count).
   */
  scaleDown?: { count: string; when: Predicate };
}

/** Resources that point at storage: the property holding the storage id and the kind it points at. */
export interface StorageLink {
  property: string;
  kind: DataKind;
  verb: 'attaches' | 'mounts' | 'reads' | 'grants access to' | 'replicates' | 'backs up';
}

/**
 * What a resource does for backups, for no-colocated-backups:
 * - `snapshot`: a copy of `source` (a volume, a database); `copy` names the type that moves it to another region or
 *   account, its property naming the snapshot, and the ARN property of both;
 * - `plan`: a backup plan whose `rules` keep recovery points in `vault` and copy them by `copies[].destination`;
 * - `schedule`: a snapshot schedule (Data Lifecycle Manager) whose copy rules must leave the region;
 * - `replication`: replicates the bucket `source` to `destinations[].bucket`;
 * - `selection`: puts `resources` under the backup plan `plan`.
 */
export type BackupSpec =
  | { by: 'snapshot'; source: string; copy?: { canonical: string; source: string; arn: string } }
  | { by: 'plan'; rules: readonly string[]; ruleName: string; vault: string; copies: readonly string[]; destination: string }
  | { by: 'schedule' }
  | { by: 'replication'; source: string; rules: readonly string[]; destinations: string; destinationBucket: string }
  /** Assigns `resources` to the backup plan `plan`. */
  | { by: 'selection'; plan: string; resources: string };

/** Where a grant of a role on a scope keeps the role and the scope. */
export interface RoleGrant {
  /**
   * Paths of the granted role: a name (`roles/editor`, Azure's `role_definition_name`) or an id whose last segment
   * names it (Azure's `role_definition_id`: `…/roleDefinitions/<GUID of a built-in role>`).
   */
  roles: readonly string[];
  /** Path of an IAM policy document whose `bindings[].role` are granted (a google_*_iam_policy's `policy_data`). */
  policyData?: string;
  /**
   * What the scope spans: every resource of a Google Cloud project, folder or organization, every namespace of a
   * Kubernetes cluster (a ClusterRoleBinding), or the Azure scope id at `scope`.
   */
  reach: 'project' | 'folder' | 'organization' | 'cluster' | 'azure-scope';
  /** Path of the scope: project id, folder, organization id, Azure scope id; for a cluster-wide binding, its name. */
  scope: string;
  /** Path of an IAM condition that may narrow the grant (Google Cloud `condition.expression`, Azure ABAC `condition`). */
  condition?: string;
  /**
   * Where a role of the plan is defined, for roles that are not built in: the entry `canonical` whose `name` is the
   * granted role, and the path of its rules (`verbs`, `resources` in each), as a Kubernetes ClusterRole's.
   */
  definedBy?: { canonical: string; name: string; rules: string };
}

export interface CatalogEntry {
  /** Provider family: aws, google, azurerm, kubernetes, railway. */
  family: string;
  /** Short canonical name shared by both tools, e.g. `aws.ebs.volume`. */
  canonical: string;
  /** Terraform type, e.g. `aws_ebs_volume`. */
  terraform?: string;
  /** Pulumi type token, e.g. `aws:ebs/volume:Volume`. */
  pulumi?: string;
  /** More names of the same type: deprecated Terraform names, Pulumi aliases, Cloud Control tokens. */
  aliases?: readonly string[];
  role: Role;
  data?: {
    kind: DataKind;
    /** Attribute facts under which deleting it destroys no unique data (a read replica, a cache without persistence). */
    noUniqueData?: readonly Predicate[];
    /** For a backup vault locked by design (no separate lock resource exists or is needed): why. */
    locked?: string;
    /**
     * Another resource that decides whether the data outlives this one's delete, found in the plan: the resource of
     * the entry `canonical` whose `key` equals this resource's `property` (a claim's StorageClass, by name). When that
     * resource existed before the plan and every guard of its entry protects in its state before the plan (the class
     * retains the volumes it provisioned), deleting this resource leaves the data behind. Several may be named (a
     * claim's StorageClass, or the PersistentVolume it is bound to): any one of them found and protecting keeps it.
     */
    retainedBy?: readonly RetainedBy[];
  };
  /** Fields on this resource that protect its data (or, for a guard resource, the data it guards). */
  guards?: readonly GuardField[];
  /** Lifecycle rules on this resource (or the one it guards) that delete data on a timer. */
  expiry?: Expiry;
  /** For `guard` resources: the data they protect and what removing them does. */
  guardOf?: GuardOf;
  container?: ContainerSpec;
  links?: readonly StorageLink[];
  backup?: BackupSpec;
  /**
   * Identity and access: policy documents the credential rule reads. `identity` documents grant a principal;
   * `resource` documents (bucket, key, vault, table policies) are judged by the principals they admit.
   * `documentProperties`: paths of the documents (`*` = every element of a list); `policyArns`: paths of attached
   * managed policy ARNs; `computedDocument`: the provider computes a document when none is set (a KMS key gets its
   * default key policy), so one unknown at plan time is no reason to block.
   */
  iam?: { kind?: 'identity' | 'resource'; documentProperties: readonly string[]; policyArns?: readonly string[]; computedDocument?: boolean };
  /**
   * A role granted on a whole scope (a Google Cloud project, folder or organization IAM member, binding or policy; an
   * Azure role assignment): the credential rule judges the role by what it can delete and the scope by what it spans.
   */
  roleGrant?: RoleGrant;
  /**
   * A generic Kubernetes object (Terraform's `kubernetes_manifest`, Pulumi's CustomResource): it is whatever its
   * `kind` says. `path` is where the object (apiVersion, kind, metadata, spec) sits in the properties (`manifest`;
   * empty: the properties are the object). `tokens` matches further type names this entry stands for when neither
   * the catalog nor the schema index knows them: Pulumi's CustomResource-style `kubernetes:<apiVersion>:<kind>`.
   * `Catalog.view` gives the entry of the object's kind and the object to read its paths from; this entry's own role
   * is what a resource is judged as while its kind is unknown (until apply).
   */
  generic?: { path: string; tokens?: RegExp };
  /** Why a type whose name suggests storage holds none, or any other remark for the docs. */
  note?: string;
}
