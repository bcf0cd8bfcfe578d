// Small page behaviours that must not be inline (the Content-Security-Policy forbids inline
// scripts): auto-submitting filter selects and confirming destructive buttons.
document.addEventListener("change", (event) => {
  const el = event.target;
  if (el.matches("form[data-autosubmit] select")) {
    el.form.requestSubmit();
  }
});
document.addEventListener("click", (event) => {
  const el = event.target.closest("[data-confirm]");
  if (el && !window.confirm(el.dataset.confirm)) {
    event.preventDefault();
  }
});
// Progress bars carry their width in data-width (inline styles are not allowed by the CSP).
function applyWidths(root) {
  root.querySelectorAll("[data-width]").forEach((el) => {
    el.style.width = `${Number(el.dataset.width) || 0}%`;
  });
}
document.addEventListener("DOMContentLoaded", () => applyWidths(document));
document.addEventListener("htmx:afterSettle", (event) => applyWidths(event.target));
