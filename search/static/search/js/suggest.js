// Autocomplete for the search boxes: fills the input's <datalist> with matching questions.
// The search form works without this script; it only adds suggestions while typing.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest-url]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var lastQuery = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var query = input.value.trim();
        if (query.length < 2 || query === lastQuery) { return; }
        lastQuery = query;
        fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(query), { credentials: "omit" })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (suggestion) {
              var option = document.createElement("option");
              option.value = suggestion.title;
              return option;
            }));
          })
          .catch(function () { /* Suggestions are a nicety; typing and searching still work. */ });
      }, 200);
    });
  });
})();
