// The codemirror-promql PrometheusClient, pointed at the console (Explore/Api/AutocompleteApi.cs): the
// console asks Prometheus (label values with match[], a limit and a time bound) and ranks a capped top-N.
// The browser never talks to Prometheus.
const limit = 100;

export class ConsoleClient {
  constructor(base, matchOperators) {
    this.base = base;
    this.matchOperators = matchOperators;
    // Set by the completion strategy before each completion: the fragment typed so far.
    this.typed = "";
    // Set when an answer was capped (more matched than came back).
    this.truncated = false;
    this.metadata = {};
    this.pending = new Map();
  }

  async get(kind, parameters) {
    // Typing fast: only the newest question of a kind is worth an answer.
    this.pending.get(kind)?.abort();
    const controller = new AbortController();
    this.pending.set(kind, controller);
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(parameters)) {
      if (value !== undefined && value !== null && value !== "") {
        query.set(key, value);
      }
    }
    try {
      const response = await fetch(`${this.base}${kind}?${query}`, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: controller.signal,
      });
      if (!response.ok) {
        return null;
      }
      return await response.json();
    } catch {
      return null;
    } finally {
      if (this.pending.get(kind) === controller) {
        this.pending.delete(kind);
      }
    }
  }

  async metricNames(prefix) {
    const answer = await this.get("metric-names", { q: prefix ?? this.typed, limit });
    if (!answer) {
      return [];
    }
    this.truncated ||= answer.truncated;
    this.metadata = {};
    for (const metric of answer.metrics) {
      if (metric.type) {
        this.metadata[metric.name] = [{ type: metric.type, help: metric.help ?? "" }];
      }
    }
    return answer.metrics.map((m) => m.name);
  }

  async metricMetadata() {
    return this.metadata;
  }

  async labelNames(metricName) {
    const answer = await this.get("label-names", { metric: metricName, limit: 500 });
    if (!answer) {
      return [];
    }
    this.truncated ||= answer.truncated;
    return answer.values;
  }

  async labelValues(labelName, metricName, matchers) {
    const others = (matchers ?? [])
      .filter((m) => m.name !== labelName && m.value !== "" && this.matchOperators.has(m.type))
      .map((m) => ({ name: m.name, op: this.matchOperators.get(m.type), value: m.value }));
    const answer = await this.get("label-values", {
      label: labelName,
      metric: metricName,
      matchers: others.length > 0 ? JSON.stringify(others) : undefined,
      q: this.typed,
      limit,
    });
    if (!answer) {
      return [];
    }
    this.truncated ||= answer.truncated;
    return answer.values;
  }

  // The completion strategy of this library version asks for neither; answering empty keeps /api/v1/series out of it.
  async series() {
    return [];
  }

  async flags() {
    return {};
  }

  destroy() {
    for (const controller of this.pending.values()) {
      controller.abort();
    }
    this.pending.clear();
  }
}
