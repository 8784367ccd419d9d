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
    var add = tree.querySelector("[data-term-tree-add]");
    if (add) attachChooser(tree, list, add);
  }
  // A snippet chooser under the list (its "Create" tab makes a new entry): what
  // it hands back is ticked in the list, added first if the list lacks it.
  function attachChooser(tree, list, add) {
    var input = document.getElementById(add.dataset.termTreeAdd);
    var chooser = document.getElementById(add.dataset.termTreeAdd + "-chooser");
    var status = tree.querySelector("[data-term-tree-status]");
    if (!input || !chooser) return;
    add.hidden = false;
    input.addEventListener("change", function () {
      if (!input.value) return;
      var state = (chooser.widget && chooser.widget.state) || {};
      tick(tree, list, input.value, state.string || input.value, status);
      // After the chooser has finished showing its choice: ready for the next one.
      window.setTimeout(function () {
        if (chooser.widget) chooser.widget.clear();
      }, 0);
    });
  }
  function tick(tree, list, value, label, status) {
    var name = tree.dataset.termTreeName;
    var box = list.querySelector('input[type="checkbox"][value="' + CSS.escape(value) + '"]');
    if (!box) {
      var item = document.createElement("li");
      var text = document.createElement("label");
      box = document.createElement("input");
      box.type = "checkbox";
      box.name = name;
      box.value = value;
      box.id = tree.id + "_new_" + value;
      text.htmlFor = box.id;
      text.appendChild(box);
      text.appendChild(document.createTextNode(" " + label));
      item.appendChild(text);
      list.appendChild(item);
    }
    box.checked = true;
    box.dispatchEvent(new Event("change", { bubbles: true }));
    box.closest("li").hidden = false;
    if (status) status.textContent = status.dataset.added.replace("%(label)s", label);
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
