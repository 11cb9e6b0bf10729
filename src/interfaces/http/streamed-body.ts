/**
 * A response body written as its chunks come, each asked for only when the one before has been
 * taken (a slow client slows the export rather than filling memory), for exports of any size.
 *
 * The first chunk is read before the body is handed over: a failure then (a store that cannot be
 * read) is the request's failure, a 500 like any other. A failure after it cannot change the
 * status or headers, already sent: it is logged and the body is broken off, so that the client
 * sees an incomplete transfer (the connection closed before the end of the chunked body), never a
 * complete-looking but truncated export.
 */

/** Reads the first chunk, then gives the body that writes it and the rest. */
export async function streamedBody(chunks: AsyncGenerator<string, void, undefined>, what: string): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const first = await chunks.next();
  let pending: string | null = first.done ? null : first.value;
  let done = Boolean(first.done);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending !== null) {
        controller.enqueue(encoder.encode(pending));
        pending = null;
        return;
      }
      if (done) return controller.close();
      try {
        const next = await chunks.next();
        if (next.done) {
          done = true;
          controller.close();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`sitrep api: ${what} failed part-way, its body broken off:`, error);
        controller.error(error);
      }
    },
    async cancel() {
      // The client went away: the export stops reading the store.
      await chunks.return(undefined);
    },
  });
}
