// A live count under text boxes with a character limit (data-character-count
// holds the translated "%(count)s of %(limit)s characters"). The limit itself
// is the box's maxlength, so the browser stops input there; the server checks too.
(function () {
  function attach(field) {
    if (field.dataset.characterCountReady) return;
    field.dataset.characterCountReady = "true";
    var limit = field.getAttribute("maxlength");
    var output = document.createElement("p");
    output.className = "help character-count";
    output.id = field.id + "-character-count";
    output.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", output);
    var describedBy = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", (describedBy ? describedBy + " " : "") + output.id);
    function update() {
      output.textContent = field.dataset.characterCount
        .replace("%(count)s", field.value.length)
        .replace("%(limit)s", limit);
    }
    field.addEventListener("input", update);
    update();
  }
  function attachAll() {
    document.querySelectorAll("[data-character-count][maxlength]").forEach(attach);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attachAll);
  } else {
    attachAll();
  }
})();
