import { createRequire } from 'node:module';

/** This package's version, for SARIF. The bundle (dist/) and the sources (src/action/) sit at different depths. */
export function actionVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'deploy-gate' && pkg.version) return pkg.version;
    } catch {
      // try the next depth
    }
  }
  return '0.0.0';
}
