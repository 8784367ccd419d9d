// Suggestions while typing, for search boxes with data-suggest: fills a <datalist>,
// which browsers present accessibly. Without JavaScript the box works as a plain form.
(function () {
  document.querySelectorAll("input[data-suggest]").forEach(function (input, index) {
    var list = document.createElement("datalist");
    var timer;
    list.id = "search-suggestions-" + index;
    input.after(list);
    input.setAttribute("list", list.id);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 3) { list.replaceChildren(); return; }
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(query))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () { list.replaceChildren(); });
      }, 200);
    });
  });
})();
