// Readability side panel of the answer editor: re-checks the short and full answer while the
// editor types. Draftail and StreamField keep their values in hidden form inputs, so the
// panel posts those fields of the page form to the admin endpoint, which rebuilds the text
// on the server and returns the panel HTML. Without JavaScript the panel keeps the analysis
// rendered with the page.
//
// The panel is one of Wagtail's side panels, outside the page form (it names the form in
// data-form), and Wagtail may re-render its content after an autosave: so the panel's
// elements are looked up again for every update.
(() => {
  "use strict";

  const DELAY_MS = 400;
  const PANEL = "[data-kb-readability]";
  const TOGGLE = '[data-side-panel-toggle="readability"]';

  const currentPanel = () => document.querySelector(PANEL);

  const setUp = (panel) => {
    const form = document.getElementById(panel.dataset.form) || panel.closest("form");
    if (!form) {
      return;
    }
    const url = panel.dataset.url;
    const fields = panel.dataset.fields.split(" ");
    let timer = null;
    let lastSent = null;
    let request = null;

    const setStatus = (text) => {
      const status = currentPanel()?.querySelector("[data-kb-readability-status]");
      // The status is a live region: only announce real changes.
      if (status && status.textContent.trim() !== text) {
        status.textContent = text;
      }
    };

    const setCount = (count) => {
      const counter = document.querySelector(`${TOGGLE} [data-side-panel-toggle-counter]`);
      if (counter) {
        counter.textContent = String(count);
        counter.hidden = count === 0;
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
        const response = await fetch(url, {
          method: "POST",
          body,
          credentials: "same-origin",
          headers: { "X-Requested-With": "XMLHttpRequest" },
          signal: request.signal,
        });
        const data = await response.json().catch(() => ({}));
        const results = currentPanel()?.querySelector("[data-kb-readability-results]");
        if (!response.ok || data.html === undefined || !results) {
          lastSent = null;
          setStatus(data.error || panel.dataset.errorLabel);
          return;
        }
        results.innerHTML = data.html;
        // Publishing at B1 or easier needs no confirmation: offer the box only above B1.
        const confirm = currentPanel()?.querySelector("[data-kb-readability-confirm]");
        if (confirm) {
          confirm.hidden = !data.harder_than_b1;
        }
        setCount(
          (data.parts?.short_answer?.findings?.length || 0) +
            (data.parts?.body?.findings?.length || 0),
        );
        setStatus(panel.dataset.liveLabel);
      } catch (error) {
        if (error.name !== "AbortError") {
          lastSent = null;
          setStatus(panel.dataset.errorLabel);
        }
      }
    };

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(check, DELAY_MS);
    };
    // "input" covers typing; Wagtail's w-unsaved controller reports other changes such as
    // adding, moving or deleting a block.
    ["input", "change", "w-unsaved:add"].forEach((name) => form.addEventListener(name, schedule));
  };

  // Publishing was refused for the level: show the panel with the findings and the
  // confirmation box, once Wagtail's side panels are set up.
  const openIfAsked = () => {
    const toggle = document.querySelector(TOGGLE);
    if (currentPanel()?.hasAttribute("data-kb-readability-open") && toggle) {
      if (toggle.getAttribute("aria-expanded") !== "true") {
        toggle.click();
      }
    }
  };

  const start = () => {
    const panel = currentPanel();
    if (panel) {
      setUp(panel);
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  if (document.readyState === "complete") {
    openIfAsked();
  } else {
    window.addEventListener("load", openIfAsked);
  }
})();
