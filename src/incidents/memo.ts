// A value worked out once per report object while its inputs stay the same (perIncident, for incidents, is in incident.ts).

/**
 * `compute` kept per report object while the inputs it reads are the same (each compared with
 * `===`): recording one report asks for its places, keys and fingerprint several times, and a
 * report object may be given another text or analysis between records. `remember` keeps a value
 * worked out elsewhere as if `compute` had given it.
 */
export function perReport<R extends object, A extends unknown[], T>(
  compute: (report: R, ...args: A) => T,
  inputsOf: (report: R, ...args: A) => readonly unknown[],
): ((report: R, ...args: A) => T) & { remember: (value: T, report: R, ...args: A) => void } {
  const kept = new WeakMap<R, { inputs: readonly unknown[]; value: T }>();
  const remember = (value: T, report: R, ...args: A) => kept.set(report, { inputs: inputsOf(report, ...args), value });
  const get = (report: R, ...args: A): T => {
    const inputs = inputsOf(report, ...args);
    const known = kept.get(report);
    if (known && known.inputs.length === inputs.length && known.inputs.every((v, i) => v === inputs[i])) return known.value;
    const value = compute(report, ...args);
    kept.set(report, { inputs, value });
    return value;
  };
  return Object.assign(get, { remember });
}
