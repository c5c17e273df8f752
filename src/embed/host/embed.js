/*!
 * Alliance Network embed.js: a small, dependency-free script for host pages.
 *
 *   <div data-alliance-network src="https://example.org/graphics/alliance/index.html?embed=1&hide=threats"></div>
 *   <script src="https://example.org/graphics/alliance/embed.js" async></script>
 *
 * turns each such element into a responsive iframe (full width, no border, a title) and applies the
 * app's resize messages ({ type: "alliance-network:resize", height }), accepting them only from that
 * iframe's window and from the origin of its src. Optional attributes: data-title (the iframe title),
 * data-height (the height before the first message, default 600). Elements added later are picked up
 * by calling window.AllianceNetworkEmbed.scan().
 */
(function () {
  'use strict';
  // Loaded twice (e.g. two embeds in one article): the first copy does the work.
  if (window.AllianceNetworkEmbed) {
    window.AllianceNetworkEmbed.scan();
    return;
  }
  var TYPE = 'alliance-network:resize';
  var frames = [];

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function withEmbedFlag(src) {
    try {
      var url = new URL(src, document.baseURI);
      if (!url.searchParams.has('embed')) url.searchParams.set('embed', '1');
      return url.href;
    } catch {
      return src;
    }
  }

  function mount(el) {
    if (el.getAttribute('data-alliance-network-ready') === 'true') return;
    var raw = el.getAttribute('src') || el.getAttribute('data-src');
    if (!raw) return;
    var src = withEmbedFlag(raw);
    var origin = originOf(src);
    if (!origin || !/^https?:/.test(src)) return;
    var height = parseInt(el.getAttribute('data-height') || '', 10);
    var iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = el.getAttribute('data-title') || 'Alliance Network';
    iframe.setAttribute('width', '100%');
    iframe.setAttribute('allow', 'clipboard-write; fullscreen');
    iframe.setAttribute('allowfullscreen', '');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (height > 0 ? height : 600) + 'px';
    el.setAttribute('data-alliance-network-ready', 'true');
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(iframe);
    frames.push({ iframe: iframe, origin: origin });
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only the iframe's own window, and only from the origin its src names.
      if (event.source === f.iframe.contentWindow && event.origin === f.origin) {
        f.iframe.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  }

  function scan() {
    var els = document.querySelectorAll('[data-alliance-network]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  window.addEventListener('message', onMessage, false);
  window.AllianceNetworkEmbed = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
