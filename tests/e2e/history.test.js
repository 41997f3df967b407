// Results that last: history across reloads, resuming, change over time,
// export/import, deleting, share links, and two tabs at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { watchedPage } from './browser.js';
import {
  KEY, answerToTheEnd, downloadText, historyRows, progressOf, scoresOn, takeQuiz, useServedApp,
} from './flows.js';

const FIXTURE = new URL('../fixtures/storage-format-1.json', import.meta.url);

const env = useServedApp();

/** A page whose storage already holds the two results of the format-1 fixture. */
async function seeded() {
  const watched = await watchedPage(env.browser, env.server.origin);
  const fixture = await readFile(FIXTURE, 'utf8');
  await watched.page.goto(env.server.url);
  await watched.page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, fixture]);
  await watched.page.reload();
  return watched;
}

test('a result survives a reload, and a second attempt shows both and the change', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  await page.goto(env.server.url);
  await takeQuiz(page, () => 5);
  const first = await scoresOn(page);

  await page.reload();
  await page.getByRole('button', { name: 'See your history (1)' }).click();
  assert.equal(await historyRows(page).count(), 1);

  await page.getByRole('button', { name: 'Back to the start' }).click();
  await takeQuiz(page, () => 1);
  const second = await scoresOn(page);
  assert.notDeepEqual(first, second);
  const since = page.locator('section.change-summary');
  await since.getByRole('heading', { name: 'Since last time' }).waitFor();
  assert.match(await since.textContent(), /→/);
  assert.match(await since.textContent(), /clear (rise|drop)/);

  await page.getByRole('button', { name: 'See your history' }).click();
  assert.equal(await historyRows(page).count(), 2);
  assert.equal(await page.locator('figure.trend svg polyline').count() >= 4, true, 'one line per scale');
  assert.equal(await page.locator('figure.trend table tbody tr').count(), 2, 'the data table lists both');

  await historyRows(page).last().getByRole('button', { name: /^Open the result/ }).click();
  assert.deepEqual(await scoresOn(page), first, 'the oldest result opens with its own scores');

  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload mid-quiz offers to resume, and start over asks once', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  for (let n = 1; n <= 9; n += 1) {
    await page.getByText(new RegExp(`^Question ${n} of`)).waitFor();
    await page.keyboard.press('2');
  }
  await page.getByText(/^Question 10 of/).waitFor();
  await page.reload();

  await page.getByText(/Welcome back - you answered 9 of \d+\./).waitFor();
  await page.getByRole('button', { name: 'Resume' }).click();
  assert.equal((await progressOf(page)).number, 10);
  await page.keyboard.press('ArrowLeft');
  await page.getByText(/^Question 9 of/).waitFor();
  assert.equal(await page.locator('.question input[type=radio]:checked').getAttribute('value'), '2');

  await page.reload();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByText('Discard your 9 answers and start again from the first statement?').waitFor();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Discard and start over' }).click();
  assert.equal((await progressOf(page)).number, 1);
  assert.equal(await page.locator('.question input[type=radio]:checked').count(), 0);

  assert.deepEqual(problems, []);
  await context.close();
});

