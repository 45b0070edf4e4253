// Tests of scripts/check-css.mjs: run with `node --test scripts/check-css.test.mjs`
// (part of `make lint-native`). They show that the check can fail, not only
// that it passes: on tests/fixtures/css/unknown-class.css it must exit
// non-zero and name the class and its line; on the real stylesheet it must
// pass.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssClasses, scanSource } from './check-css.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (...args) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check-css.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

test('fails on a stylesheet that styles a class no component produces', () => {
  const result = run('--css', join(ROOT, 'tests/fixtures/css/unknown-class.css'));
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stderr, /unknown-class\.css:11: .*\.no-such-component\b/);
  // Only that one: comments, strings, url(), numbers and attribute values
  // are not classes, and .status--outdated is StatusBadge's format!("status--{}").
  assert.equal(result.stderr.match(/is styled, but/g)?.length, 1, result.stderr);
});

test('passes on style/main.css', () => {
  const result = run();
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('reads classes only from selectors', () => {
  const css = '/* .a */ .b, a.c:not(.d) > [x=".e"] { margin: .5rem; content: ".f"; background: url(g.h); }\n@media (min-width: 1.5rem) { .i { } }';
  assert.deepEqual(
    cssClasses(css).map((c) => c.name),
    ['b', 'c', 'd', 'i'],
  );
  assert.equal(cssClasses('\n\n.x{}').at(0).line, 3);
});

test('understands the class patterns the components use', () => {
  const produced = { exact: new Map(), prefixes: new Map(), plain: new Map() };
  scanSource(
    [
      '<span class=format!("status status--{}", status.as_str())>',
      '<p class="a b" class:c-d=move || on.get()>',
      '<A attr:class="e">',
      '<li class=move || if open() { "f f--open" } else { "f" }>',
      '/// <html class="not-markup"> in a comment',
      "root.classList.add('js');",
    ].join('\n'),
    'test.rs',
    produced,
  );
  assert.deepEqual([...produced.exact.keys()].sort(), ['a', 'b', 'c-d', 'e', 'f', 'f--open', 'js', 'status']);
  assert.deepEqual([...produced.prefixes.keys()], ['status--']);
  // Only words written out in class="…" count as plain (for the warnings).
  assert.deepEqual([...produced.plain.keys()].sort(), ['a', 'b', 'e']);
});
