// The filter box over a list of terms to tick (home/editing/term_tree.py): shows
// the terms whose name contains what was typed, with the parents they sit under.
// Without JavaScript the box stays hidden and the whole list is shown.
(function () {
  function normalise(text) {
    return text.toLocaleLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function filter(list, query, none) {
    var any = false;
    function visit(item) {
      var label = item.querySelector(":scope > label");
      var own = !query || normalise(label.textContent).indexOf(query) !== -1;
      var child = false;
      item.querySelectorAll(":scope > ul > li").forEach(function (sub) {
        if (visit(sub)) child = true;
      });
      var shown = own || child;
      item.hidden = !shown;
      if (shown) any = true;
      return shown;
    }
    list.querySelectorAll(":scope > li").forEach(visit);
    none.hidden = any;
  }
  function attach(tree) {
    if (tree.dataset.termTreeReady) return;
    tree.dataset.termTreeReady = "true";
    var search = tree.querySelector("[data-term-tree-search]");
    var list = tree.querySelector(".term-tree__options");
    var none = tree.querySelector("[data-term-tree-none]");
    search.hidden = false;
    search.addEventListener("input", function () {
      filter(list, normalise(search.value.trim()), none);
    });
    // Enter in the filter box must not submit the page form.
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  }
  function attachAll() {
    document.querySelectorAll("[data-term-tree]").forEach(attach);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attachAll);
  } else {
    attachAll();
  }
})();
