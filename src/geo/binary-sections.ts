/**
 * A minimal container for typed arrays: a magic tag, a JSON header, then each section aligned to
 * 8 bytes. Sections are read as views over the file's buffer, with no parsing and no copy, which
 * is what lets the gazetteer load in a fraction of the time JSON.parse would take.
 *
 * Layout: "SITREPBS" | u32 LE header byte length | header JSON (UTF-8) | padding | sections.
 * Typed arrays are stored in the machine's byte order: the file is built where it is read.
 */

const MAGIC = "SITREPBS";

/** The value kinds a section can hold. */
export type Section = Uint8Array | Int32Array | Uint32Array;

type SectionKind = "u8" | "i32" | "u32";

interface SectionEntry {
  kind: SectionKind;
  byteOffset: number;
  byteLength: number;
}

interface ContainerHeader {
  meta: unknown;
  sections: Record<string, SectionEntry>;
}

/** Reads sections back out of a container. */
export interface SectionReader {
  /** The JSON value stored beside the sections. */
  readonly meta: unknown;
  u8(name: string): Uint8Array;
  i32(name: string): Int32Array;
  u32(name: string): Uint32Array;
}

/** Packs `meta` (any JSON value) and the named sections into one buffer. */
export function encodeSections(meta: unknown, sections: Readonly<Record<string, Section>>): Buffer {
  const entries: Record<string, SectionEntry> = {};
  const payloads: Buffer[] = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    entries[name] = { kind: kindOf(section), byteOffset: offset, byteLength: bytes.length };
    payloads.push(bytes, Buffer.alloc(padding(bytes.length)));
    offset += bytes.length + padding(bytes.length);
  }
  const headerBytes = Buffer.from(JSON.stringify({ meta, sections: entries } satisfies ContainerHeader), "utf8");
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 0, "latin1");
  lead.writeUInt32LE(headerBytes.length, MAGIC.length);
  const headerPadding = Buffer.alloc(padding(lead.length + headerBytes.length));
  return Buffer.concat([lead, headerBytes, headerPadding, ...payloads]);
}

/** Opens a container; throws when the buffer is not one. Views share the buffer's memory. */
export function decodeSections(buffer: Buffer): SectionReader {
  if (buffer.length < MAGIC.length + 4 || buffer.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    throw new Error("not a section container (bad magic)");
  }
  const headerLength = buffer.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  const header = JSON.parse(buffer.toString("utf8", MAGIC.length + 4, headerEnd)) as ContainerHeader;
  const dataStart = headerEnd + padding(headerEnd);
  // Typed-array views need aligned offsets; a pooled or sliced Buffer may not give them.
  const bytes = (buffer.byteOffset + dataStart) % 8 === 0 ? buffer : Buffer.from(buffer);

  const view = <T>(name: string, kind: SectionKind, width: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    const entry = header.sections[name];
    if (entry?.kind !== kind) throw new Error(`section "${name}" is missing or not ${kind}`);
    if (dataStart + entry.byteOffset + entry.byteLength > bytes.length) throw new Error(`section "${name}" is truncated`);
    return make(bytes.buffer as ArrayBuffer, bytes.byteOffset + dataStart + entry.byteOffset, entry.byteLength / width);
  };

  return {
    meta: header.meta,
    u8: (name) => view(name, "u8", 1, (b, o, n) => new Uint8Array(b, o, n)),
    i32: (name) => view(name, "i32", 4, (b, o, n) => new Int32Array(b, o, n)),
    u32: (name) => view(name, "u32", 4, (b, o, n) => new Uint32Array(b, o, n)),
  };
}

function kindOf(section: Section): SectionKind {
  if (section instanceof Uint8Array) return "u8";
  if (section instanceof Int32Array) return "i32";
  return "u32";
}

function padding(length: number): number {
  return (8 - (length % 8)) % 8;
}
