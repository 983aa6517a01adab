// The chat page's script: asks the server how to connect, then renders Web Chat.
// Plain browser JavaScript (no build step); served as a static file with the page.
(function () {
  'use strict';

  var ONLINE = 2;
  var FAILED = 4;
  var ENDED = 5;

  var body = document.body;
  var botName = body.getAttribute('data-bot-name') || 'Assistant';
  var orgName = body.getAttribute('data-organization-name') || '';
  var phone = body.getAttribute('data-phone') || '';
  var root = document.getElementById('webchat');
  var status = document.getElementById('chat-status');

  function showProblem() {
    status.textContent =
      'Sorry, the chat is not available right now. Please call ' + orgName + ' at ' + phone +
      '. If this is an emergency, call 911.';
  }

  function initials(name) {
    return name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map(function (word) { return word.charAt(0).toUpperCase(); })
      .join('');
  }

  /** Opened from the "Chat with us" button: put the cursor in the message box. */
  function focusSendBoxWhenReady() {
    if (!/[?&]embed=1\b/.test(window.location.search)) return;
    var tries = 0;
    var timer = window.setInterval(function () {
      var input = root.querySelector('[data-id="webchat-sendbox-input"], textarea, input[type="text"]');
      tries += 1;
      if (input) input.focus();
      if (input || tries > 50) window.clearInterval(timer);
    }, 100);
  }

  var styleOptions = {
    accent: '#0b3d91',
    subtle: '#595959',
    primaryFont: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
    fontSizeSmall: '85%',
    avatarSize: 44,
    botAvatarInitials: initials(botName),
    botAvatarBackgroundColor: '#0b3d91',
    bubbleBackground: '#eef3fb',
    bubbleBorderColor: '#c9d6ee',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0b3d91',
    bubbleFromUserBorderColor: '#0b3d91',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 640,
    bubbleMinHeight: 48,
    hideUploadButton: true,
    sendBoxHeight: 60,
    sendBoxBorderTop: 'solid 2px #0b3d91',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 24,
    suggestedActionBorderColor: '#0b3d91',
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: '#0b3d91',
    typingAnimationHeight: 24,
    typingAnimationWidth: 72
  };

  function start() {
    if (!window.WebChat) {
      showProblem();
      return;
    }
    fetch('/api/directline/token', { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      })
      .then(function (session) {
        var domain = new URL(session.directLineUrl, window.location.href).href.replace(/\/$/, '');
        var directLine = window.WebChat.createDirectLine({
          token: session.token,
          domain: domain,
          // The local endpoint polls; Azure Direct Line streams over a WebSocket.
          webSocket: !session.local,
          pollingInterval: session.local ? 500 : undefined
        });
        directLine.connectionStatus$.subscribe(function (connectionStatus) {
          if (connectionStatus === ONLINE) status.textContent = '';
          if (connectionStatus === FAILED || connectionStatus === ENDED) showProblem();
        });
        window.WebChat.renderWebChat({ directLine: directLine, locale: 'en-US', styleOptions: styleOptions }, root);
        focusSendBoxWhenReady();
      })
      .catch(showProblem);
  }

  start();
})();
