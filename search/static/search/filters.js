// The filters are a <details>, closed so that on a phone the results come first; on a wide
// screen, where they stand beside the results, they start open. Without JavaScript they stay
// closed and open with a click or the keyboard like any <details>.
(function () {
  const filters = document.querySelector("[data-search-filters]");
  if (!filters) return;
  const wide = window.matchMedia("(min-width: 56rem)");
  filters.open = wide.matches;
  wide.addEventListener("change", (event) => {
    filters.open = event.matches;
  });
})();
