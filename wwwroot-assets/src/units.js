// Panel numbers as text with their unit, the same way as Core's UnitFormatter (Boards/UnitFormatter.cs):
// scaled to a readable size, decimals chosen by magnitude unless the board fixes them.
export const missing = "—";

const timeScales = [[1e-9, " ns"], [1e-6, " µs"], [1e-3, " ms"], [1, " s"], [60, " min"], [3600, " h"], [86400, " d"]];
const byteScales = [[1, " B"], [2 ** 10, " KiB"], [2 ** 20, " MiB"], [2 ** 30, " GiB"], [2 ** 40, " TiB"], [2 ** 50, " PiB"]];
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

function plain(value, decimals) {
  const digits = decimals ?? autoDecimals(Math.abs(value));
  return value.toLocaleString(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function scaled(value, scales, zeroIndex, decimals) {
  const magnitude = Math.abs(value);
  if (magnitude === 0) {
    return plain(0, decimals ?? 0) + scales[zeroIndex][1];
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
  return plain(value / scales[index][0], digits) + scales[index][1];
}

/** Formats value in a board-file unit word (none, percent, percentunit, s, ms, bytes, bytes/s, ops/s, count). */
export function formatValue(value, unit, decimals) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return missing;
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "∞" : "-∞";
  }
  const fixed = decimals === null || decimals === undefined ? null : Math.min(Math.max(decimals, 0), 6);
  switch (unit) {
    case "percent":
      return `${plain(value, fixed)} %`;
    case "percentunit":
      return `${plain(value * 100, fixed)} %`;
    case "s":
      return scaled(value, timeScales, 3, fixed);
    case "ms":
      return scaled(value / 1000, timeScales, 2, fixed);
    case "bytes":
      return scaled(value, byteScales, 0, fixed);
    case "bytes/s":
      return `${scaled(value, byteScales, 0, fixed)}/s`;
    case "ops/s":
      return scaled(value, rateScales, 0, fixed);
    case "count":
      return scaled(value, largeNumberScales, 0, fixed ?? (Math.abs(value) < 1e6 ? 0 : null));
    default:
      return scaled(value, largeNumberScales, 0, fixed);
  }
}
