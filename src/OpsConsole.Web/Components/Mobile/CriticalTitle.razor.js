// Keeps "(n) " in front of the document title while n critical alerts fire. Blazor's <PageTitle> rewrites the
// title on every navigation, so an observer puts the prefix back. Only text nodes are written: never markup.
const prefix = /^\(\d+\) /;
let count = 0;
let observer = null;

function apply() {
  const title = document.querySelector('head > title');
  if (!title) {
    return;
  }
  const first = title.firstChild;
  if (first && first.nodeType === Node.TEXT_NODE) {
    // Edit the text node Blazor owns rather than replacing it, so its next update still lands.
    const bare = first.data.replace(prefix, '');
    const wanted = count > 0 ? `(${count}) ${bare}` : bare;
    if (first.data !== wanted) {
      first.data = wanted;
    }
  } else if (count > 0) {
    title.textContent = `(${count}) ${title.textContent ?? ''}`;
  }
}

export function setCount(n) {
  count = Number.isInteger(n) && n > 0 ? n : 0;
  if (!observer) {
    observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  }
  apply();
  // The installed app's icon badge, where the browser offers one.
  if (count > 0 && 'setAppBadge' in navigator) {
    navigator.setAppBadge(count).catch(() => {});
  } else if ('clearAppBadge' in navigator) {
    navigator.clearAppBadge().catch(() => {});
  }
}
