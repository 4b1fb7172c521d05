import { parse } from 'yaml';
import { placeholdersIn, readText } from './ship-files';

/** One action of a Teams Toolkit / Microsoft 365 Agents Toolkit lifecycle. */
export interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

/** A parsed teamsapp*.yml with its stages. */
export interface Lifecycle {
  version: string;
  environmentFolderPath?: string;
  provision: Step[];
  deploy: Step[];
  publish: Step[];
}

/** Parses a lifecycle file of the repository. */
export function readLifecycle(file: string): Lifecycle {
  const doc = parse(readText(file)) as Partial<Lifecycle>;
  return { version: '', ...doc, provision: doc.provision ?? [], deploy: doc.deploy ?? [], publish: doc.publish ?? [] };
}

/** The output names a Bicep template declares (arm/deploy writes each to the environment under its own name). */
function bicepOutputs(templatePath: string): string[] {
  return [...readText(templatePath).matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1] ?? '');
}

/** The files an action reads whose ${{NAME}} placeholders the toolkit fills in. */
function filesRead(step: Step): string[] {
  const w = step.with ?? {};
  switch (step.uses) {
    case 'aadApp/update':
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage':
      return [String(w.manifestPath)];
    case 'arm/deploy':
      return (w.templates as Array<{ parameters?: string }>).flatMap((t) => (t.parameters ? [t.parameters] : []));
    default:
      return [];
  }
}

/** The environment variables an action needs: those in its own text and in the files it reads. */
export function variablesRead(step: Step): string[] {
  const texts = [JSON.stringify(step), ...filesRead(step).map((file) => readText(file))];
  return [...new Set(texts.flatMap(placeholdersIn))];
}

/** The environment variables an action writes for the steps after it. */
export function variablesWritten(step: Step): string[] {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'script') {
    written.push(...[...String(step.with?.run).matchAll(/::set-teamsfx-env\s+(\w+)=/g)].map((m) => m[1] ?? ''));
  }
  if (step.uses === 'arm/deploy') {
    const templates = (step.with?.templates ?? []) as Array<{ path: string }>;
    for (const template of templates) written.push(...bicepOutputs(template.path));
  }
  // aadApp/update generates the scope id when the manifest uses it and the variable is empty.
  if (step.uses === 'aadApp/update') written.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
  return written;
}

/** Secrets an env file documents as belonging in its git-ignored .user file ("#   SECRET_X=" lines). */
export function documentedSecrets(envText: string): string[] {
  return [...envText.matchAll(/^#\s+(SECRET_[A-Z0-9_]+)=/gm)].map((m) => m[1] ?? '');
}
