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
