/**
 * A module loaded on first use and kept, as `cached ??= import(...)` would, except that a failed
 * load is not kept: one transient failure (EMFILE in a long `watch`) would otherwise fail every
 * later call. `loaded()` gives the promise of a load under way or done, if any.
 */
export function lazyModule<T>(load: () => Promise<T>): { get: () => Promise<T>; loaded: () => Promise<T> | undefined } {
  let module: Promise<T> | undefined;
  return {
    get: () =>
      (module ??= load().catch((error: unknown) => {
        module = undefined;
        throw error;
      })),
    loaded: () => module,
  };
}
