// Post-build step (release): makes dist's index.html work under the strict
// Content-Security-Policy of server/site.conf.
//  1. Trunk inlines a small module script that loads the wasm; it is
//     replaced by our own loader in its own hashed file (start-<hash>.js),
//     so the policy needs neither 'unsafe-inline' nor a hash that changes
//     with every build. The loader asks for the JS glue and the wasm only
//     after the page's first paint, and Trunk's <link rel=preload> of the
//     wasm and rel=modulepreload of the glue are removed: every page is
//     written at build time (src/bin/prerender.rs), so its content needs
//     neither, and on a slow link the 350 KB of wasm would otherwise share
//     the bandwidth with the HTML and CSS the first view is waiting for.
//  2. The policy itself ($csp in server/site.conf, the one place it is
//     written) goes into a <meta http-equiv> at the top of <head>, so the
//     page keeps it wherever it is served from.
//  3. Anything inline that the policy would block (another inline script, a
//     <style> element, a style= or on…= attribute) fails the build instead
//     of failing in the visitor's browser.
// Usage: node harden-html.mjs <dir with index.html> <site.conf>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, siteConf] = process.argv.slice(2);
const fail = (message) => {
  console.error(`harden-html: ${message}`);
  process.exit(1);
};
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

const policy = readFileSync(siteConf, 'utf8').match(/^set \$csp "([^"]+)";$/m)?.[1];
if (!policy) fail(`no 'set $csp "…";' line in ${siteConf}`);

const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/(^|\s)src=/.test(attrs));
if (inline.length !== 1 || !/\btype=("?)module\1/.test(inline[0][1])) {
  fail(`expected exactly one inline module script (Trunk's loader), found ${inline.length}`);
}
const [tag, , trunkLoader] = inline[0];
const glue = trunkLoader.match(/^import init, \* as bindings from '(\/[\w.-]+\.js)';$/m)?.[1];
const wasm = trunkLoader.match(/init\(\{ module_or_path: '(\/[\w.-]+_bg\.wasm)' \}\)/)?.[1];
if (!glue || !wasm || !trunkLoader.includes('TrunkApplicationStarted')) {
  fail(`Trunk's loader has changed; update harden-html.mjs to load the app as it does:\n${trunkLoader}`);
}
const code = `// The app's loader (written by scripts/harden-html.mjs): the glue and the
// wasm are asked for after the first paint (a frame, then a task), so the
// written page is drawn first; a page that is not shown starts at once.
// If the app cannot start (a blocked or broken download), the page stays
// as written and loses the \`js\` class early.js gave it, so what needs
// the app says so (the search page's note).
try {
  if (document.visibilityState === 'visible') {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  const bindings = await import('${glue}');
  const wasm = await bindings.default({ module_or_path: '${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  document.documentElement.classList.remove('js');
  throw error;
}
`;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const file = `start-${hash}.js`;
writeFileSync(join(dir, file), code);
html = html.replace(tag, `<script type=module src=/${file}></script>`);

const preloads = [...html.matchAll(/<link\b[^>]*\brel="?(?:preload|modulepreload)"?[^>]*>/g)].map(([link]) => link);
if (preloads.length !== 2 || !preloads.some((l) => l.includes(glue)) || !preloads.some((l) => l.includes(wasm))) {
  fail(`expected Trunk's two preload links (the glue and the wasm), found:\n${preloads.join('\n')}`);
}
for (const link of preloads) html = html.replace(link, '');

if (/<style\b/i.test(html)) fail('index.html has a <style> element: move it into style/');
const attribute = html.match(/<[a-z](?:[^>"']|"[^"]*"|'[^']*')*\s(style|on[a-z]+)=/i);
if (attribute) fail(`index.html has an inline ${attribute[1]}= attribute: ${attribute[0].slice(0, 80)}`);

const charset = html.match(/<meta charset="?utf-8"?\s*\/?>/i);
if (!charset) fail('no <meta charset> to put the policy after');
if (/<(link|script|style|img|iframe|base)\b/i.test(html.slice(0, charset.index))) {
  fail('something loads before <meta charset>: the policy must come before every resource');
}
html = html.replace(charset[0], `${charset[0]}<meta http-equiv=Content-Security-Policy content="${policy}">`);
writeFileSync(htmlPath, html);
console.log(`harden-html: loader /${file} (after the first paint), preloads removed, Content-Security-Policy <meta> added`);
