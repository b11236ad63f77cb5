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
    // A cell's text: the light-DOM content slotted into the grid's shadow-DOM cell.
    const text = (cell) => {
      const slot = cell && cell.querySelector('slot');
      const content = slot && slot.assignedElements()[0];
      return content ? content.textContent.trim() : '';
    };
    window.sparktuneEpochs = () => {
      const root = grid.shadowRoot;
      const header = [...root.querySelectorAll('thead tr')].pop();
      const column = header ? [...header.querySelectorAll('th')].map(text).indexOf('Epochs') : -1;
      const row = root.querySelector('tbody#items tr');
      return column < 0 || !row ? NaN : Number(text(row.querySelectorAll('td')[column]));
    };
    let last = -1;
    const check = () => {
      const n = window.sparktuneEpochs();
      if (!Number.isNaN(n) && n !== last) {
        last = n;
        window.sparktuneSeen(n, Date.now());
      }
    };
    new MutationObserver(check).observe(grid, { subtree: true, childList: true, characterData: true });
    setInterval(check, 10);
    check();
  });
  console.log('watching');
  const deadline = Date.now() + 120000;
  await page.waitForFunction((n) => window.sparktuneEpochs() >= n, epochs,
    { timeout: Math.max(1000, deadline - Date.now()), polling: 50 });
  await page.waitForTimeout(200);
} finally {
  await browser.close();
}
