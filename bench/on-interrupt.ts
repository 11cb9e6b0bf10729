/**
 * Cleaning up when a benchmark stage is interrupted (Ctrl-C, or its parent stopping it): a
 * 1,000,000-event store is several GB, and the PostgreSQL schemas must not be left behind.
 */
const cleanups = new Set<() => unknown>();

let installed = false;

/** Registers `cleanup` to run if the process is interrupted; call the returned function once it is no longer needed. */
export function onInterrupt(cleanup: () => unknown): () => void {
  if (!installed) {
    installed = true;
    let stopping = false;
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      // Kept for every signal: a Ctrl-C reaches this process both from the terminal and through its
      // parent, and a second signal must not end it halfway through cleaning up.
      process.on(signal, async () => {
        if (stopping) return;
        stopping = true;
        for (const c of [...cleanups].reverse()) {
          try {
            await c();
          } catch {
            // Interrupted anyway: clean up what can be.
          }
        }
        process.exit(130);
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
