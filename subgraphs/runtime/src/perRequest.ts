/**
 * Request-scoped state (DataLoaders) keyed on the GraphQL context object. A subgraph cannot build
 * its own context when the gateway runs it as a local data source, so it attaches to whatever
 * context arrives: a new one per request either way.
 */
export function perRequest<T>(create: () => T): (context: unknown) => T {
  const states = new WeakMap<object, T>();
  return (context) => {
    // A call without a context object (none is made by Apollo) shares nothing with any other.
    if (typeof context !== 'object' || context === null) return create();
    let state = states.get(context);
    if (state === undefined) {
      state = create();
      states.set(context, state);
    }
    return state;
  };
}
