// Draft review: clicking an item highlights the source line it was read from and scrolls the
// source pane to it. (A file, not an inline script: the Content-Security-Policy forbids those.)
(function () {
  function show(line) {
    const pane = document.querySelector("[data-source]");
    if (!pane) return;
    pane.querySelectorAll(".src-line.highlight").forEach((el) => el.classList.remove("highlight"));
    const target = pane.querySelector(`[data-line="${line}"]`);
    if (!target) return;
    target.classList.add("highlight");
    pane.scrollTop = target.offsetTop - pane.clientHeight / 3;
  }
  document.addEventListener("click", (event) => {
    const item = event.target.closest("[data-item-line]");
    if (!item || event.target.closest("form, details > *:not(summary)")) return;
    document.querySelectorAll(".draft-item.active").forEach((el) => el.classList.remove("active"));
    item.classList.add("active");
    if (item.dataset.itemLine !== "") show(item.dataset.itemLine);
  });
  document.addEventListener("DOMContentLoaded", () => {
    const hash = window.location.hash;
    if (hash.startsWith("#item-")) {
      const item = document.querySelector(hash);
      if (item) {
        item.classList.add("active");
        if (item.dataset.itemLine !== "") show(item.dataset.itemLine);
      }
    }
  });
})();
