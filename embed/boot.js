// Starts the app. An external file rather than Trunk's injected inline script,
// so the page runs under a strict Content-Security-Policy (no inline script).
import init from './networking-mindset.js';

init({ module_or_path: new URL('networking-mindset_bg.wasm', import.meta.url) });
