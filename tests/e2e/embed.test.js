// Embedding, from the host page's side: a blog post on one origin embeds the
// widget from another, once in an iframe and once mounted directly into a
// shadow root, with strict CSPs on both origins and a deliberately rude
// stylesheet (examples/blog.css). A reader of the blog must see the widget
// sized to its content and in its own look, and the blog unchanged.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { DIST, serve } from './server.js';
import { launch } from './browser.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const EMBED_SOURCE = new URL('../../embed/embed.js', import.meta.url);
const PLACEHOLDER = 'https://widgets.example.com/tools/mindset/';
const SNIPPET = '<div data-networking-mindset data-theme="auto"></div>';
const DIRECT = '<div data-networking-mindset data-mode="direct" data-compact></div>';
const SCRIPT_TAG = /<script src="[^"]*embed\.js" async><\/script>/;
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const LABELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const PERSONA = [3, 4, 1, 3, 2, 0, 4];
const HOTPINK = 'rgb(255, 105, 180)';
const BLOG_RED = 'rgb(204, 0, 0)';
const LEAKED_RED = 'rgb(255, 0, 0)';
const IFRAME_HOSTS = '[data-networking-mindset]:not([data-mode=direct])';

let widget;
let blog;
let browser;
let dir;

/** `text` with `from` replaced once; fails loudly if the example changed shape. */
function swap(text, from, to) {
  assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `the example holds ${from}`);
  return text.replace(from, to);
}

