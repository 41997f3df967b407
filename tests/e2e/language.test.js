// A German reader takes the quiz in German, switches to English on the
// results, and sees the same scores; the language follows the page's
// request, then the reader's own choice, then their browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watchedPage } from './browser.js';
import { answerToTheEnd, historyRows, KEY, progressOf, scoreCards, useServedApp } from './flows.js';

const env = useServedApp();
// A catalogue gap shows as ⟦key⟧ (catalogue.rs); none may ever reach a reader.
const MISSING = '⟦';
const PERSONA = [4, 2, 5, 1, 3, 4, 2];

/** Fails if any text on the page, inside or outside a shadow root, is a missing key. */
async function assertNoMissingKeys(page, where) {
  const text = await page.locator('body').innerText();
  assert.ok(!text.includes(MISSING), `${where}: a missing catalogue key is shown:\n${text}`);
  const labels = await page.locator('[aria-label]').evaluateAll((all) => all.map((e) => e.getAttribute('aria-label')));
  assert.ok(!labels.join(' ').includes(MISSING), `${where}: a missing key in an aria-label`);
}

/** How the progress label reads in German. */
const GERMAN_PROGRESS = {
  pattern: /Aussage (\d+) von (\d+)/,
  label: (n, total) => `Aussage ${n} von ${total}`,
};
const persona = (n) => PERSONA[n % PERSONA.length];

test('a quiz taken in German from ?lang=de shows the same scores in English after switching', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.url}?lang=de`);
  await page.getByRole('heading', { level: 1, name: 'Wie gehst du ans Netzwerken heran?' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de', 'screen readers are told it is German');
  await assertNoMissingKeys(page, 'German intro');

  await page.getByRole('button', { name: 'Fragebogen starten' }).click();
  await page.getByText(/^Aussage 1 von \d+$/).waitFor();
  await assertNoMissingKeys(page, 'German question');
  const { total } = await progressOf(page, GERMAN_PROGRESS);
  await answerToTheEnd(page, persona, GERMAN_PROGRESS);

  await page.getByRole('heading', { level: 1, name: 'Deine Haltung zum Netzwerken' }).waitFor();
  const german = await scoreCards(page);
  for (const { band } of german) assert.match(band, /^(Niedrig|Mittel|Hoch) \(grobe Einstufung\)$/);
  assert.match(await page.locator('.dated').textContent(), /^Ausgefüllt am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/);
  assert.match(await page.locator('.lead').textContent(), new RegExp(`${total} von ${total} Aussagen`));
  await assertNoMissingKeys(page, 'German results');

  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Your networking mindset' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const english = await scoreCards(page);
  assert.deepEqual(english.map((c) => c.score), german.map((c) => c.score), 'the same scores in either language');
  assert.deepEqual(
    english.map((c) => c.name),
    ['Promotion focus', 'Prevention focus', 'Perceived value', 'Networking discomfort'],
  );
  for (const { band } of english) assert.match(band, /^(Low|Moderate|High) \(rough band\)$/);
  assert.match(await page.locator('.dated').textContent(), /^Completed \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
  assert.match(await page.locator('.strategy .fits').first().textContent(), /^Why this fits you: /);
  await assertNoMissingKeys(page, 'English results');

  // The switch is remembered: the address now says English, and so does storage.
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  assert.equal(await page.evaluate(() => localStorage.getItem('networking-mindset:lang')), 'en');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'How do you approach networking?' }).waitFor();
  await page.getByRole('button', { name: 'See your history (1)' }).click();
  await historyRows(page).first().waitFor();
  assert.match(await historyRows(page).first().textContent(), new RegExp(english[0].score));
  await assertNoMissingKeys(page, 'English history');

  // Stored results hold answers and scores, never text.
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  assert.ok(!stored.includes('Aussage') && !stored.includes('Promotion focus'), 'no words are stored');

  assert.deepEqual(problems, []);
  await context.close();
});

test('without a request the browser\'s languages decide, and a remembered switch beats them', async () => {
  const german = await watchedPage(env.browser, env.server.origin, { locale: 'de-AT' });
  await german.page.goto(env.server.url);
  await german.page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
  assert.equal(await german.page.locator('html').getAttribute('lang'), 'de');
  await german.page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await german.page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  await german.page.goto(env.server.url);
  await german.page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  assert.deepEqual(german.problems, []);
  await german.context.close();

  const french = await watchedPage(env.browser, env.server.origin, { locale: 'fr-FR' });
  await french.page.goto(env.server.url);
  await french.page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  assert.equal(await french.page.locator('html').getAttribute('lang'), 'en', 'no French yet: English');
  await french.page.goto(`${env.server.url}?lang=de`);
  await french.page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
  assert.deepEqual(french.problems, []);
  await french.context.close();
});

test('the history, chart and data tools are complete in German', async () => {
  const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.url}?lang=de`);
  for (let round = 0; round < 2; round += 1) {
    await page.getByRole('button', { name: /^(Fragebogen starten|Noch einmal ausfüllen)$/ }).click();
    await page.locator('.progress-label').waitFor();
    await answerToTheEnd(page, persona, GERMAN_PROGRESS);
    if (round === 0) await page.getByRole('button', { name: 'Noch einmal ausfüllen' }).waitFor();
  }
  await assertNoMissingKeys(page, 'German results with a change since last time');
  await page.getByRole('button', { name: 'Deinen Verlauf ansehen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dein Verlauf' }).waitFor();
  await page.locator('.trend-chart').waitFor();
  assert.match(await page.locator('.trend-chart title').textContent(), /2 Ergebnisse/);
  await page.getByRole('button', { name: 'Alle Ergebnisse löschen …' }).click();
  await assertNoMissingKeys(page, 'German history with the delete question');
  assert.deepEqual(problems, []);
  await context.close();
});
