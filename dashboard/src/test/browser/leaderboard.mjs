// The leaderboard in a real browser: Debian's Chromium, headless, driven by playwright-core.
//
//   node leaderboard.mjs STUDY_URL ARTIFACT_DIR
//
// Opens the study's page while its study runs, and checks, without reloading the page, that rows
// appear and that their values change; then opens a trial from the leaderboard. Screenshots of both
// pages go to ARTIFACT_DIR. Exits 0 when every check held, 1 with the reason otherwise.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [studyUrl, artifacts] = process.argv.slice(2);
if (!studyUrl || !artifacts) {
  console.error('usage: node leaderboard.mjs STUDY_URL ARTIFACT_DIR');
  process.exit(2);
}
mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

// What the leaderboard shows now: its row count (the grid's size, counted on the server) and the text
// of every rendered cell.
async function leaderboard(page) {
  return page.evaluate(() => {
    const grid = document.querySelector('#leaderboard');
    if (!grid) {
      return null;
    }
    const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')].map((c) => c.textContent.trim());
    return { size: grid.size ?? 0, text: cells.join('|') };
  });
}

async function waitFor(page, what, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await leaderboard(page);
    if (last && predicate(last)) {
      return last;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`${what} within ${timeoutMs} ms; last seen: ${JSON.stringify(last)}`);
}

let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(studyUrl, { waitUntil: 'load' });
  await page.waitForSelector('#leaderboard', { timeout: 30000 });
  // A mark on the page's window: a reload would wipe it.
  await page.evaluate(() => { window.sparktuneMark = 'no reload'; });

  const first = await waitFor(page, 'the leaderboard showed no row', (l) => l.size > 0, 30000);
  console.log(`first seen: ${first.size} rows`);
  const more = await waitFor(page, 'no new row appeared', (l) => l.size > first.size, 30000);
  console.log(`rows appeared: ${first.size} -> ${more.size}`);
  const changed = await waitFor(page, 'no value changed', (l) => l.text !== more.text, 30000);
  console.log(`values changed: now ${changed.size} rows`);
  check(await page.evaluate(() => window.sparktuneMark) === 'no reload', 'the page was reloaded');
  for (const id of ['study-title', 'study-summary', 'best-so-far', 'learning-curves', 'parallel-coordinates']) {
    check(await page.locator(`#${id}`).count() === 1, `the study page has no #${id}`);
  }
  check((await page.locator('#learning-curves svg').count()) > 0, 'the learning curves are not drawn');
  await page.screenshot({ path: join(artifacts, 'study.png'), fullPage: true });

  // Open a trial: the trial number in the first row is a link to its page.
  await page.locator('#leaderboard vaadin-grid-cell-content a').first().click();
  await page.waitForSelector('#trial-title', { timeout: 15000 });
  const title = (await page.locator('#trial-title').textContent()).trim();
  check(/Trial \d+/.test(title), `the trial page's title is "${title}"`);
  check(await page.locator('#trial-reports').count() === 1, 'the trial page shows no reports');
  check(await page.locator('#trial-attempts').count() === 1, 'the trial page shows no attempts');
  console.log(`opened: ${title}`);
  await page.screenshot({ path: join(artifacts, 'trial.png'), fullPage: true });
} catch (e) {
  failed = true;
  console.error(`FAILED: ${e.message}`);
  try {
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages.length > 0) {
      await pages[0].screenshot({ path: join(artifacts, 'failure.png'), fullPage: true });
    }
  } catch (ignored) {
    // the screenshot of a failure is a courtesy
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
