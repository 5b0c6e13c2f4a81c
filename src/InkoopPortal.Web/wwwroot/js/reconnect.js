// Starts Blazor and keeps an interactive page alive through a dropped connection (ADR-026; the dialog is in
// App.razor). A file, not an inline script: the Content-Security-Policy runs no inline script.
//
// - The page never gives up: after a few quick attempts it retries every 2 s, after a minute every 5 s, for as long
//   as it is open (the framework's default stops after 30 attempts).
// - While the circuit is down the dialog is modal, so the page behind it is inert: filters and editors take no input
//   that would be lost.
// - When the server answers but no longer knows the circuit (it restarted, or another instance took over), the page
//   reloads itself: its state is in its URL, an editor's unsaved text in localStorage (js/unsaved-text.js).

const retryInterval = attempt => attempt < 3 ? 0 : attempt < 30 ? 2000 : 5000;

const dialog = document.getElementById('components-reconnect-modal');

function reload() {
    dialog.classList.add('components-reconnect-reloading');
    // An editor's leave warning (NavigationLock's beforeunload) must not stop this reload: the unsaved text is
    // already in the browser's storage and is offered back after it. Capturing listeners on the window run first.
    window.addEventListener('beforeunload', event => event.stopImmediatePropagation(), { capture: true });
    location.reload();
}

function onStateChanged(event) {
    switch (event.detail.state) {
        case 'show':
        case 'retrying':
            if (!dialog.open) {
                dialog.showModal();
            }
            break;
        case 'hide':
            dialog.classList.remove('components-reconnect-reloading');
            if (dialog.open) {
                dialog.close();
            }
            break;
        case 'rejected':
        case 'resume-failed':
            reload();
            break;
        case 'failed':
            // Only reached when retrying ends anyway: try again as soon as the user looks at the page again.
            document.addEventListener('visibilitychange', retryWhenVisible);
            break;
    }
}

async function retryWhenVisible() {
    if (document.visibilityState !== 'visible') {
        return;
    }

    document.removeEventListener('visibilitychange', retryWhenVisible);
    try {
        if (!await Blazor.reconnect()) {
            reload();
        }
    } catch {
        document.addEventListener('visibilitychange', retryWhenVisible);
    }
}

if (dialog) {
    dialog.addEventListener('components-reconnect-state-changed', onStateChanged);
    // Escape would close the modal dialog and leave a page that looks usable but is not.
    dialog.addEventListener('cancel', event => event.preventDefault());
}

Blazor.start({
    circuit: {
        reconnectionOptions: {
            maxRetries: Number.POSITIVE_INFINITY,
            retryIntervalMilliseconds: retryInterval,
        },
    },
});
