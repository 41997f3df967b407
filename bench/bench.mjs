// Prints the performance figures of the release build in dist/ (see
// docs/performance.md). Run through bench/run.sh, which builds first.
// Numbers only: nothing here passes or fails CI.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { DIST, serve } from '../tests/e2e/server.js';

const RUNS = Number(process.env.RUNS ?? 15);
/** The deliberate pause before auto-advancing (src/components/question.rs). */
const ADVANCE_DELAY_MS = 350;
const TARGETS = {
  transferGzipKB: 110,
  embedGzipKB: 3,
  loadRatio: 2,
  latencyP95Ms: 16,
  historyMs: 100,
  bytesPerResult: 600,
};

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info',
];

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const spread = (xs) => `min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const verdict = (ok) => (ok ? 'MET' : 'NOT MET');
const line = (label, value) => console.log(`${label.padEnd(46)} ${value}`);

/** Records when the first primary button exists, relative to navigation start. */
const MARK_INTERACTIVE = () => {
  window.__nmReady = undefined;
  const check = () => {
    if (window.__nmReady === undefined && document.querySelector('button.primary')) {
      window.__nmReady = performance.now();
      window.__nmReadyAt = performance.timeOrigin + window.__nmReady;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  document.addEventListener('DOMContentLoaded', check);
};

/** Keeps the wasm instance's memory reachable for the memory figure. */
const CAPTURE_WASM_MEMORY = () => {
  const keep = (result) => {
    const instance = result.instance ?? result;
    window.__nmMemory = instance.exports?.memory;
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...a) => streaming(...a).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...a) => plain(...a).then(keep);
};

async function sizes(browser, server) {
  const page = await browser.newPage();
  const loaded = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    loaded.add(path.endsWith('/') ? 'index.html' : basename(path));
  });
  await page.goto(server.url);
  await page.waitForSelector('button.primary');
  await page.close();
  console.log('\nFiles the page loads (raw / gzip / brotli, bytes)');
  let total = { raw: 0, gz: 0, br: 0 };
  for (const name of [...loaded].sort()) {
    const body = await readFile(join(DIST, name));
    const gz = gzipSync(body, { level: 9 }).length;
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total = { raw: total.raw + body.length, gz: total.gz + gz, br: total.br + br };
    line(`  ${name}`, `${body.length} / ${gz} / ${br}`);
  }
  line('  total transfer', `${total.raw} / ${total.gz} / ${total.br}`);
  line(`  gzip total <= ${TARGETS.transferGzipKB} KB`, `${kb(total.gz)} KB  ${verdict(total.gz <= TARGETS.transferGzipKB * 1024)}`);
  const embed = await readFile(join(DIST, 'embed.js'));
  const embedGz = gzipSync(embed, { level: 9 }).length;
  line(`  embed.js gzip <= ${TARGETS.embedGzipKB} KB`, `${embed.length} raw, ${embedGz} gzip  ${verdict(embedGz <= TARGETS.embedGzipKB * 1024)}`);
}

async function coldLoads(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(MARK_INTERACTIVE);
    await page.goto(url);
    times.push(await page.waitForFunction(() => window.__nmReady).then((h) => h.jsonValue()));
    await context.close();
  }
  return times;
}

async function loadVersusFloor(browser, server) {
  const dir = await mkdtemp(join(tmpdir(), 'nm-floor-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Networking Mindset</title><link rel="stylesheet" href="main.css"></head><body><div class="app"><main>
<h1>How do you approach networking?</h1><p class="lead">24 short statements, about 5 minutes.</p>
<button type="button" class="primary">Start the questionnaire</button></main></div></body></html>`);
  await writeFile(join(dir, 'main.css'), await readFile(join(DIST, 'main.css')));
  const floorServer = await serve({ root: dir, prefix: '/floor/' });
  const app = await coldLoads(browser, server.url);
  const floor = await coldLoads(browser, floorServer.url);
  await floorServer.close();
  const ratio = median(app) / median(floor);
  console.log(`\nCold load to first interactive screen, cache disabled, ${RUNS} runs (ms)`);
  line('  app', `median ${median(app).toFixed(1)} (${spread(app)})`);
  line('  static page with the same intro (floor)', `median ${median(floor).toFixed(1)} (${spread(floor)})`);
  line(`  ratio <= ${TARGETS.loadRatio}`, `${ratio.toFixed(2)}  ${verdict(ratio <= TARGETS.loadRatio)}`);
}

