import { app } from '@microsoft/teams-js';

/** Opens a link: through the host when the tab runs in Teams or Outlook (deep links), else in a new window. */
export function openExternal(url: string, hosted: boolean): void {
  if (hosted && url.startsWith('https://teams.microsoft.com/')) {
    void app.openLink(url);
    return;
  }
  window.open(url, '_blank', 'noopener');
}
