/**
 * How large a chunk of an export's text may grow before it is given out, in every format.
 *
 * A string longer than V8's largest ordinary object (128 KiB) is made in its large-object space,
 * and moved to the old generation as soon as a young collection finds it alive: there, dead or
 * not, it stays until the next full collection, which V8 puts off until the old generation has
 * grown to several times what is alive in it, the more so the faster the process allocates.
 * Chunks of 256 K characters (the JSON export's) so left up to 100 MB of written-out text in the
 * heap of an export of 200,000 events (its peak RSS 263 MB instead of 160). Chunks well under that
 * size die young, with the page they were written from. A string takes two bytes a character
 * when any character is outside Latin-1: 32 K characters stay under 64 KiB.
 */
export const CHUNK_CHARS = 1 << 15;
