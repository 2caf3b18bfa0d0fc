/* Progressive enhancement: fill the search box's <datalist> with matching page titles.
   Without JavaScript the form works as it is. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-autocomplete-url]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var lastQuery = "";

  function update() {
    var query = input.value.trim();
    if (query.length < 2 || query === lastQuery) return;
    lastQuery = query;
    var url = input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(query);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) {
        list.textContent = "";
        data.results.forEach(function (result) {
          var option = document.createElement("option");
          option.value = result.title;
          list.appendChild(option);
        });
      })
      .catch(function () { /* suggestions are optional */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 200);
  });
})();
