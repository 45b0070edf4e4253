// Refugee Legal Aid Directory: auto-height for embedded pages.
//
// Add this script to a page that has one or more frames like
//   <iframe data-legal-aid-directory src="https://DIRECTORY/embed/countries/norway" …></iframe>
// and each frame takes the height of its content. The framed page sends
//   { type: "legal-aid-directory:resize", height: <integer CSS px> }
// and nothing else. A message is used only if it comes from one of those
// frames' windows and from that frame's origin; any other is ignored.
// Without this script the frames keep the height you gave them and scroll.
// No dependencies; nothing is sent anywhere.
(function () {
  'use strict';
  var TYPE = 'legal-aid-directory:resize';
  var MAX_HEIGHT = 100000;

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT || Math.floor(height) !== height) return;
    var frames = document.querySelectorAll('iframe[data-legal-aid-directory]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.style.height = height + 'px';
      return;
    }
  });
})();
