// The "Filters" button of Components/Shared/FilterPanel.razor: opens and closes the filters on a phone. One listener
// on the document, so it works on static and interactive pages and after Blazor's enhanced navigation alike.
document.addEventListener('click', event => {
    const toggle = event.target instanceof Element ? event.target.closest('.filter-panel-toggle') : null;
    if (!toggle) {
        return;
    }

    const open = toggle.getAttribute('aria-expanded') !== 'true';
    // app.css shows the folded part by this attribute: the state a screen reader hears is the state on screen.
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
});
