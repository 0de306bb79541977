// Behaviour for every page. Kept in this file (never inline) so a strict Content-Security-Policy holds.
(function () {
    "use strict";

    // The language switcher submits itself when a language is chosen; its button is for no-script users.
    document.querySelectorAll(".js-autosubmit").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
    document.querySelectorAll(".js-hide-when-scripted").forEach(function (el) { el.hidden = true; });

    // Ask before destructive actions.
    document.querySelectorAll("form.js-confirm").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (!window.confirm(form.getAttribute("data-confirm") || "")) {
                event.preventDefault();
            }
        });
    });

    // The navigation collapses on small screens.
    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById("site-nav");
    if (toggle && nav) {
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            nav.classList.toggle("open", !open);
        });
    }

    // A submitted form's buttons are disabled while the request runs (the server still enforces once-only).
    document.querySelectorAll("form").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (event.defaultPrevented) { return; }
            form.querySelectorAll("button[type=submit]").forEach(function (b) { b.setAttribute("aria-disabled", "true"); });
        });
    });
})();
