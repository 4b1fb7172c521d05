import type { AppConfig } from '../config';

/**
 * A link to one of the app's personal tabs (its manifest `entityId`, also the page's path): a Teams deep link when the
 * Teams app id is configured, otherwise the page's web address (local mode, a browser).
 */
export function tabPageUrl(config: Pick<AppConfig, 'teamsAppId' | 'publicBaseUrl'>, entityId: string): string {
  if (config.teamsAppId) {
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(entityId)}`;
  }
  return `${config.publicBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(entityId)}`;
}
