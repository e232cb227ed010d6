// Wagtail's tag field types into an input that jQuery tag-it adds without a label, which screen
// readers announce as "edit text, blank". Give it the field's own label.
(function () {
  "use strict";

  function labelTagInputs() {
    document.querySelectorAll("input.ui-autocomplete-input:not([aria-label])").forEach(function (input) {
      var field = input.closest("[data-field-wrapper], .w-field__wrapper");
      var label = field && field.querySelector("label");
      input.setAttribute("aria-label", label ? label.textContent.trim() : "Tags");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    labelTagInputs();
    new MutationObserver(labelTagInputs).observe(document.body, { childList: true, subtree: true });
  });
})();
