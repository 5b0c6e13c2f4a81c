// An editor's unsaved text in the browser's localStorage (ADR-026; Components/Editing/UnsavedTextKeeper.razor), so
// that a reload (after a server restart, a closed tab, a crash) does not lose it. One entry per user and record;
// entries older than two weeks are dropped.
const prefix = 'inkoopportal:niet-opgeslagen:';
const maxAgeMs = 14 * 24 * 60 * 60 * 1000;

function purgeOld() {
    const now = Date.now();
    for (let index = localStorage.length - 1; index >= 0; index--) {
        const key = localStorage.key(index);
        if (key?.startsWith(prefix)) {
            try {
                if (now - JSON.parse(localStorage.getItem(key)).savedAt > maxAgeMs) {
                    localStorage.removeItem(key);
                }
            } catch {
                localStorage.removeItem(key);
            }
        }
    }
}

export function read(key) {
    purgeOld();
    const stored = localStorage.getItem(prefix + key);
    return stored === null ? null : JSON.parse(stored);
}

export function write(key, text, basis) {
    localStorage.setItem(prefix + key, JSON.stringify({ text, basis, savedAt: Date.now() }));
}

export function remove(key) {
    localStorage.removeItem(prefix + key);
}
