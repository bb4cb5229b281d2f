// What the catalog knows about one resource type. Property names are given in Terraform's snake_case;
// `catalog/lookup.ts` also tries the camelCase spelling Pulumi uses, so one entry serves both tools.

export type DataKind =
  | 'volume'
  | 'snapshot'
  | 'database'
  | 'database-snapshot'
  | 'table'
  | 'bucket'
  | 'file-system'
  | 'cache'
  | 'warehouse'
  | 'search-domain'
  | 'backup-vault'
  | 'key'
  | 'secret'
  | 'persistent-volume';

/** A provider flag that must hold for the resource to be protected (e.g. `deletion_protection: true`). */
export interface ProtectionFlag {
  property: string;
  /**
   * `true`: protected only when the flag is true; `absent`: protected unless the flag is true; `window`: a waiting
   * period in days, protected when unset (the provider's default applies) or above 0.
   */
  safe: true | 'absent' | 'window';
  /** What turning it off does, for messages. */
  meaning: string;
}

export interface DataBearingType {
  kind: DataKind;
  /** Provider-native deletion guards. Empty when the provider has none: only protect/prevent_destroy help. */
  protectionFlags: ProtectionFlag[];
}

/** Resources that point at storage: the property holding the storage id and the kind it points at. */
export interface StorageLink {
  /** Property that names the storage (id, ARN or name). */
  property: string;
  kind: DataKind;
  /** What the link does, for messages: attaches, mounts, reads, grants. */
  verb: 'attaches' | 'mounts' | 'reads' | 'grants access to' | 'replicates' | 'backs up';
}

export interface TypeNames {
  /** Terraform type, e.g. `aws_ebs_volume`. */
  terraform?: string;
  /** Pulumi type token, e.g. `aws:ebs/volume:Volume`. */
  pulumi?: string;
}

export interface CatalogEntry extends TypeNames {
  /** Provider family: aws, kubernetes, railway. */
  family: string;
  /** Short canonical name shared by both tools, e.g. `aws.ebs.volume`. */
  canonical: string;
  data?: DataBearingType;
  links?: StorageLink[];
  /** Identity and access: policies and grants the credential rule reads. `*` in a path stands for every element of a list. */
  iam?: { documentProperties: string[] };
}
