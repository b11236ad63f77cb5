// The browser half of push-latency.sh: opens a study's leaderboard in headless Chromium and reports,
// for each change of trial 0's epoch count, when the page showed it.
//
//   node push_latency.mjs STUDY_URL EPOCHS
//
// Prints "watching" once the leaderboard shows trial 0, then "seen N MILLIS" (the wall clock, in
// milliseconds since the epoch) each time the page shows N epochs, until it shows EPOCHS.
import { chromium } from 'playwright-core';

const [studyUrl, epochsText] = process.argv.slice(2);
const epochs = Number(epochsText);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(studyUrl, { waitUntil: 'load' });
  await page.waitForSelector('#leaderboard', { timeout: 30000 });
  // The page reports each change itself (a MutationObserver), with the time it saw it.
  await page.exposeFunction('sparktuneSeen', (n, at) => console.log(`seen ${n} ${at}`));
  await page.evaluate(() => {
    const grid = document.querySelector('#leaderboard');
    let last = -1;
    const check = () => {
      const header = [...grid.querySelectorAll('vaadin-grid-cell-content')];
      const texts = header.map((c) => c.textContent.trim());
      const column = texts.indexOf('Epochs');
      const columns = texts.indexOf('Reason') + 1;
      if (column < 0 || columns <= 0 || texts.length < columns * 2) {
        return;
      }
      const n = Number(texts[columns + column]);
      if (!Number.isNaN(n) && n !== last) {
        last = n;
        window.sparktuneSeen(n, Date.now());
      }
    };
    new MutationObserver(check).observe(grid, { subtree: true, childList: true, characterData: true });
    check();
  });
  console.log('watching');
  const deadline = Date.now() + 120000;
  await page.waitForFunction((n) => {
    const texts = [...document.querySelectorAll('#leaderboard vaadin-grid-cell-content')].map((c) => c.textContent.trim());
    const column = texts.indexOf('Epochs');
    const columns = texts.indexOf('Reason') + 1;
    return column >= 0 && Number(texts[columns + column]) >= n;
  }, epochs, { timeout: Math.max(1000, deadline - Date.now()), polling: 50 });
  await page.waitForTimeout(200);
} finally {
  await browser.close();
}
