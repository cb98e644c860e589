import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export type Families = ReturnType<typeof parsePrometheusTextFormat>;

/** GET /metrics, checked to be the Prometheus text format and parsed (the parser throws on a bad line). */
export async function scrape(baseUrl: string): Promise<Families> {
  const res = await fetch(`${baseUrl}/metrics`);
  if (res.status !== 200) throw new Error(`GET /metrics answered ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('text/plain; version=0.0.4')) throw new Error(`GET /metrics sent ${type}, not the Prometheus text format`);
  return parsePrometheusTextFormat(await res.text());
}

/** The family of a metric, which must exist with that type. */
export function family(families: Families, name: string, type: Families[number]['type']) {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`no metric ${name}; have ${families.map((f) => f.name).join(', ')}`);
  if (found.type !== type) throw new Error(`${name} is a ${found.type}, not a ${type}`);
  return found;
}

const sameLabels = (a: Record<string, string> | undefined, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * The value of a counter or gauge sample with exactly these labels. The metric must exist; a
 * labelled sample not counted yet reads 0, as Prometheus treats it.
 */
export function value(families: Families, name: string, labels: Record<string, string> = {}): number {
  const f = families.find((x) => x.name === name);
  if (!f || (f.type !== 'COUNTER' && f.type !== 'GAUGE')) throw new Error(`no counter or gauge ${name}`);
  const sample = f.metrics.find((m) => sameLabels(m.labels, labels));
  if (sample?.value === undefined) return 0;
  const v = Number(sample.value);
  if (!Number.isFinite(v)) throw new Error(`${name} ${JSON.stringify(labels)} is not a number: ${sample.value}`);
  return v;
}

/** The observation count of a histogram with these labels (0 before any). */
export function histogramCount(families: Families, name: string, labels: Record<string, string> = {}): number {
  const sample = family(families, name, 'HISTOGRAM').metrics.find((m) => sameLabels(m.labels, labels));
  return sample ? Number(sample.count) : 0;
}
