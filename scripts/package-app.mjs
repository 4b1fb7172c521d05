// Builds the Teams app package for one environment, offline:
//   node scripts/package-app.mjs --env local|dev [--env-dir env] [--out-dir appPackage/build]
// Resolves the ${{NAME}} placeholders in appPackage/manifest.json from env/.env.{env} and, when present,
// env/.env.{env}.user (which wins), validates the result against the bundled v1.30 manifest schema and
// writes appPackage/build/appPackage.{env}.zip (manifest.json, color.png, outline.png) and manifest.{env}.json.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { strToU8, zipSync } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_MODULE = '@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json';
/** Every zip entry carries 1980-01-01 00:00 (local, as DOS times are), so the same input gives the same bytes. */
const ZIP_ENTRY_TIME = new Date(1980, 0, 1);
const PLACEHOLDER = /\$\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;

/** Placeholders that may resolve to an empty string: production has no name suffix. */
export const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);

/** Raised when packaging cannot go on; the message says exactly what to fix. */
export class PackagingError extends Error {
  name = 'PackagingError';
}

/** Reads env/.env.{name} and, if present, env/.env.{name}.user (its values win); lists the files read. */
export async function readEnvironment(envDir, envName) {
  const base = path.join(envDir, `.env.${envName}`);
  if (!existsSync(base)) throw new PackagingError(`${relative(base)} does not exist (no environment "${envName}")`);
  const files = [base];
  const user = `${base}.user`;
  if (existsSync(user)) files.push(user);
  const values = {};
  for (const file of files) Object.assign(values, parseEnv(await readFile(file, 'utf8')));
  return { values, files: files.map(relative) };
}

/** Replaces every ${{NAME}} in a JSON text with its value; throws naming every placeholder it cannot resolve. */
export function resolvePlaceholders(text, values, { source, envFiles }) {
  const missing = new Set();
  const resolved = text.replace(PLACEHOLDER, (whole, name) => {
    const value = values[name];
    if (value === undefined || (value === '' && !MAY_BE_EMPTY.has(name))) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1); // placeholders sit inside JSON strings
  });
  if (missing.size > 0) {
    const names = [...missing].map((name) => `\${{${name}}}`).join(', ');
    throw new PackagingError(
      `Unresolved placeholder${missing.size > 1 ? 's' : ''} in ${source}: ${names}. ` +
        `Set ${[...missing].join(', ')} in ${envFiles.join(' or ')} (provision writes the generated ids and domains).`,
    );
  }
  return resolved;
}

/** Validates a manifest object against the v1.30 schema bundled in @microsoft/app-manifest; returns the errors. */
export async function validateManifest(manifest) {
  const schema = createRequire(import.meta.url)(SCHEMA_MODULE);
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

/** Resolves, validates and zips the app package for an environment; returns where it was written. */
export async function packageApp({
  envName,
  envDir = path.join(ROOT, 'env'),
  appPackageDir = path.join(ROOT, 'appPackage'),
  outDir = path.join(ROOT, 'appPackage', 'build'),
}) {
  if (!/^[A-Za-z0-9_-]+$/.test(envName ?? '')) throw new PackagingError('Say which environment: --env local|dev');
  const { values, files } = await readEnvironment(envDir, envName);
  const templatePath = path.join(appPackageDir, 'manifest.json');
  const template = await readFile(templatePath, 'utf8');
  const manifest = JSON.parse(
    resolvePlaceholders(
      template,
      { TEAMSFX_ENV: envName, ...values },
      { source: relative(templatePath), envFiles: files },
    ),
  );
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackagingError(`The ${envName} manifest does not match the v1.30 schema:\n  ${errors.join('\n  ')}`);
  }
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const entries = { 'manifest.json': strToU8(manifestText) };
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    if (Object.hasOwn(entries, icon) || icon.startsWith('/') || icon.includes('\\') || icon.split('/').includes('..')) {
      throw new PackagingError(`The manifest's icon "${icon}" must be a distinct path inside appPackage/`);
    }
    entries[icon] = await readFile(path.join(appPackageDir, icon));
  }
  await mkdir(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  await writeFile(path.join(outDir, `manifest.${envName}.json`), manifestText);
  await writeFile(zipPath, zipSync(entries, { level: 9, mtime: ZIP_ENTRY_TIME }));
  return { zipPath, manifest };
}

function relative(file) {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

async function main() {
  const { values } = parseArgs({
    options: { env: { type: 'string' }, 'env-dir': { type: 'string' }, 'out-dir': { type: 'string' } },
  });
  const { zipPath } = await packageApp({
    envName: values.env,
    ...(values['env-dir'] ? { envDir: path.resolve(values['env-dir']) } : {}),
    ...(values['out-dir'] ? { outDir: path.resolve(values['out-dir']) } : {}),
  });
  console.log(`Wrote ${relative(zipPath)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    const expected = error instanceof PackagingError || String(error?.code).startsWith('ERR_PARSE_ARGS');
    console.error(expected ? `package-app: ${error.message}` : error);
    process.exitCode = 1;
  });
}
