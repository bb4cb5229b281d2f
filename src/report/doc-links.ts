// Where a rule's page is: inside the installed package (docs/rules/<id>.md, shipped by `files` in package.json) and
// online, at the repository package.json names. `deploy-gate explain` prints both; SARIF's helpUri is the online one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Manifest {
  name?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/** The repository named when package.json cannot be read (a copied bundle): the one package.json declares today. */
const FALLBACK_WEB = 'https://github.com/deploy-gate/deploy-gate';

/** The package's root folder: the nearest folder above this module whose package.json is deploy-gate's. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readManifest(manifest)?.name === 'deploy-gate') return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * The repository's web address from package.json: `repository` (a URL as npm writes it, `git+https://…​.git`,
 * `git@host:owner/repo.git`, or the `github:owner/repo` / `owner/repo` shorthands), else `homepage` without its
 * fragment. Undefined when neither says where the repository is.
 */
export function repositoryWebUrl(manifest: Manifest): string | undefined {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (repository) {
    const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(repository);
    if (shorthand) return `https://github.com/${shorthand[1]!.replace(/\.git$/, '')}`;
    const ssh = /^(?:git\+)?(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/.exec(repository);
    if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
    const web = /^(?:git\+)?(?:https?|git):\/\/(.+?)(?:\.git)?\/?$/.exec(repository);
    if (web) return `https://${web[1]}`;
  }
  if (manifest.homepage && /^https?:\/\//.test(manifest.homepage)) return manifest.homepage.replace(/#.*$/, '').replace(/\/$/, '');
  return undefined;
}

export interface DocLink {
  /** The page inside the installed package; undefined when the package's root cannot be found or lacks the page. */
  path: string | undefined;
  /** The page online: the default branch of the repository (GitHub resolves `blob/HEAD`). */
  url: string;
}

let cached: { root: string | undefined; web: string } | undefined;

function where(): { root: string | undefined; web: string } {
  if (!cached) {
    const root = packageRoot();
    const manifest = root ? readManifest(join(root, 'package.json')) : undefined;
    cached = { root, web: (manifest && repositoryWebUrl(manifest)) ?? FALLBACK_WEB };
  }
  return cached;
}

/** A page under docs/ (`rules/no-stateful-delete.md`, `policy-pack.md`), in the package and online. */
export function docLink(page: string): DocLink {
  const { root, web } = where();
  const path = root ? join(root, 'docs', page) : undefined;
  return { path: path && existsSync(path) ? path : undefined, url: `${web}/blob/HEAD/docs/${page}` };
}

/** A rule's or engine finding's own page: docs/rules/<id>.md. */
export function ruleDocLink(id: string): DocLink {
  return docLink(`rules/${id}.md`);
}

/** The project's web address (the repository package.json names): SARIF's informationUri. */
export function projectUrl(): string {
  return where().web;
}
