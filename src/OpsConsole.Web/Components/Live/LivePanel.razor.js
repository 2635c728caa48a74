// Measures a live panel and reports width changes to .NET, so the server thins frames to the pixels shown.
const observed = new WeakMap();
const jitterPixels = 8;
const settleMilliseconds = 250;

export function observe(element, receiver) {
    if (!element) {
        return 0;
    }
    unobserve(element);
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
    observed.set(element, () => { clearTimeout(timer); observer.disconnect(); });
    return last;
}

export function unobserve(element) {
    const stop = element && observed.get(element);
    if (stop) {
        stop();
        observed.delete(element);
    }
}
