// The guard's corpus: commands with the decision they must get. Used by the tests (every entry, plain and in
// disguise) and by the bench. `rule` names the refusal expected first, where it matters.

export interface CorpusEntry {
  command: string;
  expect: 'allow' | 'refuse';
  rule?: string;
}

const refuse = (command: string, rule?: string): CorpusEntry => (rule ? { command, expect: 'refuse', rule } : { command, expect: 'refuse' });
const allow = (command: string): CorpusEntry => ({ command, expect: 'allow' });

/** Destructive commands, written plainly. Each is also tried in every disguise below. */
export const DESTRUCTIVE: CorpusEntry[] = [
  // Pulumi
  refuse('pulumi destroy', 'pulumi-destroy'),
  refuse('pulumi destroy --yes --stack prod', 'pulumi-destroy'),
  refuse('pulumi -s acme/shop/prod destroy -y', 'pulumi-destroy'),
  refuse('pulumi --cwd infra destroy --yes', 'pulumi-destroy'),
  refuse('pulumi --color always destroy', 'pulumi-destroy'),
  refuse('pulumi down -y', 'pulumi-destroy'),
  refuse('pulumi up --yes', 'pulumi-up-without-gated-plan'),
  refuse('pulumi update --stack prod', 'pulumi-up-without-gated-plan'),
  refuse('pulumi up --skip-preview', 'pulumi-skip-preview'),
  refuse('pulumi up -f -y', 'pulumi-skip-preview'),
  refuse('pulumi up -yf', 'pulumi-skip-preview'),
  refuse('pulumi refresh --skip-preview --yes', 'pulumi-skip-preview'),
  refuse('pulumi up --ignore-protect --plan plan.json', 'pulumi-ignore-protect'),
  refuse('pulumi destroy --ignore-protect --preview-only', 'pulumi-ignore-protect'),
  refuse('pulumi state unprotect urn:pulumi:prod::shop::aws:rds/instance:Instance::db', 'pulumi-state-unprotect'),
  refuse('pulumi state unprotect --all --yes', 'pulumi-state-unprotect'),
  refuse('pulumi state delete urn:pulumi:prod::shop::aws:ebs/volume:Volume::data --force', 'pulumi-state-delete'),
  refuse('pulumi stack rm prod --yes', 'pulumi-stack-rm'),
  refuse('pulumi stack rm --force --yes acme/shop/prod', 'pulumi-stack-rm'),
  refuse('pulumi stack remove dev', 'pulumi-stack-rm'),
  refuse('pulumi up --target-replace urn:pulumi:prod::shop::aws:rds/instance:Instance::db --plan plan.json', 'pulumi-target-replace'),
  refuse('pulumi env rm acme/prod-secrets', 'pulumi-env-rm'),
  refuse('pulumi up --plan not-recorded.json', 'plan-not-gated'),
  refuse('pulumi up --plan missing-plan.json', 'plan-not-gated'),
  // Terraform, OpenTofu, Terragrunt, cdktf
  refuse('terraform destroy', 'terraform-destroy'),
  refuse('terraform destroy -auto-approve', 'terraform-destroy'),
  refuse('terraform -chdir=infra/prod destroy -auto-approve', 'terraform-destroy'),
  refuse('terraform apply -destroy -auto-approve', 'terraform-apply-destroy'),
  refuse('terraform apply -destroy=true', 'terraform-apply-destroy'),
  refuse('terraform apply', 'terraform-apply-without-gated-plan'),
  refuse('terraform apply -auto-approve', 'terraform-apply-without-gated-plan'),
  refuse('terraform apply -auto-approve -var env=prod -target aws_db_instance.main', 'terraform-apply-without-gated-plan'),
  refuse('terraform apply -replace=aws_db_instance.main -auto-approve', 'terraform-apply-without-gated-plan'),
  refuse('terraform apply not-recorded.tfplan', 'plan-not-gated'),
  refuse('terraform state rm aws_db_instance.main', 'terraform-state-rm'),
  refuse('terraform workspace delete -force prod', 'terraform-workspace-delete-force'),
  refuse('tofu destroy -auto-approve', 'terraform-destroy'),
  refuse('tofu apply', 'terraform-apply-without-gated-plan'),
  refuse('tofu state rm module.db', 'terraform-state-rm'),
  refuse('terragrunt destroy', 'terraform-destroy'),
  refuse('terragrunt run-all destroy --terragrunt-non-interactive', 'terraform-destroy'),
  refuse('terragrunt run --all apply', 'terraform-apply-without-gated-plan'),
  refuse('cdktf destroy --auto-approve', 'cdktf-destroy'),
  refuse('cdktf deploy --auto-approve prod', 'cdktf-deploy-without-gated-plan'),
  refuse('npx cdktf destroy', 'cdktf-destroy'),
  refuse('npx cdktf-cli@0.21 destroy prod', 'cdktf-destroy'),
  // AWS
  refuse('aws rds delete-db-instance --db-instance-identifier prod --skip-final-snapshot', 'aws-delete'),
  refuse('aws ec2 terminate-instances --instance-ids i-0abc', 'aws-delete'),
  refuse('aws ec2 delete-volume --volume-id vol-0abc', 'aws-delete'),
  refuse('aws --profile prod --region eu-west-1 dynamodb delete-table --table-name orders', 'aws-delete'),
  refuse('aws s3 rb s3://acme-data --force', 'aws-s3-rb-force'),
  refuse('aws s3 rm s3://acme-data --recursive', 'aws-s3-rm-recursive'),
  refuse('aws s3 rm --recursive s3://acme-data/2024/', 'aws-s3-rm-recursive'),
  refuse('aws s3 sync ./empty s3://acme-data --delete', 'aws-s3-sync-delete'),
  refuse('aws s3api delete-bucket --bucket acme-data', 'aws-delete'),
  refuse('aws cloudformation delete-stack --stack-name prod', 'aws-delete'),
  refuse('aws ecr batch-delete-image --repository-name app --image-ids imageTag=v1', 'aws-delete'),
  refuse('aws sqs purge-queue --queue-url https://sqs.eu-west-1.amazonaws.com/1/q', 'aws-delete'),
  refuse('aws rds modify-db-instance --db-instance-identifier prod --no-deletion-protection', 'aws-protection-off'),
  refuse('aws efs delete-file-system --file-system-id fs-1', 'aws-delete'),
  // GCP, Azure
  refuse('gcloud sql instances delete prod-db --quiet', 'gcloud-delete'),
  refuse('gcloud compute disks delete data-disk --zone europe-west1-b', 'gcloud-delete'),
  refuse('gcloud --project acme-prod projects delete acme-prod', 'gcloud-delete'),
  refuse('gcloud container clusters delete prod --region europe-west1', 'gcloud-delete'),
  refuse('gcloud storage rm -r gs://acme-data', 'gcloud-storage-rm-recursive'),
  refuse('gcloud storage buckets delete gs://acme-data', 'gcloud-delete'),
  refuse('gcloud firestore bulk-delete --collection-ids=orders', 'gcloud-delete'),
  refuse('gsutil -m rm -r gs://acme-data', 'gsutil-rm-recursive'),
  refuse('az group delete --name prod-rg --yes', 'az-delete'),
  refuse('az storage account delete -n acmedata -g prod', 'az-delete'),
  refuse('az sql db delete --name orders --server prod --resource-group rg', 'az-delete'),
  refuse('az keyvault purge --name acme-kv', 'az-delete'),
  refuse('az storage blob delete-batch --source data --account-name acme', 'az-delete'),
  // Kubernetes
  refuse('kubectl delete pvc data-postgres-0', 'kubectl-delete-storage'),
  refuse('kubectl delete pv pvc-123', 'kubectl-delete-storage'),
  refuse('kubectl delete namespace prod', 'kubectl-delete-storage'),
  refuse('kubectl delete ns prod', 'kubectl-delete-storage'),
  refuse('kubectl -n prod delete persistentvolumeclaim data-0', 'kubectl-delete-storage'),
  refuse('kubectl delete persistentvolumes --all', 'kubectl-delete-storage'),
  refuse('kubectl delete pvc/data-0 -n prod', 'kubectl-delete-storage'),
  refuse('kubectl delete pod,pvc -l app=db', 'kubectl-delete-storage'),
  refuse('kubectl delete crd clusters.postgresql.cnpg.io', 'kubectl-delete-storage'),
  refuse('kubectl --context prod delete -f k8s/', 'kubectl-delete-manifest'),
  refuse('oc delete project-ns namespace/prod', 'kubectl-delete-storage'),
  refuse('helm uninstall postgres -n prod', 'helm-uninstall'),
  // Railway and other platforms
  refuse('railway volume delete', 'railway-delete'),
  refuse('railway volume delete --volume data', 'railway-delete'),
  refuse('railway down', 'railway-down'),
  refuse('railway down -y', 'railway-down'),
  refuse('railway environment delete staging', 'railway-delete'),
  refuse('fly volumes destroy vol_123 -y', 'fly-delete'),
  refuse('flyctl apps destroy acme-prod', 'flyctl-delete'),
  refuse('heroku pg:reset DATABASE_URL --confirm acme', 'heroku-delete'),
  refuse('heroku apps:destroy acme --confirm acme', 'heroku-delete'),
  refuse('doctl databases delete 1234 --force', 'doctl-delete'),
  refuse('supabase db reset --linked', 'supabase-delete'),
  refuse('wrangler d1 delete prod-db', 'wrangler-delete'),
  refuse('neonctl branches delete main', 'neonctl-delete'),
  refuse('gh repo delete acme/shop --yes', 'gh-delete'),
  refuse('gh api -X DELETE repos/acme/shop', 'http-delete'),
  refuse('gh api graphql -f query=\'mutation { deleteProjectV2(input: {projectId: "p"}) { clientMutationId } }\'', 'graphql-destructive-mutation'),
  refuse('echo dnVsaGF6diBxcmZnZWJs | tr a-z n-za-m | sh', 'obfuscated-command'),
  // Direct API calls
  refuse('curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H "Content-Type: application/json" -d \'{"query":"mutation { volumeDelete(volumeId: \\"vol-1\\") }"}\'', 'graphql-destructive-mutation'),
  refuse('curl https://backboard.railway.app/graphql/v2 --json \'{"query":"mutation volumeDelete($id: String!) { volumeDelete(volumeId: $id) }","variables":{"id":"v"}}\'', 'graphql-destructive-mutation'),
  refuse('curl -s https://api.example.com/graphql -d \'{"query":"mutation { a: deleteProject(id: 1) { id } }"}\'', 'graphql-destructive-mutation'),
  refuse('curl https://api.example.com/graphql --data-urlencode \'query=mutation { serviceDelete(id: "x") }\'', 'graphql-destructive-mutation'),
  refuse('curl https://api.example.com/graphql -d query=mutation%20%7B%20databaseDrop%28id%3A1%29%20%7D', 'graphql-destructive-mutation'),
  refuse('curl -X DELETE https://api.render.com/v1/services/srv-123 -H "Authorization: Bearer $T"', 'http-delete'),
  refuse('curl -XDELETE https://api.fly.io/v1/apps/acme', 'http-delete'),
  refuse('curl -sSX DELETE https://api.cloudflare.com/client/v4/zones/z/dns_records/r', 'http-delete'),
  refuse('curl --request DELETE https://api.digitalocean.com/v2/volumes/v1', 'http-delete'),
  refuse('curl --request=DELETE https://api.vercel.com/v9/projects/p', 'http-delete'),
  refuse('curl -X POST -H "X-HTTP-Method-Override: DELETE" https://api.example.com/v1/buckets/b', 'http-delete'),
  refuse('curl -d _method=DELETE https://app.example.com/projects/1', 'http-delete'),
  refuse('wget --method=DELETE https://api.example.com/v1/db/1', 'http-delete'),
  refuse('wget --method DELETE -O- https://api.example.com/v1/db/1', 'http-delete'),
  refuse('wget --post-data=\'{"query":"mutation { dropDatabase(id: 1) }"}\' https://api.example.com/graphql', 'graphql-destructive-mutation'),
  refuse('http DELETE https://api.example.com/v1/volumes/1 "Authorization:Bearer x"', 'http-delete'),
  refuse('http POST https://api.example.com/graphql query=\'mutation { purgeCache(id: 1) }\'', 'graphql-destructive-mutation'),
  refuse('xh delete https://api.example.com/v1/volumes/1', 'http-delete'),
  refuse('node -e "fetch(\'https://backboard.railway.app/graphql/v2\', {method: \'POST\', body: JSON.stringify({query: \'mutation { volumeDelete(volumeId: \\"v\\") }\'})})"', 'graphql-destructive-mutation'),
  refuse('node -e "fetch(\'https://api.example.com/v1/db/1\', {method: \'DELETE\'})"', 'http-delete'),
  refuse('python3 -c "import requests; requests.delete(\'https://api.example.com/v1/volumes/1\')"', 'http-delete'),
  refuse('python -c "import boto3; boto3.client(\'rds\').delete_db_instance(DBInstanceIdentifier=\'prod\', SkipFinalSnapshot=True)"', 'sdk-destructive-call'),
  refuse('python3 -c "import boto3; boto3.client(\'ec2\').terminate_instances(InstanceIds=[\'i-1\'])"', 'sdk-destructive-call'),
  refuse('node -e "const {S3Client, DeleteBucketCommand} = require(\'@aws-sdk/client-s3\'); new S3Client({}).send(new DeleteBucketCommand({Bucket: \'b\'}))"', 'sdk-destructive-call'),
  refuse('node -e "require(\'child_process\').execSync(\'pulumi destroy --yes\')"', 'pulumi-destroy'),
  refuse('python3 -c "import subprocess; subprocess.run(\'terraform destroy -auto-approve\', shell=True)"', 'terraform-destroy'),
  refuse('deno eval "await fetch(\'https://api.example.com/x\', {method: \'DELETE\'})"', 'http-delete'),
  refuse('ruby -e "require \'net/http\'; Net::HTTP.new(\'api.example.com\').delete(\'/v1/db/1\')"', 'http-delete'),
  // SQL
  refuse('psql "$DATABASE_URL" -c "DROP TABLE users"', 'sql-drop'),
  refuse('psql -h prod-db.internal -U app -c \'DROP DATABASE shop\'', 'sql-drop'),
  refuse('mysql -h db.example.com -e "TRUNCATE orders"', 'sql-drop'),
  refuse('mysql -h db.example.com -e "DELETE FROM orders"', 'sql-drop'),
  refuse('redis-cli -h cache.example.com FLUSHALL', 'sql-drop'),
  refuse('mongosh "mongodb+srv://prod.example.net/shop" --eval "db.dropDatabase()"', 'sql-drop'),
  // Look-alike letters
  refuse('pulumі destroy', 'look-alike-command'),
  refuse('ｐｕｌｕｍｉ destroy', 'look-alike-command'),
  refuse('tеrraform destroy', 'look-alike-command'),
  refuse('kubесtl delete ns prod', 'look-alike-command'),
  refuse('pulu\u200bmi destroy', 'look-alike-command'),
];

