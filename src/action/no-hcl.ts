// Stands in for @cdktf/hcl2json in the Action bundle (package.json `bundle` aliases it here). That package loads a
// Go WASM file from its own folder when imported, which a single-file bundle cannot carry, and the Action never
// reads Terraform sources (it has no `source` input), so the parser is never called there.
export function parse(): never {
  throw new Error('reading Terraform sources (.tf) is not available in the GitHub Action; use the CLI with --source');
}
