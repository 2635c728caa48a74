// Opt-in per user (kept in this browser): a short tone and a browser notification for each new critical alert.
// The tone is synthesised with WebAudio, so no audio file ships. Title and body are shown by the browser as text.
const storageKey = (user) => `opsconsole.alert-notify.${user}`;

let audio = null;

// Browsers only let a page make sound after a user gesture: the opt-in click creates (or resumes) the context.
function audioContext() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) {
    return null;
  }
  audio ??= new Context();
  if (audio.state === 'suspended') {
    audio.resume().catch(() => {});
  }
  return audio;
}

export function isEnabled(user) {
  try {
    return window.localStorage.getItem(storageKey(user)) === 'on';
  } catch {
    return false;
  }
}

// Returns false when the browser refuses notifications (the tone still plays).
export async function enable(user) {
  window.localStorage.setItem(storageKey(user), 'on');
  audioContext();
  if (!('Notification' in window)) {
    return false;
  }
  const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  return permission === 'granted';
}

export function disable(user) {
  window.localStorage.removeItem(storageKey(user));
}

export function notify(title, body, tag) {
  beep();
  if ('Notification' in window && Notification.permission === 'granted') {
    // tag: one notification per alert, replaced rather than stacked when it fires again.
    new Notification(title, { body, tag, renotify: true });
  }
}

// Two short high tones, loud enough to hear across a room, soft-edged so they do not click.
function beep() {
  const context = audioContext();
  if (!context) {
    return;
  }
  const start = context.currentTime;
  [0, 0.25].forEach((offset) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.2);
  });
}
