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
  var phoneHref = body.getAttribute('data-phone-href') || '';
  var root = document.getElementById('webchat');
  var status = document.getElementById('chat-status');

  function showProblem() {
    status.textContent =
      'Sorry, the chat is not available right now. Please call ' +
      orgName +
      ' at ' +
      phone +
      '. If this is an emergency, call 911.';
  }

  function initials(name) {
    return name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map(function (word) {
        return word.charAt(0).toUpperCase();
      })
      .join('');
  }

  function sendBox() {
    return root.querySelector('[data-id="webchat-sendbox-input"], textarea, input[type="text"]');
  }

  /** Opened from the "Chat with us" button: put the cursor in the message box. */
  function focusSendBoxWhenReady() {
    if (!/[?&]embed=1\b/.test(window.location.search)) return;
    var tries = 0;
    var timer = window.setInterval(function () {
      var input = sendBox();
      tries += 1;
      if (input) input.focus();
      if (input || tries > 50) window.clearInterval(timer);
    }, 100);
  }

  // "Skip to chat" lands in the message box, not on Web Chat's keyboard-help overlay.
  var skipLink = document.querySelector('.skip-link');
  if (skipLink) {
    skipLink.addEventListener('click', function (event) {
      var input = sendBox();
      if (!input) return;
      event.preventDefault();
      input.focus();
    });
  }

  // Escape inside the embedded chat closes the panel: the page around it cannot hear keys
  // pressed in this frame, so it is told (embed.js checks the message's origin).
  if (/[?&]embed=1\b/.test(window.location.search) && window.parent !== window) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') window.parent.postMessage({ type: 'vertebroplasty-chat:close' }, '*');
    });
  }

  // Texts of the replies the bot marked as safety replies (channelData.urgency: emergency,
  // crisis or urgent), to style them.
  var urgencyOf = {};
  var welcomed = false;

  /**
   * On arrival the welcome is read from its first line: Web Chat keeps the newest message
   * in view, which on a phone scrolls the greeting away before anyone reads it.
   */
  function showWelcomeFromTop() {
    [200, 600].forEach(function (delay) {
      window.setTimeout(function () {
        var scrollable = root.querySelector('.webchat__basic-transcript__scrollable');
        var first = root.querySelector('.webchat__basic-transcript__activity');
        if (scrollable && first) scrollable.scrollTop = Math.max(0, first.offsetTop - 8);
      }, delay);
    });
  }

  function createStore() {
    return window.WebChat.createStore({}, storeMiddleware);
  }

  function storeMiddleware() {
    return function (next) {
      return function (action) {
        // Sending a message brings the transcript back to its end, where the answer appears
        // (after the welcome was shown from its top, Web Chat no longer follows the end).
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY') window.setTimeout(scrollToEnd, 0);
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          receivedAny = true;
          var activity = action.payload.activity;
          var urgency = activity && activity.channelData && activity.channelData.urgency;
          if (activity && activity.text && (urgency === 'emergency' || urgency === 'crisis' || urgency === 'urgent')) {
            urgencyOf[activity.text] = urgency;
          }
          var fromBot = activity && activity.from && activity.from.role === 'bot';
          // The welcome ends with the topic buttons.
          if (!welcomed && fromBot && activity.suggestedActions) {
            welcomed = true;
            showWelcomeFromTop();
          } else if (welcomed && fromBot) {
            revealLatestReply();
          }
        }
        return next(action);
      };
    };
  }

  /**
   * Brings the bot's reply to the last message into view: the whole reply when it fits,
   * else its first bubble from the top, so a long answer is read from its start.
   */
  function revealLatestReply() {
    [100, 400].forEach(function (delay) {
      window.setTimeout(function () {
        var scrollable = root.querySelector('.webchat__basic-transcript__scrollable');
        var bubbles = root.querySelectorAll('.webchat__bubble');
        if (!scrollable || bubbles.length === 0) return;
        var first = null;
        for (var i = bubbles.length - 1; i >= 0; i -= 1) {
          if (bubbles[i].classList.contains('webchat__bubble--from-user')) break;
          first = bubbles[i];
        }
        if (!first) return;
        var top = first.getBoundingClientRect().top - scrollable.getBoundingClientRect().top + scrollable.scrollTop - 8;
        scrollable.scrollTop = scrollable.scrollHeight - top <= scrollable.clientHeight ? scrollable.scrollHeight : top;
      }, delay);
    });
  }

  function scrollToEnd() {
    var scrollable = root.querySelector('.webchat__basic-transcript__scrollable');
    if (scrollable) scrollable.scrollTop = scrollable.scrollHeight;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // The hospital's number, 911 and any US number in a reply become tap-to-call links.
  var phonePatterns = [];
  if (phone && phoneHref)
    phonePatterns.push({
      pattern: escapeRegExp(phone),
      href: function () {
        return phoneHref;
      },
    });
  phonePatterns.push({
    pattern: '\\b911\\b',
    href: function () {
      return 'tel:911';
    },
  });
  phonePatterns.push({
    pattern: '(?:\\+1[ .-]?)?(?:\\(\\d{3}\\)|\\b\\d{3})[ .-]?\\d{3}[ .-]\\d{4}\\b',
    href: function (match) {
      return 'tel:+1' + match.replace(/\D/g, '').slice(-10);
    },
  });
  var phoneRegExp = new RegExp(
    phonePatterns
      .map(function (p) {
        return '(' + p.pattern + ')';
      })
      .join('|'),
    'g',
  );

  function linkPhones(markdown) {
    return markdown.replace(phoneRegExp, function (match) {
      for (var i = 0; i < phonePatterns.length; i += 1) {
        if (arguments[i + 1] !== undefined) return '[' + match + '](' + phonePatterns[i].href(match) + ')';
      }
      return match;
    });
  }

  function renderMarkdown(markdown) {
    var rest = Array.prototype.slice.call(arguments, 1);
    var html = window.WebChat.renderMarkdown.apply(null, [linkPhones(markdown)].concat(rest));
    var urgency = urgencyOf[markdown];
    if (!urgency) return html;
    // 911 (emergency, crisis) in red; "call your care team today" (urgent) in amber.
    var kind = urgency === 'urgent' ? 'urgent-reply' : 'emergency-reply';
    return '<div class="' + kind + '" role="alert">' + html + '</div>';
  }

  // On small screens the buttons scroll in one row, so the answer above them keeps its room.
  var compact = window.matchMedia && window.matchMedia('(max-width: 600px), (max-height: 600px)').matches;

  var styleOptions = {
    accent: '#0b3d91',
    subtle: '#595959',
    primaryFont: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
    fontSizeSmall: '85%',
    avatarSize: 44,
    // No avatar column on small screens: the answer gets the whole width.
    botAvatarInitials: compact ? undefined : initials(botName),
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
    suggestedActionLayout: compact ? 'carousel' : 'flow',
    // A new reply scrolls into view from its top: a long answer is read from its start.
    autoScrollSnapOnPage: true,
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 24,
    suggestedActionBorderColor: '#0b3d91',
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: '#0b3d91',
    typingAnimationHeight: 24,
    typingAnimationWidth: 72,
  };

  function start() {
    if (!window.WebChat) {
      showProblem();
      return;
    }
    fetch('/api/directline/token', {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then(function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      })
      .then(function (session) {
        connect(session, typeof window.WebSocket === 'function');
      })
      .catch(showProblem);
  }

  /** Time to wait for the first message over the stream before polling instead. */
  var STREAM_GRACE_MS = 4000;
  var receivedAny = false;

  /**
   * Replies stream over a WebSocket (Direct Line's streamUrl, also from the local endpoint).
   * When nothing arrives over it (a proxy that drops WebSockets, where the client would
   * retry forever), the same conversation is polled instead.
   */
  function connect(session, webSocket) {
    var domain = new URL(session.directLineUrl, window.location.href).href.replace(/\/$/, '');
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: domain,
      webSocket: webSocket,
      pollingInterval: webSocket ? undefined : 500,
    });
    var fellBack = false;
    function fallBack() {
      if (fellBack || receivedAny) return;
      fellBack = true;
      directLine.end();
      connect(session, false);
    }
    directLine.connectionStatus$.subscribe(function (connectionStatus) {
      if (fellBack) return;
      if (connectionStatus === ONLINE) {
        status.textContent = '';
        if (webSocket) window.setTimeout(fallBack, STREAM_GRACE_MS);
      }
      if (connectionStatus === FAILED && webSocket && !receivedAny) return fallBack();
      if (connectionStatus === FAILED || connectionStatus === ENDED) showProblem();
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: createStore(),
        locale: 'en-US',
        styleOptions: styleOptions,
        renderMarkdown: renderMarkdown,
      },
      root,
    );
    focusSendBoxWhenReady();
  }

  start();
})();
