const RELOADED_AT = 'cos.reloadedForNewBuild';

/**
 * When a page's code cannot be loaded because a new build replaced it while the tab was open (its hashed file is gone),
 * loads the tab again, once a minute at most, so the person gets the new build instead of a blank page.
 */
export function reloadAfterDeploy(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < 60_000) return;
    event.preventDefault();
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    window.location.reload();
  });
}
