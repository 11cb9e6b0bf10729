/**
 * How large a chunk of an export's text may grow before it is given out, in every format.
 *
 * A string longer than V8's largest ordinary object (128 KiB) is made in its large-object space,
 * and moved to the old generation as soon as a young collection finds it alive: there, dead or
 * not, it stays until the next full collection, which V8 puts off the longer the faster the
 * process allocates. Chunks of 256 K characters (the JSON export's, once) or of a whole page of
 * events (the others') so left hundreds of MB of written-out text in the heap of an export on an
 * idle machine. Chunks well under that size die young, with the page they were written from.
 * Two bytes a character when any character is outside Latin-1: 32 K characters stay under 64 KiB.
 */
export const CHUNK_CHARS = 1 << 15;
