// Steps a person takes again and again in the end-to-end tests.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { launch } from './browser.js';
import { serve } from './server.js';

export const KEY = 'networking-mindset';

/**
 * Starts the dist/ server and Chromium before a file's tests and stops both
 * after them; the returned object holds `server` and `browser` once started.
 */
export function useServedApp() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
export const BACKUP_KEY = 'networking-mindset:unreadable-backup';

/** How the progress label reads in English; other languages pass their own. */
export const ENGLISH_PROGRESS = {
  pattern: /Question (\d+) of (\d+)/,
  label: (n, total) => `Question ${n} of ${total}`,
};

/** The "Question N of M" numbers on screen (`progress` for another language). */
export async function progressOf(page, progress = ENGLISH_PROGRESS) {
  const text = await page.locator('.progress-label').textContent();
  const match = progress.pattern.exec(text ?? '');
  assert.ok(match, `no progress label in ${text}`);
  return { number: Number(match[1]), total: Number(match[2]) };
}

/**
 * Answers from the current question to the end with the keyboard:
 * `answerFor(n)` gives the digit for question n. Ends on the results page.
 * `progress` is how the progress label reads, for a quiz in another language.
 */
export async function answerToTheEnd(page, answerFor, progress = ENGLISH_PROGRESS) {
  // A person answers in the tab they are looking at; background tabs throttle timers.
  await page.bringToFront();
  const { number, total } = await progressOf(page, progress);
  for (let n = number; n <= total; n += 1) {
    await page.getByText(progress.label(n, total)).waitFor();
    await page.keyboard.press(String(answerFor(n)));
  }
  await page.locator('#results-title').waitFor();
}

/** From the intro: Start, then answer everything. */
export async function takeQuiz(page, answerFor) {
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  await answerToTheEnd(page, answerFor);
}

/** The four scores on a results page, in order. */
export async function scoresOn(page) {
  return page.locator('.score-card .score-number').allTextContents().then((all) => all.map(Number));
}

/** Each scale card's name, score and band words on a results page, in order. */
export async function scoreCards(page) {
  const cards = page.locator('.score-card');
  assert.equal(await cards.count(), 4, 'four scale cards');
  const scores = [];
  for (let i = 0; i < 4; i += 1) {
    const card = cards.nth(i);
    scores.push({
      name: await card.locator('h3').textContent(),
      score: Number(await card.locator('.score-number').textContent()),
      band: await card.locator('.band').textContent(),
    });
  }
  return scores;
}

/** Rows on the history screen. */
export function historyRows(page) {
  return page.locator('.history-row');
}

/** Clicks `button` and returns the downloaded file's text. */
export async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
