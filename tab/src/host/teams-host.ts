/** The host's colour scheme, as Teams names it. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** Where the tab runs: inside a Microsoft 365 host (Teams, Outlook, the Microsoft 365 app) or a plain browser. */
export interface HostInfo {
  hosted: boolean;
  theme: HostTheme;
  hostName?: string;
  /** The query a Teams deep link carried for the page (its `subEntityId`, e.g. "meeting=…"). */
  subPageId?: string;
}

const INITIALIZE_TIMEOUT_MS = 3000;

// teams-js is loaded only when the tab is framed by a host, so a plain browser tab (local mode) never downloads it;
// in a host it is asked for as soon as this code runs, before React renders anything.
let teamsJs: Promise<typeof import('./teams-sdk')> | undefined;
const loadTeamsJs = () => {
  teamsJs ??= import('./teams-sdk');
  return teamsJs;
};
if (typeof window !== 'undefined' && window.parent !== window) void loadTeamsJs();

/** Initialises teams-js when framed by a host; a plain browser tab (local mode) is reported as not hosted. */
export async function detectHost(): Promise<HostInfo> {
  if (window.parent === window) return { hosted: false, theme: prefersDark() ? 'dark' : 'default' };
  try {
    const { app } = await loadTeamsJs();
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
    const context = await app.getContext();
    const subPageId = context.page.subPageId || undefined;
    return { hosted: true, theme: asTheme(context.app.theme), hostName: context.app.host.name, subPageId };
  } catch {
    return { hosted: false, theme: 'default' };
  }
}

/**
 * Puts a deep link's query (its `subEntityId`, as the bot's cards write it: "meeting=…" or "q=…") back into the page's
 * address, where the pages read it as in a browser; anything that is not a short query string is ignored.
 */
export function restoreSubPage(subPageId: string | undefined): void {
  if (!subPageId || subPageId.length > 500 || !/^[\w-]+=[^#]*$/.test(subPageId) || window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${subPageId}`);
}

/** Calls back whenever the host switches theme. */
export function onHostThemeChange(handler: (theme: HostTheme) => void): void {
  void loadTeamsJs().then(({ app }) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))));
}

/** A Teams SSO token for this app's API (Entra ID v2, scope access_as_user). */
export async function hostSignInToken(): Promise<string> {
  const { authentication } = await loadTeamsJs();
  return authentication.getAuthToken();
}

function asTheme(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

function prefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('The host did not answer')), ms)),
  ]);
}
