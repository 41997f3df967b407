/*
 * Networking Mindset embed v1: plain script, no dependencies.
 *   <div data-networking-mindset data-theme="auto"></div>
 *   <script src="https://widgets.example.com/tools/mindset/embed.js" async></script>
 * Each [data-networking-mindset] element, now or added later, becomes a widget:
 * an iframe sized to its content, replacing whatever the element held.
 * Attributes (optional):
 *   data-theme="light|dark|auto"  data-accent="#rgb|#rrggbb"  data-compact
 *   data-transparent  data-lazy (iframe loading="lazy")  data-min-height="320" (px)
 *   data-share-scores (scores in the completed event)
 *   data-lang="de" or lang="de" (the post's language; default: the reader's
 *     remembered choice, then their browser's languages, then English)
 *   data-title (iframe title, default "Networking Mindset self-check")
 *   data-mode="direct": a shadow root on this page instead of an iframe; the page's
 *     CSP must allow this script's origin for scripts, styles and fetch, and
 *     'wasm-unsafe-eval'. No events in this mode.
 * Events on the element (bubbling CustomEvent; detail = the widget's message
 * {source: 'networking-mindset', version: 1, widget, type, ...}):
 *   networking-mindset:ready, :resize   detail.height (px)
 *   networking-mindset:screen           detail.screen: intro|question|results|history|shared
 *   networking-mindset:completed        detail.scores {promotion, prevention, value,
 *     discomfort} (0-100 or null) only with data-share-scores; never the answers
 * Safe to include twice; it never throws into the page.
 */
(() => {
  const NAME = 'networking-mindset';
  const SEL = `[data-${NAME}]`;
  const frames = [];
  const done = new WeakSet();
  let script = document.currentScript;
  let base;
  let count = 0;
  let wasm;

  const warn = (error) => console.warn('Networking Mindset:', error);
  const safe = (fn) => (arg) => {
    try { fn(arg); } catch (error) { warn(error); }
  };
  // A boolean attribute: present, with any value but "false".
  const on = (el, name) => ![null, 'false'].includes(el.getAttribute(`data-${name}`));

  // The options both modes pass on, as query-string parts.
  function options(el) {
    const theme = el.getAttribute('data-theme');
    const accent = el.getAttribute('data-accent');
    const lang = el.getAttribute('data-lang') || el.getAttribute('lang');
    return [
      /^(light|dark|auto)$/.test(theme) && `theme=${theme}`,
      /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(accent) && `accent=${encodeURIComponent(accent)}`,
      on(el, 'compact') && 'compact=1',
      on(el, 'transparent') && 'transparent=1',
      on(el, 'share-scores') && 'scores=1',
      /^[a-z]{2,3}([-_][a-z0-9]{1,8})*$/i.test(lang) && `lang=${lang}`,
    ].filter(Boolean);
  }

  function frame(el, query) {
    const id = `nm${(count += 1)}`;
    let min = parseInt(el.getAttribute('data-min-height'), 10);
    if (!(min >= 0)) min = 320;
    const iframe = document.createElement('iframe');
    iframe.title = el.getAttribute('data-title') || 'Networking Mindset self-check';
    iframe.setAttribute('scrolling', 'no');
    iframe.allow = 'clipboard-write';
    if (on(el, 'lazy')) iframe.loading = 'lazy';
    // The CSSOM, never a style attribute, which a strict CSP refuses.
    Object.assign(iframe.style, { width: '100%', border: '0', display: 'block', height: `${min}px` });
    const host = encodeURIComponent(location.origin);
    iframe.src = new URL(`index.html?${[`embed=1&widget=${id}&host=${host}`, ...query].join('&')}`, base).href;
    frames.push({ iframe, el, id, min });
    el.textContent = '';
    el.append(iframe);
  }

  function message({ origin, source, data }) {
    const widget = source && frames.find((w) => w.iframe.contentWindow === source);
    if (origin !== base.origin || !widget || data?.source !== NAME || data.version !== 1 || data.widget !== widget.id
      || !/^(ready|resize|screen|completed)$/.test(data.type)) return;
    if (/^(ready|resize)$/.test(data.type)) {
      if (!Number.isFinite(data.height)) return;
      widget.iframe.style.height = `${Math.max(widget.min, Math.ceil(data.height))}px`;
    }
    widget.el.dispatchEvent(new CustomEvent(`${NAME}:${data.type}`, { detail: data, bubbles: true }));
  }

  function direct(el, query) {
    if (el.shadowRoot) return warn('the element already has a shadow root');
    const root = el.attachShadow({ mode: 'open' });
    const div = document.createElement('div');
    for (const name of ['main.css', 'history.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(name, base).href;
      root.append(link);
    }
    root.append(div);
    // One wasm instance per page, however many direct widgets.
    wasm ||= import(new URL('networking-mindset.js', base).href).then(async (mod) => {
      await mod.default({ module_or_path: new URL('networking-mindset_bg.wasm', base) });
      return mod;
    });
    wasm.then((mod) => mod.mount(div, query.join('&'))).catch((error) => {
      warn(error);
      div.textContent = 'The Networking Mindset widget could not load.';
    });
  }

  function add(el) {
    if (done.has(el)) return;
    done.add(el);
    (el.getAttribute('data-mode') === 'direct' ? direct : frame)(el, options(el));
  }

  function scan(node) {
    if (node.nodeType !== 1) return;
    if (node.matches(SEL)) safe(add)(node);
    node.querySelectorAll(SEL).forEach(safe(add));
  }

  try {
    if (window.__networkingMindsetEmbed) return;
    window.__networkingMindsetEmbed = true;
    script ||= [...document.querySelectorAll('script[src]')].filter((s) => /\/embed\.js([?#]|$)/.test(s.src)).pop();
    base = new URL('.', script.src);
    addEventListener('message', safe(message));
    scan(document.documentElement);
    new MutationObserver(safe((records) => records.forEach((r) => r.addedNodes.forEach(safe(scan)))))
      .observe(document.documentElement, { childList: true, subtree: true });
  } catch (error) {
    warn(error);
  }
})();
