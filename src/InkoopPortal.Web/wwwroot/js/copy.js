// ---- "Kopiëren" buttons (a one-time password): <button data-copy-target="id" data-copy-status="id">. ----
// One listener on the document, so buttons on pages reached later work too; no inline script (Content-Security-Policy).
(() => {
    if (window.inkoopPortalCopy) {
        return;
    }

    window.inkoopPortalCopy = true;

    /** Copies the text; the Clipboard API needs a secure context (HTTPS or localhost), else the older command. */
    async function copy(text, source) {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(text);
            return;
        }

        const selection = window.getSelection();
        const range = document.createRange();
        range.selectNodeContents(source);
        selection.removeAllRanges();
        selection.addRange(range);
        const copied = document.execCommand("copy");
        selection.removeAllRanges();
        if (!copied) {
            throw new Error("copy refused");
        }
    }

    document.addEventListener("click", async event => {
        const button = event.target instanceof Element ? event.target.closest("[data-copy-target]") : null;
        if (!button) {
            return;
        }

        const source = document.getElementById(button.dataset.copyTarget);
        const status = document.getElementById(button.dataset.copyStatus);
        if (!source) {
            return;
        }

        try {
            await copy(source.textContent.trim(), source);
            if (status) {
                status.textContent = "Gekopieerd";
            }
        } catch {
            if (status) {
                status.textContent = "Kopiëren is niet gelukt. Selecteer het wachtwoord en kopieer het zelf.";
            }
        }
    });
})();
