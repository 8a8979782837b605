// Bonnes pratiques : the guide filter works as plain links without JavaScript; with it, the
// links filter the page in place (no reload), and the address keeps the choice so it can be
// shared. Dependency-free, for file:// and any static host.
(function () {
  "use strict";
  var filters = document.querySelector("[data-filters]");
  if (!filters || !window.history || !document.querySelectorAll) return;
  var chips = filters.querySelectorAll(".filter-group:first-child .chip");
  var practices = document.querySelectorAll(".practice[data-guide]");
  var themes = document.querySelectorAll("[data-theme-section]");
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  filters.appendChild(status);

  function guideOf(href) {
    // ../bonnes-pratiques/<guide>/index.html → <guide>; the "all" link has no guide part.
    var match = /bonnes-pratiques\/([^\/]+)\/index\.html$/.exec(href) || /(?:^|\/)([^\/.]+)\/index\.html$/.exec(href);
    return match && match[1] !== "bonnes-pratiques" ? match[1] : null;
  }

  function apply(guide, chip) {
    var shown = 0;
    practices.forEach(function (item) {
      var visible = !guide || item.getAttribute("data-guide") === guide;
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    themes.forEach(function (section) {
      section.hidden = !section.querySelector(".practice:not([hidden])");
    });
    chips.forEach(function (other) {
      if (other === chip) other.setAttribute("aria-current", "page"); else other.removeAttribute("aria-current");
    });
    status.textContent = shown + " bonne" + (shown > 1 ? "s" : "") + " pratique" + (shown > 1 ? "s" : "") + " affichée" + (shown > 1 ? "s" : "");
  }

  // Only on the page listing every guide's practices: a guide's own page is already filtered.
  if (practices.length === 0 || new Set(Array.prototype.map.call(practices, function (p) { return p.getAttribute("data-guide"); })).size < 2) return;
  chips.forEach(function (chip) {
    chip.addEventListener("click", function (event) {
      event.preventDefault();
      var guide = guideOf(chip.getAttribute("href"));
      apply(guide, chip);
      history.replaceState(null, "", guide ? "#guide=" + guide : location.pathname);
    });
  });
  var initial = /^#guide=(.+)$/.exec(location.hash);
  if (initial) {
    var chip = Array.prototype.find.call(chips, function (c) { return guideOf(c.getAttribute("href")) === initial[1]; });
    if (chip) apply(initial[1], chip);
  }
})();
