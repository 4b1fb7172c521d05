import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Reads a file of the repository as text. */
export function readText(relativePath: string): string {
  return readFileSync(path.join(ROOT, relativePath), 'utf8');
}

/** The KEY=value pairs of a .env file (comments and blank lines skipped, surrounding quotes removed). */
export function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1] !== undefined) values[match[1]] = (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
  }
  return values;
}

/** The names of the ${{NAME}} placeholders in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g)].map((m) => m[1] ?? ''))];
}

/** Runs `node scripts/package-app.mjs` with the given arguments from the repository root. */
export function runPackageApp(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-app.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The toolkit's placeholder for an environment variable: placeholder('BOT_ID') is "${{BOT_ID}}" with a dollar. */
export function placeholder(name: string): string {
  return `\${{${name}}}`;
}
