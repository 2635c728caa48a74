// Chart times in the console's display zone, never the browser's: a wall screen in Shanghai driven by a PC set to UTC,
// or an engineer abroad, must read the same clock as every other time on the page. The patterns come from the server
// (Localization/DisplayTime.cs, ChartTimeFormat), so the culture's date order is decided in one place; this file only
// fills the pattern's fields from Intl in that zone.

const fieldsOf = new Map();

function fields(timeZone) {
  let format = fieldsOf.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
        hour: "numeric", minute: "numeric", second: "numeric",
      });
    } catch {
      // A zone this browser does not know: its own zone is better than no chart.
      format = new Intl.DateTimeFormat("en-US", {
        hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
      });
    }
    fieldsOf.set(timeZone, format);
  }
  return format;
}

const tokens = /yyyy|MM|M|dd|d|HH|mm|ss|'[^']*'/g;

/** Formats a millisecond timestamp with a .NET-style pattern (yyyy, M, MM, d, dd, HH, mm, ss, 'literal') in timeZone. */
export function formatTime(milliseconds, pattern, timeZone) {
  const parts = {};
  for (const part of fields(timeZone).formatToParts(new Date(milliseconds))) {
    parts[part.type] = part.value;
  }
  const two = (value) => String(value).padStart(2, "0");
  return pattern.replace(tokens, (token) => {
    switch (token) {
      case "yyyy": return parts.year;
      case "MM": return two(parts.month);
      case "M": return String(Number(parts.month));
      case "dd": return two(parts.day);
      case "d": return String(Number(parts.day));
      case "HH": return two(parts.hour);
      case "mm": return two(parts.minute);
      case "ss": return two(parts.second);
      default: return token.slice(1, -1);
    }
  });
}

/**
 * The x-axis label and tooltip formatters of a time chart. span() is read at each call, so a chart whose window grows
 * past a day switches to dates without being rebuilt.
 */
export function timeFormatters(time, span) {
  const zone = time?.zone ?? "UTC";
  const axis = (milliseconds) => formatTime(milliseconds, span() > 86_400_000 ? time.dayPattern : time.timePattern, zone);
  const tooltip = (milliseconds) => formatTime(milliseconds, time.tooltipPattern, zone);
  return { axis, tooltip };
}
