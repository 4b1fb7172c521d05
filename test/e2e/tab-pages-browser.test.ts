import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAs } from '../support/api-client';
import { seriousAxeViolations } from '../support/axe-in-page';
import { demoPersonWith } from '../support/demo-people';
import { eventually } from '../support/eventually';
import { fundingCast, requestBody } from '../support/funding-cast';
import { launchHeadlessChromium } from '../support/headless-chromium';
import { startTestService, type TestService } from '../support/start-test-service';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/tab');
const PAGES = ['budget', 'contacts', 'meetings', 'requests', 'faq', 'documents', 'events'];

describe('the tab pages in headless Chromium, as a representative, a chair and an officer', () => {
  const representative = demoPersonWith('representative');
  let service: TestService;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [service, browser] = await Promise.all([startTestService(), launchHeadlessChromium()]);
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** A browser page already signed in (the dev token kept where the tab keeps it), as the representative by default. */
  async function signedInPage(
    colorScheme: 'light' | 'dark',
    email = representative.email,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const response = await fetch(`${service.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    const { token } = (await response.json()) as { token: string };
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    await context.addInitScript((t) => sessionStorage.setItem('cos.devToken', t), token);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    return { context, page };
  }

  it('shows the same contacts as the API, my link practitioners first', async () => {
    const api = await signInAs(service.baseUrl, representative.email);
    const { body } = await api.call('GET', '/api/prg/contacts');
    const { context, page } = await signedInPage('light');
    await page.goto(`${service.baseUrl}/contacts`);
    const mine = page.getByRole('region', { name: "Your community's link practitioners" });
    await mine.getByRole('heading').first().waitFor();
    const names = await mine.locator('li .fui-CardHeader__header').allInnerTexts();
    expect(names).toEqual(
      body.items.filter((c: { linkedToMe: boolean }) => c.linkedToMe).map((c: { name: string }) => c.name),
    );
    await page.getByRole('searchbox').fill('speech');
    await page.getByText('Speech and Language Therapist').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'representative-contacts.png'), fullPage: true });
    await context.close();
  });

  it("shows the budget figures the API gives for the representative's community, to the penny", async () => {
    const api = await signInAs(service.baseUrl, representative.email);
    const now = new Date();
    const startYear = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
    const year = `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
    const { body } = await api.call(
      'GET',
      `/api/communities/${representative.roles[0]?.communityId}/budget?year=${year}`,
    );
    const pounds = (pence: number) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
    const { context, page } = await signedInPage('light');
    await page.goto(`${service.baseUrl}/budget`);
    await page.getByTestId('pot').waitFor();
    expect(await page.getByTestId('allocation').textContent()).toBe(pounds(body.allocationPence));
    expect(await page.getByTestId('pot').textContent()).toBe(pounds(body.potPence));
    expect(await page.getByTestId('committed').textContent()).toBe(pounds(body.committedPence));
    expect(await page.getByTestId('remaining').textContent()).toBe(pounds(body.remainingPence));
    expect(await page.getByRole('table').getByRole('row').count()).toBe(body.bySchool.length + 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'representative-budget.png'), fullPage: true });
    await context.close();
  });

  it("shows a chair their communities' requests and nobody else's, as the API does", async () => {
    const chair = demoPersonWith('chair', true);
    const api = await signInAs(service.baseUrl, chair.email);
    const { body } = await api.call('GET', '/api/funding-requests');
    const communities = new Set(chair.roles.map((r) => r.communityId));
    expect(body.items.every((r: { communityId: string }) => communities.has(r.communityId))).toBe(true);
    const { context, page } = await signedInPage('light', chair.email);
    await page.goto(`${service.baseUrl}/requests`);
    await page.getByRole('table', { name: 'Funding requests' }).waitFor();
    expect(await page.getByRole('table', { name: 'Funding requests' }).getByRole('row').count()).toBe(
      body.items.length + 1,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'chair-requests.png') });
    await context.close();
  });

  it("lets an officer choose any community's budget", async () => {
    const officer = demoPersonWith('officer');
    const { context, page } = await signedInPage('light', officer.email);
    await page.goto(`${service.baseUrl}/budget`);
    await page.getByRole('combobox', { name: 'Community' }).click();
    const choices = page.getByRole('listbox').getByRole('option');
    expect(await choices.count()).toBe(53);
    await choices.nth(5).click();
    await page.getByTestId('pot').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'officer-budget.png') });
    await context.close();
  });

  it('shows an officer every community budget, filters by area, sorts, exports CSV and sets a budget to the penny', async () => {
    const officer = demoPersonWith('officer');
    const api = await signInAs(service.baseUrl, officer.email);
    const { body: county } = await api.call('GET', '/api/budgets?year=2026-27');
    const { context, page } = await signedInPage('light', officer.email);
    await page.goto(`${service.baseUrl}/budget`);
    await page.getByRole('combobox', { name: 'Community' }).waitFor();
    await page.getByRole('combobox', { name: 'Academic year' }).selectOption('2026-27');
    const rows = page.getByTestId('county-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(53);

    const area = county.communities[0].areaName as string;
    await page.getByRole('combobox', { name: 'Area' }).selectOption(area);
    const inArea = county.communities.filter((c: { areaName: string }) => c.areaName === area);
    expect(
      await eventually(
        () => rows.count(),
        (n) => n === inArea.length,
      ),
    ).toBe(inArea.length);
    await page.getByRole('columnheader', { name: 'Community' }).click();
    const names = await rows.locator('td:first-child').allInnerTexts();
    expect(names).toEqual(
      inArea
        .map((c: { communityName: string }) => c.communityName)
        .sort((a: string, b: string) => a.localeCompare(b, 'en-GB')),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toBe('community-budgets-2026-27.csv');

    const chosen = inArea[0] as { communityId: string; communityName: string };
    await page.getByRole('button', { name: chosen.communityName }).click();
    await page.getByRole('heading', { name: `Set the 2026-27 budget of ${chosen.communityName}` }).waitFor();
    await page.getByRole('textbox', { name: 'Allocation (£)' }).fill('twelve');
    await page.getByRole('button', { name: 'Save budget' }).click();
    await page.getByText('Give the allocation in pounds, like £250,000.00.').waitFor();
    await page.getByRole('textbox', { name: 'Allocation (£)' }).fill('£250,000.50');
    await page.getByRole('button', { name: 'Add a protection' }).click();
    await page.getByRole('textbox', { name: 'Protection 1' }).fill('Outreach');
    await page.getByRole('textbox', { name: 'Amount (£)' }).fill('1,000.25');
    await page.getByRole('button', { name: 'Save budget' }).click();
    await page.getByText(`Saved the 2026-27 budget of ${chosen.communityName}.`).waitFor();
    await page.getByTestId('pot').getByText('£249,000.25').waitFor();
    const { body: after } = await api.call('GET', `/api/communities/${chosen.communityId}/budget?year=2026-27`);
    expect(after).toMatchObject({
      allocationPence: 25_000_050,
      protections: [{ label: 'Outreach', amountPence: 100_025 }],
      potPence: 24_900_025,
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'officer-county-budgets.png'), fullPage: true });
    await context.close();
  });

  it('lets a representative submit a request from the tab (the draft survives a reload), open it and withdraw it', async () => {
    const api = await signInAs(service.baseUrl, representative.email);
    const { context, page } = await signedInPage('light');
    await page.goto(`${service.baseUrl}/requests`);
    await page.getByRole('button', { name: 'New request' }).click();
    const form = page.getByRole('form', { name: 'Request funding' });
    await form.getByTestId('submission-window').waitFor();
    expect(await form.getByTestId('submission-window').textContent()).toMatch(/meeting|waits/);
    await form.getByRole('textbox', { name: /Pupil reference/ }).fill('Y9-223');
    await form.getByRole('combobox', { name: 'Year group' }).selectOption('9');
    await form.getByRole('checkbox', { name: /Communication and interaction/ }).check();
    await form.getByRole('textbox', { name: /Provision already in place/ }).fill('Daily small-group language work.');
    await form.getByRole('textbox', { name: 'What is working' }).fill('Visual timetable at transitions.');

    // A reload keeps what was typed (this browser tab only).
    await page.reload();
    await page.getByRole('button', { name: 'New request' }).click();
    expect(await form.getByRole('textbox', { name: /Pupil reference/ }).inputValue()).toBe('Y9-223');
    expect(await form.getByRole('checkbox', { name: /Communication and interaction/ }).isChecked()).toBe(true);

    // Problems appear by their fields, in words, and nothing is sent.
    await form.getByRole('textbox', { name: 'Amount requested (£)' }).fill('£12,500.50');
    await form.getByRole('button', { name: 'Submit request' }).click();
    await form.getByText('Describe the outcomes you hope for.').waitFor();
    await form.getByText('Describe the next steps.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('textbox', { name: 'Hoped-for outcomes' }).fill('Joins whole-class lessons for 30 minutes.');
    await form.getByRole('textbox', { name: 'Next steps' }).fill('Speech and language review in six weeks.');
    await form.getByRole('textbox', { name: 'From' }).fill('2027-01-04');
    await form.getByRole('textbox', { name: 'To' }).fill('2027-07-21');
    await form.getByRole('button', { name: 'Submit request' }).click();
    await page.getByText(/^Sent: Y9-223, £12,500\.50\./).waitFor();

    const { body } = await api.call('GET', '/api/funding-requests');
    const mine = body.items.filter((r: { pupilReference: string }) => r.pupilReference === 'Y9-223');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ amountPence: 1_250_050, yearGroup: '9' });

    await page.getByRole('button', { name: 'Y9-223' }).click();
    const detail = page.getByRole('region', { name: /Y9-223/ });
    await detail.getByText('Daily small-group language work.').waitFor();
    expect(await detail.getByRole('list', { name: 'History' }).textContent()).toContain(
      `Submitted by ${representative.displayName}`,
    );
    await detail.getByRole('button', { name: 'Withdraw this request' }).click();
    await detail.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByText(/^Withdrawn: Y9-223/).waitFor();
    const after = await api.call('GET', `/api/funding-requests/${mine[0].id}`);
    expect(after.body.status).toBe('withdrawn');
    expect(after.body.history.map((h: { event: string }) => h.event)).toContain('withdrawn');
    await page.screenshot({ path: path.join(ARTIFACTS, 'representative-requests.png'), fullPage: true });
    await context.close();
  });

  it('lets a chair read and decide requests from the Agenda page: approve part with a reason, defer, signpost', async () => {
    const chair = demoPersonWith('chair');
    const communityId = chair.roles.find((r) => r.role === 'chair')?.communityId;
    const api = await signInAs(service.baseUrl, chair.email);
    // Three more requests from a school of the community, so there is something to approve, defer and signpost.
    const rep = fundingCast.directory.people.find((p) =>
      p.roles.some((r) => r.role === 'representative' && r.communityId === communityId),
    );
    const repApi = await signInAs(service.baseUrl, rep?.email ?? '');
    const schoolId = rep?.roles.find((r) => r.role === 'representative')?.schoolId ?? '';
    for (const ref of ['Y3-301', 'Y3-302', 'Y3-303']) {
      const sent = await repApi.call('POST', '/api/funding-requests', {
        ...requestBody(schoolId),
        pupilReference: ref,
        yearGroup: '3',
      });
      expect(sent.status).toBe(201);
    }
    // Meetings to defer to: the chair plans this year's cycle if the community has none yet.
    const planned = await api.call('GET', `/api/communities/${communityId}/agenda`);
    if (!planned.body.meeting) {
      const now = new Date();
      const startYear = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
      const year = `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
      const { body: plan } = await api.call('POST', `/api/communities/${communityId}/cycles/${year}/proposal`, {});
      const meetings = plan.meetings.map(({ month, start, end }: Record<string, string>) => ({ month, start, end }));
      expect((await api.call('POST', `/api/communities/${communityId}/cycles/${year}`, { meetings })).status).toBe(202);
    }
    const { body: agenda } = await eventually(
      () => api.call('GET', `/api/communities/${communityId}/agenda`),
      (a) => a.body.meeting !== null && a.body.waiting.length === 0,
    );
    const undecided = [...agenda.carriedOver, ...agenda.requests, ...agenda.waiting];
    expect(undecided.length).toBeGreaterThanOrEqual(3);
    const { context, page } = await signedInPage('light', chair.email);
    await page.goto(`${service.baseUrl}/agenda?community=${communityId}`);
    const rows = page.getByTestId('agenda-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(undecided.length);

    const first = rows.first();
    const firstRef = ((await first.locator('td').first().textContent()) ?? '').trim();
    await first.getByRole('button', { name: 'Read' }).click();
    await page.getByRole('list', { name: 'History' }).getByRole('listitem').first().waitFor();
    await first.getByRole('button', { name: 'Decide' }).click();
    const form = page.getByRole('form', { name: `Decide ${firstRef}` });
    const requested = undecided.find((r: { pupilReference: string }) => r.pupilReference === firstRef).amountPence;
    await form.getByTestId('pot-before-after').waitFor();
    await form.getByRole('textbox', { name: /Amount to approve/ }).fill(((requested - 100) / 100).toFixed(2));
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByText(/Say why less than the .* requested is approved/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('textbox', { name: /Reason/ }).fill('The rest comes from the notional SEN budget.');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    const pounds = (pence: number) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
    await page.getByText(`Approved ${pounds(requested - 100)} of ${pounds(requested)} for ${firstRef}.`).waitFor();

    let left = undecided.length - 1;
    const decideNext = async (outcome: 'Defer to a later meeting' | 'Signpost to a PRG service') => {
      // The agenda is read again after each decision: the decided row must be gone before the next first row is taken
      // (the old list stays on screen while the new one loads, and a form opened on it would vanish with it).
      expect(
        await eventually(
          () => rows.count(),
          (n) => n === left,
          15_000,
        ),
      ).toBe(left);
      left -= 1;
      const row = rows.first();
      const ref = ((await row.locator('td').first().textContent()) ?? '').trim();
      await row.getByRole('button', { name: 'Decide' }).click();
      const next = page.getByRole('form', { name: `Decide ${ref}` });
      await next.getByRole('radio', { name: outcome }).check();
      await next.getByRole('combobox').selectOption({ index: 1 });
      await next.getByRole('textbox', { name: /Reason/ }).fill('Better met another way this term.');
      await next.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText(new RegExp(`^(Deferred|Signposted) ${ref} to `)).waitFor();
      return ref;
    };
    const deferred = await decideNext('Defer to a later meeting');
    const signposted = await decideNext('Signpost to a PRG service');

    const { body: after } = await api.call('GET', `/api/funding-requests?communityId=${communityId}&limit=100`);
    const statusOf = (ref: string) =>
      after.items.find((r: { pupilReference: string }) => r.pupilReference === ref)?.status;
    expect([statusOf(firstRef), statusOf(deferred), statusOf(signposted)]).toEqual([
      'approved',
      'deferred',
      'signposted',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chair-agenda.png'), fullPage: true });
    await context.close();
  });

  it('lets an officer assign, answer and publish a question from the Questions page, reworded for every school', async () => {
    const officer = demoPersonWith('officer');
    const asker = await signInAs(service.baseUrl, representative.email);
    const { body: themes } = await asker.call('GET', '/api/questions/themes');
    const text = 'Can our Year 9 pupil keep the laptop bought with top-up funding when they move school?';
    const asked = await asker.call('POST', '/api/questions', { theme: themes.themes[0].id, text });
    expect(asked.status).toBe(201);

    const { context, page } = await signedInPage('light', officer.email);
    await page.goto(`${service.baseUrl}/questions`);
    const item = page.getByTestId('open-question').filter({ hasText: text });
    await item.waitFor();
    await item.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText('Assigned to you.').waitFor();
    await item.getByText(`Assigned to ${officer.displayName}`).waitFor();
    await item.getByRole('button', { name: 'Answer' }).click();
    const form = item.getByRole('form', { name: 'Answer the question' });
    await form.getByRole('button', { name: 'Send answer' }).click();
    await form
      .getByText(/the answer/i)
      .first()
      .waitFor();
    await form
      .getByRole('textbox', { name: /Answer \(the asker/ })
      .fill('Yes: Oakwell High School keeps it with the pupil; tell their new SENCo.');
    await form.getByRole('checkbox', { name: 'Publish to the FAQ' }).check();
    await form
      .getByRole('textbox', { name: 'Question as published' })
      .fill('Does equipment bought with top-up funding move with the pupil?');
    await form
      .getByRole('textbox', { name: /Answer as published/ })
      .fill("Yes: equipment bought for a pupil moves with them; tell the new school's SENCo.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText('Answered, and published to the FAQ.').waitFor();

    const { body: question } = await asker.call('GET', `/api/questions/${asked.body.id}`);
    expect(question).toMatchObject({
      status: 'answered',
      answer: 'Yes: Oakwell High School keeps it with the pupil; tell their new SENCo.',
    });
    const { body: found } = await asker.call('GET', `/api/faq/search?q=${encodeURIComponent('equipment top-up move')}`);
    expect(found.results[0]).toMatchObject({
      question: 'Does equipment bought with top-up funding move with the pupil?',
      answer: "Yes: equipment bought for a pupil moves with them; tell the new school's SENCo.",
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'officer-questions.png'), fullPage: true });
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical accessibility violations on any page (%s theme)',
    async (scheme) => {
      const { context, page } = await signedInPage(scheme);
      const found: Record<string, unknown[]> = {};
      for (const name of PAGES) {
        await page.goto(`${service.baseUrl}/${name}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await seriousAxeViolations(page);
        if (violations.length > 0) found[name] = violations;
        await page.screenshot({ path: path.join(ARTIFACTS, `representative-${name}-${scheme}.png`), fullPage: true });
      }
      expect(found).toEqual({});
      await context.close();
    },
  );

  it.each(['light', 'dark'] as const)(
    'lets an officer add a document from the Documents page, which a representative then sees as new (%s theme, axe)',
    async (scheme) => {
      const officerTab = await signedInPage(scheme, demoPersonWith('officer').email);
      const page = officerTab.page;
      await page.goto(`${service.baseUrl}/documents`);
      await page.getByRole('button', { name: 'Add a document or link' }).click();
      const form = page.getByRole('form', { name: 'Add a document or link' });
      const title = `Spring term papers (${scheme})`;
      await form.getByRole('textbox', { name: /Title/ }).fill(title);
      await form.getByRole('textbox', { name: /Link/ }).fill('javascript:alert(1)');
      await form.getByRole('button', { name: 'Add it' }).click();
      await form.getByText('Give a full https:// web address, e.g. https://www.kelsi.org.uk/….').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await form.getByRole('textbox', { name: /Link/ }).fill('https://www.kelsi.org.uk/spring-papers');
      await form.getByRole('button', { name: 'Add it' }).click();
      await page.getByText(`Added "${title}".`).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await officerTab.context.close();

      const repTab = await signedInPage(scheme);
      await repTab.page.goto(`${service.baseUrl}/documents`);
      const item = repTab.page.getByRole('listitem').filter({ hasText: title });
      await item.getByText('New').waitFor();
      expect(await item.getByRole('link', { name: title }).getAttribute('href')).toBe(
        'https://www.kelsi.org.uk/spring-papers',
      );
      await repTab.context.close();
    },
  );

  it.each(['light', 'dark'] as const)(
    'lets an officer create an event on the Events page, at which a representative then books a place (%s theme, axe)',
    async (scheme) => {
      const officer = demoPersonWith('officer');
      const officerTab = await signedInPage(scheme, officer.email);
      const page = officerTab.page;
      await page.goto(`${service.baseUrl}/events`);
      await page.getByRole('button', { name: 'New event' }).click();
      const form = page.getByRole('form', { name: 'New event' });
      const title = `Representatives' briefing (${scheme})`;
      await form.getByRole('textbox', { name: /Title/ }).fill(title);
      await form.getByRole('combobox', { name: 'For' }).selectOption('representatives');
      await form.getByRole('checkbox', { name: 'Online' }).check();
      await form.getByLabel('Starts').fill('2027-09-15T15:45');
      await form.getByLabel('Ends').fill('2027-09-15T15:00');
      await form.getByLabel('Booking closes').fill('2027-09-08T17:00');
      await form.getByRole('spinbutton', { name: /Places/ }).fill('30');
      await form.getByRole('button', { name: 'Create the event' }).click();
      await form.getByText('The end must be after the start.').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await form.getByLabel('Ends').fill('2027-09-15T17:00');
      await form.getByRole('button', { name: 'Create the event' }).click();
      await page.getByText(`Created "${title}".`, { exact: false }).waitFor();
      const created = page.getByRole('group', { name: title });
      await created.getByText('30 of 30 places left · one place per school').waitFor();
      await created.getByRole('button', { name: /^Attendees/ }).click();
      await created.getByText('Nobody has booked a place yet.').waitFor();
      await page.getByRole('button', { name: /^Past events/ }).click();
      await page.getByRole('group', { name: 'North Kent Headteacher Briefing' }).waitFor();
      // The panel fades in: axe measures colour contrast once it has.
      await page
        .locator('.fui-AccordionPanel')
        .evaluate((panel) => Promise.all(panel.getAnimations({ subtree: true }).map((a) => a.finished)));
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `officer-events-${scheme}.png`), fullPage: true });
      await officerTab.context.close();

      const repTab = await signedInPage(scheme);
      await repTab.page.goto(`${service.baseUrl}/events`);
      const item = repTab.page.getByRole('group', { name: title });
      await item.getByText(/15 September 2027, 15:45–17:00/).waitFor();
      await item.getByRole('button', { name: /^Book a place/ }).click();
      await repTab.page.getByText(`You have a place at "${title}".`).waitFor();
      await item.getByText('You have a place').waitFor();
      await item.getByRole('button', { name: /^Add to calendar/ }).waitFor();
      expect(await seriousAxeViolations(repTab.page)).toEqual([]);
      await repTab.page.screenshot({ path: path.join(ARTIFACTS, `representative-events-booked-${scheme}.png`) });
      await repTab.context.close();

      const api = await signInAs(service.baseUrl, officer.email);
      const { body: listed } = await api.call('GET', '/api/events');
      const id = listed.items.find((e: { title: string }) => e.title === title)?.id;
      const { body: attendees } = await api.call('GET', `/api/events/${id}/attendees`);
      expect(attendees.items).toEqual([
        expect.objectContaining({ email: representative.email, status: 'booked', position: null }),
      ]);
    },
  );

  it('can be used with the keyboard alone: Tab reaches the page navigation and Enter opens a page', async () => {
    const { context, page } = await signedInPage('light');
    await page.goto(`${service.baseUrl}/budget`);
    await page.getByRole('tab', { name: 'Budget' }).waitFor();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.getByRole('tab', { name: 'Budget' }).evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/contacts');
    await context.close();
  });
});