test('export, delete everything, import: every result comes back, none twice', async () => {
  const { page, context, problems } = await seeded();
  await page.getByRole('button', { name: 'See your history (2)' }).click();
  assert.equal(await historyRows(page).count(), 2);

  const json = await downloadText(page, page.getByRole('button', { name: 'Export (JSON)' }));
  assert.match(json.name, /^networking-mindset-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(json.text).results.length, 2);
  const csv = await downloadText(page, page.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }));
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines.length, 3, 'a header and one row per result');
  assert.match(lines[0], /^id,completed_at,content_version,promotion,prevention,value,discomfort,focus_balance,/);

  await page.getByRole('button', { name: 'Delete all results…' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByText('All results were deleted.').waitFor();
  assert.equal(await historyRows(page).count(), 0);
  await page.reload();
  assert.equal(await page.getByRole('button', { name: /See your history/ }).count(), 0, 'gone after reload too');


  const dir = await mkdtemp(join(tmpdir(), 'nm-'));
  const file = join(dir, json.name);
  await writeFile(file, json.text);
  await page.getByRole('button', { name: 'Import saved results' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText('2 results added.').waitFor();
  assert.equal(await historyRows(page).count(), 2);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText('0 results added, 2 already here.').waitFor();
  assert.equal(await historyRows(page).count(), 2);

  const broken = join(dir, 'broken.json');
  await writeFile(broken, '{"kind": "networking-mindset-export", "version": 1, "results": [');
  await page.locator('input[type=file]').setInputFiles(broken);
  await page.getByText(/Nothing was changed\./).waitFor();
  assert.equal(await historyRows(page).count(), 2);

  assert.deepEqual(problems, []);
  await context.close();
});

test('deleting one result can be undone', async () => {
  const { page, context, problems } = await seeded();
  await page.getByRole('button', { name: 'See your history (2)' }).click();
  await historyRows(page).first().getByRole('button', { name: /^Delete the result/ }).click();
  assert.equal(await historyRows(page).count(), 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await historyRows(page).count(), 2);
  await page.reload();
  await page.getByRole('button', { name: 'See your history (2)' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link opens a read-only copy of the scores, and a changed one is refused', async () => {
  const { page, context, problems } = await seeded();
  await page.getByRole('button', { name: 'See your history (2)' }).click();
  await historyRows(page).first().getByRole('button', { name: /^Open the result/ }).click();
  const scores = await scoresOn(page);
  const link = await page.getByLabel('Share link').inputValue();
  assert.match(link, /#share=/);
  assert.ok(!/answers|promotion-1/.test(link), 'answers never go into the link');

  const friend = await watchedPage(env.browser, env.server.origin);
  await friend.page.goto(link);
  await friend.page.getByRole('heading', { level: 1, name: 'A shared networking mindset' }).waitFor();
  assert.deepEqual(await scoresOn(friend.page), scores);
  assert.equal(await friend.page.getByRole('button', { name: 'Take it again' }).count(), 0, 'read-only');

  const tampered = link.replace(/share=1\.(\d+)/, (_, s) => `share=1.${(Number(s) + 7) % 100}`);
  await friend.page.goto('about:blank');
  await friend.page.goto(tampered);
  await friend.page.getByText('This share link has been changed since it was made').waitFor();
  await friend.page.goto('about:blank');
  await friend.page.goto(`${env.server.url}#share=1.2`);
  await friend.page.getByText('This share link is incomplete or garbled').waitFor();

  assert.deepEqual([...problems, ...friend.problems], []);
  await friend.context.close();
  await context.close();
});

test('a result finished in one tab appears in the other without a reload', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  await page.goto(env.server.url);
  const other = await context.newPage();
  await other.goto(env.server.url);
  await takeQuiz(other, () => 4);

  await page.getByRole('button', { name: 'See your history (1)' }).click();
  assert.equal(await historyRows(page).count(), 1);
  await other.getByRole('button', { name: 'Take it again' }).click();
  await answerToTheEnd(other, () => 2);
  await historyRows(page).nth(1).waitFor();
  assert.equal(await historyRows(page).count(), 2);

  // The first tab takes it too: writes merge by id, nothing is lost.
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await takeQuiz(page, () => 3);
  await other.reload();
  await other.getByRole('button', { name: 'See your history (3)' }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('the stored format-1 fixture is read as written', async () => {
  const { page, context, problems } = await seeded();
  await page.getByText(/Welcome back - you answered 9 of \d+\./).waitFor();
  await page.getByRole('button', { name: 'See your history (2)' }).click();
  const newest = await historyRows(page).first().textContent();
  for (const score of [54, 63, 50, 54]) assert.match(newest, new RegExp(`\\D${score}(\\D|$)`));
  assert.deepEqual(problems, []);
  await context.close();
});

