// Chart interop for OpsConsole.Web (Components/Charts). One ApexCharts instance per container
// element: .NET creates it once, then only pushes new series, so live refreshes never rebuild the DOM.
import ApexCharts from "apexcharts";
import { formatValue } from "./units.js";
import { formatTime, timeFormatters } from "./times.js";

// Exported for the browser tests that hold them to the server's UnitFormatter and DisplayTime.
export { formatValue, formatTime };

// Keyed by the .NET component's chart id, not by its element: Blazor resolves an ElementReference with
// document.querySelector, so a destroy sent after Blazor removed the panel would name no element, and the chart (its
// ResizeObserver on the removed container, and with it the whole SVG) would outlive the panel. A wall screen leaked
// detached nodes every rotation this way.
const charts = new Map();

const palette = ["#2e93fa", "#66da26", "#e91e63", "#ff9800", "#546e7a", "#9c27b0", "#00bcd4", "#cddc39"];

const timeKinds = new Set(["line", "area", "timebar"]);

function themeOptions(mode) {
  const dark = mode === "dark";
  return {
    theme: { mode: dark ? "dark" : "light" },
    // The panel (MudPaper) paints the background; ApexCharts' own would fight the theme.
    chart: { background: "transparent" },
    // ApexCharts' default grid is near-white, which glares on a dark wall screen.
    grid: { borderColor: dark ? "#2c333d" : "#e0e0e0" },
  };
}

function toDonut(series) {
  const points = series.length > 0 ? series[0].data : [];
  return {
    labels: points.map((p) => String(p.x)),
    values: points.map((p) => (p.y === null ? 0 : p.y)),
  };
}

function countPoints(series) {
  return (series ?? []).reduce((sum, s) => sum + s.data.filter((p) => p.y !== null && p.y !== undefined).length, 0);
}

// The query window, not the data, spans the x-axis: one point would otherwise stretch it over days.
function windowAxis(window) {
  return window ? { min: window.start, max: window.end } : { min: undefined, max: undefined };
}

function legendOptions(legend, kind) {
  if (legend === "hidden" || kind === "bar") {
    return { show: false };
  }
  return { show: true, position: legend === "right" ? "right" : "bottom", showForSingleSeries: kind === "donut" };
}

