import { describe, expect, test } from 'vitest';
import { Catalog } from './catalog.js';

const catalog = new Catalog();

describe('which types hold data', () => {
  test.for([
    // catalogued, under both tools' names
    ['aws_ebs_volume', true], ['aws:ebs/volume:Volume', true], ['aws_kms_replica_key', true], ['aws_dynamodb_global_table', true],
    ['aws_glacier_vault', true], ['aws_rds_global_cluster', true], ['aws-native:dynamodb:Table', true], ['railway_volume', true],
    ['kubernetes:core/v1:PersistentVolumeClaim', true],
    // guessed from the name: fail closed for stores the catalog does not know
    ['google_bigquery_dataset', true], ['azurerm_cosmosdb_account', true], ['azurerm_key_vault', true], ['google_kms_crypto_key', true],
    ['azurerm_postgresql_flexible_server', true], ['foo_disk', true],
    // configuration of storage, or nothing to do with it
    ['aws_security_group', false], ['aws_route_table', false], ['aws_db_subnet_group', false], ['aws_backup_vault_policy', false],
    ['azurerm_postgresql_flexible_server_firewall_rule', false], ['google_sql_user', false], ['aws_iam_role', false], ['aws_volume_attachment', false],
  ] as const)('%s holds data: %s', ([type, holds]) => {
    expect(catalog.dataVerdict(type).holdsData).toBe(holds);
  });

  test('config can add types and turn guessing off', () => {
    expect(new Catalog({ extraDataTypes: [{ type: 'acme_blob', kind: 'bucket' }] }).dataVerdict('acme_blob')).toMatchObject({ holdsData: true, kind: 'bucket' });
    expect(new Catalog({ guessUnknownTypes: false }).dataVerdict('foo_disk').holdsData).toBe(false);
  });
});
