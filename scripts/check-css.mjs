#!/usr/bin/env node
// Checks that the stylesheet and the components agree on class names.
//
// Usage: node scripts/check-css.mjs [--css <file>] [--unstyled] [--strict]
//   --css       the stylesheet to check (default: style/main.css)
//   --unstyled  list the classes nothing styles (otherwise only counted)
//   --strict    list them, and fail on them too
//
// It reads two sides and compares them:
//
// 1. The classes the CSS styles: every `.name` in a rule's selector
//    (comments, strings and attribute selectors taken out first). The
//    preludes of @media and the like, and declarations, are never read, so
//    `.5rem` or a url() cannot pass for a class.
//
// 2. The classes the sources can produce, read from src/** and crates/**
//    (*.rs), index.html, public/** (*.js, *.html) and scripts/** (*.mjs).
//    Every directory is walked whole, so moving or splitting a file does not
//    hide it. Comments that start a line are skipped. What is read:
//      class="a b"              each word (also Leptos's attr:class="…")
//      class:name=…             Leptos's class directive: `name`
//      class=<expression>       every string literal from there to the end
//                               of the line: format!(…), if/else, match
//                               arms, ("name", signal) tuples
//      classList.add('a')       also .toggle/.replace, and web-sys's
//                               class_list().add_1("a"), set_class_name("a"),
//                               set_attribute("class", "a")
//    A word with a placeholder in it is a prefix. StatusBadge writes
//    format!("status status--{}", status.as_str()): that gives the class
//    `status` and the prefix `status--`, which stands for every styled class
//    that begins with it (.status--unverified, .status--outdated …). A word
//    that starts with a placeholder could be anything and is left out. The
//    `js` class on <html> comes from public/early.js's classList.add('js').
//
// Which direction fails, and why:
//
// - A class the CSS styles that no source can produce fails the check
//   (exit 1), with the CSS line where it is styled. Such a rule never
//   applies: the markup changed under it (as with a print rule written for
//   `.status-badge` when StatusBadge writes `.status`) or it is left over.
//   If a new way of building class names gives a false failure here, teach
//   the scan the pattern rather than loosening the check.
//
// - The reverse only warns: a class written out in class="…" that no CSS
//   rule styles and that no test or script uses as a selector (a `.name`
//   inside a string in tests/**, scripts/**, public/** or src/**). It is
//   not clean today (about twenty: `page--home`, `contact--phone`,
//   `org-card__more` …), and those are harmless: names that say what an
//   element is, ready for a rule or a test, and the styles are right
//   without them. Failing on them would need a list of exceptions to keep
//   up by hand. --strict makes them fail, to see the list as an error.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---- the CSS side ----

/** Blanks out a character range, keeping newlines so line numbers stay. */
const blank = (text) => text.replace(/[^\n]/g, ' ');

