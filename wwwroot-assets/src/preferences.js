// Remembers user preferences (e.g. the theme) in a cookie so the server can render the right
// theme on the first request, before the interactive circuit exists.
export function setCookie(name, value, maxAgeDays) {
  const maxAge = Math.round(maxAgeDays * 24 * 60 * 60);
  document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; path=/; max-age=${maxAge}; samesite=lax`;
}
