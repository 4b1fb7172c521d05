import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './ship-files';

const script = pathToFileURL(path.join(ROOT, 'scripts', 'package-app.mjs')).href;
const validate = `
import { validateManifest } from ${JSON.stringify(script)};
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
console.log(JSON.stringify(await validateManifest(JSON.parse(Buffer.concat(chunks).toString('utf8')))));
`;

/**
 * Validates a manifest against the official v1.30 schema bundled in @microsoft/app-manifest, with the toolkit's own
 * validator (ajv, draft-04), offline; returns the errors. It runs in a child Node process because that package
 * loads ES-only modules that jest's CommonJS runtime cannot.
 */
export function schemaErrors(manifest: unknown): string[] {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', validate], {
    cwd: ROOT,
    input: JSON.stringify(manifest),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`schema validation did not run: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}
