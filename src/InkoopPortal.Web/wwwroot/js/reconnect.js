// "Pagina opnieuw laden" in the connection-lost notice (App.razor). A file, not an inline onclick: the
// Content-Security-Policy runs no inline script.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a.reconnect-reload') : null;
    if (link) {
        event.preventDefault();
        location.reload();
    }
});
