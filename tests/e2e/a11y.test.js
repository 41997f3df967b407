// Accessibility end to end: axe (WCAG 2.1 A and AA) on every screen in both
// colour schemes, the whole journey by keyboard alone, the theme control,
// phone-sized layout and touch targets, print, reduced motion, and the
// screenshots in docs/screenshots/ that show all of it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

import { serve } from './server.js';
import { launch, watchedPage } from './browser.js';
import { KEY, historyRows, progressOf, scoresOn } from './flows.js';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const FIXTURE = new URL('../fixtures/storage-format-1.json', import.meta.url);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEME_KEY = 'networking-mindset:theme';
const SCHEMES = ['light', 'dark'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const SMALLEST = { width: 320, height: 640 };
// Touch targets: WCAG 2.5.5's 44 CSS px, less rounding.
const TARGET = 44 - 0.5;
// Varied, realistic answers (digits), seven long so it does not repeat in step with a scale.
const PATTERN = [4, 5, 2, 4, 3, 1, 5];
const answerFor = (n) => PATTERN[(n - 1) % PATTERN.length];

let server;
let browser;
let axeSource;

before(async () => {
  server = await serve();
  browser = await launch();
  axeSource = await readFile(AXE, 'utf8');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until running CSS transitions and animations end (at most 2 s). */
function settle(target) {
  return target.evaluate(() => Promise.race([
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))),
    new Promise((done) => { setTimeout(done, 2000); }),
  ]).then(() => new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(done)); })));
}

/**
 * Runs axe (WCAG 2.0/2.1 A and AA) in a page or frame and fails with the
 * rules, impacts and first targets it reports. Evaluated rather than added as
 * a script tag, since the page's CSP allows no inline script.
 */
async function audit(target, where) {
  if (!(await target.evaluate(() => typeof window.axe === 'object'))) await target.evaluate(axeSource);
  await settle(target);
  const violations = await target.evaluate(async (values) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html.slice(0, 120),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  }, WCAG);
  if (violations.length > 0) {
    const lines = violations.map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => `      ${n.target}  ${n.html}\n        ${n.summary}`);
      const more = v.nodes.length > 3 ? [`      (+${v.nodes.length - 3} more)`] : [];
      return [`  - ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} element(s))`, ...targets, ...more].join('\n');
    });
    assert.fail(`axe found ${violations.length} violation(s) on ${where}:\n${lines.join('\n')}`);
  }
}

/**
 * Answers from the current statement to the last by keyboard digits, from
 * `PATTERN`, and waits for the results. Polls every frame rather than with
 * Playwright's backoff, which would add ~0.4 s to every statement.
 * `readingMs` moves an installed fake clock on before each answer.
 */
async function answerAll(page, { readingMs = 0, onEach = async () => {} } = {}) {
  await page.bringToFront();
  const { number, total } = await progressOf(page);
  for (let n = number; n <= total; n += 1) {
    await page.waitForFunction(
      (text) => document.querySelector('.progress-label')?.textContent === text,
      `Question ${n} of ${total}`,
      { polling: 'raf' },
    );
    await onEach(n);
    if (readingMs > 0) await page.clock.fastForward(readingMs);
    await page.keyboard.press(String(answerFor(n)));
  }
  await page.locator('#results-title').waitFor();
  return total;
}

/** From the intro: Start (by mouse), then answer everything. */
async function takeQuiz(page, options) {
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  return answerAll(page, options);
}

/** Stores the format-1 fixture's two results (without its unfinished attempt) and reloads. */
async function seedTwoResults(page) {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8'));
  delete fixture.attempt;
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify(fixture)]);
  await page.reload();
  await page.getByRole('button', { name: 'See your history (2)' }).waitFor();
}

/** What the focused element is called: its aria-label, its labels' text and its own text. */
function focusedNames(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return [];
    const names = [el.getAttribute('aria-label'), el.textContent];
    for (const label of el.labels ?? []) names.push(label.textContent);
    return names.filter((name) => name != null).map((name) => name.replace(/\s+/g, ' ').trim());
  });
}

/** Presses Tab (at most `max` times) until the focused element is called `name` (text or RegExp). */
async function tabTo(page, name, max = 100) {
  const matches = (text) => (typeof name === 'string' ? text === name : name.test(text));
  if ((await focusedNames(page)).some(matches)) return;
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedNames(page)).some(matches)) return;
  }
  assert.fail(`${max} presses of Tab never reached "${name}" (last focused: ${JSON.stringify(await focusedNames(page))})`);
}

/** The theme control's radio for `name` (Auto, Light or Dark). */
function themeRadio(page, name) {
  return page.locator('fieldset.theme-switch').getByRole('radio', { name, exact: true });
}

