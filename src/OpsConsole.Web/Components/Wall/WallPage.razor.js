// A wall page's browser side: tells the server the viewport height (rows are sized to fill the TV) and sends a
// heartbeat that reports memory, renews the kiosk cookie (an ordinary request; the circuit's WebSocket never does)
// and finds out when the screen's token was revoked. Reconnecting after an outage is start.js's job.
let timer = null;
let onResize = null;

export function start(page, connection, intervalMs) {
  stop();
  let pending = null;
  onResize = () => {
    clearTimeout(pending);
    pending = setTimeout(() => page.invokeMethodAsync('OnViewport', window.innerHeight).catch(() => {}), 200);
  };
  window.addEventListener('resize', onResize);
  page.invokeMethodAsync('OnViewport', window.innerHeight).catch(() => {});
  const beat = () => heartbeat(connection);
  beat();
  timer = setInterval(beat, Math.max(1000, intervalMs));
}

export function stop() {
  if (timer !== null) {
    clearInterval(timer);
    timer = null;
  }
  if (onResize !== null) {
    window.removeEventListener('resize', onResize);
    onResize = null;
  }
}

export function reload() {
  location.reload();
}

async function heartbeat(connection) {
  const body = {
    connection,
    heapBytes: performance.memory ? performance.memory.usedJSHeapSize : null,
    domNodes: document.getElementsByTagName('*').length,
  };
  let response;
  try {
    response = await fetch('/api/wall/heartbeat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return; // The console is unreachable: start.js shows it and reconnects.
  }
  if (response.status === 404) {
    // The console no longer knows this page (its circuit ended: a crash, or a restart): start afresh.
    location.reload();
  } else if (response.status === 401) {
    // Signed out: the token was revoked or rotated. The sign-in page says so.
    location.assign('/account/sign-in?reason=kiosk-revoked&returnUrl=' + encodeURIComponent(location.pathname));
  }
}
