// Page visibility (a hidden tab stops refreshing) and Esc (leave a full-screen panel) for a live board.
const watchers = new Map();

export function watch(watchId, receiver) {
    unwatch(watchId);
    const onVisibility = () =>
        receiver.invokeMethodAsync('OnVisibilityChanged', document.visibilityState === 'hidden').catch(() => { });
    const onKey = event => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
            receiver.invokeMethodAsync('OnEscape').catch(() => { });
        }
    };
    document.addEventListener('visibilitychange', onVisibility);
    document.addEventListener('keydown', onKey);
    watchers.set(watchId, () => {
        document.removeEventListener('visibilitychange', onVisibility);
        document.removeEventListener('keydown', onKey);
    });
    return document.visibilityState === 'hidden';
}

export function unwatch(watchId) {
    const stop = watchers.get(watchId);
    if (stop) {
        stop();
        watchers.delete(watchId);
    }
}
