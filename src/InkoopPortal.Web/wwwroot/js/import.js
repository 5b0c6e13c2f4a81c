// ---- The editors' import (/redactie/import): large inputs never travel through the circuit in one message. ----

/** The pasted text as UTF-8 bytes: Blazor streams them to the server in small parts (an IJSStreamReference). */
export function pastedBytes(textAreaId) {
    return new TextEncoder().encode(document.getElementById(textAreaId).value);
}

/**
 * Saves the import as drafts over an ordinary HTTP request (POST /redactie/import/concept): the chosen file as it
 * is, or the pasted text as UTF-8, with the form's other fields. Returns the status and the answer's text.
 */
export async function save(url, token, fileInputId, textAreaId, usePaste, fields) {
    const form = new FormData();
    for (const [name, values] of Object.entries(fields)) {
        for (const value of values) {
            form.append(name, value);
        }
    }

    if (usePaste) {
        form.append("geplakt", "ja");
        form.append("bestand", new Blob([document.getElementById(textAreaId).value], { type: "text/plain;charset=utf-8" }), "geplakte-tekst.txt");
    } else {
        const file = document.getElementById(fileInputId).files[0];
        if (file) {
            form.append("bestand", file, file.name);
        }
    }

    try {
        const response = await fetch(url, {
            method: "POST",
            body: form,
            headers: { "RequestVerificationToken": token },
            credentials: "same-origin",
        });
        return { status: response.status, body: await response.text() };
    } catch {
        return { status: 0, body: "" };
    }
}
