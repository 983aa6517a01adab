// Paste-in snippet for a hospital web page:
//   <script src="https://CHAT-SERVER/embed.js" defer></script>
// Adds a floating "Chat with us" button that opens the chat page in an iframe.
// Optional attributes on the script tag: data-label="Chat with us", data-position="left".
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__vertebroplastyChatEmbed) return;
  window.__vertebroplastyChatEmbed = true;

  var origin = new URL(script.src, window.location.href).origin;
  // Filled in by the chat server: the origins allowed to frame the chat, the hospital's
  // number and the fallback wording (knowledge/), for pages the chat cannot open on.
  var settings = /*EMBED_SETTINGS*/ { embedOrigins: [], phone: '', phoneHref: '', unavailable: '', openChat: '' };
  var label = script.getAttribute('data-label') || 'Chat with us';
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var panelId = 'vertebroplasty-chat-panel';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panelId);
  setStyle(button, {
    position: 'fixed',
    bottom: '20px',
    zIndex: '2147483000',
    padding: '14px 22px',
    border: '0',
    borderRadius: '28px',
    background: '#0b3d91',
    color: '#fff',
    font: '600 18px/1.2 "Segoe UI", Arial, sans-serif',
    boxShadow: '0 4px 14px rgba(0,0,0,.3)',
    cursor: 'pointer',
  });
  button.style[side] = '20px';

  var panel = document.createElement('div');
  panel.id = panelId;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', label);
  panel.hidden = true;
  setStyle(panel, {
    position: 'fixed',
    bottom: '84px',
    zIndex: '2147483000',
    width: 'min(420px, calc(100vw - 24px))',
    height: 'min(640px, calc(100vh - 110px))',
    background: '#fff',
    borderRadius: '12px',
    overflow: 'hidden',
    boxShadow: '0 8px 30px rgba(0,0,0,.35)',
    display: 'flex',
    flexDirection: 'column',
  });
  panel.style[side] = '12px';

  var close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close chat';
  setStyle(close, {
    alignSelf: 'flex-end',
    margin: '0',
    padding: '8px 14px',
    border: '0',
    background: '#072a66',
    color: '#fff',
    font: '16px "Segoe UI", Arial, sans-serif',
    cursor: 'pointer',
    width: '100%',
    textAlign: 'right',
  });

  var frame = null;
  var fallback = null;
  // The chat page may be framed only by the origins the operator listed; elsewhere the
  // browser would show an error page, so the panel offers the phone number and a link.
  var allowed = window.location.origin === origin || settings.embedOrigins.indexOf(window.location.origin) !== -1;

  function showFallback() {
    if (fallback) return;
    fallback = document.createElement('div');
    setStyle(fallback, { padding: '20px', font: '18px/1.5 "Segoe UI", Arial, sans-serif', color: '#1b1b1b' });
    var parts = settings.unavailable.split(settings.phone);
    var text = document.createElement('p');
    text.appendChild(document.createTextNode(parts[0] || ''));
    var call = document.createElement('a');
    call.href = settings.phoneHref;
    call.textContent = settings.phone;
    text.appendChild(call);
    text.appendChild(document.createTextNode(parts.slice(1).join(settings.phone)));
    var link = document.createElement('a');
    link.href = origin + '/';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = settings.openChat;
    var linkLine = document.createElement('p');
    linkLine.appendChild(link);
    fallback.appendChild(text);
    fallback.appendChild(linkLine);
    fallback.tabIndex = -1;
    panel.appendChild(fallback);
  }

  function open() {
    if (!allowed) {
      showFallback();
      panel.hidden = false;
      panel.style.display = 'flex';
      button.setAttribute('aria-expanded', 'true');
      fallback.focus();
      return;
    }
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = origin + '/?embed=1';
      frame.title = label;
      setStyle(frame, { border: '0', width: '100%', flex: '1 1 auto' });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    panel.style.display = 'flex';
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function hide() {
    panel.hidden = true;
    panel.style.display = 'none';
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.hidden) open();
    else hide();
  });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
  // Escape pressed inside the chat frame: the chat page tells us (public/widget.js).
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (event.data && event.data.type === 'vertebroplasty-chat:close' && !panel.hidden) hide();
  });

  panel.appendChild(close);
  panel.style.display = 'none';
  document.body.appendChild(panel);
  document.body.appendChild(button);

  function setStyle(element, styles) {
    for (var key in styles) element.style[key] = styles[key];
  }
})();