/** Picks a theme with the mouse, on its label. */
async function clickTheme(page, name) {
  await page.locator('fieldset.theme-switch label').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }).click();
}

const themeAttribute = (page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));

/** Whether the page background is dark (relative luminance under 0.2). */
function looksDark(page) {
  return page.evaluate(() => {
    const app = document.querySelector('.app') ?? document.body;
    const [r, g, b] = getComputedStyle(app).backgroundColor.match(/\d+(\.\d+)?/g).map(Number);
    const lin = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.2;
  });
}

// 1. axe ----------------------------------------------------------------------

for (const scheme of SCHEMES) {
  test(`axe finds no WCAG 2.1 A/AA violations on any screen (${scheme})`, async () => {
    const options = { colorScheme: scheme, viewport: DESKTOP };
    const { page, context, problems } = await watchedPage(browser, server.origin, options);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Import saved results' }).waitFor();
    await audit(page, `the intro, no results yet (${scheme})`);

    await seedTwoResults(page);
    await audit(page, `the intro, with two results (${scheme})`);

    await page.getByRole('button', { name: 'Start the questionnaire' }).click();
    await page.getByText(/^Question 1 of \d+$/).waitFor();
    await audit(page, `question 1 (${scheme})`);

    await answerAll(page);
    await audit(page, `the results (${scheme})`);

    await page.getByRole('button', { name: 'See your history', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    assert.equal(await historyRows(page).count(), 3);
    await page.locator('figure.trend svg').first().waitFor();
    await audit(page, `the history with its chart (${scheme})`);

    await page.getByRole('button', { name: 'Delete all results…' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).waitFor();
    await audit(page, `the history, asking to delete everything (${scheme})`);
    await page.getByRole('button', { name: 'Keep them' }).click();
    assert.equal(await historyRows(page).count(), 3);

    if (scheme === 'light') {
      // The theme control overrides the device: dark on a device that prefers light.
      await clickTheme(page, 'Dark');
      assert.equal(await themeAttribute(page), 'dark');
      assert.ok(await looksDark(page), 'the Dark theme is dark on a light device');
      await audit(page, 'the history, theme set to Dark on a light device');
      await historyRows(page).first().getByRole('button', { name: /^Open the result/ }).click();
      await page.locator('#results-title').waitFor();
      await audit(page, 'the results, theme set to Dark on a light device');
      await page.getByRole('button', { name: 'Take it again' }).click();
      await page.getByText(/^Question 1 of \d+$/).waitFor();
      await audit(page, 'question 1, theme set to Dark on a light device');
    }
    assert.deepEqual(problems, []);
    await context.close();

    // Storage blocked, as with cookies switched off: the getter itself throws.
    const blocked = await watchedPage(browser, server.origin, options);
    await blocked.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await blocked.page.goto(server.url);
    await blocked.page.getByRole('alert').filter({ hasText: 'Results cannot be kept in this browser' }).waitFor();
    await audit(blocked.page, `the storage-blocked notice (${scheme})`);
    assert.deepEqual(blocked.problems, []);
    await blocked.context.close();

    // Stored data that cannot be read.
    const corrupt = await watchedPage(browser, server.origin, options);
    await corrupt.page.goto(server.url);
    await corrupt.page.evaluate((key) => localStorage.setItem(key, 'not json'), KEY);
    await corrupt.page.reload();
    await corrupt.page.getByRole('alert').filter({ hasText: 'Your saved results could not be read' }).waitFor();
    await audit(corrupt.page, `the corrupt-data notice (${scheme})`);
    assert.deepEqual(corrupt.problems, []);
    await corrupt.context.close();

    // The view a blog's iframe shows, opened on its own.
    const embedded = await watchedPage(browser, server.origin, options);
    const host = encodeURIComponent(server.origin);
    await embedded.page.goto(`${server.url}index.html?embed=1&host=${host}&widget=1`);
    await embedded.page.locator('.app.embedded').waitFor();
    await embedded.page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
    await audit(embedded.page, `the embedded view's intro (${scheme})`);
    await embedded.page.getByRole('button', { name: 'Start the questionnaire' }).click();
    await embedded.page.getByText(/^Question 1 of \d+$/).waitFor();
    await audit(embedded.page, `the embedded view's question 1 (${scheme})`);
    assert.deepEqual(embedded.problems, []);
    await embedded.context.close();
  });
}

// 2. Keyboard alone -------------------------------------------------------------

test('the whole journey by keyboard alone: quiz, history, export, delete one, delete all', async () => {
  const { page, context, problems } = await watchedPage(browser, server.origin, { viewport: DESKTOP });
  await page.goto(server.url);
  await seedTwoResults(page);

  await tabTo(page, 'Start the questionnaire');
  await page.keyboard.press('Enter');
  await answerAll(page, {
    onEach: async (n) => {
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'LEGEND', `focus on statement ${n}`);
    },
  });
  assert.equal((await scoresOn(page)).length, 4);

  await tabTo(page, 'See your history');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
  assert.equal(await historyRows(page).count(), 3);

  await tabTo(page, 'Export (JSON)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.json$/);

  await tabTo(page, /^Delete the result from /);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.history-row').length === 2);

  await tabTo(page, 'Delete all results…');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete everything' }).waitFor();
  await tabTo(page, 'Delete everything');
  await page.keyboard.press('Enter');
  await page.getByText('All results were deleted.').waitFor();
  assert.equal(await historyRows(page).count(), 0);

  assert.deepEqual(problems, []);
  await context.close();
});

// 3. Theme ----------------------------------------------------------------------

test('the theme control: Dark is kept across a reload, Auto follows the device again', async () => {
  const { page, context, problems } = await watchedPage(browser, server.origin, {
    colorScheme: 'light', viewport: DESKTOP,
  });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  const legend = page.locator('fieldset.theme-switch > legend');
  assert.equal((await legend.textContent()).trim(), 'Theme');
  assert.equal(await themeRadio(page, 'Auto').isChecked(), true, 'Auto at first');
  assert.equal(await themeAttribute(page), null);
  assert.equal(await looksDark(page), false, 'a light device, a light page');

  // By keyboard: Tab into the group (it lands on the checked Auto), arrows move the choice.
  await tabTo(page, 'Auto');
  for (let i = 0; i < 2 && !(await themeRadio(page, 'Dark').isChecked()); i += 1) {
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await themeRadio(page, 'Dark').isChecked(), true, 'Dark chosen with the arrow keys');
  assert.equal(await themeAttribute(page), 'dark');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY), 'dark');
  assert.equal(await looksDark(page), true, 'the page turned dark');

  await page.reload();
  await page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  assert.equal(await themeAttribute(page), 'dark', 'still dark after a reload');
  assert.equal(await themeRadio(page, 'Dark').isChecked(), true, 'and Dark is still the choice');
  assert.equal(await looksDark(page), true);

  // The control is on the question screen too, and says the same.
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.equal(await themeRadio(page, 'Dark').isChecked(), true, 'the question screen shows Dark');

  await clickTheme(page, 'Auto');
  assert.equal(await themeRadio(page, 'Auto').isChecked(), true);
  assert.equal(await themeAttribute(page), null, 'no data-theme for Auto');
  assert.ok(['auto', null].includes(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)));
  assert.equal(await looksDark(page), false, 'light again, as the device prefers');
  assert.equal((await progressOf(page)).number, 1, 'changing the theme does not answer or skip');

  assert.deepEqual(problems, []);
  await context.close();
});

