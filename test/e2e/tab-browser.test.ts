import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDemoDirectory } from '../../bot/src/directory/demo/demo-directory';
import { demoPersonWith } from '../support/demo-people';
import { launchHeadlessChromium } from '../support/headless-chromium';
import { startTestService, type TestService } from '../support/start-test-service';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/tab');
const UI_TIMEOUT_MS = 15000;

describe('the built tab in headless Chromium (local mode, dev sign-in)', () => {
  const chair = demoPersonWith('chair', true);
  const communities = buildDemoDirectory().communities;
  const chairOf = chair.roles.map((r) => `Community chair, ${communities.find((c) => c.id === r.communityId)?.name}`);
  let service: TestService | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    // Fails (does not skip) when /usr/bin/chromium is missing.
    [service, browser] = await Promise.all([startTestService(), launchHeadlessChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${service.baseUrl}/meetings`);
  }, 90000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const header = () => page.getByTestId('signed-in-person');
  const signInHeading = () => page.getByRole('heading', { level: 1, name: 'Sign in to Communities of Schools' });

  it('uses a chair of two communities from the demo directory', () => {
    expect(chair.displayName).toBe('Zoe Fitzgerald');
    expect(chairOf).toEqual([
      'Community chair, Dartford North Community of Schools',
      'Community chair, Dartford South Community of Schools',
    ]);
  });

  it('offers the dev sign-in with the seeded people when nobody is signed in yet', async () => {
    await signInHeading().waitFor();
    await expect(page.getByText(/^\d+ of \d+ people/).textContent()).resolves.toMatch(/^(\d+) of \1 people, first 40/);
    expect(await page.getByRole('list', { name: 'People you can sign in as' }).getByRole('listitem').count()).toBe(40);
  });

  it('finds the chair by name and signs her in, keeping the Meetings page the deep link asked for', async () => {
    await page.getByRole('searchbox').fill(chair.displayName);
    await page.getByText(/^1 of \d+ people$/).waitFor();
    await page.getByRole('button', { name: `Sign in as ${chair.displayName}` }).click();

    await header().waitFor();
    const who = await header().textContent();
    expect(who).toContain(chair.displayName);
    for (const role of chairOf) expect(who).toContain(role);
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/meetings');
    expect(await page.getByRole('tab', { name: 'Meetings', selected: true }).count()).toBe(1);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'chair-meetings.png'), fullPage: true });
  });

  it('keeps the chair signed in on the same page when the tab is reloaded', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(await header().textContent()).toContain(chair.displayName);
    expect(await signInHeading().count()).toBe(0);
  });

  it('moves between pages with the tabs, changing the address so each page can be deep-linked', async () => {
    await page.getByRole('tab', { name: 'Budget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget');
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
  });

  it("loads the new build when a page's code was replaced by a deploy while the tab was open", async () => {
    // The Events page's code is gone once (as after a deploy renamed it): the tab loads itself again, once.
    let refused = 0;
    await page.route(/\/assets\/events-page-[^/]+\.js$/, (route) => {
      refused += 1;
      return refused === 1 ? route.fulfill({ status: 404, body: 'gone' }) : route.continue();
    });
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/events');
    expect(refused).toBe(2);
    expect(await header().textContent()).toContain(chair.displayName);
    await page.unroute(/\/assets\/events-page-[^/]+\.js$/);
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
  });

  it('returns to the list of people on "Sign in as someone else", and a reload does not sign the chair back in', async () => {
    await page.getByRole('button', { name: 'Sign in as someone else' }).click();
    await signInHeading().waitFor();
    expect(await header().count()).toBe(0);
    await page
      .getByRole('button', { name: /^Sign in as / })
      .first()
      .waitFor();

    await page.reload();
    await signInHeading().waitFor();
    expect(await header().count()).toBe(0);
  });
});
