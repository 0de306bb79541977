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

    // Long uploads and commits: while the browser waits for the response, poll the progress the server reports.
    document.querySelectorAll("form.js-progress").forEach(function (form) {
        var panel = form.querySelector(".js-progress-panel");
        if (!panel) { return; }
        form.addEventListener("submit", function (event) {
            if (event.defaultPrevented) { return; }
            var bar = panel.querySelector("progress");
            var text = panel.querySelector(".progress-text");
            panel.hidden = false;
            bar.removeAttribute("value");
            text.textContent = panel.getAttribute("data-text-waiting");
            var poll = function () {
                fetch(panel.getAttribute("data-progress-url"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
                    .then(function (r) { return r.ok ? r.json() : null; })
                    .then(function (p) {
                        if (p) {
                            text.textContent = (panel.getAttribute("data-text-" + p.phase.toLowerCase()) || "") +
                                (p.total > 0 ? " " + p.done.toLocaleString() + " / " + p.total.toLocaleString() : "");
                            if (p.total > 0) { bar.value = p.percent; } else { bar.removeAttribute("value"); }
                        }
                    })
                    .catch(function () { /* the page is being replaced, or the server is busy: keep waiting */ })
                    .finally(function () { window.setTimeout(poll, 500); });
            };
            window.setTimeout(poll, 300);
        });
    });

    // A submitted form's buttons are disabled while the request runs (the server still enforces once-only).
    document.querySelectorAll("form").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (event.defaultPrevented) { return; }
            form.querySelectorAll("button[type=submit]").forEach(function (b) { b.setAttribute("aria-disabled", "true"); });
        });
    });
})();
