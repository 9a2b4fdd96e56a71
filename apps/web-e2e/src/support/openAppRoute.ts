import type { Page } from '@playwright/test';

/**
 * Loads the app, then routes to `path` in the page (as a link would).
 * The API answers 404 to a direct load of any /sessions/... URL (its SPA
 * fallback skips the whole /sessions prefix, meant for the .ics downloads),
 * so session pages cannot be opened or reloaded by URL yet.
 */
export async function openAppRoute(page: Page, path: string): Promise<void> {
  await page.goto('/');
  // A string runs in the page as written (this package has no DOM types).
  await page.evaluate(
    `window.history.pushState({}, '', ${JSON.stringify(path)});
     window.dispatchEvent(new PopStateEvent('popstate'));`,
  );
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}
