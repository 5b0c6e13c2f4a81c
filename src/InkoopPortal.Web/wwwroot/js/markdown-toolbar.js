// ---- Markdown toolbar (Components/Editing/MarkdownField.razor; ADR-030) ----
// Buttons with data-md="bold|italic|heading|bullets|numbers|link" inside a .markdown-field edit the selection of that
// field's textarea; Ctrl+B and Ctrl+I (Cmd on a Mac) do bold and italic. The change goes in as typing would
// (execCommand keeps the browser's undo), and an "input" event tells Blazor, so the text is bound, kept unsaved
// (UnsavedTextKeeper) and previewed like typed text. One listener on the document: fields rendered later, or again
// after a reconnect, work without set-up; no inline script (Content-Security-Policy).
(() => {
    if (window.inkoopPortalMarkdown) {
        return;
    }

    window.inkoopPortalMarkdown = true;

    /** Replaces start..end by text and selects [selectStart, selectEnd) of the result (offsets from start). */
    function replace(textarea, start, end, text, selectStart, selectEnd) {
        textarea.focus();
        textarea.setSelectionRange(start, end);
        let done = false;
        try {
            done = document.execCommand("insertText", false, text);
        } catch {
            done = false;
        }
        if (!done || textarea.value.substring(start, start + text.length) !== text) {
            textarea.setRangeText(text, start, end, "end");
            textarea.dispatchEvent(new Event("input", { bubbles: true }));
        }
        textarea.setSelectionRange(start + selectStart, start + selectEnd);
    }

    /** **bold** / *italic*: wraps the selection, or unwraps it when it is wrapped already. */
    function wrap(textarea, marker, placeholder) {
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        const selected = value.substring(start, end);
        const before = value.substring(start - marker.length, start);
        const after = value.substring(end, end + marker.length);
        if (selected.length > 0 && before === marker && after === marker
            && !(marker === "*" && value.substring(start - 2, start) === "**" && value.substring(start - 3, start) !== "***")) {
            replace(textarea, start - marker.length, end + marker.length, selected, 0, selected.length);
            return;
        }
        if (selected.startsWith(marker) && selected.endsWith(marker) && selected.length >= 2 * marker.length) {
            const inner = selected.substring(marker.length, selected.length - marker.length);
            replace(textarea, start, end, inner, 0, inner.length);
            return;
        }
        // Spaces around the selection stay outside the markers: "** vet**" is no bold in Markdown.
        const leading = selected.length - selected.trimStart().length;
        const trailing = selected.length - selected.trimEnd().length;
        const core = selected.trim() || placeholder;
        const text = selected.substring(0, leading) + marker + core + marker + selected.substring(selected.length - trailing);
        const from = leading + marker.length;
        replace(textarea, start, end, text, from, from + core.length);
    }

    /** The whole lines the selection touches: [lineStart, lineEnd). */
    function lines(textarea) {
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        const lineStart = value.lastIndexOf("\n", start - 1) + 1;
        let lineEnd = value.indexOf("\n", end > start && value[end - 1] === "\n" ? end - 1 : end);
        if (lineEnd < 0) {
            lineEnd = value.length;
        }
        return { lineStart, lineEnd, text: value.substring(lineStart, lineEnd) };
    }

    /** Puts a prefix before every selected line ("- ", "1. ", "### "), or takes it off when every line has one. */
    function prefix(textarea, pattern, make) {
        const { lineStart, lineEnd, text } = lines(textarea);
        const rows = text.split("\n");
        const filled = rows.filter(row => row.trim().length > 0);
        const all = filled.length > 0 && filled.every(row => pattern.test(row));
        let number = 0;
        const changed = rows.map(row => {
            if (all) {
                return row.replace(pattern, "");
            }
            if (row.trim().length === 0 && rows.length > 1) {
                return row;
            }
            number++;
            // A list item replaces another kind of prefix (a bullet becomes a number); indentation stays in front.
            const indent = make(number).startsWith("#") ? "" : row.match(/^\s*/)[0];
            return indent + make(number) + row.trimStart().replace(/^([-*+]\s+|\d+[.)]\s+|#{1,6}\s+)/, "");
        }).join("\n");
        replace(textarea, lineStart, lineEnd, changed, changed.length, changed.length);
    }

    /** [text](https://): the address selected, ready to be typed over. */
    function link(textarea) {
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        const selected = value.substring(start, end).trim() || "linktekst";
        const isAddress = /^https?:\/\//i.test(selected);
        const label = isAddress ? "linktekst" : selected;
        const address = isAddress ? selected : "https://";
        const text = `[${label}](${address})`;
        const from = isAddress ? 1 : label.length + 3;
        const to = isAddress ? 1 + label.length : from + address.length;
        replace(textarea, start, end, text, from, to);
    }

    const actions = {
        bold: textarea => wrap(textarea, "**", "vette tekst"),
        italic: textarea => wrap(textarea, "*", "cursieve tekst"),
        heading: textarea => prefix(textarea, /^#{1,6}\s+/, () => "### "),
        bullets: textarea => prefix(textarea, /^\s*[-*+]\s+/, () => "- "),
        numbers: textarea => prefix(textarea, /^\s*\d+[.)]\s+/, number => `${number}. `),
        link,
    };

    function fieldTextarea(element) {
        const field = element.closest(".markdown-field");
        return field ? field.querySelector("textarea[data-markdown]") : null;
    }

    document.addEventListener("click", event => {
        const button = event.target instanceof Element ? event.target.closest("[data-md]") : null;
        if (!button) {
            return;
        }
        const textarea = fieldTextarea(button);
        const action = actions[button.dataset.md];
        if (textarea && action && !textarea.disabled && !textarea.readOnly) {
            event.preventDefault();
            action(textarea);
        }
    });

    document.addEventListener("keydown", event => {
        const textarea = event.target;
        if (!(textarea instanceof HTMLTextAreaElement) || !textarea.hasAttribute("data-markdown")
            || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
            return;
        }
        const key = event.key.toLowerCase();
        if (key === "b" || key === "i") {
            event.preventDefault();
            actions[key === "b" ? "bold" : "italic"](textarea);
        }
    });
})();
