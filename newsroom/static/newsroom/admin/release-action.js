// The publish button says "Schedule to publish" while the press item is set to an embargo,
// so nobody believes an embargoed release goes out the moment they click.
(function () {
  "use strict";

  function update() {
    var status = document.getElementById("id_release_status");
    var button = document.querySelector('button[name="action-publish"]');
    if (!status || !button) return;
    var label = button.querySelector('[data-w-progress-target="label"]');
    if (!label) return;
    if (!button.dataset.publishLabel) {
      var plain = label.textContent.trim();
      button.dataset.publishLabel = plain === "Schedule to publish" ? "Publish" : plain;
    }
    var embargoed = status.value === "embargoed";
    label.textContent = embargoed ? "Schedule to publish" : button.dataset.publishLabel;
    button.setAttribute(
      "data-w-progress-active-value",
      embargoed ? "Scheduling…" : "Publishing…"
    );
  }

  document.addEventListener("DOMContentLoaded", function () {
    update();
    document.addEventListener("change", function (event) {
      if (event.target && event.target.id === "id_release_status") update();
    });
  });
})();
