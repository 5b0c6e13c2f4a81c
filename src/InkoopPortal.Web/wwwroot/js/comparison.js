// ---- Comparison pages (/vergelijk): "Mijn regio" cookie, printing, long cells folded, keeping the linked cell in view. ----
const cookieName = "mijn-regio";
const oneYearInSeconds = 365 * 24 * 60 * 60;

function secure() {
    return location.protocol === "https:" ? "; secure" : "";
}

/** Stores the choice ("regio:amsterdam", "inkoper:cz") so the server-rendered page already highlights it. */
export function setMyRegion(value) {
    document.cookie = `${cookieName}=${encodeURIComponent(value)}; path=/; max-age=${oneYearInSeconds}; samesite=lax${secure()}`;
}

export function clearMyRegion() {
    document.cookie = `${cookieName}=; path=/; max-age=0; samesite=lax${secure()}`;
}

export function readMyRegion() {
    const entry = document.cookie.split("; ").find(part => part.startsWith(cookieName + "="));
    return entry ? decodeURIComponent(entry.substring(cookieName.length + 1)) : "";
}

/** "Afdrukken": the printout is built first (see buildPrintCopy), then the browser's print dialog opens. */
export function print() {
    const table = document.querySelector(".matrix-scroll table.matrix");
    if (table) {
        buildPrintCopy(table);
    }

    window.print();
}

/**
 * Scrolls the element named in the address (#cel-cz-regioplan) into view inside the scrolling matrix and marks it:
 * the interactive render replaced the prerendered element that :target matched, and the new one is never :target.
 */
export function revealHash() {
    const id = decodeURIComponent(location.hash.substring(1));
    const target = id ? document.getElementById(id) : null;
    if (target) {
        // On a phone only the topic shown is laid out: show the target's topic first.
        const row = target.closest?.("table.matrix tbody tr[id^='onderwerp-']");
        if (row) {
            showTopic(row.closest("table.matrix"), row);
        }

        target.classList.add("cell--linked");
        target.scrollIntoView({ block: "center", inline: "center" });
    }
}

/** Focuses an element after the router's own focus move (to the h1) of the same navigation. */
export function focusSoon(selector) {
    requestAnimationFrame(() => setTimeout(() => document.querySelector(selector)?.focus(), 0));
}

// ---- The matrix table after each render: long cells folded, the printout, the way back to a cell. ----

/** A cell's text taller than this many em is folded (to the height in app.css, .cell-body.is-folded), with "Toon alles". */
const foldAbove = 18;
/** At most this many purchaser columns on a printed page (A4 landscape, 9 pt): more make a table per group. */
const printColumnsPerPage = 5;

let printedFrom = null;

/**
 * Prepares the matrix table that the last render drew: folds its long cells. Idempotent, so a render that left the
 * table as it was changes nothing.
 */
export function prepareMatrix() {
    const table = document.querySelector(".matrix-scroll table.matrix");
    if (table) {
        showTopic(table, table.querySelector("tbody tr.is-current") ?? rowOfHash(table) ?? topicRows(table).find(row => row.id === shownTopic));
        foldLongCells(table);
    }
}

// ---- On a phone: one topic at a time (app.css, .matrix-by-topic, shows only the row marked is-current). ----

/** The id of the topic row shown last, kept when a filter change draws a new table that still has it. */
let shownTopic = null;

function topicRows(table) {
    return [...table.querySelectorAll("tbody tr[id^='onderwerp-']")];
}

function rowOfHash(table) {
    const id = decodeURIComponent(location.hash.substring(1));
    const target = id ? document.getElementById(id) : null;
    return target && table.contains(target) ? target.closest("tr[id^='onderwerp-']") : null;
}

/** Marks the row (or, without one, the first topic) as the one shown and brings the steps (MatrixTopicSteps.razor) in line. */
function showTopic(table, row) {
    const rows = topicRows(table);
    row ??= rows[0];
    if (!row) {
        return;
    }

    rows.forEach(other => other.classList.toggle("is-current", other === row));
    shownTopic = row.id;
    // Cells of a hidden row have no height to measure: on a phone they are folded when their topic is shown.
    foldLongCells(row);
    const steps = document.querySelector(".matrix-topic-steps");
    if (!steps) {
        return;
    }

    const index = rows.indexOf(row);
    steps.querySelector("select").value = row.id.substring("onderwerp-".length);
    steps.querySelector("[data-step='-1']").disabled = index === 0;
    steps.querySelector("[data-step='1']").disabled = index === rows.length - 1;
    steps.querySelector(".topic-step-position").textContent = `Onderwerp ${index + 1} van ${rows.length}`;
}

/** A topic chosen by the reader: shown, named in the address (its query unchanged), and its start brought into view. */
function chooseTopic(row) {
    const table = row.closest("table.matrix");
    showTopic(table, row);
    history.replaceState(history.state, "", `${location.pathname}${location.search}#${row.id}`);
    if (row.getBoundingClientRect().top < 0) {
        row.scrollIntoView({ block: "start" });
    }
}

document.addEventListener("click", event => {
    const button = event.target.closest?.(".matrix-topic-steps button[data-step]");
    const table = button ? document.querySelector(".matrix-scroll table.matrix") : null;
    if (!table) {
        return;
    }

    const rows = topicRows(table);
    const current = rows.findIndex(row => row.classList.contains("is-current"));
    const next = rows[Math.max(current, 0) + Number(button.dataset.step)];
    if (next) {
        chooseTopic(next);
    }

    // At the first or last topic the button is now disabled: keep the keyboard focus on the other one.
    if (button.disabled) {
        button.parentElement.querySelector("button[data-step]:not(:disabled)")?.focus();
    }
});

