/** The clock is an edge: pipeline stages take "now" as a value, and tests pass their own clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
