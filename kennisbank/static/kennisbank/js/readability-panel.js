// Readability panel of the answer editor: re-checks the short and full answer while the
// editor types. Draftail and StreamField keep their values in hidden form inputs, so the
// panel posts those fields of the page form to the admin endpoint, which rebuilds the text
// on the server and returns the panel HTML. Without JavaScript the panel keeps the analysis
// rendered with the page.
(() => {
  "use strict";

  const DELAY_MS = 400;

  const setUp = (panel) => {
    const form = panel.closest("form");
    if (!form) {
      return;
    }
    const status = panel.querySelector("[data-kb-readability-status]");
    const results = panel.querySelector("[data-kb-readability-results]");
    const fields = panel.dataset.fields.split(" ");
    let timer = null;
    let lastSent = null;
    let request = null;

    const setStatus = (text) => {
      // The status is a live region: only announce real changes.
      if (status.textContent.trim() !== text) {
        status.textContent = text;
      }
    };

    const payload = () => {
      const data = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        const wanted = fields.some((field) => name === field || name.startsWith(`${field}-`));
        if (wanted || name === "csrfmiddlewaretoken") {
          data.append(name, value);
        }
      }
      return data;
    };

    const check = async () => {
      const body = payload();
      // Typing in other fields (title, keywords) needs no new analysis.
      if (body.toString() === lastSent) {
        return;
      }
      lastSent = body.toString();
      request?.abort();
      request = new AbortController();
      try {
        const response = await fetch(panel.dataset.url, {
          method: "POST",
          body,
          credentials: "same-origin",
          headers: { "X-Requested-With": "XMLHttpRequest" },
          signal: request.signal,
        });
        const data = await response.json().catch(() => ({}));
        if (!response.ok || data.html === undefined) {
          lastSent = null;
          setStatus(data.error || panel.dataset.errorLabel);
          return;
        }
        results.innerHTML = data.html;
        setStatus(panel.dataset.liveLabel);
      } catch (error) {
        if (error.name !== "AbortError") {
          lastSent = null;
          setStatus(panel.dataset.errorLabel);
        }
      }
    };

    const schedule = (event) => {
      if (panel.contains(event.target)) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(check, DELAY_MS);
    };
    // "input" covers typing; Wagtail's w-unsaved controller reports other changes such as
    // adding, moving or deleting a block.
    ["input", "change", "w-unsaved:add"].forEach((name) => form.addEventListener(name, schedule));
  };

  const start = () => document.querySelectorAll("[data-kb-readability]").forEach(setUp);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
