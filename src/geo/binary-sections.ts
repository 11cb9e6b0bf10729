/**
 * A minimal container for typed arrays and texts: a magic tag, a JSON header, then each section
 * aligned to 8 bytes. Numeric sections are read as views over the file's buffer, with no parsing
 * and no copy, which is what makes the gazetteer load in milliseconds.
 *
 * Layout: "SITREPBS" | u32 LE header byte length | header JSON (UTF-8) | padding | sections.
 */

const MAGIC = "SITREPBS";

/** The value kinds a section can hold. */
export type Section = Uint8Array | Uint16Array | Int32Array | Uint32Array | string;

type SectionKind = "u8" | "u16" | "i32" | "u32" | "utf8";

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
  u16(name: string): Uint16Array;
  i32(name: string): Int32Array;
  u32(name: string): Uint32Array;
  utf8(name: string): string;
}

/** Packs `meta` (any JSON value) and the named sections into one buffer. */
export function encodeSections(meta: unknown, sections: Readonly<Record<string, Section>>): Buffer {
  const entries: Record<string, SectionEntry> = {};
  const payloads: Buffer[] = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    const bytes =
      typeof section === "string" ? Buffer.from(section, "utf8") : Buffer.from(section.buffer, section.byteOffset, section.byteLength);
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

  const entry = (name: string, kind: SectionKind): SectionEntry => {
    const found = header.sections[name];
    if (found?.kind !== kind) throw new Error(`section "${name}" is missing or not ${kind}`);
    if (dataStart + found.byteOffset + found.byteLength > bytes.length) throw new Error(`section "${name}" is truncated`);
    return found;
  };
  const view = <T>(name: string, kind: SectionKind, width: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    const { byteOffset, byteLength } = entry(name, kind);
    return make(bytes.buffer as ArrayBuffer, bytes.byteOffset + dataStart + byteOffset, byteLength / width);
  };

  return {
    meta: header.meta,
    u8: (name) => view(name, "u8", 1, (b, o, n) => new Uint8Array(b, o, n)),
    u16: (name) => view(name, "u16", 2, (b, o, n) => new Uint16Array(b, o, n)),
    i32: (name) => view(name, "i32", 4, (b, o, n) => new Int32Array(b, o, n)),
    u32: (name) => view(name, "u32", 4, (b, o, n) => new Uint32Array(b, o, n)),
    utf8: (name) => {
      const { byteOffset, byteLength } = entry(name, "utf8");
      const start = dataStart + byteOffset;
      return bytes.toString("utf8", start, start + byteLength);
    },
  };
}

function kindOf(section: Section): SectionKind {
  if (typeof section === "string") return "utf8";
  if (section instanceof Uint8Array) return "u8";
  if (section instanceof Uint16Array) return "u16";
  if (section instanceof Int32Array) return "i32";
  return "u32";
}

function padding(length: number): number {
  return (8 - (length % 8)) % 8;
}