/** The CSS with comments and the insides of strings blanked out. */
export function stripCss(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end < 0 ? css.length : end + 2;
      out += blank(css.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      out += c + blank(css.slice(i + 1, j)) + (j < css.length ? css[j] : '');
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

// At-rules whose block holds rules (their own prelude is not a selector).
const GROUPING = new Set(['media', 'supports', 'layer', 'container', 'scope', 'document']);

/**
 * Every class in the stylesheet's selectors: [{ name, line }], one entry
 * per place it is styled.
 */
export function cssClasses(css) {
  const text = stripCss(css);
  const found = [];
  const stack = []; // 'group' | 'rule' | 'skip'
  let start = 0; // where the current prelude began
  const inside = () => stack[stack.length - 1];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const prelude = text.slice(start, i);
      const where = inside();
      if (where === 'rule' || where === 'skip') {
        stack.push('skip'); // nested in declarations or in @keyframes etc.
      } else if (/^\s*@/.test(prelude)) {
        const name = prelude.trim().slice(1).split(/[\s({]/)[0].toLowerCase();
        stack.push(GROUPING.has(name) ? 'group' : 'skip');
      } else {
        collectSelector(text, start, i, found);
        stack.push('rule');
      }
      start = i + 1;
    } else if (c === '}') {
      stack.pop();
      start = i + 1;
    } else if (c === ';' && inside() !== 'rule' && inside() !== 'skip') {
      start = i + 1; // @import …; @charset …;
    }
  }
  return found;
}

function collectSelector(text, from, to, found) {
  // Attribute selectors can hold unquoted values with dots in them.
  const selector = text.slice(from, to).replace(/\[[^\]]*\]/g, blank);
  for (const m of selector.matchAll(/\.(-?[A-Za-z_](?:[\w-]|\\.)*)/g)) {
    const line = text.slice(0, from + m.index).split('\n').length;
    found.push({ name: m[1].replace(/\\(.)/g, '$1'), line });
  }
}

// ---- the sources ----

// Build output, dependencies, and the data files (JSON, thousands of them).
const SKIP_DIRS = new Set(['node_modules', 'target', 'dist', '.git', 'test-results']);
const SKIP_PATHS = new Set(['public/data']);
// This check and its test name classes in their comments and fixtures.
const SELF = new Set(['scripts/check-css.mjs', 'scripts/check-css.test.mjs']);

function walk(dir, exts, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !SKIP_PATHS.has(relative(ROOT, path))) walk(path, exts, out);
    } else if (exts.some((e) => name.endsWith(e)) && !SELF.has(relative(ROOT, path))) {
      out.push(path);
    }
  }
  return out;
}

/** The string literals in a piece of Rust or JS, in order. */
function literals(code) {
  const out = [];
  for (const m of code.matchAll(/r#*"[\s\S]*?"#*|"(?:[^"\\]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)) {
    let s = m[0];
    if (s.startsWith("'") && s.length === 3) continue; // a Rust char
    if (s.startsWith('r')) s = s.replace(/^r#*"/, '').replace(/"#*$/, '');
    else s = s.slice(1, -1);
    out.push(s);
  }
  return out;
}

/** Adds each word of a class attribute's text: exact names and prefixes. */
function addWords(text, produced, file, line, isStatic) {
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const hole = word.search(/\{[^}]*\}|\$\{/);
    if (hole === 0) continue; // "{}…": anything at all
    if (hole > 0) produced.prefixes.set(word.slice(0, hole), `${file}:${line}`);
    else if (/^-?[A-Za-z_][\w-]*$/.test(word)) {
      produced.exact.set(word, produced.exact.get(word) ?? `${file}:${line}`);
      if (isStatic && !produced.plain.has(word)) produced.plain.set(word, `${file}:${line}`);
    }
  }
}

const lineAt = (text, index) => text.slice(0, index).split('\n').length;

/**
 * The code without its comments that start a line (// … and /* … *\/), so
 * that a doc comment quoting markup produces nothing. A comment after code
 * on the same line stays: telling it from a string or a regex takes a real
 * parser, and it has not mattered yet.
 */
export function dropComments(code) {
  return code
    .replace(/^[ \t]*\/\*[\s\S]*?\*\//gm, blank)
    .replace(/^[ \t]*\/\/.*$/gm, blank);
}

/** What one source file can put in a class attribute. */
export function scanSource(source, file, produced) {
  const code = dropComments(source);
  // class="a b" and attr:class="a b"
  for (const m of code.matchAll(/(?<![\w-])(?:attr:)?class\s*=\s*"([^"]*)"/g)) {
    addWords(m[1], produced, file, lineAt(code, m.index), true);
  }
  // Leptos's class:name=…
  for (const m of code.matchAll(/(?<![\w-])class:([A-Za-z_][\w-]*)/g)) {
    addWords(m[1], produced, file, lineAt(code, m.index), false);
  }
  // class=<expression>: its string literals, to the end of the line
  for (const m of code.matchAll(/(?<![\w-])(?:attr:)?class\s*=\s*(?!["\s])([^\n]*)/g)) {
    for (const s of literals(m[1])) addWords(s, produced, file, lineAt(code, m.index), false);
  }
  // classList.add('a', 'b'), class_list().add_1("a"), set_class_name("a"),
  // set_attribute("class", "a"), className = 'a'
  const calls = /classList\.(?:add|toggle|replace)\(([^)]*)\)|class_list\(\)\s*\.\s*(?:add|toggle)\w*\(([^)]*)\)|set_class_name\(([^)]*)\)|set_attribute\(\s*"class"\s*,([^)]*)\)|className\s*=\s*([^;\n]*)/g;
  for (const m of code.matchAll(calls)) {
    const args = m.slice(1).find((a) => a !== undefined);
    for (const s of literals(args)) addWords(s, produced, file, lineAt(code, m.index), false);
  }
}

