// Measures a live panel and reports width changes to .NET, so the server thins frames to the pixels shown.
// Keyed by the panel's id, not its element: Blazor resolves an ElementReference with document.querySelector, so an
// unobserve sent after the panel was removed would name no element, and its ResizeObserver would keep the removed
// panel (and everything in it) alive.
const observed = new Map();
const jitterPixels = 8;
const settleMilliseconds = 250;

export function observe(id, element, receiver) {
    unobserve(id);
    if (!element) {
        return 0;
    }
    let last = Math.round(element.getBoundingClientRect().width);
    let timer = 0;
    const observer = new ResizeObserver(entries => {
        const width = Math.round(entries[0].contentRect.width);
        if (width < 1 || Math.abs(width - last) < jitterPixels) {
            return;
        }
        last = width;
        clearTimeout(timer);
        // A drag-resize fires continuously: report once it settles.
        timer = setTimeout(() => receiver.invokeMethodAsync('OnWidthChanged', width).catch(() => { }), settleMilliseconds);
    });
    observer.observe(element);
    observed.set(id, () => { clearTimeout(timer); observer.disconnect(); });
    return last;
}

export function unobserve(id) {
    const stop = observed.get(id);
    if (stop) {
        stop();
        observed.delete(id);
    }
}

/** How many panels are measured in this page (browser tests hold it to the panels on screen). */
export function observedPanels() {
    return observed.size;
}
