// Shows "n of limit characters" under a textarea with a maxlength while the editor types.
(function () {
  function setUp(output) {
    var field = document.getElementById(output.dataset.charCountFor);
    if (!field || output.dataset.charCountReady) return;
    output.dataset.charCountReady = "1";
    var limit = field.getAttribute("maxlength");
    function update() {
      var count = field.value.replace(/\r\n/g, "\n").length;
      output.textContent = output.dataset.charCountTemplate
        .replace("%(count)s", count)
        .replace("%(limit)s", limit);
    }
    field.addEventListener("input", update);
    update();
  }
  function setUpAll() {
    document.querySelectorAll("[data-char-count-for]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
