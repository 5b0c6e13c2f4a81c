// ---- Comparison pages (/vergelijk): "Mijn regio" cookie, printing, keeping the linked cell in view. ----
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

export function print() {
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
        target.classList.add("cell--linked");
        target.scrollIntoView({ block: "center", inline: "center" });
    }
}

/** Focuses an element after the router's own focus move (to the h1) of the same navigation. */
export function focusSoon(selector) {
    requestAnimationFrame(() => setTimeout(() => document.querySelector(selector)?.focus(), 0));
}
