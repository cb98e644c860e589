/** A value made on first use and kept: for what is costly to make and may not be needed (the extraction engine). */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
