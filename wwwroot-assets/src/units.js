// Panel numbers as text with their unit, the same way as Core's UnitFormatter (Boards/UnitFormatter.cs):
// scaled to a readable size, decimals chosen by magnitude unless the board fixes them.
export const missing = "—";

const timeScales = [[1e-9, " ns"], [1e-6, " µs"], [1e-3, " ms"], [1, " s"], [60, " min"], [3600, " h"], [86400, " d"]];
const byteScales = [[1, " B"], [2 ** 10, " KiB"], [2 ** 20, " MiB"], [2 ** 30, " GiB"], [2 ** 40, " TiB"], [2 ** 50, " PiB"], [2 ** 60, " EiB"]];
const rateScales = [[1, " ops/s"], [1e3, "k ops/s"], [1e6, "M ops/s"], [1e9, "G ops/s"], [1e12, "T ops/s"]];
const largeNumberScales = [[1, ""], [1e6, "M"], [1e9, "G"], [1e12, "T"]];

function autoDecimals(magnitude) {
  if (magnitude === 0 || magnitude >= 100) {
    return 0;
  }
  if (magnitude >= 1) {
    return 1;
  }
  const leadingZeros = -Math.floor(Math.log10(magnitude)) - 1;
  return Math.min(Math.max(leadingZeros + 2, 2), 6);
}

const separatorsOf = new Map();

// The group and decimal marks of locale; the digits themselves are ours (see fixedDigits).
function separators(locale) {
  let marks = separatorsOf.get(locale);
  if (!marks) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    marks = {
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    };
    separatorsOf.set(locale, marks);
  }
  return marks;
}

// The digits of x >= 0 rounded to `digits` places as .NET's "N" format rounds them: from the exact binary value (65.535
// is 65.534999…, so 65.53), an exact tie to the even digit (0.5 → 0, 7.25 → 7.2). Intl rounds the shortest decimal
// instead, which made charts and tiles disagree in the last digit.
function fixedDigits(x, digits) {
  if (x >= 1e21) {
    return BigInt(Math.round(x)).toString() + (digits > 0 ? "." + "0".repeat(digits) : "");
  }
  const up = x.toFixed(digits);
  const exact = x.toFixed(Math.min(100, digits + 40));
  const point = exact.indexOf(".");
  if (!/^50*$/.test(exact.slice(point + 1 + digits))) {
    return up;
  }
  const down = digits > 0 ? exact.slice(0, point + 1 + digits) : exact.slice(0, point);
  return Number(down[down.length - 1]) % 2 === 0 ? down : up;
}

function plain(value, decimals, locale) {
  const digits = decimals ?? autoDecimals(Math.abs(value));
  const [whole, fraction] = fixedDigits(Math.abs(value), digits).split(".");
  const { group, decimal } = separators(locale);
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (fraction ? decimal + fraction : "");
}

function scaled(value, scales, zeroIndex, decimals, locale) {
  const magnitude = Math.abs(value);
  if (magnitude === 0) {
    return plain(0, decimals ?? 0, locale) + scales[zeroIndex][1];
  }
  let index = 0;
  while (index + 1 < scales.length && magnitude >= scales[index + 1][0]) {
    index++;
  }
  let digits = decimals ?? autoDecimals(magnitude / scales[index][0]);
  const factor = 10 ** digits;
  // 999.96 ms at 0 decimals would read "1,000 ms": promote it to the next unit instead.
  if (index + 1 < scales.length && Math.round((magnitude / scales[index][0]) * factor) / factor >= scales[index + 1][0] / scales[index][0]) {
    index++;
    digits = decimals ?? autoDecimals(Math.max(1, magnitude / scales[index][0]));
  }
  return plain(value / scales[index][0], digits, locale) + scales[index][1];
}

/**
 * Formats value in a board-file unit word (none, percent, percentunit, s, ms, bytes, bytes/s, ops/s, count) with the
 * group and decimal separators of locale (the console's culture, not the browser's).
 */
export function formatValue(value, unit, decimals, locale) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return missing;
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "∞" : "-∞";
  }
  const fixed = decimals === null || decimals === undefined ? null : Math.min(Math.max(decimals, 0), 6);
  switch (unit) {
    case "percent":
      return `${plain(value, fixed, locale)} %`;
    case "percentunit":
      return `${plain(value * 100, fixed, locale)} %`;
    case "s":
      return scaled(value, timeScales, 3, fixed, locale);
    case "ms":
      return scaled(value / 1000, timeScales, 2, fixed, locale);
    case "bytes":
      return scaled(value, byteScales, 0, fixed, locale);
    case "bytes/s":
      return `${scaled(value, byteScales, 0, fixed, locale)}/s`;
    case "ops/s":
      return scaled(value, rateScales, 0, fixed, locale);
    case "count":
      return scaled(value, largeNumberScales, 0, fixed ?? (Math.abs(value) < 1e6 ? 0 : null), locale);
    default:
      return scaled(value, largeNumberScales, 0, fixed, locale);
  }
}