// 4. Phone layout ---------------------------------------------------------------

/** No sideways scrolling, and every visible button, radio label and file label at least 44x44. */
async function assertFitsPhone(page, where) {
  await settle(page);
  const { scrollWidth, innerWidth, targets } = await page.evaluate(() => {
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };
    const describe = (el) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const parent = el.parentElement;
      const context = parent ? `${parent.tagName.toLowerCase()}${[...parent.classList].map((c) => `.${c}`).join('')} > ` : '';
      const name = (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${context}${el.tagName.toLowerCase()}${id}${classes} "${name}"`;
    };
    const out = [];
    const add = (kind, el) => {
      const r = el.getBoundingClientRect();
      out.push({ what: `${kind} ${describe(el)}`, width: r.width, height: r.height });
    };
    for (const button of document.querySelectorAll('button')) if (shown(button)) add('button', button);
    for (const input of document.querySelectorAll('input[type=radio], input[type=file]')) {
      const label = input.labels?.[0] ?? input.closest('label');
      if (!label) out.push({ what: `${input.type} input ${describe(input)} has no label`, width: 0, height: 0 });
      else if (shown(label)) add(`label of a ${input.type} input:`, label);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, targets: out };
  });
  assert.ok(scrollWidth <= innerWidth, `${where}: the page is ${scrollWidth}px wide in a ${innerWidth}px window`);
  assert.ok(targets.length > 0, `${where}: something to press`);
  const small = targets.filter((t) => t.width < TARGET || t.height < TARGET);
  assert.deepEqual(
    small.map((t) => `${t.what}: ${t.width.toFixed(1)}x${t.height.toFixed(1)}`),
    [],
    `${where}: touch targets under 44x44 CSS px`,
  );
}

test('at 320 px wide nothing scrolls sideways and every target is at least 44x44', async () => {
  const { page, context, problems } = await watchedPage(browser, server.origin, { viewport: SMALLEST });
  await page.goto(server.url);
  await seedTwoResults(page);
  await assertFitsPhone(page, 'intro at 320px');

  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  await assertFitsPhone(page, 'question 1 at 320px');

  await answerAll(page);
  await assertFitsPhone(page, 'results at 320px');

  await page.getByRole('button', { name: 'See your history', exact: true }).click();
  await page.locator('figure.trend svg').first().waitFor();
  await assertFitsPhone(page, 'history at 320px');

  assert.deepEqual(problems, []);
  await context.close();
});

// 5. Print ----------------------------------------------------------------------

test('printed results show scores, strategies and the date, and no controls', async () => {
  const { page, context, problems } = await watchedPage(browser, server.origin, { viewport: DESKTOP });
  await page.goto(server.url);
  await takeQuiz(page);
  assert.ok(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), 'a print button on screen');

  await page.emulateMedia({ media: 'print' });
  const shown = [];
  for (const control of await page.locator('button, input, select, textarea, fieldset.theme-switch').all()) {
    if (await control.isVisible()) {
      shown.push(await control.evaluate((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} `
        + `"${(el.getAttribute('aria-label') ?? el.textContent ?? el.value).replace(/\s+/g, ' ').trim().slice(0, 40)}"`));
    }
  }
  assert.deepEqual(shown, [], 'controls visible when printed');
  assert.equal(await page.locator('fieldset.theme-switch').isVisible(), false, 'no theme control on paper');

  assert.ok(await page.locator('#results-title').isVisible(), 'the heading is printed');
  const cards = page.locator('.score-card');
  assert.equal(await cards.count(), 4);
  for (let i = 0; i < 4; i += 1) {
    assert.ok(await cards.nth(i).locator('.score-number').isVisible(), `score ${i + 1} is printed`);
  }
  assert.ok(await page.locator('.strategies > .strategy').first().isVisible(), 'a strategy is printed');
  const dated = page.locator('.dated');
  assert.ok(await dated.isVisible(), 'the completion date is printed');
  assert.match(await dated.textContent(), /Completed/);

  assert.deepEqual(problems, []);
  await context.close();
});