/** Takes the whole quiz; returns per-question latencies and the page. */
async function quizLatencies(page) {
  await page.evaluate(() => {
    window.__lat = { answer: [], next: [], answerDom: [], nextDom: [] };
    let t0 = 0;
    let kind = '';
    document.addEventListener('keydown', (e) => {
      t0 = performance.now();
      kind = e.key === 'Enter' ? 'next' : 'answer';
    }, true);
    new MutationObserver(() => {
      if (!kind) return;
      const k = kind;
      const start = t0;
      kind = '';
      window.__lat[`${k}Dom`].push(performance.now() - start);
      requestAnimationFrame(() => window.__lat[k].push(performance.now() - start));
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.getByRole('button', { name: 'Start the questionnaire' }).click();
  const total = 24;
  for (let n = 1; n <= total; n += 1) {
    await page.getByText(`Question ${n} of ${total}`).waitFor();
    await page.keyboard.press(String(1 + (n % 5)));
    await page.locator('.question input[type=radio]:checked').waitFor();
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  return page.evaluate(() => window.__lat);
}

async function interaction(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(CAPTURE_WASM_MEMORY);
  await page.goto(server.url);
  const lat = await quizLatencies(page);
  console.log('\nInteraction latency, one whole quiz by keyboard (ms)');
  const both = (label, dom, frame) => {
    line(`  ${label}: DOM updated`, `median ${median(dom).toFixed(1)}, p95 ${quantile(dom, 0.95).toFixed(1)}`);
    line(`  ${label}: next frame`, `median ${median(frame).toFixed(1)}, p95 ${quantile(frame, 0.95).toFixed(1)}`);
  };
  both('key 1-5 -> answer', lat.answerDom, lat.answer);
  both('Enter -> next question', lat.nextDom, lat.next);
  const p95 = quantile(lat.next, 0.95);
  line(`  next question on screen, p95 < ${TARGETS.latencyP95Ms} ms`, `${p95.toFixed(1)}  ${verdict(p95 < TARGETS.latencyP95Ms)}`);
  line('  deliberate auto-advance pause (not counted)', `${ADVANCE_DELAY_MS} ms after choosing, by design`);
  const memory = await page.evaluate(() => ({
    js: performance.memory?.usedJSHeapSize ?? 0,
    wasm: window.__nmMemory?.buffer?.byteLength ?? 0,
  }));
  console.log('\nMemory after a full quiz');
  line('  JS heap used', `${kb(memory.js)} KB`);
  line('  wasm linear memory', `${kb(memory.wasm)} KB`);
  line('  together', `${kb(memory.js + memory.wasm)} KB`);
  await context.close();
}

async function history(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  const stored = async () => page.evaluate(() => localStorage.getItem('networking-mindset')?.length ?? 0);
  await quizLatencies(page);
  const one = await stored();
  await page.getByRole('button', { name: 'Take it again' }).click();
  const total = 24;
  for (let n = 1; n <= total; n += 1) {
    await page.getByText(`Question ${n} of ${total}`).waitFor();
    await page.keyboard.press(String(1 + ((n * 3) % 5)));
    await page.locator('.question input[type=radio]:checked').waitFor();
    await page.keyboard.press('Enter');
  }
  await page.locator('#results-title').waitFor();
  const perResult = (await stored()) - one;
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('networking-mindset')));
  const template = doc.results[0];
  doc.results = Array.from({ length: 1000 }, (_, i) => ({
    ...template,
    id: `${(1700000000000 + i * 86400000).toString(16)}-b${i.toString(36)}`,
    completed_at: 1700000000000 + i * 86400000,
  }));
  await page.evaluate((text) => localStorage.setItem('networking-mindset', text), JSON.stringify(doc));
  const renders = [];
  for (let i = 0; i < 5; i += 1) {
    await page.reload();
    await page.getByRole('button', { name: 'See your history (1000)' }).waitFor();
    renders.push(await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('See your history'));
      const t0 = performance.now();
      button.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }));
  }
  console.log('\nHistory');
  line(`  stored bytes per result (<= ${TARGETS.bytesPerResult})`, `${perResult}  ${verdict(perResult <= TARGETS.bytesPerResult)}`);
  line(`  render with 1,000 results (< ${TARGETS.historyMs} ms)`, `median ${median(renders).toFixed(1)} (${spread(renders)})  ${verdict(median(renders) < TARGETS.historyMs)}`);
  await context.close();
}

async function embed(browser, server) {
  const dir = await mkdtemp(join(tmpdir(), 'nm-host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A blog post</title><link rel="icon" href="data:,"></head><body><h1>A post</h1>
<div data-networking-mindset></div><script src="${server.url}embed.js" async></script></body></html>`);
  const host = await serve({ root: dir, prefix: '/blog/', headers: { 'content-security-policy': '' } });
  const times = [];
  for (let i = 0; i < Math.min(RUNS, 9); i += 1) {
    const context = await browser.newContext();
    await context.addInitScript(MARK_INTERACTIVE);
    const page = await context.newPage();
    await page.goto(host.url);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const frame = await page.waitForSelector('iframe').then((h) => h.contentFrame());
    const at = await frame.waitForFunction(() => window.__nmReadyAt).then((h) => h.jsonValue());
    times.push(at - origin);
    await context.close();
  }
  await host.close();
  console.log(`\nEmbed, ${times.length} runs (ms)`);
  line('  snippet page start -> iframe interactive', `median ${median(times).toFixed(1)} (${spread(times)})`);
}

const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
try {
  console.log(`Networking Mindset benchmark: dist/ in Chromium ${browser.version()}`);
  await sizes(browser, server);
  await loadVersusFloor(browser, server);
  await interaction(browser, server);
  await history(browser, server);
  await embed(browser, server);
} finally {
  await browser.close();
  await server.close();
}
