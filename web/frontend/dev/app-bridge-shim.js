// Dev-only stand-in for Shopify's App Bridge (https://cdn.shopify.com/shopifycloud/app-bridge.js) when the admin
// runs outside the Shopify admin, against the emulator. The server serves it only in emulator mode and swaps it
// into index.html in place of the CDN script; it is not part of the Vite build, so it never ships to production.
// It provides what the admin uses: `shopify.idToken()` (session tokens the emulator signs, fetched from
// /dev/session-token), `shopify.toast.show()`, `shopify.config`, a visible rendering of <ui-nav-menu>, and
// <ui-save-bar> with the admin's leave-page guard (a confirm before leaving while a save bar shows).
(function installTandemDevShim() {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var shop = params.get('shop') || window.sessionStorage.getItem('tandem.dev.shop') || '';
  if (shop) window.sessionStorage.setItem('tandem.dev.shop', shop);
  var apiKeyMeta = document.querySelector('meta[name="shopify-api-key"]');
  var cached = null;
  var pending = null;

  function idToken() {
    // Tokens live a minute; fetch a fresh one ten seconds before the old one expires, once for all callers.
    if (cached && Date.parse(cached.expiresAt) - Date.now() > 10000) return Promise.resolve(cached.token);
    if (pending) return pending;
    var url = '/dev/session-token' + (shop ? '?shop=' + encodeURIComponent(shop) : '');
    pending = fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok)
          throw new Error('The emulator did not issue a session token (' + response.status + ')');
        return response.json();
      })
      .then(function (body) {
        cached = body;
        if (!shop) {
          shop = body.shop;
          window.sessionStorage.setItem('tandem.dev.shop', shop);
        }
        return body.token;
      })
      .finally(function () {
        pending = null;
      });
    return pending;
  }
  // Like App Bridge, have a token ready by the time the app's scripts run.
  idToken().catch(function () {});

  var toastRegion = null;
  function showToast(message, options) {
    if (!toastRegion) {
      toastRegion = document.createElement('div');
      toastRegion.setAttribute('role', 'status');
      toastRegion.setAttribute('aria-live', 'polite');
      toastRegion.setAttribute('data-dev-shim', 'toast');
      // Fixed and out of flow: a toast never moves the page (no layout shift).
      toastRegion.style.cssText =
        'position:fixed;left:50%;bottom:24px;transform:translateX(-50%);z-index:1000;display:flex;flex-direction:column;gap:8px;pointer-events:none';
      document.body.appendChild(toastRegion);
    }
    var item = document.createElement('div');
    var isError = Boolean(options && options.isError);
    item.textContent = message;
    item.style.cssText =
      'background:' +
      (isError ? '#8e1f0b' : '#1a1a1a') +
      ';color:#fff;padding:10px 16px;border-radius:8px;font:500 14px/20px system-ui,sans-serif;box-shadow:0 4px 12px rgba(0,0,0,.2)';
    toastRegion.appendChild(item);
    setTimeout(
      function () {
        item.remove();
      },
      (options && options.duration) || 5000,
    );
    return String(Date.now());
  }

  var style = document.createElement('style');
  style.textContent =
    'ui-nav-menu{display:flex;gap:4px;padding:8px 16px;background:#1a1a1a;min-height:36px;box-sizing:border-box;font:500 14px/20px system-ui,sans-serif}' +
    'ui-nav-menu a{color:#e3e3e3;text-decoration:none;padding:0 10px;border-radius:8px;line-height:20px}' +
    'ui-nav-menu a[aria-current="page"],ui-nav-menu a:hover{background:#303030;color:#fff}';
  document.head.appendChild(style);

  // <ui-save-bar>: hidden until show(); then a bar with its own buttons (at the bottom, clear of the nav menu).
  var showing = new Set();
  var LEAVE = 'Leave this page? Your unsaved changes will be lost.';
  class UiSaveBar extends HTMLElement {
    connectedCallback() {
      this.setAttribute('role', 'region');
      this.setAttribute('aria-label', 'Unsaved changes');
      if (!this.querySelector('[data-dev-shim=save-bar-title]')) {
        var title = document.createElement('span');
        title.setAttribute('data-dev-shim', 'save-bar-title');
        title.textContent = 'Unsaved changes';
        title.style.cssText = 'margin-right:auto;font-weight:600';
        this.prepend(title);
      }
      this.style.cssText =
        'position:fixed;bottom:0;left:0;right:0;z-index:900;gap:8px;align-items:center;padding:8px 16px;background:#1a1a1a;color:#fff;font:500 14px/20px system-ui,sans-serif';
      this.style.display = showing.has(this) ? 'flex' : 'none';
    }
    disconnectedCallback() {
      showing.delete(this);
    }
    show() {
      showing.add(this);
      this.style.display = 'flex';
      this.dispatchEvent(new Event('show'));
      return Promise.resolve();
    }
    hide() {
      showing.delete(this);
      this.style.display = 'none';
      this.dispatchEvent(new Event('hide'));
      return Promise.resolve();
    }
    toggle() {
      return showing.has(this) ? this.hide() : this.show();
    }
    get showing() {
      return showing.has(this);
    }
  }
  if (!customElements.get('ui-save-bar')) customElements.define('ui-save-bar', UiSaveBar);
  // The guard: the nav menu (capture phase, before the app's own handler) and reloads or closing the tab.
  document.addEventListener(
    'click',
    function (event) {
      var link = event.target instanceof Element ? event.target.closest('ui-nav-menu a') : null;
      if (!link || showing.size === 0) return;
      if (!window.confirm(LEAVE)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      } else
        showing.forEach(function (bar) {
          bar.hide();
        });
    },
    true,
  );
  window.addEventListener('beforeunload', function (event) {
    if (showing.size === 0) return;
    event.preventDefault();
    event.returnValue = LEAVE;
  });

  window.__TANDEM_DEV_SHIM__ = true;
  window.shopify = {
    config: {
      apiKey: apiKeyMeta ? apiKeyMeta.getAttribute('content') : '',
      shop: shop,
      host: params.get('host') || '',
      locale: params.get('locale') || 'en',
    },
    origin: window.location.origin,
    ready: Promise.resolve(),
    idToken: idToken,
    toast: { show: showToast },
    saveBar: {
      show: function (id) {
        var bar = document.getElementById(id);
        return bar && bar.show ? bar.show() : Promise.resolve();
      },
      hide: function (id) {
        var bar = document.getElementById(id);
        return bar && bar.hide ? bar.hide() : Promise.resolve();
      },
      toggle: function (id) {
        var bar = document.getElementById(id);
        return bar && bar.toggle ? bar.toggle() : Promise.resolve();
      },
      leaveConfirmation: function () {
        return showing.size === 0 || window.confirm(LEAVE)
          ? Promise.resolve()
          : Promise.reject(new Error('stayed'));
      },
    },
  };
})();
