// Chart interop for OpsConsole.Web (Components/Charts). One ApexCharts instance per container
// element: .NET creates it once, then only pushes new series, so live refreshes never rebuild the DOM.
import ApexCharts from "apexcharts";

// Keyed by element so the .NET side needs nothing but its ElementReference; a WeakMap lets a
// container that Blazor removed without calling destroy be collected with its chart.
const charts = new WeakMap();

const palette = ["#2e93fa", "#66da26", "#e91e63", "#ff9800", "#546e7a", "#9c27b0"];

function formatValue(value, unit, decimals) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return "–";
  }
  switch (unit) {
    case "percent":
      return `${(value * 100).toFixed(decimals)} %`;
    case "count":
      return Math.round(value).toLocaleString();
    default:
      return value.toFixed(decimals);
  }
}

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

function buildOptions(options) {
  const kind = options.kind ?? "line";
  const unit = options.unit ?? "none";
  const decimals = options.decimals ?? 1;
  const format = (value) => formatValue(value, unit, decimals);
  const base = {
    chart: {
      type: kind,
      height: options.height ?? 260,
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
    legend: { show: true, position: "bottom" },
    tooltip: { y: { formatter: format } },
    noData: { text: options.noDataText ?? "No data" },
  };

  if (kind === "donut") {
    const donut = toDonut(options.series ?? []);
    return { ...base, labels: donut.labels, series: donut.values };
  }

  const yaxis = {
    labels: { formatter: format },
    decimalsInFloat: decimals,
  };
  if (options.yMin !== null && options.yMin !== undefined) {
    yaxis.min = options.yMin;
  }
  if (options.yMax !== null && options.yMax !== undefined) {
    yaxis.max = options.yMax;
  }

  const xaxis = kind === "line"
    ? { type: "datetime", labels: { datetimeUTC: false } }
    : { type: "category" };

  return {
    ...base,
    series: options.series ?? [],
    stroke: kind === "line" ? { width: 2, curve: "straight" } : { width: 0 },
    markers: { size: 0 },
    xaxis,
    yaxis,
    plotOptions: kind === "bar" ? { bar: { columnWidth: "60%", distributed: true } } : {},
    legend: { show: kind !== "bar", position: "bottom" },
  };
}

/** Draws a chart into element; marks it data-chart-drawn="true" once ApexCharts has rendered. */
export async function create(element, options) {
  destroy(element);
  const chart = new ApexCharts(element, buildOptions(options));
  charts.set(element, { chart, kind: options.kind ?? "line" });
  await chart.render();
  element.dataset.chartDrawn = "true";
}

/** Replaces the data of a chart made by create; a no-op when there is none. */
export async function update(element, series) {
  const entry = charts.get(element);
  if (!entry) {
    return;
  }
  if (entry.kind === "donut") {
    const donut = toDonut(series);
    await entry.chart.updateOptions({ labels: donut.labels, series: donut.values }, false, false);
  } else {
    await entry.chart.updateSeries(series, false);
  }
}

/** Switches a chart between "dark" and "light" without rebuilding it. */
export async function setTheme(element, mode) {
  const entry = charts.get(element);
  if (entry) {
    await entry.chart.updateOptions(themeOptions(mode), false, false);
  }
}

/** Removes the chart from element; safe to call twice. */
export function destroy(element) {
  const entry = charts.get(element);
  if (!entry) {
    return;
  }
  entry.chart.destroy();
  charts.delete(element);
  delete element.dataset.chartDrawn;
}