// 6. Reduced motion ---------------------------------------------------------------

test('with reduced motion nothing on the question screen transitions or animates', async () => {
  const { page, context, problems } = await watchedPage(browser, server.origin, {
    viewport: DESKTOP, reducedMotion: 'reduce',
  });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();

  const moving = () => page.evaluate(() => {
    const nonZero = (value) => value.split(',').some((part) => parseFloat(part) !== 0);
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const transition = style.transitionDuration;
      const animation = style.animationDuration;
      if (nonZero(transition) || nonZero(animation)) {
        const classes = [...el.classList].map((c) => `.${c}`).join('');
        found.push(`${el.tagName.toLowerCase()}${classes}: transition-duration ${transition}, animation-duration ${animation}`);
      }
    }
    const running = document.getAnimations().map((a) => `${a.constructor.name} ${a.animationName ?? a.transitionProperty ?? ''}`);
    return { found, running };
  });
  assert.deepEqual(await moving(), { found: [], running: [] }, 'question 1, nothing chosen');

  await page.keyboard.press(String(answerFor(1)));
  assert.deepEqual(await moving(), { found: [], running: [] }, 'just after an answer');
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  assert.deepEqual(await moving(), { found: [], running: [] }, 'question 2');

  assert.deepEqual(problems, []);
  await context.close();
});

// 7. Screenshots -----------------------------------------------------------------

for (const scheme of SCHEMES) {
  test(`screenshots of the intro, a question and the results, phone and desktop (${scheme})`, async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const { page, context, problems } = await watchedPage(browser, server.origin, {
      colorScheme: scheme, viewport: DESKTOP,
    });
    // A reader's pace without the wait: the page's clock jumps over the reading
    // time, so the results carry no "answered very quickly" notice.
    await context.clock.install();
    // Exactly what a 360x740 phone or a 1280x800 desktop window shows.
    const shoot = async (name) => {
      // At rest: no focus ring from the focus the app moves to each new screen.
      await page.evaluate(() => document.activeElement?.blur());
      for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
        await page.setViewportSize(viewport);
        await settle(page);
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${size}-${scheme}.png`, animations: 'disabled' });
      }
      await page.setViewportSize(DESKTOP);
    };

    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
    await shoot('intro');

    await page.getByRole('button', { name: 'Start the questionnaire' }).click();
    await page.getByText(/^Question 1 of \d+$/).waitFor();
    await shoot('question');

    await answerAll(page, { readingMs: 2500 });
    const scores = await scoresOn(page);
    assert.ok(new Set(scores).size > 1, `realistic, varied scores: ${scores}`);
    assert.equal(await page.locator('.notice').count(), 0, 'no notice about the answers on the results');
    await shoot('results');

    assert.deepEqual(problems, []);
    await context.close();
  });
}