// Axis and legend text follows the page's root font (0.75 rem): 12 px on a desk, and on a wall screen, whose root font
// grows with the TV (css/wall.css), as large in proportion as everything else.
function textSize() {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${Math.round(root * 0.75)}px`;
}

// The span the x-axis shows: the query window, else the data's own extent.
function spanOf(window, series) {
  if (window) {
    return window.end - window.start;
  }
  const xs = (series ?? []).flatMap((s) => s.data.map((p) => p.x)).filter((x) => typeof x === "number");
  return xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : 0;
}

function buildOptions(options, state) {
  const kind = options.kind ?? "line";
  const unit = options.unit ?? "none";
  const decimals = options.decimals ?? null;
  const format = (value) => formatValue(value, unit, decimals, options.locale);
  const times = timeFormatters(options.time, () => state.span);
  const apexType = kind === "timebar" ? "bar" : kind;
  const base = {
    chart: {
      type: apexType,
      height: options.height ?? 260,
      stacked: Boolean(options.stacked),
      // Live data: an animation on every 10 s refresh is noise and costs CPU on wall screens.
      animations: { enabled: false },
      toolbar: { show: false },
      zoom: { enabled: false },
      background: "transparent",
      fontFamily: "inherit",
    },
    theme: themeOptions(options.theme).theme,
    grid: themeOptions(options.theme).grid,
    colors: palette,
    dataLabels: { enabled: false },
    legend: { ...legendOptions(options.legend, kind), fontSize: textSize() },
    tooltip: { y: { formatter: format }, x: timeKinds.has(kind) ? { formatter: times.tooltip } : {} },
    noData: { text: options.noDataText ?? "No data" },
  };

  if (kind === "donut") {
    const donut = toDonut(options.series ?? []);
    return { ...base, labels: donut.labels, series: donut.values };
  }

  const labelStyle = { style: { fontSize: textSize() } };
  const yaxis = { labels: { formatter: format, ...labelStyle } };
  if (options.yMin !== null && options.yMin !== undefined) {
    yaxis.min = options.yMin;
  }
  if (options.yMax !== null && options.yMax !== undefined) {
    yaxis.max = options.yMax;
  }

  const xaxis = timeKinds.has(kind)
    ? { type: "datetime", labels: { formatter: (value, timestamp) => times.axis(timestamp ?? value), ...labelStyle }, ...windowAxis(options.window) }
    : { type: "category", labels: labelStyle };

  return {
    ...base,
    series: options.series ?? [],
    stroke: kind === "line" || kind === "area" ? { width: 2, curve: "straight" } : { width: 0 },
    fill: kind === "area" ? { type: "solid", opacity: options.stacked ? 0.55 : 0.25 } : {},
    markers: { size: 0 },
    xaxis,
    yaxis,
    plotOptions: kind === "bar"
      ? { bar: { columnWidth: "60%", distributed: true } }
      : kind === "timebar" ? { bar: { columnWidth: "80%" } } : {},
  };
}

// What a test (or a person in DevTools) can read off a drawn chart: its kind, its points and the window it spans.
function markDrawn(element, kind, series, window) {
  element.dataset.chartDrawn = "true";
  element.dataset.chartKind = kind;
  element.dataset.chartPoints = String(countPoints(series));
  if (window) {
    element.dataset.chartStart = String(window.start);
    element.dataset.chartEnd = String(window.end);
  }
}

/** Draws chart id into element; marks it data-chart-drawn="true" once ApexCharts has rendered. */
export async function create(id, element, options) {
  destroy(id);
  if (!element) {
    return; // Blazor removed the panel before the browser got to draw it.
  }
  const kind = options.kind ?? "line";
  const state = { span: spanOf(options.window, options.series) };
  const chart = new ApexCharts(element, buildOptions(options, state));
  const entry = { chart, element, kind, state, drawing: true };
  charts.set(id, entry);
  await chart.render();
  entry.drawing = false;
  if (charts.get(id) !== entry) {
    // destroy() came while ApexCharts was still drawing: finish its job now that the chart is whole.
    chart.destroy();
    return;
  }
  markDrawn(element, kind, options.series, options.window);
}

/** Replaces the data of a chart made by create (and moves a time chart's x-axis to window); a no-op when there is none. */
export async function update(id, series, window) {
  const entry = charts.get(id);
  if (!entry) {
    return;
  }
  if (entry.kind === "donut") {
    const donut = toDonut(series);
    await entry.chart.updateOptions({ labels: donut.labels, series: donut.values }, false, false);
  } else if (timeKinds.has(entry.kind) && window) {
    entry.state.span = spanOf(window, series);
    await entry.chart.updateOptions({ series, xaxis: windowAxis(window) }, false, false);
  } else {
    if (timeKinds.has(entry.kind)) {
      entry.state.span = spanOf(null, series);
    }
    await entry.chart.updateSeries(series, false);
  }
  markDrawn(entry.element, entry.kind, series, window);
}

/** Gives a chart made by create a new height; a no-op when there is none. */
export async function resize(id, height) {
  const entry = charts.get(id);
  if (entry) {
    await entry.chart.updateOptions({ chart: { height } }, false, false);
  }
}

/** Switches a chart between "dark" and "light" without rebuilding it. */
export async function setTheme(id, mode) {
  const entry = charts.get(id);
  if (entry) {
    await entry.chart.updateOptions(themeOptions(mode), false, false);
  }
}

/** Removes chart id, attached or not; safe to call twice. */
export function destroy(id) {
  const entry = charts.get(id);
  if (!entry) {
    return;
  }
  charts.delete(id);
  // A chart still drawing is destroyed by create() once render() settles; destroying it midway leaves listeners behind.
  if (!entry.drawing) {
    entry.chart.destroy();
  }
  for (const key of ["chartDrawn", "chartKind", "chartPoints", "chartStart", "chartEnd"]) {
    delete entry.element.dataset[key];
  }
}

/** How many charts are alive in this page (browser tests hold it to the charts on screen). */
export function liveCharts() {
  return charts.size;
}
