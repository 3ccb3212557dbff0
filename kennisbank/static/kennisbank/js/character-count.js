// Character count under the answer editor's fields that have a maximum length (the short
// answer, and the question near its maximum). The browser stops typing at the maximum and cuts off pasted text without a word;
// the count shows how much room is left. It is linked to the field (aria-describedby), so a
// screen reader reads it with the field; a live region says it once when the maximum is
// reached, not at every keystroke. The Dutch texts come from the script tag
// (kennisbank/editing/character_count.py).
(() => {
  "use strict";

  const script = document.currentScript;
  const countText = script.dataset.countText;
  const fullText = script.dataset.fullText;

  const fill = (template, count, max) =>
    template.replace("%(count)s", count.toLocaleString("nl-NL")).replace("%(max)s", max.toLocaleString("nl-NL"));

  const setUp = (field) => {
    if (field.dataset.kbCounted || !field.id || field.maxLength <= 0) {
      return;
    }
    field.dataset.kbCounted = "true";
    const max = field.maxLength;
    // The question (a one-line input) counts only near its maximum: "40 of 255" under every
    // question says nothing, a question cut off mid-word at 255 said nothing either.
    const quietBelow = field.tagName === "INPUT" ? Math.floor(max * 0.8) : 0;
    const count = document.createElement("p");
    count.id = `${field.id}-character-count`;
    count.className = "w-field__help";
    const alert = document.createElement("p");
    alert.className = "w-sr-only";
    alert.setAttribute("aria-live", "polite");
    field.after(count, alert);
    const described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", described ? `${described} ${count.id}` : count.id);

    let full = false;
    const update = () => {
      const length = field.value.length;
      count.textContent = fill(countText, length, max);
      count.hidden = length < quietBelow;
      if (length >= max && !full) {
        alert.textContent = fill(fullText, length, max);
      } else if (length < max) {
        alert.textContent = "";
      }
      full = length >= max;
    };
    field.addEventListener("input", update);
    update();
  };

  const setUpAll = () =>
    document.querySelectorAll("textarea[maxlength], input#id_title[maxlength]").forEach(setUp);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
