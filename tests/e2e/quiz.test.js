// Takes the whole quiz as a person would, once by mouse and once by keyboard
// alone, against the release build in dist/ served under a subpath.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watchedPage } from './browser.js';
import { progressOf, scoreCards, useServedApp } from './flows.js';

const LABELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
// A careful reader spends over a second on each statement.
const READING_MS = 1100;
// A varied, realistic set of answers (seven long, so it does not repeat in step with a scale).
const PERSONA = [3, 4, 1, 3, 2, 0, 4];

const env = useServedApp();

test('a person takes the whole quiz with the mouse and sees scores and strategies', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin, {
    viewport: { width: 1280, height: 800 },
  });
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();

  const { total } = await progressOf(page);
  assert.ok(total >= 20 && total <= 30, `${total} questions`);
  for (let n = 1; n <= total; n += 1) {
    await page.getByText(`Question ${n} of ${total}`).waitFor();
    await page.waitForTimeout(READING_MS);
    const label = LABELS[PERSONA[n % PERSONA.length]];
    await page.locator('.choice', { hasText: new RegExp(`^\\d?${label}$`) }).click();
  }

  await page.getByRole('heading', { level: 1, name: 'Your networking mindset' }).waitFor();
  assert.equal(await page.locator('.notice').count(), 0, 'careful, varied answers raise no notice');
  const scores = await scoreCards(page);
  for (const { name, score, band } of scores) {
    assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `${name}: ${score}`);
    assert.match(band, /^(Low|Moderate|High) \(rough band\)$/);
  }
  assert.match(await page.locator('.balance figcaption').textContent(), /^Promotion \d+, prevention \d+: /);
  const strategies = page.locator('.strategies > .strategy');
  assert.ok((await strategies.count()) >= 1, 'at least one strategy');
  const first = strategies.first();
  assert.ok(await first.isVisible());
  assert.match(await first.locator('.fits').textContent(), /Why this fits you: Your .* score is \d+/);
  assert.match(await first.textContent(), /Instead of telling yourself/);
  assert.match(await first.textContent(), /This week:/);

  await page.getByRole('button', { name: 'Take it again' }).click();
  await page.getByText(`Question 1 of ${total}`).waitFor();
  assert.equal(await page.locator('.question input[type=radio]:checked').count(), 0, 'a fresh start');

  assert.deepEqual(problems, []);
  await context.close();
});

test('a person takes the whole quiz with the keyboard alone', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin, {
    viewport: { width: 360, height: 740 },
  });
  await page.goto(env.server.url);

  // Tab to the Start button like a keyboard user, then press Enter.
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    if (focused === 'Start the questionnaire') break;
  }
  await page.keyboard.press('Enter');
  const { total } = await progressOf(page);

  // Answer the first question, go back with the left arrow, see it kept, move on with Enter.
  await page.keyboard.press('2');
  await page.getByText(`Question 2 of ${total}`).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByText(`Question 1 of ${total}`).waitFor();
  assert.equal(await page.locator('.question input[type=radio]:checked').getAttribute('value'), '2');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');

  for (let n = 2; n <= total; n += 1) {
    await page.getByText(`Question ${n} of ${total}`).waitFor();
    const legendFocused = await page.evaluate(() => document.activeElement?.tagName === 'LEGEND');
    assert.ok(legendFocused, `focus is on statement ${n}`);
    await page.keyboard.press('3');
  }

  await page.getByRole('heading', { level: 1, name: 'Your networking mindset' }).waitFor();
  // The middle answer everywhere puts every scale at exactly 50: moderate.
  for (const { name, score, band } of await scoreCards(page)) {
    assert.equal(score, 50, name);
    assert.equal(band, 'Moderate (rough band)', name);
  }
  assert.equal(
    await page.locator('.balance figcaption').textContent(),
    'Promotion 50, prevention 50: fairly balanced (0).',
  );
  // One answer on every statement is flagged gently, without blocking.
  assert.match(await page.locator('.notice').first().textContent(), /same answer/);
  assert.ok((await page.locator('.strategies > .strategy').count()) >= 1);

  // Tab reaches "Take it again" and Enter restarts.
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    if (focused === 'Take it again') break;
  }
  await page.keyboard.press('Enter');
  await page.getByText(`Question 1 of ${total}`).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});
