// When storage misbehaves: blocked, full, or holding something unreadable.
// Each case is made real in the browser before the app's code runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watchedPage } from './browser.js';
import { BACKUP_KEY, KEY, downloadText, historyRows, scoresOn, takeQuiz, useServedApp } from './flows.js';

const env = useServedApp();

test('storage blocked: the quiz still works, with a notice and an export', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  // As with cookies switched off: the localStorage getter itself throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(env.server.url);
  const notice = page.getByRole('alert').filter({ hasText: 'Results cannot be kept in this browser' });
  await notice.waitFor();
  await takeQuiz(page, () => 4);
  assert.equal((await scoresOn(page)).length, 4);
  const exported = await downloadText(page, notice.getByRole('button', { name: 'Export results' }));
  assert.equal(JSON.parse(exported.text).results.length, 1, 'the visit\'s result can be kept by export');
  assert.deepEqual(problems, []);
  await context.close();
});

test('quota exceeded: a notice, nothing in memory lost, export offered', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function full() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(env.server.url);
  await takeQuiz(page, () => 2);
  const notice = page.getByRole('alert').filter({ hasText: "This browser's storage is full" });
  await notice.waitFor();
  await page.getByRole('button', { name: 'See your history' }).click();
  assert.equal(await historyRows(page).count(), 1, 'the result is still here for this visit');
  const exported = await downloadText(page, notice.getByRole('button', { name: 'Export results' }));
  assert.equal(JSON.parse(exported.text).results.length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [what, stored, reason] of [
  ['not JSON', 'this is {not json', /not in a readable format/],
  ['the wrong shape', '{"format":1,"results":"lots"}', /unexpected shape/],
  ['a format from the future', '{"format":99,"results":[]}', /newer version of this app/],
]) {
  test(`corrupt storage (${what}): kept as a backup, downloadable, never overwritten silently`, async () => {
    const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(env.server.url);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, stored]);
    await page.reload();

    const notice = page.getByRole('alert').filter({ hasText: 'Your saved results could not be read' });
    await notice.waitFor();
    assert.match(await notice.textContent(), reason);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY), stored);
    const kept = await downloadText(page, notice.getByRole('button', { name: 'Download the unreadable data' }));
    assert.equal(kept.text, stored);

    await takeQuiz(page, () => 3);
    const after = await page.evaluate(([key, backup]) => [localStorage.getItem(key), localStorage.getItem(backup)], [KEY, BACKUP_KEY]);
    assert.equal(JSON.parse(after[0]).results.length, 1, 'new results are saved again');
    assert.equal(after[1], stored, 'the backup is untouched');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