document.addEventListener("change", event => {
    if (event.target.id !== "telefoon-onderwerp") {
        return;
    }

    const row = document.getElementById(`onderwerp-${event.target.value}`);
    if (row?.closest(".matrix-scroll table.matrix")) {
        chooseTopic(row);
    }
});

/** Folds the long cells under root (the table, or one topic row) that are laid out. */
function foldLongCells(root) {
    for (const body of root.querySelectorAll("td.cell > .cell-body")) {
        if (body.nextElementSibling?.classList.contains("cell-fold")) {
            continue;
        }

        const em = parseFloat(getComputedStyle(body).fontSize);
        if (body.scrollHeight <= foldAbove * em) {
            continue;
        }

        body.classList.add("is-folded");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "cell-fold";
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", body.id);
        const label = document.createElement("span");
        label.className = "cell-fold-label";
        label.textContent = "Toon alles";
        button.append(label);
        // The same hidden context as the cell's "Details" link (": CZ, Regioplan"), so the button says whose text it is.
        const context = body.parentElement.querySelector(".cell-details .visually-hidden");
        if (context) {
            const hidden = document.createElement("span");
            hidden.className = "visually-hidden";
            hidden.textContent = context.textContent;
            button.append(hidden);
        }

        body.after(button);
    }
}

function toggleFold(button) {
    const body = document.getElementById(button.getAttribute("aria-controls"));
    if (!body) {
        return;
    }

    const unfold = body.classList.contains("is-folded");
    body.classList.toggle("is-folded", !unfold);
    button.setAttribute("aria-expanded", unfold ? "true" : "false");
    button.querySelector(".cell-fold-label").textContent = unfold ? "Toon minder" : "Toon alles";
    if (!unfold) {
        // Folding a long text can leave its cell far above: keep the cell in view.
        button.closest("td")?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
}

/**
 * The printout: the table once per group of columns (each group on its own page, the topic column in each), without
 * the columns in which no cell says anything; the page names those. Screen-only parts are left out. Built only for
 * printing ("Afdrukken", or the browser's own print through beforeprint) and removed afterwards, so the page never
 * carries a second copy of a big table.
 */
function buildPrintCopy(table) {
    const target = document.querySelector(".matrix-print");
    if (!target) {
        return;
    }

    printedFrom = table;
    target.replaceChildren();
    const heads = [...table.tHead.rows[0].cells].slice(1);
    const printed = heads.map((head, index) => ({ head, index: index + 1 })).filter(column => !column.head.classList.contains("matrix-head--empty"));
    const omitted = heads.filter(head => head.classList.contains("matrix-head--empty"))
        .map(head => head.querySelector(".matrix-purchaser")?.textContent.trim() ?? "");

    if (omitted.length > 0) {
        const note = document.createElement("p");
        note.className = "matrix-print-omitted";
        note.textContent = printed.length === 0
            ? "Geen van de kolommen heeft inhoud voor deze onderwerpen; er is niets af te drukken."
            : `Niet afgedrukt, want zonder inhoud voor deze onderwerpen: ${omitted.join(", ")}.`;
        target.append(note);
    }

    const groups = Math.ceil(printed.length / printColumnsPerPage);
    const size = Math.ceil(printed.length / Math.max(groups, 1));
    for (let group = 0; group < groups; group++) {
        const columns = printed.slice(group * size, (group + 1) * size);
        const keep = new Set([0, ...columns.map(column => column.index)]);
        const copy = table.cloneNode(true);
        copy.classList.add("matrix--print");
        for (const row of [...copy.rows]) {
            if (row.classList.contains("matrix-group-row")) {
                row.cells[0].colSpan = keep.size;
                continue;
            }

            [...row.cells].forEach((cell, index) => {
                if (!keep.has(index)) {
                    cell.remove();
                }
            });
        }

        copy.querySelectorAll("[id]").forEach(element => element.removeAttribute("id"));
        copy.querySelectorAll(".cell-fold, .cell-details, .topic-timeline").forEach(element => element.remove());
        copy.querySelectorAll(".is-folded").forEach(element => element.classList.remove("is-folded"));
        if (groups > 1 && copy.caption) {
            copy.caption.append(` · deel ${group + 1} van ${groups}`);
        }

        target.append(copy);
    }
}

document.addEventListener("click", event => {
    const button = event.target.closest?.("table.matrix button.cell-fold");
    if (button) {
        toggleFold(button);
    }
});

// Before the router takes a cell's "Details" click (this listener captures it first):
// - the link gets the table's filter (data-state, written once per table by the server), so the cell page's "terug"
//   returns to the same purchasers, order and topics;
// - the current history entry is pointed at the cell, so the browser's Back returns to the same filter with the cell
//   named in the address, which revealHash scrolls into view.
window.addEventListener("click", event => {
    const link = event.target.closest?.("table.matrix a.cell-details");
    if (!link) {
        return;
    }

    const state = link.closest("table.matrix").dataset.state;
    if (state && !link.dataset.withState) {
        link.setAttribute("href", link.getAttribute("href") + state);
        link.dataset.withState = "true";
    }

    const cell = link.closest("td[id]");
    if (cell && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
        history.replaceState(history.state, "", `${location.pathname}${location.search}#${cell.id}`);
    }
}, true);

// Ctrl+P or the browser's menu: build the printout from the table shown (unless "Afdrukken" just did).
window.addEventListener("beforeprint", () => {
    const table = document.querySelector(".matrix-scroll table.matrix");
    if (table && table !== printedFrom) {
        buildPrintCopy(table);
    }
});

window.addEventListener("afterprint", () => {
    printedFrom = null;
    document.querySelector(".matrix-print")?.replaceChildren();
});
