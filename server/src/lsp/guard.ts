/**
 * Every request handler goes through `guard`: an exception in one feature is logged and answered
 * with an empty result, and the server keeps serving the next requests.
 */
export type Logger = (message: string) => void;

/** Faults injected by tests (GRILLE_TEST_FAULTS=1 only): feature name → remaining failures. */
export const injectedFaults = new Map<string, number>();

export function guard<P extends unknown[], R>(feature: string, log: Logger, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      const remaining = injectedFaults.get(feature);
      if (remaining) {
        injectedFaults.set(feature, remaining - 1);
        throw new Error(`panne injectée dans « ${feature} »`);
      }
      return await handler(...args);
    } catch (error) {
      if (isCancellation(error)) throw error;
      log(`[${feature}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

/** Cancellation is an answer, not a fault: it goes back to the client as such. */
function isCancellation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    ((error as { code: number }).code === -32800 || (error as { code: number }).code === -32802)
  );
}
