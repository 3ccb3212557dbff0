// "Bestaat dit antwoord al?": while an editor types the question of an answer, list existing
// answers that mean the same, so no duplicate is written. Only enhances: without it, nothing
// is lost.
(function () {
  const script = document.currentScript;
  const url = script && script.dataset.similarUrl;
  const title = document.querySelector('form[data-edit-form] #id_title, #id_title');
  // Only the answer editor has a short answer.
  if (!url || !title || !document.querySelector('#id_short_answer')) return;
  const match = window.location.pathname.match(/\/pages\/(\d+)\/edit\//);
  const exclude = match ? match[1] : '';
  const box = document.createElement('div');
  box.className = 'help-block help-info';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.hidden = true;
  title.insertAdjacentElement('afterend', box);
  let timer = null;
  let asked = '';

  function show(data) {
    box.replaceChildren();
    if (!data.answers.length) {
      box.hidden = true;
      return;
    }
    const heading = document.createElement('strong');
    heading.textContent = data.heading;
    const intro = document.createElement('p');
    intro.textContent = data.intro;
    const list = document.createElement('ul');
    for (const answer of data.answers) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = answer.url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = answer.title;
      item.append(link);
      list.append(item);
    }
    box.append(heading, intro, list);
    box.hidden = false;
  }

  function check() {
    const question = title.value.trim();
    if (question === asked) return;
    asked = question;
    const query = new URLSearchParams({ q: question, exclude: exclude });
    fetch(url + '?' + query, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { answers: [] }))
      .then(show)
      .catch(() => {});
  }

  title.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  });
  // A new answer (also one prefilled from "Ontbrekende content") is checked at once. An
  // existing answer only once its question changes: its subject's siblings listed on every
  // routine edit were noise.
  if (!exclude && title.value.trim()) check();
  else asked = title.value.trim();
})();