before(async () => {
  widget = await serve({
    prefix: '/tools/mindset/',
    headers: { 'content-security-policy': WIDGET_CSP, 'access-control-allow-origin': '*' },
  });
  // The blog, with its placeholder pointing at the local widget, plus variants.
  dir = await mkdtemp(join(tmpdir(), 'nm-blog-'));
  const post = (await readFile(new URL('blog-post.html', EXAMPLES), 'utf8')).replaceAll(PLACEHOLDER, widget.url);
  assert.ok(post.includes(`<script src="${widget.url}embed.js" async></script>`), 'the README snippet\'s tag');
  const pages = {
    'blog-post.html': post,
    'scores.html': swap(post, SNIPPET, SNIPPET.replace('></div>', ' data-share-scores></div>')),
    'two.html': swap(post, DIRECT, '<div data-networking-mindset data-theme="light" data-compact></div>'),
    'bare.html': swap(post, SCRIPT_TAG, ''),
    'german.html': swap(
      swap(post, SNIPPET, SNIPPET.replace('></div>', ' data-lang="de"></div>')),
      DIRECT,
      DIRECT.replace('></div>', ' lang="de"></div>'),
    ),
  };
  for (const [name, html] of Object.entries(pages)) await writeFile(join(dir, name), html);
  await writeFile(join(dir, 'blog.css'), await readFile(new URL('blog.css', EXAMPLES)));
  // A strict host: no inline script or style, only the widget's origin besides its own.
  const w = widget.origin;
  blog = await serve({
    root: dir,
    prefix: '/blog/',
    headers: {
      'content-security-policy': `default-src 'self'; script-src 'self' ${w} 'wasm-unsafe-eval'; `
        + `style-src 'self' ${w}; connect-src 'self' ${w}; frame-src ${w}; img-src 'self' data:`,
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await widget?.close();
  await blog?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Opens a blog page in a fresh context. `problems` collects requests to any
 * origin but the two local ones, console errors, uncaught errors and CSP
 * violations, in the page and in every frame. The widget's events are
 * recorded from the start in `window.nmEvents`.
 */
async function open(name, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  await context.addInitScript(() => {
    const report = (what) => console.error(`${what} (in ${location.origin})`);
    addEventListener('securitypolicyviolation', (e) => report(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    addEventListener('error', (e) => report(`uncaught: ${e.message}`));
    addEventListener('unhandledrejection', (e) => report(`unhandled rejection: ${e.reason}`));
    window.nmEvents = [];
    for (const type of ['ready', 'resize', 'screen', 'completed']) {
      addEventListener(`networking-mindset:${type}`, (e) => {
        const hosts = [...document.querySelectorAll('[data-networking-mindset]')];
        window.nmEvents.push({ host: hosts.indexOf(e.target), type, detail: e.detail });
      });
    }
  });
  const page = await context.newPage();
  const problems = [];
  const documents = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') documents.push(response);
  });
  const origins = [blog.origin, widget.origin];
  page.on('request', (request) => {
    const url = request.url();
    if (!origins.some((origin) => url.startsWith(`${origin}/`)) && !/^(data|blob|about):/.test(url)) {
      problems.push(`request outside the two origins: ${url}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} at ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${blog.url}${name}`);
  return { page, context, problems, documents };
}

/** Computed styles of the blog's own elements that a leaky widget would change. */
function blogStyles(page) {
  return page.evaluate(() => {
    const pick = (selector, ...properties) => {
      const style = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      root: pick('html', 'font-size', 'background-color', '--nm-accent'),
      body: pick('body', 'font-family', 'color', 'line-height'),
      h1: pick('.post h1', 'color', 'font-family', 'text-transform'),
      h2: pick('.post h2', 'color', 'font-family'),
      lede: pick('.lede', 'color', 'font-size'),
      button: pick('.subscribe button', 'background-color', 'font-family', 'border-radius', 'text-transform'),
      input: pick('.subscribe input', 'border-bottom-color'),
    };
  });
}

/** The blog as it looks without any widget script. */
async function bareBlogStyles() {
  const { page, context, problems } = await open('bare.html');
  const styles = await blogStyles(page);
  assert.deepEqual(problems, []);
  await context.close();
  return styles;
}

/**
 * Heights once they stop moving: the iframe on the blog, the widget's content
 * inside it, and the frame document's scroll and client heights.
 */
async function settledHeights(page, iframe) {
  // Where a reader looks: Chromium pauses rendering, and so resize reports, in
  // cross-origin frames scrolled out of view.
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  let last = '';
  let stable = 0;
  for (let i = 0; i < 200; i += 1) {
    const now = {
      frame: await iframe.evaluate((el) => el.getBoundingClientRect().height),
      ...(await frame.evaluate(() => ({
        content: document.querySelector('.app').getBoundingClientRect().height,
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }))),
    };
    stable = JSON.stringify(now) === last ? stable + 1 : 0;
    if (stable === 4) return now;
    last = JSON.stringify(now);
    await page.waitForTimeout(50);
  }
  throw new Error(`the iframe's height never settled: ${last}`);
}

/** The iframe fits its content: no inner scrollbar, no gap over 40 px. */
async function assertFits(page, iframe, where) {
  const h = await settledHeights(page, iframe);
  assert.ok(h.scroll <= h.client + 1, `${where}: content ${h.scroll}px scrolls inside a ${h.client}px frame`);
  assert.ok(h.frame - h.content <= 40, `${where}: a ${h.frame}px frame around ${h.content}px of content`);
  return h;
}

async function progressIn(app) {
  const text = await app.locator('.progress-label').textContent();
  const match = /Question (\d+) of (\d+)/.exec(text ?? '');
  assert.ok(match, `no progress label in ${text}`);
  return { number: Number(match[1]), total: Number(match[2]) };
}

/** Clicks the answer for statement `n` and waits for the next one. */
async function answer(app, n, total) {
  await app.getByText(`Question ${n} of ${total}`).waitFor();
  const label = LABELS[PERSONA[n % PERSONA.length]];
  await app.locator('.choice', { hasText: new RegExp(`^\\d?${label}$`) }).click();
  if (n < total) await app.getByText(`Question ${n + 1} of ${total}`).waitFor();
}

/** From the intro: Start, then click an answer to every statement. */
async function takeQuiz(app) {
  await app.getByRole('button', { name: 'Start the questionnaire' }).click();
  const { total } = await progressIn(app);
  for (let n = 1; n <= total; n += 1) await answer(app, n, total);
  await app.locator('#results-title').waitFor();
  return total;
}

const events = (page) => page.evaluate(() => window.nmEvents);

/** The screens one widget reported, without repeats in a row. */
async function screensOf(page, host) {
  const screens = (await events(page)).filter((e) => e.host === host && e.type === 'screen');
  return screens.map((e) => e.detail.screen).filter((screen, i, all) => screen !== all[i - 1]);
}

test('the iframe embed follows its content on every screen and leaves the blog alone', async () => {
  const bare = await bareBlogStyles();
  const { page, context, problems } = await open('blog-post.html');
  const hosts = page.locator(IFRAME_HOSTS);
  const iframe = hosts.first().locator('iframe');
  await iframe.waitFor();
  assert.equal(await page.locator('[data-networking-mindset] iframe').count(), await hosts.count(), 'one frame each');
  assert.equal(await page.locator('[data-mode=direct] iframe').count(), 0, 'the direct widget has no frame');
  assert.equal(await iframe.getAttribute('title'), 'Networking Mindset self-check');
  const src = new URL(await iframe.getAttribute('src'));
  assert.equal(`${src.origin}${src.pathname}`, `${widget.url}index.html`);
  assert.equal(src.searchParams.get('embed'), '1');
  assert.equal(src.searchParams.get('host'), blog.origin);
  assert.equal(src.searchParams.get('theme'), 'auto');
  assert.equal(src.searchParams.get('scores'), null, 'scores only on request');

  const app = iframe.contentFrame();
  await app.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  await assertFits(page, iframe, 'intro');
  assert.deepEqual(await blogStyles(page), bare, 'loading the widgets changes nothing on the blog');

  // A message that only looks like the widget's, from the wrong window, is ignored.
  const introHeight = await iframe.evaluate((el) => el.style.height);
  await page.evaluate((id) => new Promise((resolve) => {
    addEventListener('message', () => setTimeout(resolve, 0), { once: true });
    window.postMessage({ source: 'networking-mindset', version: 1, widget: id, type: 'resize', height: 5000 }, '*');
  }), src.searchParams.get('widget'));
  assert.equal(await iframe.evaluate((el) => el.style.height), introHeight, 'a spoofed resize changes nothing');
  assert.ok(!(await events(page)).some((e) => e.detail.height === 5000), 'and raises no event');

  await app.getByRole('button', { name: 'Start the questionnaire' }).click();
  const { total } = await progressIn(app);
  const firstQuestion = await assertFits(page, iframe, 'question 1');

  for (let n = 1; n <= total; n += 1) {
    await answer(app, n, total);
    if (n === 12) await assertFits(page, iframe, 'question 13');
  }
  await app.locator('#results-title').waitFor();
  await assertFits(page, iframe, 'results');
  assert.deepEqual(await blogStyles(page), bare, 'the finished quiz changes nothing on the blog');

  // Back to a short screen: the frame shrinks again.
  await app.getByRole('button', { name: 'Take it again' }).click();
  await app.getByText(`Question 1 of ${total}`).waitFor();
  const again = await assertFits(page, iframe, 'question 1, again');
  assert.ok(Math.abs(again.frame - firstQuestion.frame) <= 2, `shrinks back: ${firstQuestion.frame} -> ${again.frame}`);

  const seen = (await events(page)).filter((e) => e.host === 0);
  const ready = seen.filter((e) => e.type === 'ready');
  assert.equal(ready.length, 1, 'one ready event');
  assert.ok(Number.isInteger(ready[0].detail.height), `ready height ${ready[0].detail.height}`);
  assert.ok(seen.some((e) => e.type === 'resize'), 'resize events');
  assert.deepEqual(await screensOf(page, 0), ['intro', 'question', 'results', 'question']);
  const completed = seen.filter((e) => e.type === 'completed');
  assert.equal(completed.length, 1, 'one completed event');
  assert.deepEqual(Object.keys(completed[0].detail).sort(), ['source', 'type', 'version', 'widget']);
  assert.equal(completed[0].detail.widget, src.searchParams.get('widget'));

  assert.deepEqual(problems, []);
  await context.close();
});

test('with data-share-scores the blog receives the four scores, never the answers', async () => {
  const { page, context, problems } = await open('scores.html');
  const iframe = page.locator(IFRAME_HOSTS).first().locator('iframe');
  assert.equal(new URL(await iframe.getAttribute('src')).searchParams.get('scores'), '1');
  const app = iframe.contentFrame();
  await takeQuiz(app);
  const shown = (await app.locator('.score-card .score-number').allTextContents()).map(Number);

  await page.waitForFunction(() => window.nmEvents.some((e) => e.type === 'completed'));
  const completed = (await events(page)).filter((e) => e.type === 'completed');
  assert.equal(completed.length, 1);
  const { detail } = completed[0];
  assert.deepEqual(Object.keys(detail).sort(), ['scores', 'source', 'type', 'version', 'widget']);
  assert.deepEqual(Object.keys(detail.scores).sort(), ['discomfort', 'prevention', 'promotion', 'value']);
  const sent = Object.values(detail.scores);
  for (const score of sent) assert.ok(typeof score === 'number' && score >= 0 && score <= 100, `${score}`);
  // The numbers the host gets are the ones the reader sees.
  const byValue = (a, b) => a - b;
  shown.sort(byValue);
  sent.map(Math.round).sort(byValue).forEach((score, i) => {
    assert.ok(Math.abs(score - shown[i]) <= 1, `sent ${sent}, shown ${shown}`);
  });

  assert.deepEqual(problems, []);
  await context.close();
});

test('the widget speaks the post\'s language: data-lang on an iframe, lang on a direct mount', async () => {
  const { page, context, problems } = await open('german.html');
  const iframe = page.locator(`${IFRAME_HOSTS} > iframe`).first();
  const app = iframe.contentFrame();
  await app.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
  assert.equal(new URL(await iframe.getAttribute('src')).searchParams.get('lang'), 'de');
  assert.equal(await app.locator('html').getAttribute('lang'), 'de');
  await app.getByRole('combobox', { name: 'Sprache' }).waitFor();

  const direct = page.locator('[data-networking-mindset][data-mode=direct]');
  await direct.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
  assert.equal(await direct.locator('.app').getAttribute('lang'), 'de', 'the widget root carries the language');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the blog\'s own language is left alone');
  assert.equal(new URL(page.url()).search, '', 'the blog\'s address is left alone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two iframe widgets on one page work independently', async () => {
  const { page, context, problems } = await open('two.html');
  const hosts = page.locator(IFRAME_HOSTS);
  assert.equal(await hosts.count(), 2);
  const [first, second] = [hosts.nth(0).locator('iframe'), hosts.nth(1).locator('iframe')];
  const ids = [];
  for (const iframe of [first, second]) {
    await iframe.contentFrame().getByRole('button', { name: 'Start the questionnaire' }).waitFor();
    ids.push(new URL(await iframe.getAttribute('src')).searchParams.get('widget'));
  }
  assert.notEqual(ids[0], ids[1], 'each widget has its own id');
  assert.equal(new URL(await second.getAttribute('src')).searchParams.get('compact'), '1');
  await assertFits(page, first, 'first, intro');
  const secondIntro = await assertFits(page, second, 'second, intro');

  const app = first.contentFrame();
  await app.getByRole('button', { name: 'Start the questionnaire' }).click();
  const { total } = await progressIn(app);
  await answer(app, 1, total);
  await assertFits(page, first, 'first, question 2');

  const other = second.contentFrame();
  assert.equal(await other.locator('.progress-label').count(), 0, 'the second is not on a question');
  await other.locator('.screen.intro').waitFor();
  const secondNow = await assertFits(page, second, 'second, still on its intro');
  if (secondNow.content === secondIntro.content) {
    assert.equal(secondNow.frame, secondIntro.frame, 'the second frame keeps its height');
  }

  assert.deepEqual(await screensOf(page, 0), ['intro', 'question']);
  assert.deepEqual(await screensOf(page, 1), ['intro']);
  for (const e of await events(page)) assert.equal(e.detail.widget, ids[e.host], 'each event reaches its own element');

  assert.deepEqual(problems, []);
  await context.close();
});

test('a widget added later appears, and a second copy of embed.js changes nothing', async () => {
  const { page, context, problems } = await open('blog-post.html');
  const frames = page.locator('[data-networking-mindset] > iframe');
  await frames.first().contentFrame().getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  await page.addScriptTag({ url: `${widget.url}embed.js` });
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.dataset.networkingMindset = '';
    late.dataset.theme = 'dark';
    document.querySelector('.signoff').before(late);
  });
  await frames.nth(1).waitFor();
  assert.equal(await frames.count(), 2, 'one frame for the new element, none added for the old one');
  const late = frames.nth(1);
  const params = new URL(await late.getAttribute('src')).searchParams;
  assert.equal(params.get('theme'), 'dark');
  assert.notEqual(params.get('widget'), new URL(await frames.first().getAttribute('src')).searchParams.get('widget'));
  await late.contentFrame().getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  await assertFits(page, late, 'the late widget');
  assert.equal(await page.locator('[data-mode=direct]').getByRole('button', { name: 'Start the questionnaire' }).count(), 1);

  assert.deepEqual(problems, []);
  await context.close();
});

test('the directly mounted widget keeps its own look under the blog\'s CSS', async () => {
  const bare = await bareBlogStyles();
  const { page, context, problems } = await open('blog-post.html');
  const direct = page.locator('[data-mode=direct]');
  const start = direct.getByRole('button', { name: 'Start the questionnaire' });
  await start.waitFor();
  assert.ok(await page.evaluate(() => !!document.querySelector('[data-mode=direct]').shadowRoot), 'a shadow root');

  const looks = await start.evaluate((button) => {
    const b = getComputedStyle(button);
    const heading = getComputedStyle(button.getRootNode().querySelector('h2'));
    const text = getComputedStyle(button.getRootNode().querySelector('p'));
    return {
      background: b.backgroundColor, font: b.fontFamily, transform: b.textTransform,
      headingColor: heading.color, headingFont: heading.fontFamily, textSize: parseFloat(text.fontSize),
    };
  });
  assert.notEqual(looks.background, HOTPINK, 'the blog\'s pink buttons stay out');
  assert.notEqual(looks.background, LEAKED_RED, 'the blog\'s --nm-accent stays out');
  assert.doesNotMatch(looks.font, /fantasy/i, 'nor its button font, nor its --nm-font');
  assert.notEqual(looks.transform, 'uppercase');
  assert.notEqual(looks.headingColor, BLOG_RED, 'the blog\'s red headings stay out');
  assert.doesNotMatch(looks.headingFont, /Impact|fantasy/i);
  assert.ok(looks.textSize >= 14, `readable text despite html { font-size: 62.5% }: ${looks.textSize}px`);

  await start.click();
  const { total } = await progressIn(direct);
  for (let n = 1; n <= 3; n += 1) await answer(direct, n, total);
  assert.equal((await progressIn(direct)).number, 4);

  // Typing into the blog's own form answers nothing.
  const email = page.locator('.subscribe input');
  await email.fill('');
  await email.pressSequentially('reader3@example.com');
  assert.equal(await email.inputValue(), 'reader3@example.com');
  assert.equal((await progressIn(direct)).number, 4, 'the widget ignores keys typed into the blog');
  assert.equal(await direct.locator('.question input[type=radio]:checked').count(), 0, 'and chose no answer');

  // The iframe widget on the same page is untouched.
  const app = page.locator(IFRAME_HOSTS).first().locator('iframe').contentFrame();
  await app.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  assert.deepEqual(await blogStyles(page), bare, 'the blog looks as it did without the widgets');

  assert.deepEqual(problems, []);
  await context.close();
});

test('the build ships this embed.js, small, and the widget runs under its CSP', async () => {
  const source = await readFile(EMBED_SOURCE, 'utf8');
  const shipped = await readFile(join(DIST, 'embed.js'), 'utf8').catch(() => null);
  assert.equal(shipped, source, 'dist/embed.js is embed/embed.js (rebuild with trunk if not)');
  const gzipped = gzipSync(source, { level: 9 }).length;
  assert.ok(gzipped < 3072, `embed.js is ${gzipped} bytes gzipped`);

  const { page, context, problems, documents } = await open('blog-post.html');
  const iframe = page.locator(IFRAME_HOSTS).first().locator('iframe');
  await iframe.contentFrame().getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  const framed = documents.find((r) => r.url().startsWith(`${widget.url}index.html?embed=1`));
  assert.equal(framed?.headers()['content-security-policy'], WIDGET_CSP, 'the frame is served with its CSP');
  await page.locator('[data-mode=direct]').getByRole('button', { name: 'Start the questionnaire' }).waitFor();
  // The iframe's style is set through the CSSOM, which the blog's CSP allows.
  assert.equal(await iframe.evaluate((el) => getComputedStyle(el).borderTopWidth), '0px');
  assert.deepEqual(problems, []);
  await context.close();
});
