// Starts Blazor. A wall screen (/wall/...) must never need a human: instead of the reconnect dialog that gives up,
// it shows a quiet indicator (html[data-wall-connection], css/wall.css), retries forever with a capped backoff, and
// when the server answers but no longer knows the circuit (restarted, upgraded) it reloads itself, only once the
// console serves pages again, so the TV never lands on a browser error page.
(function () {
  'use strict';
  if (!location.pathname.startsWith('/wall/')) {
    Blazor.start();
    return;
  }
  const root = document.documentElement;
  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
  // 0.5 s, 1 s, 2 s, 4 s, then every 5 s: quick after a blip, gentle on a console that is down for long.
  const backoff = attempt => Math.min(500 * 2 ** attempt, 5000);
  let down = false;

  async function consoleAnswers() {
    try {
      const response = await fetch('/healthz', { cache: 'no-store' });
      return response.ok;
    } catch {
      return false;
    }
  }

  async function reloadWhenServed() {
    for (let attempt = 0; ; attempt++) {
      if (await consoleAnswers()) {
        location.reload();
        return;
      }
      await sleep(backoff(attempt));
    }
  }

  async function reconnectForever() {
    for (let attempt = 0; down; attempt++) {
      await sleep(backoff(attempt));
      root.dataset.wallAttempts = String(attempt + 1);
      try {
        if (await Blazor.reconnect()) {
          return; // onConnectionUp marks it.
        }
        // The server answered and refused: the circuit is gone.
        await reloadWhenServed();
        return;
      } catch {
        // Not reachable yet: try again.
      }
    }
  }

  root.dataset.wallConnection = 'connected';
  Blazor.start({
    circuit: {
      reconnectionHandler: {
        onConnectionDown: () => {
          if (down) {
            return;
          }
          down = true;
          root.dataset.wallConnection = 'reconnecting';
          reconnectForever();
        },
        onConnectionUp: () => {
          down = false;
          root.dataset.wallConnection = 'connected';
        },
      },
    },
  });
})();
