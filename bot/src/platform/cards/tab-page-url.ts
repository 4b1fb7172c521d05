import type { AppConfig } from '../config';

/**
 * A link to one of the app's personal tabs (its manifest `entityId`, also the page's path): a Teams deep link when the
 * Teams app id is configured, otherwise the page's web address (local mode, a browser). `query` reaches the page as
 * its query string: directly on the web, and through the deep link's `subEntityId` in Teams (the tab puts it back).
 */
export function tabPageUrl(
  config: Pick<AppConfig, 'teamsAppId' | 'publicBaseUrl'>,
  entityId: string,
  query: Record<string, string> = {},
): string {
  const search = new URLSearchParams(query).toString();
  if (config.teamsAppId) {
    const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(entityId)}`;
    return search ? `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId: search }))}` : base;
  }
  const page = `${config.publicBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(entityId)}`;
  return search ? `${page}?${search}` : page;
}
