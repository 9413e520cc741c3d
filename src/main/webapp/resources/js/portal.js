// "js" on the root element: styles that need this script (the collapsible menu, tables as cards) apply only with it.
document.documentElement.classList.add("js");

// The collapsible main menu on narrow screens. Without JavaScript the menu simply stays open.
document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var nav = document.getElementById("main-nav");
    if (!toggle || !nav) {
        return;
    }
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

// One table style for phones (portal.css, "Tables"): every table of data in the page's main part becomes a stack of
// cards below 40rem, each cell labelled with its column's heading. Pages write plain tables without per-cell labels,
// so copy each heading into its cells' data-label here; columns that hold only numbers are marked "number" (right
// aligned). A cell whose heading is only for screen readers (a button's column) gets an empty label. Tables with
// no heading row (layout grids such as h:selectManyCheckbox) and PrimeFaces' own tables are left alone: p:dataTable
// carries its headings itself when reflow="true". Roles are spelled out because a table whose display CSS changes
// loses its table semantics in some browsers.
var NUMBER = /^[-+−]?[\d.,\s]+%?$/;

function headingText(cell) {
    var copy = cell.cloneNode(true);
    copy.querySelectorAll(".visually-hidden").forEach(function (hidden) { hidden.remove(); });
    copy.querySelectorAll("br").forEach(function (br) { br.replaceWith(" "); });
    return copy.textContent.replace(/\s+/g, " ").trim();
}

function stackTable(table) {
    var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!head || !table.tBodies.length) {
        return;
    }
    var labels = [];
    Array.prototype.forEach.call(head.cells, function (th) {
        for (var i = 0; i < (th.colSpan || 1); i++) {
            labels.push(headingText(th));
        }
    });
    var numeric = labels.map(function () { return null; });
    table.classList.add("stack");
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.querySelectorAll(":scope > thead, :scope > tbody, :scope > tfoot"), function (group) {
        group.setAttribute("role", "rowgroup");
    });
    Array.prototype.forEach.call(head.cells, function (th) { th.setAttribute("role", "columnheader"); });
    Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
            row.setAttribute("role", "row");
            var column = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                var label = labels[column] || "";
                var text = cell.textContent.replace(/\s+/g, " ").trim();
                cell.setAttribute("role", cell.tagName === "TH" ? "rowheader" : "cell");
                cell.setAttribute("data-label", label);
                cell.classList.toggle("cell--empty", text === "" && !cell.querySelector("input, select, textarea, button, img, a"));
                if (text !== "") {
                    numeric[column] = numeric[column] !== false && NUMBER.test(text);
                }
                column += cell.colSpan || 1;
            });
        });
    });
    if (head) {
        head.setAttribute("role", "row");
    }
    numeric.forEach(function (isNumber, index) {
        if (!isNumber) {
            return;
        }
        Array.prototype.forEach.call(table.rows, function (row) {
            var column = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                if (column === index && cell.colSpan === 1) {
                    cell.classList.add("number");
                }
                column += cell.colSpan || 1;
            });
        });
    });
}

function stackTables() {
    document.querySelectorAll("main table").forEach(function (table) {
        if (!table.closest(".ui-datatable, .ui-datepicker, .ui-chart, .no-stack")) {
            stackTable(table);
        }
    });
    // PrimeFaces tables: right-align their number columns too (the cell's title span is not part of the value).
    document.querySelectorAll("main .ui-datatable table").forEach(function (table) {
        var body = table.querySelector("tbody.ui-datatable-data");
        if (!body || !body.rows.length || body.rows[0].cells.length < 2) {
            return;
        }
        var count = body.rows[0].cells.length;
        for (var index = 0; index < count; index++) {
            var isNumber = null;
            Array.prototype.forEach.call(body.rows, function (row) {
                var cell = row.cells[index];
                var title = cell && cell.querySelector(".ui-column-title");
                var text = cell ? cell.textContent.replace(title ? title.textContent : "", "").replace(/\s+/g, " ").trim() : "";
                if (text !== "") {
                    isNumber = isNumber !== false && NUMBER.test(text);
                }
            });
            if (isNumber) {
                Array.prototype.forEach.call(table.rows, function (row) {
                    if (row.cells[index]) {
                        row.cells[index].classList.add("number");
                    }
                });
            }
        }
    });
}
document.addEventListener("DOMContentLoaded", stackTables);

if (window.jQuery) {
    jQuery(document).on("pfAjaxComplete", nameUnnamedControls);
    jQuery(document).on("pfAjaxComplete", stackTables);
}
