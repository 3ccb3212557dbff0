// The digital assistant on every page. Without this script the widget is a link to the chat
// page (/digitale-assistent/); with it, a button opens a panel whose form is sent to
// /api/chat/. The panel is not modal: the page stays usable, Escape or "Sluiten" closes it and
// focus returns to the button. Server text is only ever set as textContent, never as HTML.
// The conversation is kept in this tab's sessionStorage (never a cookie, never sent anywhere),
// so it goes on after the citizen opens an answer: "en wat kost dat?" on the next page still
// follows from the last answer. It is forgotten when the tab closes, and after 30 minutes,
// when the server has forgotten the session too.
(function () {
  "use strict";
  var root = document.querySelector("[data-chat]");
  if (!root || !window.fetch) { return; }
  var text = root.dataset;
  var link = root.querySelector("[data-chat-link]");
  var opener = root.querySelector("[data-chat-opener]");
  var panel = root.querySelector("[data-chat-panel]");
  var log = root.querySelector("[data-chat-messages]");
  var form = root.querySelector("[data-chat-form]");
  var input = form.elements.message;
  var sessionField = root.querySelector("[data-chat-session]");
  var busy = false;
  var feedbackCount = 0;
  var STORAGE_KEY = "kennisbank-chat";
  var MAX_AGE_MS = 30 * 60 * 1000;  // search/chat/sessions.py SESSION_SECONDS
  var MAX_ENTRIES = 40;
  var saved = { sessionId: null, savedAt: 0, entries: [] };

  link.hidden = true;
  opener.hidden = false;

  // The conversation so far, from an earlier page in this tab. The panel stays closed: the
  // citizen came here to read, and the button brings the conversation back.
  var earlier = recall();
  if (earlier) {
    saved = earlier;
    sessionField.value = saved.sessionId || "";
    saved.entries.forEach(function (entry) {
      if (entry.asked.trim()) { log.appendChild(question(entry.asked)); }
      log.appendChild(reply(entry.data, entry));
    });
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function paragraph(content) {
    return element("p", "utrecht-paragraph", content);
  }

  // Only links to web pages: an answer's URL comes from our own API, but a javascript: URL
  // must never become clickable, whatever the server says.
  function answerLink(url, label) {
    var anchor = element("a", "utrecht-link", label);
    var parsed = new URL(url, window.location.href);
    if (parsed.protocol === "https:" || parsed.protocol === "http:") { anchor.href = parsed.href; }
    return anchor;
  }

  function message(who, modifier) {
    var node = element("div", "site-chat-message site-chat-message--" + modifier);
    node.appendChild(element("p", "site-chat-message__sender", who));
    return node;
  }

  function show(node) {
    log.appendChild(node);
    // Show the start of the newest message: a long reply is read from the top.
    log.scrollTop = node.offsetTop;
    return node;
  }

  function linkList(results) {
    var list = element("ul", "utrecht-unordered-list site-chat-message__links");
    results.forEach(function (result) {
      var item = element("li");
      item.appendChild(answerLink(result.url, result.title));
      list.appendChild(item);
    });
    return list;
  }

  // As includes/contact_link.html: call, write or open a WhatsApp chat where a device can
  // (the server gives the link as `href`), plain text otherwise.
  // `asButton`: after "Nee" the ways to a colleague are buttons ("Bellen: 14 0123").
  function contactLink(channel, asButton) {
    if (!channel.href) { return document.createTextNode(channel.contact); }
    if (!asButton) {
      var anchor = element("a", "utrecht-link", channel.contact);
      anchor.href = channel.href;
      return anchor;
    }
    var action = { phone: text.textCall, whatsapp: text.textWhatsapp, email: text.textMail }[channel.kind];
    var button = element(
      "a",
      "utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action",
      action + ": " + channel.contact
    );
    button.href = channel.href;
    return button;
  }

  function channelStatus(channel) {
    if (channel.always_available) { return element("span", "", text.textAlways); }
    // The general phone number before the channels are filled in: no hours are known.
    if (!channel.hours_today) { return element("span"); }
    var status = element("span");
    status.appendChild(element(
      "span",
      "utrecht-status-badge utrecht-status-badge--" + (channel.open_now ? "success" : "neutral"),
      channel.open_now ? text.textOpen : text.textClosed
    ));
    var detail = " " + text.textToday + ": " + channel.hours_today;
    // At night and at weekends "closed" alone leaves the citizen guessing: say when.
    if (!channel.open_now && channel.next_opening) {
      detail += ". " + text.textOpenAgain + " " + channel.next_opening + ".";
    }
    status.appendChild(document.createTextNode(detail));
    return status;
  }

  function channelList(handoff, asButtons) {
    var group = element("div", "site-chat-handoff");
    var list = element("ul", "site-chat-message__channels");
    handoff.channels.forEach(function (channel) {
      var item = element("li", "site-chat-channel");
      item.appendChild(element("strong", "", channel.name));
      item.appendChild(document.createTextNode(": "));
      if (asButtons && channel.href) { item.appendChild(element("br")); }
      item.appendChild(contactLink(channel, asButtons));
      item.appendChild(element("br"));
      // "Alleen op afspraak": what to know before setting out.
      if (channel.note) {
        item.appendChild(document.createTextNode(channel.note));
        item.appendChild(element("br"));
      }
      item.appendChild(channelStatus(channel));
      list.appendChild(item);
    });
    group.appendChild(list);
    if (handoff.always_open) {
      var always = paragraph(handoff.always_open + " ");
      var hours = element("a", "utrecht-link", text.textAllHours);
      hours.href = handoff.all_hours_url;
      always.appendChild(hours);
      group.appendChild(always);
    }
    return group;
  }

  // Storage may be switched off or full (private browsing); the chat then works as before,
  // only without memory across pages.
  function remember() {
    saved.savedAt = Date.now();
    saved.entries = saved.entries.slice(-MAX_ENTRIES);
    try { window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved)); } catch (error) { /* no memory */ }
  }

  function recall() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
      if (stored && Array.isArray(stored.entries) && Date.now() - stored.savedAt < MAX_AGE_MS) {
        return stored;
      }
    } catch (error) { /* unreadable: start afresh */ }
    return null;
  }

  function question(content) {
    var mine = message(text.textYou, "you");
    mine.appendChild(paragraph(content));
    return mine;
  }

  function feedback(sessionId, answerId, entry) {
    feedbackCount += 1;
    var group = element("div", "site-chat-feedback");
    group.setAttribute("data-answer-id", answerId);
    var label = element("p", "utrecht-paragraph site-chat-feedback__question", text.textHelpful);
    label.id = "chat-nuttig-" + feedbackCount;
    group.setAttribute("role", "group");
    group.setAttribute("aria-labelledby", label.id);
    group.appendChild(label);
    [[text.textYes, true], [text.textNo, false]].forEach(function (choice) {
      var button = element("button", "utrecht-button utrecht-button--secondary-action", choice[0]);
      button.type = "button";
      button.addEventListener("click", function () {
        send(text.feedbackUrl, { session_id: sessionId, answer_id: answerId, helpful: choice[1] })
          .then(function (data) {
            entry.rated = true;
            // Kept with the conversation: on the next page the answer shows what the rating
            // brought (after "Nee", the ways to a colleague), not nothing.
            entry.rating = { message: data.message, handoff: data.handoff || null };
            remember();
            var thanks = rated(group, entry.rating);
            if (data.handoff) {
              // "Nee": the ways to a colleague as buttons, and focus on them, not the page.
              thanks.tabIndex = -1;
              thanks.focus();
            } else {
              // The buttons disappear; focus goes back to where the next question is typed.
              input.focus();
            }
          })
          .catch(function (error) {
            var old = group.querySelector(".site-chat-feedback__error");
            if (old) { old.remove(); }
            group.appendChild(element("p", "utrecht-paragraph site-chat-feedback__error", error.message));
          });
      });
      group.appendChild(button);
    });
    return group;
  }

  // The thanks for a rating in place of its buttons, with the ways to a colleague after "Nee".
  function rated(group, rating) {
    var thanks = paragraph(rating.message);
    group.replaceChildren(thanks);
    if (rating.handoff) { group.appendChild(channelList(rating.handoff, true)); }
    return thanks;
  }

  // A typed "ja" or "nee" rated the last answer: its buttons would only say "already rated".
  function ratedByTyping(answerId) {
    saved.entries.forEach(function (entry) {
      if (entry.data.answer && entry.data.answer.id === answerId) { entry.rated = true; }
    });
    log.querySelectorAll('.site-chat-feedback[data-answer-id="' + answerId + '"]').forEach(
      function (group) { group.remove(); }
    );
  }

  function reply(data, entry) {
    var node = message(text.textAssistant, "assistant");
    node.appendChild(paragraph(data.reply));
    if (data.answer) {
      var more = paragraph("");
      more.appendChild(answerLink(data.answer.url, text.textReadMore + " " + data.answer.title));
      node.appendChild(more);
    }
    // The reply ends in "... helpt u graag verder:", so the channels come straight after it;
    // the handoff's reason only repeats the reply and is left to bridges and logs.
    if (data.handoff) { node.appendChild(channelList(data.handoff, false)); }
    if (data.suggestions.length) {
      if (data.answer) { node.appendChild(paragraph(text.textSomethingElse)); }
      else if (data.handoff) { node.appendChild(paragraph(text.textPerhaps)); }
      node.appendChild(linkList(data.suggestions));
    }
    if (data.answer && !entry.rated) {
      node.appendChild(feedback(data.session_id, data.answer.id, entry));
    } else if (data.answer && entry.rating) {
      var group = element("div", "site-chat-feedback");
      rated(group, entry.rating);
      node.appendChild(group);
    }
    return node;
  }

  // POST JSON to the API; rejects with an Error carrying the server's Dutch message.
  function send(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { throw new Error(data.error || text.textFailed); }
        return data;
      });
    }, function () {
      throw new Error(text.textFailed);
    });
  }

  function open() {
    panel.hidden = false;
    opener.setAttribute("aria-expanded", "true");
    document.documentElement.classList.add("site-chat-is-open");
    input.focus();
  }

  function close() {
    panel.hidden = true;
    opener.setAttribute("aria-expanded", "false");
    document.documentElement.classList.remove("site-chat-is-open");
    // Back to the button that opened it, without jumping to the top of a long answer the
    // citizen was reading.
    opener.focus({ preventScroll: true });
  }

  function focusables() {
    return Array.prototype.filter.call(
      panel.querySelectorAll("a[href], button:not([disabled]), input:not([type=hidden]), textarea, [tabindex]"),
      function (node) { return node.tabIndex >= 0 && node.getClientRects().length; }
    );
  }

  opener.addEventListener("click", function () {
    if (panel.hidden) { open(); } else { close(); }
  });
  root.querySelector("[data-chat-close]").addEventListener("click", close);
  // While the panel is open, Escape closes it wherever focus is, and Tab goes round inside it
  // instead of wandering off to the top of the page behind it.
  document.addEventListener("keydown", function (event) {
    if (panel.hidden) { return; }
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "Tab") { return; }
    var nodes = focusables();
    if (!nodes.length) { return; }
    var first = nodes[0];
    var last = nodes[nodes.length - 1];
    var inside = panel.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var asked = input.value;
    if (busy) { return; }
    busy = true;
    if (asked.trim()) { show(question(asked)); }
    input.value = "";
    var waiting = show(element("p", "site-chat__busy", text.textBusy));
    send(text.chatUrl, { message: asked, session_id: sessionField.value || null })
      .then(function (data) {
        sessionField.value = data.session_id;
        waiting.remove();
        var entry = { asked: asked, data: data, rated: false };
        if (data.rated_answer_id) { ratedByTyping(data.rated_answer_id); }
        saved.sessionId = data.session_id;
        saved.entries.push(entry);
        remember();
        // Focus on the new reply, so a screen reader reads it and Tab continues from it.
        var shown = show(reply(data, entry));
        shown.tabIndex = -1;
        shown.focus();
      })
      .catch(function (error) {
        waiting.remove();
        var problem = message(text.textAssistant, "assistant");
        problem.appendChild(paragraph(error.message));
        show(problem);
        // Nothing was answered: give the question back so it need not be typed again.
        if (!input.value) { input.value = asked; }
      })
      .finally(function () { busy = false; });
  });
})();
