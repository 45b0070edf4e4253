// The page's first script: a classic script in <head>, run before the page
// is drawn, small, with no dependencies. It does what must not wait for the
// app (the wasm), and what pages need without it:
//  1. applies the colours chosen on this device (no flash of light colours);
//  2. sends old `?lang=xx` addresses to the language's own address
//     (`/ar/…`; the shipped nginx already redirects them, other hosts
//     cannot), and a page opened without a language prefix to the
//     language chosen on this device, else the browser's (where the
//     directory has it);
//  3. saves the choice when a language link is followed;
//  4. makes "Exit this page" (the button, and Shift pressed three times)
//     work before the app has loaded; once it has (`<html data-live>`), the
//     app handles them.
// It must stay in step with src/i18n.rs (LANGUAGES, checked by a test) and
// the localStorage keys of src/components/theme_menu.rs and this file.
(function () {
  'use strict';
  var LANGUAGES = ['en', 'nb', 'uk', 'ar', 'fa'];
  var RELATIVES = { no: 'nb', nn: 'nb', prs: 'fa' };
  var root = document.documentElement;
  var storage = null;
  try {
    storage = window.localStorage;
  } catch (e) {
    storage = null;
  }
  var get = function (key) {
    try {
      return storage ? storage.getItem(key) : null;
    } catch (e) {
      return null;
    }
  };
  var set = function (key, value) {
    try {
      if (storage) storage.setItem(key, value);
    } catch (e) {
      // storage full or forbidden: the choice is not remembered
    }
  };
  // Never "//other.site/…" (another site's address to a browser): however
  // the path starts, the addresses written below stay on this site.
  var path = '/' + location.pathname.replace(/^[\/\\]+/, '');
  var parts = path.split('/');
  var prefixed = parts.length > 1 && parts[1] !== 'en' && LANGUAGES.indexOf(parts[1]) > 0;
  var sitePath = prefixed ? '/' + parts.slice(2).join('/') : path;
  var isEmbed = sitePath === '/embed' || sitePath.indexOf('/embed/') === 0;

  // Styles that differ where scripts run (the search page's note).
  root.classList.add('js');

  // 1. Colours (an embed view takes its own from the partner's address).
  var theme = get('theme');
  if (!isEmbed && (theme === 'light' || theme === 'dark' || theme === 'auto')) {
    root.setAttribute('data-theme', theme);
  }

  // 2. The language's own address.
  var addressIn = function (code, query) {
    var target = code === 'en' ? sitePath : '/' + code + (sitePath === '/' ? '/' : sitePath);
    return target + query + location.hash;
  };
  var params = location.search.slice(1).split('&').filter(Boolean);
  var asked = null;
  var rest = params.filter(function (pair) {
    var key = pair.split('=')[0];
    if (key !== 'lang') return true;
    if (asked === null) asked = decodeURIComponent(pair.slice(5)).toLowerCase();
    return false;
  });
  var query = rest.length ? '?' + rest.join('&') : '';
  if (asked !== null) {
    if (LANGUAGES.indexOf(asked) >= 0 && !isEmbed) set('lang', asked);
    location.replace(addressIn(LANGUAGES.indexOf(asked) >= 0 ? asked : prefixed ? parts[1] : 'en', query));
    return;
  }
  if (!prefixed) {
    var chosen = get('lang');
    if (LANGUAGES.indexOf(chosen) < 0) {
      chosen = null;
      var browser = navigator.languages || [navigator.language || ''];
      for (var i = 0; i < browser.length && !chosen; i++) {
        var primary = String(browser[i]).split(/[-_]/)[0].toLowerCase();
        primary = RELATIVES[primary] || primary;
        if (LANGUAGES.indexOf(primary) >= 0) chosen = primary;
      }
    }
    if (chosen && chosen !== 'en') {
      location.replace(addressIn(chosen, location.search));
      return;
    }
  }

  // 3. A language link followed: the choice is kept for later visits.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('.language-menu a[hreflang]') : null;
    if (link) set('lang', link.getAttribute('hreflang'));
  });

  // 4. Exit this page, until the app has loaded.
  var exit = function () {
    var button = document.querySelector('.quick-exit__button');
    var url = (button && button.getAttribute('data-url')) || 'https://www.bbc.com/weather';
    if (!/^https?:\/\//i.test(url)) url = 'https://www.bbc.com/weather';
    root.setAttribute('hidden', '');
    document.title = '';
    try {
      if (window.top !== window) {
        window.top.location.replace(url);
        return;
      }
    } catch (e) {
      // a frame that may not navigate its parent leaves itself
    }
    location.replace(url);
  };
  var live = function () {
    return root.hasAttribute('data-live');
  };
  document.addEventListener('click', function (event) {
    if (live()) return;
    var button = event.target && event.target.closest ? event.target.closest('.quick-exit__button') : null;
    if (button) exit();
  });
  var presses = 0;
  var first = 0;
  document.addEventListener('keydown', function (event) {
    if (live()) return;
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    if (presses === 0 || now - first > 2000) {
      presses = 1;
      first = now;
    } else {
      presses += 1;
    }
    if (presses >= 3) {
      presses = 0;
      exit();
    }
  });
})();
