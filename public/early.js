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
// Its LANGUAGES must equal build.rs's (the build checks it, and the nginx
// rules' lists); its localStorage key 'theme' is THEME_KEY of
// src/services/preferences.rs ('lang' is read and written only here).
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
  var prefixed = parts.length > 1 && LANGUAGES.indexOf(parts[1]) > 0;
  // (and "/ar//other.site" has no English version "//other.site")
  var sitePath = prefixed ? '/' + parts.slice(2).join('/').replace(/^[\/\\]+/, '') : path;
  var isEmbed = sitePath === '/embed' || sitePath.indexOf('/embed/') === 0;

  // Styles that differ where the app can run (the search page's note);
  // the app's loader takes the class away if the app fails to start.
  if (typeof WebAssembly === 'object') root.classList.add('js');

  var params = location.search.slice(1).split('&').filter(Boolean);
  var param = function (name) {
    for (var i = 0; i < params.length; i++) {
      var pair = params[i];
      if (pair.split('=')[0] !== name) continue;
      try {
        return decodeURIComponent(pair.slice(name.length + 1)).toLowerCase();
      } catch (e) {
        return ''; // a broken escape ("%"): no value
      }
    }
    return null;
  };

  // 1. Colours: the ones chosen on this device; an embed view's are the
  // partner's, from its address (the app checks the rest of its options).
  var theme = isEmbed ? param('theme') : get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') {
    root.setAttribute('data-theme', theme);
  }

  // 2. The language's own address.
  var addressIn = function (code, query) {
    var target = code === 'en' ? sitePath : '/' + code + (sitePath === '/' ? '/' : sitePath);
    return target + query + location.hash;
  };
  var asked = param('lang');
  var rest = params.filter(function (pair) {
    return pair.split('=')[0] !== 'lang';
  });
  var query = rest.length ? '?' + rest.join('&') : '';
  // An embed view whose partner chose English (`lang=en`) stays English,
  // with its address as the partner wrote it; one without a language is in
  // the visitor's.
  var englishEmbed = isEmbed && !prefixed && asked === 'en';
  if (englishEmbed) asked = null;
  if (asked !== null) {
    if (LANGUAGES.indexOf(asked) >= 0 && !isEmbed) set('lang', asked);
    var target = LANGUAGES.indexOf(asked) >= 0 ? asked : prefixed ? parts[1] : 'en';
    if (isEmbed && asked === 'en') query = '?' + ['lang=en'].concat(rest).join('&');
    location.replace(addressIn(target, query));
    return;
  }
  if (!prefixed && !englishEmbed) {
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
    var url = (button && button.getAttribute('href')) || 'https://www.bbc.com/weather';
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
    if (button) {
      event.preventDefault();
      exit();
    }
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
