// The collapsible main menu on narrow screens. Without JavaScript the menu simply stays open.
document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var nav = document.getElementById("main-nav");
    if (!toggle || !nav) {
        return;
    }
    document.documentElement.classList.add("js");
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        nav.classList.toggle("main-nav--open", open);
        toggle.querySelector(".menu-toggle__label").textContent =
            open ? toggle.dataset.labelClose : toggle.dataset.labelOpen;
    });
});

// PrimeFaces' Vietnamese locale translated two placeholders along with their text ("Trang {trang}", "{sao} sao"), so
// the number never reaches the name: every page button of a paginator was called just "Trang {trang}" (axe-core:
// label-content-name-mismatch). Put the placeholders PrimeFaces fills back; this file runs before its widgets start.
if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi && PrimeFaces.locales.vi.aria) {
    PrimeFaces.locales.vi.aria.pageLabel = "Trang {page}";
    PrimeFaces.locales.vi.aria.stars = "{star} sao";
}

// Names for controls that PrimeFaces and its Quill editor draw without one (found by axe-core in the browser
// tests): Quill replaces the named paragraph-style <select> by a picker that has no name, leaves its editable area
// unnamed, and PrimeFaces marks the native file input of a simple upload aria-hidden although it is the control.
// Run at "load", after PrimeFaces has built its widgets, and again after each of its Ajax updates (a form it renders
// into the page, like the product photo upload of the admin's product page, needs the same).
function nameUnnamedControls() {
    document.querySelectorAll("select[aria-label]").forEach(function (select) {
        var picker = select.previousElementSibling;
        var label = picker && picker.classList.contains("ql-picker") && picker.querySelector(".ql-picker-label");
        if (label && !label.hasAttribute("aria-label")) {
            label.setAttribute("aria-label", select.getAttribute("aria-label"));
        }
    });
    document.querySelectorAll(".ui-texteditor[aria-labelledby]").forEach(function (box) {
        var editable = box.querySelector(".ql-editor");
        if (editable && !editable.hasAttribute("aria-labelledby")) {
            editable.setAttribute("aria-labelledby", box.getAttribute("aria-labelledby"));
            if (box.hasAttribute("aria-describedby")) {
                editable.setAttribute("aria-describedby", box.getAttribute("aria-describedby"));
            }
        }
    });
    document.querySelectorAll("input[type=file][aria-hidden=true]").forEach(function (input) {
        input.removeAttribute("aria-hidden");
    });
}
window.addEventListener("load", nameUnnamedControls);
if (window.jQuery) {
    jQuery(document).on("pfAjaxComplete", nameUnnamedControls);
}
