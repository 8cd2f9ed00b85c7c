/**
 * Prometheus text exposition (format 0.0.4) of the few series the service keeps. Written
 * here rather than with a client library: counters, one histogram and gauges are all it needs.
 */

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

const CONSEQUENCES = new Set(['violation', 'not-eligible', 'target-missed']);

const escapeLabel = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labels = (pairs: Record<string, string>): string =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',')}}`;

interface Histogram {
  readonly labels: string;
  readonly counts: number[];
  sum: number;
  count: number;
}

export class Metrics {
  /** Counts by method, route and status; the label text is built once per series, not per request. */
  private readonly requests = new Map<string, { readonly labels: string; count: number }>();
  private readonly latency = new Map<string, Histogram>();
  private readonly decisions = new Map<string, number>();
  private readonly outcomes = new Map<string, number>();
  private decisionCount = 0;
  inFlight = 0;

  request(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    const series = this.requests.get(key);
    if (series) series.count += 1;
    else this.requests.set(key, { labels: labels({ method, route, status: String(status) }), count: 1 });
    let histogram = this.latency.get(route);
    if (!histogram) this.latency.set(route, (histogram = { labels: labels({ route }), counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) histogram.counts[i]! += 1;
    histogram.sum += seconds;
    histogram.count += 1;
  }

  /** One decision: its report's summary, counts by status and (for fails) by consequence. */
  decision(summary: Readonly<Record<string, number | undefined>>): void {
    this.decisionCount += 1;
    for (const key in summary) {
      const value = summary[key];
      if (!value) continue;
      const into = CONSEQUENCES.has(key) ? this.outcomes : this.decisions;
      into.set(key, (into.get(key) ?? 0) + value);
    }
  }

  render(gauges: Readonly<Record<string, { help: string; value: number; type?: 'gauge' | 'counter' }>>): string {
    const out: string[] = [];
    const series = (name: string, help: string, type: string, rows: Iterable<[string, number]>) => {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [key, value] of rows) out.push(`${name}${key} ${value}`);
    };
    series(
      'landuse_http_requests_total',
      'HTTP requests answered, by method, route and status.',
      'counter',
      [...this.requests.values()].map((r) => [r.labels, r.count]),
    );
    out.push('# HELP landuse_http_request_duration_seconds Time to answer, by route.', '# TYPE landuse_http_request_duration_seconds histogram');
    for (const h of this.latency.values()) {
      const key = h.labels;
      const inner = key.slice(1, -1);
      BUCKETS.forEach((le, i) => out.push(`landuse_http_request_duration_seconds_bucket{${inner},le="${le}"} ${h.counts[i]}`));
      out.push(`landuse_http_request_duration_seconds_bucket{${inner},le="+Inf"} ${h.count}`);
      out.push(`landuse_http_request_duration_seconds_sum${key} ${h.sum}`, `landuse_http_request_duration_seconds_count${key} ${h.count}`);
    }
    series('landuse_decisions_total', 'Decisions made (one per evaluated case).', 'counter', [['', this.decisionCount]]);
    series(
      'landuse_rule_results_total',
      'Rule results of the decisions made, by status (not-applicable included).',
      'counter',
      [...this.decisions].map(([s, n]) => [labels({ status: s }), n]),
    );
    series(
      'landuse_rule_fails_total',
      'Failed rule results, by consequence.',
      'counter',
      [...this.outcomes].map(([c, n]) => [labels({ consequence: c }), n]),
    );
    series('landuse_http_requests_in_flight', 'Requests being answered now.', 'gauge', [['', this.inFlight]]);
    for (const [name, { help, value, type }] of Object.entries(gauges)) series(name, help, type ?? 'gauge', [['', value]]);
    return `${out.join('\n')}\n`;
  }
}
