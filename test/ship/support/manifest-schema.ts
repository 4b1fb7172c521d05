import { readFileSync } from 'node:fs';
import { type AppManifest, AppManifestUtils } from '@microsoft/app-manifest';

const schemaPath = require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');

/** The official Teams app manifest schema v1.22, as bundled in @microsoft/app-manifest (no network). */
export const manifestSchemaV122 = JSON.parse(readFileSync(schemaPath, 'utf8'));

/** Validates a manifest against the bundled v1.22 schema with the toolkit's own validator; returns the errors. */
export function schemaErrors(manifest: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, manifestSchemaV122);
}
