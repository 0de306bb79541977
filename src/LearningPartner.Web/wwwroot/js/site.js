// Behaviour for every page. Kept in this file (never inline) so a strict Content-Security-Policy holds.
(function () {
    "use strict";

    // The language switcher submits itself when a language is chosen; its button (in <noscript>) is for no-script users.
    document.querySelectorAll(".js-autosubmit").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });

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

    // Long uploads and commits: send the form in the background, show the upload's bytes and then the progress the
    // server reports under the form's id; then show the server's answer as if the form had been submitted normally.
    document.querySelectorAll("form.js-progress").forEach(function (form) {
        var panel = form.querySelector(".js-progress-panel");
        if (!panel || !window.XMLHttpRequest || !window.FormData) { return; }
        form.addEventListener("submit", function (event) {
            if (event.defaultPrevented) { return; }
            event.preventDefault();
            if (form.getAttribute("data-sending")) { return; } // once; the server enforces it too
            form.setAttribute("data-sending", "true");
            form.querySelectorAll("button[type=submit]").forEach(function (b) { b.setAttribute("aria-disabled", "true"); });
            var bar = panel.querySelector("progress");
            var text = panel.querySelector(".progress-text");
            var finished = false;
            var show = function (label, done, total) {
                text.textContent = label + (total > 0 ? " " + done.toLocaleString() + " / " + total.toLocaleString() : "");
                if (total > 0) { bar.value = Math.floor(100 * done / total); } else { bar.removeAttribute("value"); }
            };
            panel.hidden = false;
            show(panel.getAttribute("data-text-waiting"), 0, 0);

            var poll = function () {
                if (finished) { return; }
                fetch(panel.getAttribute("data-progress-url"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
                    .then(function (r) { return r.ok ? r.json() : null; })
                    .then(function (p) {
                        if (p && !finished) { show(panel.getAttribute("data-text-" + p.phase.toLowerCase()) || "", p.done, p.total); }
                    })
                    .catch(function () { /* the server is busy: keep waiting */ })
                    .finally(function () { window.setTimeout(poll, 400); });
            };

            var request = new XMLHttpRequest();
            request.open("POST", form.action);
            request.upload.addEventListener("progress", function (e) {
                if (e.lengthComputable && e.loaded < e.total) {
                    show(panel.getAttribute("data-text-uploading"), Math.round(e.loaded / 1024), Math.round(e.total / 1024));
                }
            });
            request.upload.addEventListener("load", function () { window.setTimeout(poll, 100); });
            request.addEventListener("load", function () {
                finished = true;
                // The server's answer (the preview it redirected to, or the form with its messages) replaces the page,
                // at the address it came from, exactly as a normal submission would show it.
                var url = request.responseURL;
                document.open();
                document.write(request.responseText);
                document.close();
                if (url && url !== window.location.href) { window.history.replaceState(null, "", url); }
            });
            request.addEventListener("error", function () { finished = true; form.submit(); });
            request.send(new FormData(form));
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
