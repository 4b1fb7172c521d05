// `npm run screenshots`: the bot in the Agents Playground and the tab, as each demo role, into docs/screenshots/.
// Starts the built service on a throwaway PGlite database with the demo data, drives headless Chromium
// (playwright-core with /usr/bin/chromium, as the browser tests do), then stops everything.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { configFor, startPlayground } from './playground.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const work = mkdtempSync(path.join(tmpdir(), 'cos-screenshots-'));

/** The people the playground chats as (.m365agentsplayground.yml), by the `--as` name `npm start` takes. */
const playgroundYml = parse(readFileSync(path.join(root, '.m365agentsplayground.yml'), 'utf8'));
const personAs = (as) =>
  as === 'representative'
    ? playgroundYml.currentUser
    : (playgroundYml.users.find((u) => u.id === `29:${as}`) ?? fail(`No playground user 29:${as}`));

/**
 * What each role shows, in this order: the chair plans and creates the year's meetings first, so the others then see
 * them; the representative then sends a request and a question, which the officer sees. `bot` presses welcome-card
 * buttons (or types) in the Playground and waits for `waitFor`, showing the card from `top`; `tab` opens the tab's
 * pages, doing `act` first where given.
 */
const roles = [
  {
    as: 'chair',
    bot: [
      { press: 'Plan meetings', waitFor: /^Plan 20\d\d-\d\d meetings/, shot: 'chair-bot-plan-meetings' },
      {
        press: 'Create meetings',
        waitFor: /meetings are saved\./,
        top: /^20\d\d-\d\d meetings$/,
        shot: 'chair-bot-meetings-created',
      },
    ],
    tab: [{ page: 'meetings' }],
  },
  {
    as: 'representative',
    bot: [
      { press: 'Next meeting', waitFor: /^Next meeting$/, shot: 'representative-bot-next-meeting' },
      { type: 'budget', waitFor: /Pot for requests/, top: /: budget 20\d\d-\d\d$/, shot: 'representative-bot-budget' },
    ],
    tab: [
      { page: 'requests', act: submitRequest },
      { page: 'budget' },
      { page: 'contacts' },
      { page: 'faq', act: askKcc },
    ],
  },
  { as: 'chair', tab: [{ page: 'agenda' }] },
  {
    as: 'officer',
    bot: [
      {
        press: 'Community budgets',
        waitFor: /least remaining/,
        top: /^Community budgets 20\d\d-\d\d$/,
        shot: 'officer-bot-community-budgets',
      },
    ],
    tab: [{ page: 'budget' }, { page: 'questions' }],
  },
  {
    as: 'practitioner',
    bot: [{ press: 'My communities', waitFor: /^My communities$/, shot: 'practitioner-bot-my-communities' }],
    tab: [{ page: 'meetings' }, { page: 'contacts' }],
  },
  {
    as: 'adviser',
    bot: [{ press: 'My communities', waitFor: /^My communities$/, shot: 'adviser-bot-my-communities' }],
    tab: [{ page: 'meetings' }, { page: 'budget' }],
  },
];

/** The representative submits a funding request from the Requests page (the fields the tab's browser test uses). */
async function submitRequest(page) {
  await page.getByRole('button', { name: 'New request' }).click();
  const form = page.getByRole('form', { name: 'Request funding' });
  await form.getByRole('textbox', { name: /Pupil reference/ }).fill('Y9-223');
  await form.getByRole('combobox', { name: 'Year group' }).selectOption('9');
  await form.getByRole('checkbox', { name: /Communication and interaction/ }).check();
  await form.getByRole('textbox', { name: /Provision already in place/ }).fill('Daily small-group language work.');
  await form.getByRole('textbox', { name: 'What is working' }).fill('Visual timetable at transitions.');
  await form.getByRole('textbox', { name: 'Hoped-for outcomes' }).fill('Joins whole-class lessons for 30 minutes.');
  await form.getByRole('textbox', { name: 'Next steps' }).fill('Speech and language review in six weeks.');
  await form.getByRole('textbox', { name: 'Amount requested (£)' }).fill('£4,500');
  await form.getByRole('textbox', { name: 'From' }).fill('2027-01-04');
  await form.getByRole('textbox', { name: 'To' }).fill('2027-07-21');
  await form.getByRole('button', { name: 'Submit request' }).click();
  await page.getByText(/^Sent: Y9-223/).waitFor();
}

