// A Terraform plan of N resources with the shapes real plans have (prior_state, planned_values, configuration,
// resource_changes with AWS attributes), for timing and memory measurements. Derived from the shapes of
// test/fixtures/terraform/checkov-tf01223-aws-55-stateful.plan.json. By default only resource_changes and
// planned_values, about 380 bytes a resource (100,000 resources: 38 MB); `full` adds prior_state and configuration.
export function generatePlan(resources: number, options: { deleteVolume?: boolean; full?: boolean } = {}): Record<string, unknown> {
  const changes: unknown[] = [];
  const planned: unknown[] = [];
  const prior: unknown[] = [];
  const config: unknown[] = [];
  for (let i = 0; i < resources; i++) {
    const type = i % 3 === 0 ? 'aws_ebs_volume' : i % 3 === 1 ? 'aws_s3_bucket' : 'aws_security_group';
    const address = `${type}.r${i}`;
    const values = type === 'aws_ebs_volume'
      ? { size: 40 + (i % 7), id: `vol-${i.toString(16)}`, tags: { env: 'staging' } }
      : type === 'aws_s3_bucket'
        ? { force_destroy: false, id: `b-${i}`, tags: { env: 'staging' } }
        : { id: `sg-${i.toString(16)}`, ingress: [{ from_port: 443, cidr_blocks: ['10.0.0.0/8'] }] };
    const deleting = options.deleteVolume && i === 0;
    changes.push({
      address, mode: 'managed', type, name: `r${i}`, provider_name: 'aws',
      change: { actions: [deleting ? 'delete' : 'no-op'], before: values, after: deleting ? null : values, after_unknown: {} },
      ...(deleting ? { action_reason: 'delete_because_no_resource_config' } : {}),
    });
    prior.push({ address, mode: 'managed', type, name: `r${i}`, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} });
    if (!deleting) planned.push({ address, mode: 'managed', type, name: `r${i}`, values });
    if (!deleting) config.push({ address, mode: 'managed', type, name: `r${i}`, provider_config_key: 'aws', expressions: { tags: { constant_value: { env: 'staging' } } }, schema_version: 0 });
  }
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    ...(options.full ? {
      prior_state: { format_version: '1.0', terraform_version: '1.11.4', values: { root_module: { resources: prior } } },
      configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: 'us-east-1' } } } }, root_module: { resources: config } },
    } : {}),
    timestamp: '2026-01-01T00:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}
