// Workbench (KCC): keyboard shortcuts, live results and the copy button. Every page works
// without this script: the search is a GET form, results are links, forms post normally.
//
//   /          focus the search box (where you are not typing already)
//   ↓ ↑        from the search box through the results, and back up
//   Enter      open the focused result (it is a link)
//   Esc        from the results to the search box, from the search box to the page; on an
//              answer (or the print view), back to where you came from
//   c          jump to the contact registration
(() => {
  "use strict";

  const DELAY_MS = 120;
  const MIN_LENGTH = 2;

  const search = document.querySelector("[data-wb-search]");
  const results = document.querySelector("[data-wb-results]");
  const status = document.querySelector("[data-wb-status]");
  const back = document.querySelector("[data-wb-back]");
  const contact = document.getElementById("wb-contact");
  const main = document.getElementById("inhoud");

  const isField = (element) =>
    element instanceof HTMLElement &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
  const isTextField = (element) =>
    isField(element) &&
    !(element.tagName === "INPUT" && ["radio", "checkbox", "submit", "button"].includes(element.type));
  const resultLinks = () => (results ? [...results.querySelectorAll("[data-wb-result]")] : []);

  const setStatus = (element, text) => {
    // A live region: only announce real changes.
    if (element && element.textContent.trim() !== text) {
      element.textContent = text;
    }
  };

  const slashWouldStartTheQuery = (box) =>
    box.value === "" || (box.selectionStart === 0 && box.selectionEnd === box.value.length);

  // -- shortcuts -------------------------------------------------------------------------
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const target = event.target;
    if (event.key === "/" && search && !isTextField(target)) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === "/" && target === search && slashWouldStartTheQuery(search)) {
      // The box already has focus (it has on load): the shortcut must not type itself into an
      // empty or fully selected query. Inside a query ("en/of") a slash is typed as usual.
      event.preventDefault();
      search.select();
    } else if (event.key === "c" && contact && !isTextField(target)) {
      event.preventDefault();
      const channel =
        contact.querySelector("input[name=channel]:checked") ||
        contact.querySelector("input[name=channel]");
      (channel || contact.querySelector("input, select, button")).focus();
    } else if (event.key === "Escape") {
      if (target === search) {
        // Leave the search box (keeping the query, which the browser would clear), so that
        // the shortcuts work; a second Escape goes back.
        event.preventDefault();
        main?.focus();
      } else if (resultLinks().includes(target)) {
        search?.focus();
      } else if (back && !target.closest("form")) {
        // Not from inside a form: going back would lose what was filled in.
        window.location.assign(back.href);
      }
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const links = resultLinks();
      const position = links.indexOf(target);
      if (target === search && event.key === "ArrowDown" && links.length) {
        event.preventDefault();
        links[0].focus();
      } else if (position >= 0) {
        event.preventDefault();
        const next = position + (event.key === "ArrowDown" ? 1 : -1);
        if (next < 0) {
          search?.focus();
        } else if (next < links.length) {
          links[next].focus();
        }
      }
    }
  });

  // -- live results on the start screen --------------------------------------------------
  if (search && results) {
    const url = results.dataset.wbLiveUrl;
    const startUrl = results.dataset.wbStartUrl;
    const heading = document.getElementById(results.dataset.wbHeading);
    // "Resultaten voor … | Werkplek": the part after the heading stays.
    const titleEnd = document.title.slice(document.title.lastIndexOf(" | "));
    let timer = null;
    let request = null;
    let shown = search.value.trim();

    const update = async () => {
      const query = search.value.trim();
      if (query === shown) {
        return;
      }
      shown = query;
      request?.abort();
      request = new AbortController();
      if (query.length > 0 && query.length < MIN_LENGTH) {
        return;
      }
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(query)}`, {
          credentials: "same-origin",
          headers: { Accept: "application/json" },
          signal: request.signal,
        });
        const data = await response.json();
        results.innerHTML = data.html;
        setStatus(status, data.status);
        if (heading) {
          heading.textContent = data.heading;
          document.title = data.heading + titleEnd;
        }
        // Reloading shows the same results; the address is what the agent sees. Always the
        // start screen's (this page may be a contact form's that came back with errors), and
        // marked live: Back to it after opening a result must not count the search twice.
        const address = query ? `${startUrl}?q=${encodeURIComponent(query)}&live=1` : startUrl;
        window.history.replaceState(null, "", address);
        // A contact form sent with errors brings these results back next to them.
        const shownQuery = contact?.querySelector("[data-wb-shown-query]");
        if (shownQuery) {
          shownQuery.value = query;
        }
      } catch (error) {
        if (error.name !== "AbortError") {
          // Expired session (the login page is no JSON), network trouble: the form still works.
          shown = null;
          setStatus(status, status.dataset.wbError);
        }
      }
    };

    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, DELAY_MS);
    });
  }

  // -- copy as plain text, print ------------------------------------------------------------
  const copyButton = document.querySelector("[data-wb-copy]");
  if (copyButton && navigator.clipboard) {
    const copyStatus = document.querySelector("[data-wb-copy-status]");
    const source = document.getElementById(copyButton.dataset.wbCopy);
    copyButton.hidden = false;
    copyButton.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.content.textContent.trim());
        setStatus(copyStatus, copyButton.dataset.wbCopied);
      } catch {
        setStatus(copyStatus, copyButton.dataset.wbCopyFailed);
      }
    });
  }

  const printButton = document.querySelector("[data-wb-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", () => window.print());
  }

  // -- the call-back fields only when the result is a call-back request ----------------------
  // Without JavaScript they are always there; with it, the common registration stays short.
  const callback = contact?.querySelector("[data-wb-callback]");
  if (callback) {
    const showCallback = () => {
      const chosen = contact.querySelector("input[name=result]:checked");
      const filled = [...callback.querySelectorAll("input")].some(
        (input) => (input.type === "checkbox" ? input.checked : input.value !== ""),
      );
      callback.hidden = !filled && chosen?.value !== callback.dataset.wbCallback;
    };
    contact.addEventListener("change", showCallback);
    showCallback();
  }

  // -- a form sent back with errors: start at its first field --------------------------------
  const invalid = document.querySelector("[data-wb-invalid]");
  if (invalid) {
    const group = invalid.querySelector(".wb-error")?.closest(".wb-field, .wb-fieldset") || invalid;
    group.querySelector("input:not([type=hidden]), select, textarea")?.focus();
  }
})();