/** Ways an agent (or a confused script) wraps a command; `X` is the command. */
export const DISGUISES: ((x: string) => string)[] = [
  (x) => `sudo ${x}`,
  (x) => `sudo -u deploy -E ${x}`,
  (x) => `env AWS_PROFILE=prod ${x}`,
  (x) => `FOO=1 BAR="a b" ${x}`,
  (x) => `bash -c ${sq(x)}`,
  (x) => `sh -lc ${sq(x)}`,
  (x) => `cd infra && ${x}`,
  (x) => `true; ${x}`,
  (x) => `(cd infra; ${x}${heredoc(x) ? '\n' : ''})`,
  (x) => `{ ${x}${end(x)}}`,
  (x) => `echo start | ${x}`,
  (x) => onFirstLine(x, ' | tee /tmp/out.log'),
  (x) => `echo "$(${x}${heredoc(x) ? '\n' : ''})"`,
  // Unquoted substitutions as arguments and as a redirection's target, and a redirection between a program and
  // its words (bash passes the words after the target on as arguments: `pulumi 2>/dev/null destroy`).
  (x) => `ls $(${x}${heredoc(x) ? '\n' : ''})`,
  (x) => (/[`\\]/.test(x) || heredoc(x) ? `echo $(${x}${heredoc(x) ? '\n' : ''})` : `echo \`${x}\``),
  (x) => `cat <(${x}${heredoc(x) ? '\n' : ''})`,
  (x) => `echo > $(${x}${heredoc(x) ? '\n' : ''})`,
  (x) => (/^[A-Za-z0-9_./-]+ /.test(x) && !heredoc(x) ? x.replace(' ', ' 2>/dev/null ') : onFirstLine(x, ' 2>/dev/null')),
  (x) => `timeout 300 ${x}`,
  (x) => `nohup ${onFirstLine(x, ' > /dev/null 2>&1 &')}`,
  (x) => `bash <<'EOF'\n${x}\nEOF`,
  (x) => `echo ${sq(x)} | bash`,
  (x) => `eval ${sq(x)}`,
  (x) => `ssh bastion ${sq(x)}`,
  (x) => `sudo bash -c ${sq(`cd /srv && ${x}`)}`,
  (x) => `if true; then ${x}${end(x)}fi`,
  (x) => `for i in 1; do ${x}${end(x)}done`,
  // Several lines inside one double-quoted string: each line is a command of its own.
  (x) => `sh -c "cd infra\n${dq(x)}"`,
  (x) => `bash -c "\n\n${dq(x)}\n"`,
  (x) => `eval "true\n${dq(x)}"`,
];

/**
 * A multi-line command (a here-document) is closed on a line of its own: `EOF; }` is not the document's end, and
 * bash would run nothing. What follows a command goes on its first line, before the document (found by the fuzz
 * run: the wrong shapes made shell that bash rejects, so "refused" proved nothing).
 */
function end(x: string): string {
  return heredoc(x) ? '\n' : '; ';
}

function onFirstLine(x: string, suffix: string): string {
  const nl = x.indexOf('\n');
  return !heredoc(x) ? `${x}${suffix}` : `${x.slice(0, nl)}${suffix}${x.slice(nl)}`;
}

/** A command with a here-document (a backslash-newline or a quoted newline is not one). */
function heredoc(x: string): boolean {
  return x.includes('<<') && x.includes('\n');
}

/** Double quotes around text, escaping what stays special inside them. */
function dq(text: string): string {
  return text.replace(/[\\"$`]/g, (c) => `\\${c}`);
}

function sq(text: string): string {
  return `'${text.replaceAll('\'', '\'\\\'\'')}'`;
}

/** Destructive commands only seen in disguise (escapes and quoting a naive matcher misses). */
export const DISGUISED: CorpusEntry[] = [
  refuse('p\\ulumi destroy', 'pulumi-destroy'),
  // A redirection after the last stage of a pipeline is that command's, however the grammar hangs it (found by the
  // long fuzz run: the here-document was given to the first stage, and python read "start").
  refuse('echo start | python3 - <<\'EOF\'\nimport requests\nrequests.delete("https://api.example.com/v1/volumes/1")\nEOF', 'http-delete'),
  refuse('true | bash <<EOF\npulumi destroy --yes\nEOF', 'pulumi-destroy'),
  // Classes of the long fuzz run (test/fuzz-regressions/): a word that expands to nothing, an assignment after a
  // prefix, a program's own -v read as `command -v`, a brace list the grammar cuts, output through sudo, a
  // here-document after a list.
  refuse('pulumi stack rm${UNSET:-} prod --yes', 'pulumi-stack-rm'),
  refuse('terraform de${NOTHING}stroy', 'terraform-destroy'),
  refuse('time A=1 pulumi destroy', 'pulumi-destroy'),
  refuse('command docker run --rm -v $PWD:/w pulumi/pulumi pulumi destroy --yes', 'pulumi-destroy'),
  refuse('{pulumi,} destroy', 'pulumi-destroy'),
  refuse('sudo echo \'pulumi destroy\' | bash', 'pulumi-destroy'),
  refuse('cd infra && true | bash <<EOF\npulumi destroy\nEOF', 'pulumi-destroy'),
  refuse('echo "$((cd infra; pulumi destroy))"', 'pulumi-destroy'),
  refuse('timeout 300 echo \'pulumi destroy\' | bash', 'pulumi-destroy'),
  refuse('terraform des\u0000troy', 'terraform-destroy'),
  refuse('time { pulumi destroy; }', 'pulumi-destroy'),
  refuse('time { curl -X DELETE https://api.fly.io/v1/apps/acme; }', 'http-delete'),
  refuse('! { echo \'$\'\\\'\'\\x70ulumi\'\\\'\' destroy\' | bash; }', 'pulumi-destroy'),
  refuse('sudo -u deploy -E echo \'pulumi destroy\' | bash', 'pulumi-destroy'),
  // Destruction without a delete: keys scheduled for deletion or disabled, versioning, PITR, backups, soft delete
  // and retention policies turned off, protection flags in each CLI's spelling, expiring lifecycle rules.
  refuse('aws kms schedule-key-deletion --key-id 1234abcd --pending-window-in-days 7', 'aws-data-weakened'),
  refuse('aws kms disable-key --key-id 1234abcd', 'aws-data-weakened'),
  refuse('aws s3api put-bucket-versioning --bucket prod --versioning-configuration Status=Suspended', 'aws-data-weakened'),
  refuse('aws dynamodb update-continuous-backups --table-name orders --point-in-time-recovery-specification PointInTimeRecoveryEnabled=false', 'aws-data-weakened'),
  refuse('aws rds modify-db-instance --db-instance-identifier prod --backup-retention-period 0 --apply-immediately', 'aws-data-weakened'),
  refuse('aws s3api put-bucket-lifecycle-configuration --bucket prod --lifecycle-configuration \'{"Rules":[{"ID":"x","Status":"Enabled","Filter":{},"Expiration":{"Days":1}}]}\'', 'aws-data-weakened'),
  refuse('aws dynamodb update-table --table-name orders --no-deletion-protection-enabled', 'aws-protection-off'),
  refuse('aws cloudformation update-termination-protection --stack-name prod --no-enable-termination-protection', 'aws-protection-off'),
  refuse('gcloud kms keys versions destroy 1 --key k --keyring r --location global', 'gcloud-delete'),
  refuse('gcloud storage buckets update gs://prod --no-versioning', 'gcloud-data-weakened'),
  refuse('gcloud storage buckets update gs://prod --clear-soft-delete', 'gcloud-data-weakened'),
  refuse('gcloud sql instances patch prod --no-backup', 'gcloud-data-weakened'),
  refuse('az storage account blob-service-properties update --account-name acct --enable-delete-retention false', 'az-data-weakened'),
  refuse('az storage account blob-service-properties update --account-name acct --enable-versioning false', 'az-data-weakened'),
  refuse('kubectl patch pv pv-data -p \'{"spec":{"persistentVolumeReclaimPolicy":"Delete"}}\'', 'kubectl-retention-weakened'),
  refuse('aws s3api put-bucket-lifecycle-configuration --bucket prod --lifecycle-configuration file://expire.json', 'aws-data-weakened'),
  refuse('kubectl patch pv pv-data --patch-file reclaim-delete.json', 'kubectl-retention-weakened'),
  refuse('kubectl patch pv pv-data --patch-file=reclaim-delete.json', 'kubectl-retention-weakened'),
  // A body it cannot read is unknown, and the line names a guarded tool: refused.
  refuse('aws s3api put-bucket-lifecycle-configuration --bucket prod --lifecycle-configuration file://missing.json', 'not-understood'),
  refuse('kubectl patch statefulset db --type merge -p \'{"spec":{"persistentVolumeClaimRetentionPolicy":{"whenDeleted":"Delete"}}}\'', 'kubectl-retention-weakened'),
  // Data no plan shows: a database's data directory, the root, a home directory, container volumes.
  refuse('rm -rf /var/lib/postgresql/data', 'rm-data'),
  refuse('sudo rm -r -f /var/lib/mysql', 'rm-data'),
  refuse('rm -rf /', 'rm-data'),
  refuse('rm -rf --no-preserve-root /', 'rm-data'),
  refuse('rm -fr ~', 'rm-data'),
  refuse('rm -rf /home/*', 'rm-data'),
  refuse('rm -rf "$HOME"', 'rm-data'),
  refuse('rm --recursive --force /var/lib/docker/volumes/pgdata', 'rm-data'),
  refuse('find /var/lib/postgresql -delete', 'rm-data'),
  refuse('sudo find -L /var/lib/mysql -type f -exec rm -f {} +', 'rm-data'),
  refuse('find ~ -name "*" -delete', 'rm-data'),
  // Whole databases dropped by the client utilities, not only by SQL text.
  refuse('dropdb -h db.prod.internal orders', 'sql-drop'),
  refuse('sudo -u postgres dropdb --if-exists orders', 'sql-drop'),
  refuse('mysqladmin -h db.prod -u root -f drop shop', 'sql-drop'),
  // SDK methods named, not called by name: a command class handed on, a method looked up by a string.
  refuse('node -e "const s3 = require(\'@aws-sdk/client-s3\'); const C = s3.DeleteBucketCommand; new s3.S3Client({}).send(new C({ Bucket: \'b\' }))"', 'sdk-destructive-call'),
  refuse('python3 -c "import boto3; getattr(boto3.client(\'rds\'), \'delete_db_instance\')(DBInstanceIdentifier=\'prod\', SkipFinalSnapshot=True)"', 'sdk-destructive-call'),
  // Programs with no table of their own, whose subcommands say they delete; disks wiped; backups pruned.
  refuse('turso db destroy prod --yes', 'unknown-program-delete'),
  refuse('vault kv metadata delete secret/prod/db', 'unknown-program-delete'),
  refuse('cbt -instance prod deletetable events', 'unknown-program-delete'),
  refuse('rclone purge remote:acme-prod', 'unknown-program-delete'),
  refuse('s3cmd del --recursive s3://acme-prod', 'unknown-program-delete'),
  refuse('mc rb --force local/acme', 'unknown-program-delete'),
  refuse('etcdctl del "" --prefix', 'unknown-program-delete'),
  refuse('zfs destroy -r tank/data', 'unknown-program-delete'),
  refuse('npm run db:drop', 'unknown-program-delete'),
  refuse('make destroy ENV=prod', 'unknown-program-delete'),
  refuse('mkfs.ext4 /dev/nvme1n1', 'disk-wipe'),
  refuse('sudo dd if=/dev/zero of=/dev/xvdf bs=1M', 'disk-wipe'),
  refuse('wipefs -a /dev/sdb', 'disk-wipe'),
  refuse('lvremove -f /dev/vg0/data', 'disk-wipe'),
  refuse('restic -r s3:s3.amazonaws.com/acme-backups forget --keep-last 0 --prune', 'backup-delete'),
  refuse('borg prune --keep-daily 0 /backups/repo', 'backup-delete'),
  refuse('bq rm -r -f -d acme:analytics', 'gcloud-delete'),
  refuse('gcloud alpha storage rm --recursive gs://acme-prod', 'gcloud-storage-rm-recursive'),
  refuse('sqlcmd -S prod.database.windows.net -Q "DROP DATABASE shop"', 'sql-drop'),
  refuse('clickhouse-client --host ch.prod --query "TRUNCATE TABLE events"', 'sql-drop'),
  refuse('cqlsh cassandra.prod -e "DROP KEYSPACE app"', 'sql-drop'),
  refuse('docker volume rm pgdata', 'container-volume-delete'),
  refuse('docker volume prune -f', 'container-volume-delete'),
  refuse('docker compose down -v', 'container-volume-delete'),
  refuse('docker compose -f prod.yml down --volumes', 'container-volume-delete'),
  refuse('docker-compose down -v', 'container-volume-delete'),
  refuse('podman volume rm data', 'container-volume-delete'),
  refuse('docker system prune -a --volumes -f', 'container-volume-delete'),
  // Each wrapper's options as its one definition reads them (wrappers.ts), for what a stage prints as for what it runs.
  refuse('sudo --role admin --host db1 echo \'pulumi destroy\' | bash', 'pulumi-destroy'),
  refuse('nice -n 5 ionice -c 3 env A=1 stdbuf -o0 echo \'terraform destroy\' | sh', 'terraform-destroy'),
  refuse('timeout -k 5 30s nohup printf \'pulumi destroy\' | bash', 'pulumi-destroy'),
  refuse('echo start | cat <<EOF | curl https://api.example.com/graphql -d @-\n{"query": "mutation { volumeDelete(volumeId: \\"v\\") }"}\nEOF', 'graphql-destructive-mutation'),
  refuse('printf x | node <<< \'fetch("https://api.example.com/v1/db/1", { method: "DELETE" })\'', 'http-delete'),
  refuse('"pulumi" "destroy"', 'pulumi-destroy'),
  refuse('pu""lumi de\'\'stroy', 'pulumi-destroy'),
  refuse('$\'\\x70ulumi\' destroy', 'pulumi-destroy'),
  refuse('$\'\\160\\165\\154\\165\\155\\151\' $\'\\x64estroy\'', 'pulumi-destroy'),
  refuse('/usr/local/bin/pulumi destroy', 'pulumi-destroy'),
  refuse('./node_modules/.bin/cdktf destroy', 'cdktf-destroy'),
  refuse('PULUMI destroy', 'pulumi-destroy'),
  refuse('pulumi {destroy,preview}', 'pulumi-destroy'),
  refuse('terraform des\\\ntroy', 'terraform-destroy'),
  refuse('command pulumi destroy', 'pulumi-destroy'),
  refuse('exec terraform destroy', 'terraform-destroy'),
  refuse('nice -n 10 terraform destroy', 'terraform-destroy'),
  refuse('xargs -n1 aws s3 rb --force < buckets.txt', 'aws-s3-rb-force'),
  refuse('find . -name "*.tfstate" -exec terraform destroy \\;', 'terraform-destroy'),
  refuse('env -S "pulumi destroy --yes"', 'pulumi-destroy'),
  refuse('watch -n 60 kubectl delete ns scratch', 'kubectl-delete-storage'),
  refuse('npx pulumi destroy', 'pulumi-destroy'),
  refuse('npm exec -- pulumi destroy', 'pulumi-destroy'),
  refuse('yarn pulumi destroy', 'pulumi-destroy'),
  refuse('uv run aws s3 rm s3://b --recursive', 'aws-s3-rm-recursive'),
  refuse('op run -- terraform destroy', 'terraform-destroy'),
  refuse('doppler run -- pulumi destroy', 'pulumi-destroy'),
  refuse('aws-vault exec prod -- aws rds delete-db-instance --db-instance-identifier x', 'aws-delete'),
  refuse('kubectl exec -it tools -- aws s3 rm s3://b --recursive', 'aws-s3-rm-recursive'),
  refuse('bash -c "bash -c \\"sh -c \'pulumi destroy\'\\""', 'pulumi-destroy'),
  refuse('echo cHVsdW1pIGRlc3Ryb3k= | base64 -d | bash', 'obfuscated-command'),
  refuse('echo cHVsdW1pIGRlc3Ryb3k= | base64 --decode | sh', 'obfuscated-command'),
  refuse('$(echo pulumi) destroy', 'not-understood'),
  refuse('$TOOL destroy --yes', 'not-understood'),
  refuse('pulumi $CMD', 'not-understood'),
  refuse('cmd=destroy; pulumi "$cmd"', 'not-understood'),
  refuse('terraform apply "$PLAN"', 'plan-not-gated'),
  refuse('bash -c "$DELETE_ALL_CMD"', 'not-understood'),
  refuse(`${'$('.repeat(45)} pulumi destroy`),
  refuse(`${'$('.repeat(45)}pulumi destroy`),
  refuse(`echo ${'"$('.repeat(40)} terraform destroy`),
  refuse('pulumi destroy $(', 'pulumi-destroy'),
  refuse('curl https://api.example.com/graphql -d @mutation.json', 'graphql-destructive-mutation'),
  refuse('curl https://api.example.com/graphql -d @missing-body.json', 'not-understood'),
  refuse('cat <<EOF | curl https://api.example.com/graphql -d @-\n{"query": "mutation { volumeDelete(volumeId: \\"v\\") }"}\nEOF', 'graphql-destructive-mutation'),
  refuse('python3 - <<\'EOF\'\nimport requests\nrequests.delete("https://api.example.com/v1/volumes/1")\nEOF', 'http-delete'),
  refuse('psql -h db.example.com <<SQL\nDROP TABLE orders;\nSQL', 'sql-drop'),
  refuse('echo "hello" > ~/.local/state/deploy-gate/overrides.jsonl', 'guard-self-protection'),
  refuse('rm -f ~/.local/state/deploy-gate/gated-plans.jsonl', 'guard-self-protection'),
  refuse('sed -i s/guard/x/ .claude/settings.json', 'guard-self-protection'),
  refuse('cp /tmp/empty.json ~/.cursor/hooks.json', 'guard-self-protection'),
  refuse('deploy-gate guard -- pulumi destroy', 'pulumi-destroy'),
  refuse('script -qc "terraform destroy" /dev/null', 'terraform-destroy'),
  refuse('TF_CLI_ARGS_apply=-destroy terraform apply gated.tfplan', 'terraform-cli-args'),
  refuse('bash -euo pipefail -c "pulumi destroy --yes"', 'pulumi-destroy'),
  refuse('set -e; bash -x -o errexit -c "kubectl delete ns prod"', 'kubectl-delete-storage'),
  refuse('export TF_CLI_ARGS="-destroy"; terraform apply gated.tfplan', 'terraform-cli-args'),
  refuse('env TF_CLI_ARGS_apply=-destroy terraform apply gated.tfplan', 'terraform-cli-args'),
  refuse('railway run -- node -e "fetch(\'https://backboard.railway.app/graphql/v2\', {method: \'POST\', body: JSON.stringify({query: \'mutation { volumeDelete(volumeId: 1) }\'})})"', 'graphql-destructive-mutation'),
  refuse('docker run --rm -e AWS_PROFILE amazon/aws-cli s3 rb s3://b --force', 'aws-s3-rb-force'),
  refuse('docker run --rm -v $PWD:/pulumi pulumi/pulumi pulumi destroy --yes', 'pulumi-destroy'),
  refuse('docker exec -it tools kubectl delete ns prod', 'kubectl-delete-storage'),
  refuse('docker run --entrypoint terraform hashicorp/terraform:1.9 destroy -auto-approve', 'terraform-destroy'),
];

/** Everyday and read-only commands: never refused. */
export const BENIGN: CorpusEntry[] = [
  'ls', 'ls -la', 'pwd',
  // Redirections and substitutions around guarded tools that only read.
  'terraform plan -no-color > plan.txt 2>&1', 'aws s3 ls > /dev/null 2>&1 && echo ok', 'diff <(git show main:a.json) a.json',
  'pulumi preview --diff 2>&1 | tee preview.log', 'echo `git rev-parse HEAD`', 'kubectl get pvc -o name > pvcs.txt', 'git status', 'git diff --stat', 'git log --oneline -20', 'git add -A && git commit -m "fix: stop deleting temp files"',
  'git push origin feature', 'git checkout -b delete-old-code', 'git branch -d merged-branch', 'git rm --cached secrets.txt',
  'npm ci', 'npm test', 'npm run build', 'npm install --save-exact zod', 'npx vitest run src/guard', 'npx tsc --noEmit',
  'node build/scripts/gen-docs.js', 'node -e "console.log(1+1)"', 'node -e "const m = new Map(); m.set(1,2); m.delete(1)"',
  'node -p "process.versions"', 'python3 -c "print(sum(range(10)))"', 'python3 -c "import pandas as pd; df = pd.read_csv(\'x.csv\').dropna()"',
  'python3 -c "import os; os.remove(\'/tmp/scratch.txt\')"', 'python -m pytest -q', 'pip install requests',
  'cat README.md', 'grep -rn "destroy" src/', 'rg "volumeDelete" docs/', 'echo "pulumi destroy is refused by the guard"',
  'echo \'terraform destroy\' >> notes.md', '# pulumi destroy', 'ls # kubectl delete ns prod', 'grep -c "delete" log.txt',
  'rm -rf node_modules', 'rm -rf build dist', 'rm tmp.txt', 'rm -rf ./tmp/cache', 'rm -rf /tmp/build-123', 'rm -r ~/.cache/pip',
  'rm -rf "$TMPDIR/out"', 'rm /var/lib/app/lockfile', 'rm -rf /home/dev/app/dist', 'rm -rf /root/project/node_modules', 'rm -rf ~/project/build', 'docker compose down', 'docker volume ls', 'docker volume inspect pgdata',
  'docker system prune -f', 'docker rm -f web', 'docker image prune -a',
  'find . -name node_modules -prune -exec rm -rf {} +', 'find /tmp -name "*.log" -mtime +7 -delete', 'find /var/lib/postgresql -name "*.conf"',
  'dropdb -h localhost scratch_test', 'git stash drop', 'git push origin --delete old-branch', 'grep -rn "deleteVolume" src/', 'echo "make destroy is refused"',
  'npm uninstall left-pad', 'yarn remove lodash', 'dd if=image.iso of=disk.img bs=4M', 'shred -u secrets.txt',
  'restic snapshots', 'borg list /backups/repo', 'bq ls acme:analytics', 'bq show acme:analytics.events', 'mkfs.ext4 --help',
  'vault kv get secret/app', 'rclone ls remote:bucket', 'turso db list', 'cqlsh localhost -e "DROP KEYSPACE test"', 'mysqladmin -h 127.0.0.1 status', 'mysqladmin ping',
  'node -e "console.log(Object.keys(require(\'@aws-sdk/client-s3\')).filter((k) => k.startsWith(\'List\')))"',
  'aws kms describe-key --key-id 1234abcd', 'aws kms enable-key --key-id 1234abcd', 'aws kms cancel-key-deletion --key-id 1234abcd',
  'aws s3api put-bucket-versioning --bucket prod --versioning-configuration Status=Enabled',
  'aws dynamodb update-continuous-backups --table-name orders --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
  'aws rds modify-db-instance --db-instance-identifier prod --backup-retention-period 14', 'aws dynamodb update-table --table-name orders --deletion-protection-enabled',
  'aws s3api put-bucket-lifecycle-configuration --bucket prod --lifecycle-configuration \'{"Rules":[{"ID":"x","Status":"Enabled","Filter":{},"Transitions":[{"Days":30,"StorageClass":"GLACIER"}]}]}\'',
  'gcloud storage buckets update gs://prod --versioning', 'gcloud kms keys versions list --key k --keyring r --location global',
  'az storage account blob-service-properties update --account-name acct --enable-delete-retention true --delete-retention-days 14',
  'aws s3api put-bucket-lifecycle-configuration --bucket prod --lifecycle-configuration \'{"Rules":[{"ID":"old","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":365}}]}\'',
  'kubectl patch pv pv-data -p \'{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}\'',
  'aws s3api put-bucket-lifecycle-configuration --bucket prod --lifecycle-configuration file://transition.json',
  'kubectl patch pv pv-data --patch-file reclaim-retain.json', 'kubectl patch deployment web -p \'{"spec":{"replicas":3}}\'', 'mkdir -p build && cp -r src build/', 'mv a.txt b.txt',
  'docker ps', 'docker build -t app .', 'docker compose up -d', 'docker run --rm -it node:20 npm test', 'docker run amazon/aws-cli s3 ls', 'make test',
  'pulumi preview', 'pulumi preview --diff --stack prod', 'pulumi preview --save-plan plan.json --json > preview.json',
  'pulumi stack ls', 'pulumi stack select prod', 'pulumi stack export --file state.json', 'pulumi config set aws:region eu-west-1',
  'pulumi config get db:password --show-secrets', 'pulumi whoami', 'pulumi about', 'pulumi logs -f', 'pulumi refresh --preview-only',
  'pulumi destroy --preview-only', 'pulumi state --help', 'pulumi version', 'pulumi login --local', 'pulumi up --plan gated.json',
  'pulumi up --plan gated.json --yes', 'pulumi import aws:s3/bucket:Bucket b acme-b',
  'terraform init', 'terraform validate', 'terraform fmt -recursive', 'terraform plan', 'terraform plan -out=tfplan',
  'terraform plan -destroy -out=destroy.tfplan', 'terraform show -json tfplan > plan.json', 'terraform state list',
  'terraform state show aws_db_instance.main', 'terraform output -json', 'terraform apply gated.tfplan', 'terraform apply -auto-approve gated.tfplan',
  'terraform -chdir=infra apply gated.tfplan', 'TF_CLI_ARGS_plan="-parallelism=4" terraform plan', 'export TF_IN_AUTOMATION=1', 'terraform apply -refresh-only -auto-approve', 'terraform workspace list',
  'terraform workspace delete scratch', 'tofu plan -out tfplan', 'tofu init -upgrade', 'terragrunt plan',
  'cdktf synth', 'cdktf diff', 'cdktf get', 'npx cdktf synth',
  'aws s3 ls', 'aws s3 ls s3://acme-data --recursive --summarize', 'aws s3 cp file.txt s3://acme-data/', 'aws s3 sync ./site s3://acme-site',
  'aws s3 sync ./site s3://acme-site --delete --dryrun', 'aws s3 rm s3://acme-data/tmp/one-file.txt', 'aws s3 rb s3://empty-bucket',
  'aws rds describe-db-instances', 'aws ec2 describe-volumes --filters Name=status,Values=available', 'aws sts get-caller-identity',
  'aws --region eu-west-1 ec2 describe-instances', 'aws logs tail /aws/lambda/x --follow', 'aws dynamodb scan --table-name orders --max-items 5',
  'aws s3 rm s3://b --recursive --dryrun --exclude "*"',
  'gcloud sql instances list', 'gcloud compute disks describe data-disk', 'gcloud config set project acme', 'gcloud auth list',
  'gcloud storage ls gs://acme-data', 'gsutil ls -r gs://acme-data', 'gsutil cp a gs://b/',
  'az group list', 'az account show', 'az storage account show -n acme', 'az vm list -o table',
  'kubectl get pods -A', 'kubectl get pvc -n prod', 'kubectl describe pv pvc-123', 'kubectl logs deploy/api -f',
  'kubectl delete pod api-7d9f -n prod', 'kubectl delete deployment old-api', 'kubectl apply -f k8s/', 'kubectl rollout restart deploy/api',
  'kubectl exec -it tools -- ls /data', 'kubectl get ns', 'kubectl delete job migrate-1',
  'helm list -A', 'helm upgrade --install api ./chart', 'helm uninstall old --dry-run', 'helm template ./chart',
  'railway status', 'railway logs', 'railway up', 'railway volume list', 'railway variables', 'railway link',
  'fly status', 'fly deploy', 'fly volumes list', 'heroku logs --tail', 'heroku ps', 'doctl databases list', 'supabase db reset',
  'supabase start', 'vercel deploy', 'gh pr list', 'gh api repos/acme/shop/pulls', 'gh run delete 123', 'gh pr create --fill', 'wrangler d1 list', 'neonctl branches list',
  'curl https://api.example.com/health', 'curl -s https://backboard.railway.app/graphql/v2 -d \'{"query":"query { me { id } }"}\'',
  'curl -X POST https://api.example.com/graphql -d \'{"query":"mutation { createVolume(name: \\"x\\") { id } }"}\'',
  'curl -X DELETE http://localhost:9200/test-index', 'curl -X DELETE http://127.0.0.1:8080/items/1',
  'curl -fsSL https://example.com/install.sh -o install.sh', 'curl -H "Authorization: Bearer $TOKEN" https://api.github.com/user',
  'curl -X PUT https://api.example.com/v1/items/1 -d \'{"name":"x"}\'', 'wget https://example.com/file.tar.gz',
  'http GET https://api.example.com/v1/volumes', 'http POST https://api.example.com/v1/items name=x',
  'node -e "fetch(\'https://api.example.com/v1/items\').then(r => r.json()).then(console.log)"',
  'python3 -c "import requests; print(requests.get(\'https://api.example.com/v1/volumes\').json())"',
  'python3 -c "import boto3; print(boto3.client(\'rds\').describe_db_instances())"',
  'node -e "fetch(\'http://localhost:3000/api/items/1\', {method: \'DELETE\'})"',
  'psql -h localhost -c "DROP TABLE test_scratch"', 'psql -h db.example.com -c "SELECT count(*) FROM orders"',
  'psql -h db.example.com -c "DELETE FROM sessions WHERE expires_at < now()"', 'sqlite3 dev.db "DROP TABLE tmp"',
  'mysql -h db.example.com -e "SHOW TABLES"', 'redis-cli -h cache.example.com GET key', 'redis-cli FLUSHALL -h 127.0.0.1',
  'echo $HOME', 'export PATH="$HOME/bin:$PATH"', 'for f in *.json; do jq . "$f" > /dev/null; done', 'x=$(date +%s); echo $x',
  'cat package.json | jq .scripts', 'find . -name "*.log" -delete', 'find . -name "*.tmp" -exec rm {} \\;', 'xargs -n1 echo < list.txt',
  'sudo apt-get update', 'sudo systemctl restart nginx', 'env | sort', 'env NODE_ENV=test npm test', 'timeout 60 npm test',
  'bash scripts/deploy-preview.sh', 'sh -c "npm ci && npm test"', 'bash -c "echo hello"', 'ssh bastion uptime', 'ssh bastion "df -h"',
  'watch -n 5 kubectl get pods', 'tmux new -s work', 'code .', 'open https://app.pulumi.com',
  'cat ~/.claude/settings.json', 'jq .hooks ~/.claude/settings.json', 'ls ~/.local/state/deploy-gate/',
  'deploy-gate check plan.json --record tfplan', 'deploy-gate guard --check "pulumi destroy"', 'deploy-gate explain no-stateful-delete',
  'echo "mutation { volumeDelete }" > docs/example.graphql', 'git commit -m "refuse pulumi destroy and railway volume delete"',
  '$EDITOR notes.md', '"$@"', 'ls $(', '{ echo a; echo b; } > out.txt', 'echo {a,b,c}', 'printf "%s\\n" a b c',
  'cat <<EOF > notes.md\nWe must never run pulumi destroy on prod.\nEOF',
].map(allow);

/** Every corpus entry, disguises applied (the count the issue asks for is ≥ 300). */
export function corpus(): CorpusEntry[] {
  const out: CorpusEntry[] = [...DESTRUCTIVE, ...DISGUISED, ...BENIGN];
  for (const entry of DESTRUCTIVE) {
    for (const disguise of DISGUISES) {
      out.push({ ...entry, command: disguise(entry.command) });
    }
  }
  // Benign commands stay benign in the same disguises (a wrapper never makes a command destructive).
  // A comment is not a command: wrapped (`cd infra && # …`, `(cd infra; # …)`) it eats the rest of the line and
  // leaves shell that does not parse, which the guard refuses when it mentions a guarded word.
  for (const entry of BENIGN.slice(0, 60).filter((e) => !e.command.startsWith('#'))) {
    for (const disguise of DISGUISES.slice(0, 8)) out.push({ ...entry, command: disguise(entry.command) });
  }
  return out;
}