/** Classes used as selectors in strings: `.name` after a start, space or combinator, or a tag name. */
export function scanHooks(code, hooks) {
  for (const s of literals(code)) {
    for (const m of s.matchAll(/(?:^|[\s(,>+~*\]]|\b[a-z][a-z0-9]*)\.(-?[A-Za-z_][\w-]*)/g)) hooks.add(m[1]);
  }
}

export function scanProject() {
  const root = ROOT;
  const produced = { exact: new Map(), prefixes: new Map(), plain: new Map() };
  const sources = [
    ...walk(join(root, 'src'), ['.rs']),
    ...walk(join(root, 'crates'), ['.rs']),
    ...walk(join(root, 'public'), ['.js', '.html']),
    ...walk(join(root, 'scripts'), ['.mjs', '.js']),
    join(root, 'index.html'),
  ];
  const hooks = new Set();
  for (const path of sources) {
    const code = readFileSync(path, 'utf8');
    scanSource(code, relative(root, path), produced);
    if (!path.endsWith('.html')) scanHooks(code, hooks);
  }
  for (const path of walk(join(root, 'tests'), ['.ts', '.js', '.mjs'])) {
    scanHooks(readFileSync(path, 'utf8'), hooks);
  }
  return { produced, hooks };
}

export function check(css, { produced, hooks }) {
  const styled = cssClasses(css);
  const styledNames = new Set(styled.map((s) => s.name));
  const canProduce = (name) =>
    produced.exact.has(name) || [...produced.prefixes.keys()].some((p) => name.startsWith(p) && name.length > p.length);
  const unknown = styled.filter((s) => !canProduce(s.name));
  const unstyled = [...produced.plain]
    .filter(([name]) => !styledNames.has(name) && !hooks.has(name))
    .map(([name, where]) => ({ name, where }));
  return { styled, unknown, unstyled };
}

function main(argv) {
  let cssPath = join(ROOT, 'style/main.css');
  let strict = false;
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--css') cssPath = resolve(argv[++i] ?? '');
    else if (argv[i] === '--strict') strict = list = true;
    else if (argv[i] === '--unstyled') list = true;
    else {
      console.error(`check-css: unknown argument ${argv[i]}\nusage: node scripts/check-css.mjs [--css <file>] [--unstyled] [--strict]`);
      return 2;
    }
  }
  const css = readFileSync(cssPath, 'utf8');
  const { styled, unknown, unstyled } = check(css, scanProject());
  const cssName = relative(process.cwd(), cssPath) || cssPath;
  for (const u of list ? unstyled : []) {
    console.warn(`check-css: warning: class "${u.name}" (${u.where}) is styled by no rule and used by no test or script`);
  }
  for (const u of unknown) {
    console.error(`${cssName}:${u.line}: check-css: .${u.name} is styled, but no component or script produces that class`);
  }
  const failed = unknown.length > 0 || (strict && unstyled.length > 0);
  const names = new Set(styled.map((s) => s.name)).size;
  console.log(
    `check-css: ${names} classes styled in ${cssName}; ${unknown.length} that nothing produces, ` +
      `${unstyled.length} produced that nothing styles or uses${list || !unstyled.length ? '' : ' (--unstyled lists them)'}` +
      `${failed ? ' — failed' : ''}`,
  );
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