/** The representative asks KCC a question from the FAQ page; officers then see it on their Questions page. */
async function askKcc(page) {
  const form = page.getByRole('form', { name: 'Ask KCC a question' });
  await form.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Funding' });
  await form
    .getByRole('textbox', { name: /Your question/ })
    .fill('Can a request cover transport to an off-site speech and language group?');
  await form.getByRole('button', { name: 'Send to KCC' }).click();
  await page.getByText(/^Sent to KCC\./).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

function fail(message) {
  throw new Error(message);
}

/** The built service (dist/), as `npm start` runs it, on a free port over PGlite in a temporary directory. */
async function startService() {
  const child = spawn(process.execPath, [path.join(root, 'dist/bot/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: path.join(work, 'pglite'),
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The service did not listen within 90 s:\n${log}`));
    }, 90000);
    const collect = (chunk) => {
      log = (log + chunk).slice(-4000);
      const match = /"port":(\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The service exited (${code}) before listening:\n${log}`));
    });
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

/** Stops a child process: SIGTERM, then SIGKILL after 10 s. */
function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function shoot(page, name) {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  docs/screenshots/${name}.png`);
}

/** The Playground's web client chatting as `as`: the welcome card on install, then the role's actions. */
async function botScreenshots(browser, baseUrl, role) {
  const person = personAs(role.as);
  const playground = await startPlayground({
    botEndpoint: `${baseUrl}/api/messages`,
    port: 0,
    configPath: configFor(root, role.as),
    logFile: path.join(work, `playground-${role.as}.log`),
  });
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(30000);
  try {
    await page.goto(`http://127.0.0.1:${playground.port}/`);
    await page.getByText(`Hello, ${person.name}`).waitFor();
    await page.getByTitle('Hide log panel').click();
    await page.waitForTimeout(500);
    await shoot(page, `${role.as}-bot-welcome`);
    for (const step of role.bot) {
      if (step.press) {
        await page.getByRole('button', { name: step.press, exact: true }).last().click();
      } else {
        // The compose box is a rich-text editor (contenteditable), not an input.
        await page.locator('[contenteditable="true"]').last().click();
        await page.keyboard.type(step.type);
        await page.keyboard.press('Enter');
      }
      await page.getByText(step.waitFor).last().waitFor();
      await showFromTop(page.getByText(step.top ?? step.waitFor).last());
      await page.waitForTimeout(750);
      await shoot(page, step.shot);
    }
  } finally {
    await page.close();
    await stop(playground.child);
  }
}

/** Scrolls the chat so that a card starts at the top of the view (tall cards otherwise show their end). */
function showFromTop(locator) {
  return locator.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    for (let box = element.parentElement; box; box = box.parentElement) {
      if (box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)) {
        box.scrollTop -= 48;
        return;
      }
    }
  });
}

/** Waits until the tab shows no spinner, then a moment for charts to draw. */
async function settled(page) {
  await page.waitForFunction(() => document.querySelectorAll('.fui-Spinner').length === 0);
  await page.waitForTimeout(750);
}

/** The tab signed in as `as` through the dev sign-in (the token kept where the tab keeps it), one shot per page. */
async function tabScreenshots(browser, baseUrl, role) {
  const response = await fetch(`${baseUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: personAs(role.as).email }),
  });
  if (!response.ok) fail(`The dev sign-in refused ${role.as} (${response.status})`);
  const { token } = await response.json();
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
  await context.addInitScript((t) => sessionStorage.setItem('cos.devToken', t), token);
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  try {
    for (const { page: name, act } of role.tab) {
      await page.goto(`${baseUrl}/${name}`);
      await page.locator('#page-title').waitFor();
      await settled(page);
      if (act) {
        await act(page);
        await settled(page);
      }
      await shoot(page, `${role.as}-tab-${name}`);
    }
  } finally {
    await context.close();
  }
}

const started = Date.now();
let service;
let browser;
try {
  mkdirSync(OUT, { recursive: true });
  console.log('Starting the service with demo data and headless Chromium…');
  const [serviceStart, browserStart] = await Promise.allSettled([
    startService(),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      timeout: 30000,
    }),
  ]);
  service = serviceStart.value;
  browser = browserStart.value;
  for (const start of [serviceStart, browserStart]) if (start.status === 'rejected') throw start.reason;
  for (const role of roles) {
    console.log(`As ${personAs(role.as).name} (${role.as}):`);
    if (role.bot) await botScreenshots(browser, service.baseUrl, role);
    await tabScreenshots(browser, service.baseUrl, role);
  }
  console.log(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await stop(service?.child);
  rmSync(work, { recursive: true, force: true });
}
