import parsePrometheusTextFormat from 'parse-prometheus-text-format';

type Families = ReturnType<typeof parsePrometheusTextFormat>;

/** A scrape of /metrics, parsed twice by the same parser (it throws on any line it cannot read). */
export interface Scrape {
  /** Metric families with their types. */
  families: Families;
  /**
   * Every series on its own, histograms and summaries included: the parser merges the series of a
   * labelled histogram into one, so these are read with their TYPE lines marked untyped, which
   * makes `<name>_count{labels}` a family of its own.
   */
  series: Families;
}

/** GET /metrics, checked to be the Prometheus text format, and parsed. */
export async function scrape(baseUrl: string): Promise<Scrape> {
  const res = await fetch(`${baseUrl}/metrics`);
  if (res.status !== 200) throw new Error(`GET /metrics answered ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('text/plain; version=0.0.4')) throw new Error(`GET /metrics sent ${type}, not the Prometheus text format`);
  return parseExposition(await res.text());
}

export function parseExposition(text: string): Scrape {
  return {
    families: parsePrometheusTextFormat(text),
    series: parsePrometheusTextFormat(text.replace(/^# TYPE (\S+) (histogram|summary)$/gm, '# TYPE $1 untyped')),
  };
}

/** The family of a metric, which must exist with that type. */
export function family(s: Scrape, name: string, type: Families[number]['type']) {
  const found = s.families.find((f) => f.name === name);
  if (!found) throw new Error(`no metric ${name}; have ${s.families.map((f) => f.name).join(', ')}`);
  if (found.type !== type) throw new Error(`${name} is a ${found.type}, not a ${type}`);
  return found;
}

const sameLabels = (a: Record<string, string> | undefined, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b).sort());

function sampleValue(f: Families[number], labels: Record<string, string>): number {
  const sample = f.metrics.find((m) => sameLabels(m.labels, labels));
  // A labelled series not counted yet reads 0, as Prometheus treats it.
  if (sample?.value === undefined) return 0;
  const v = Number(sample.value);
  if (!Number.isFinite(v)) throw new Error(`${f.name} ${JSON.stringify(labels)} is not a number: ${sample.value}`);
  return v;
}

/** The value of a counter or gauge series with exactly these labels; the metric must exist. */
export function value(s: Scrape, name: string, labels: Record<string, string> = {}): number {
  const f = s.families.find((x) => x.name === name);
  if (!f || (f.type !== 'COUNTER' && f.type !== 'GAUGE')) throw new Error(`no counter or gauge ${name}`);
  return sampleValue(f, labels);
}

/** The observation count of a histogram series with these labels (0 before any); the histogram must exist. */
export function histogramCount(s: Scrape, name: string, labels: Record<string, string> = {}): number {
  family(s, name, 'HISTOGRAM');
  // One family per run of lines: the series of each label set come one after another.
  const counts = s.series.filter((f) => f.name === `${name}_count`).find((f) => f.metrics.some((m) => sameLabels(m.labels, labels)));
  return counts ? sampleValue(counts, labels) : 0;
}
