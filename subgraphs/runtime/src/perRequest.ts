/**
 * Request-scoped state (DataLoaders) keyed on the GraphQL context object. A subgraph cannot build
 * its own context when the gateway runs it as a local data source, so it attaches to whatever
 * context arrives: a new one per request either way.
 */
export function perRequest<T>(create: () => T): (context: object) => T {
  const states = new WeakMap<object, T>();
  return (context) => {
    let state = states.get(context);
    if (state === undefined) {
      state = create();
      states.set(context, state);
    }
    return state;
  };
}
