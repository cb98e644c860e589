/**
 * The file of compiled engine data (`npm run build` writes it next to the engine's compiled code,
 * dist/extract/engine-data.bin; see engine-data.ts for what it holds). The data files in
 * config/data stay the source of truth: the file records a fingerprint of them and of the code
 * that compiled them, and is read only while both are unchanged.
 *
 * Layout: FORMAT (ASCII), the fingerprint (64 hex digits), the byte length of a table of contents
 * (JSON, UTF-8), the table, then the sections it lists, each at an offset that is a multiple of 8:
 * JSON texts, typed arrays, and last the arrays that threads share, read into one SharedArrayBuffer.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from './data-file.js';

/** Changes whenever the layout or the meaning of a section changes. */
const FORMAT = 'sitrep-engine-data/1\n';
const FINGERPRINT_BYTES = 64;
const HEADER_BYTES = FORMAT.length + FINGERPRINT_BYTES + 4;
const ALIGN = 8;

/** Where the build writes the file and the engine looks for it: beside this module, so dist/ has its own. */
export const ENGINE_DATA_FILE = fileURLToPath(new URL('./engine-data.bin', import.meta.url));

export type StoredArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
type ArrayType = { new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): StoredArray; readonly BYTES_PER_ELEMENT: number };
const ARRAY_TYPES: Record<string, ArrayType> = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float64Array };
type ArrayTypeName = keyof typeof ARRAY_TYPES;

interface Section {
  offset: number;
  bytes: number;
  /** A typed array's type; absent for JSON. */
  type?: ArrayTypeName;
}
interface Contents {
  sections: Record<string, Section>;
  /** Offsets count from the first multiple of 8 after the table. The shared sections lie in [sharedStart, sharedStart + sharedBytes). */
  shared: string[];
  sharedStart: number;
  sharedBytes: number;
}

/** What the build stores: JSON values, typed arrays read once while loading, and arrays every thread shares. */
export interface EngineDataSections {
  json: Record<string, unknown>;
  arrays: Record<string, StoredArray>;
  shared: Record<string, StoredArray>;
}

const roundUp = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** The code files of the engine (this folder and its subfolders, in the language this module runs in) and the vocabulary it uses. */
function codeFiles(): string[] {
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self);
  const dir = path.dirname(self);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`))
    .map((f) => path.join(dir, f));
  return [...files.sort(), path.join(dir, '..', `vocabulary${ext}`)];
}

const fingerprints = new Map<string, string>();

/**
 * SHA-256 of what the compiled data is made from: the engine's code, every file of `dataDir`, and
 * the grammar words (always the package's own, as words.ts reads them). Once per folder and
 * process; undefined when something cannot be read (loading the files then says what).
 */
export function engineDataFingerprint(dataDir: string = defaultDataDir()): string | undefined {
  const dir = path.resolve(dataDir);
  let found = fingerprints.get(dir);
  if (found === undefined) {
    const hash = createHash('sha256').update(FORMAT);
    const add = (label: string, file: string) => {
      const bytes = readFileSync(file);
      hash.update(`${label}\0${bytes.length}\0`).update(bytes);
    };
    try {
      const code = codeFiles();
      const codeDir = path.dirname(code[0] ?? '');
      for (const file of code) add(`code:${path.relative(codeDir, file)}`, file);
      for (const name of readdirSync(dir).sort()) add(`data:${name}`, path.join(dir, name));
      add('grammar', path.join(defaultDataDir(), 'grammar.yaml'));
    } catch {
      return undefined;
    }
    found = hash.digest('hex');
    fingerprints.set(dir, found);
  }
  return found;
}

/** Writes the sections to `file` (through a temporary file, so a reader never sees half of it). */
export function writeEngineDataFile(file: string, fingerprint: string, sections: EngineDataSections): void {
  const parts: { name: string; bytes: Uint8Array; type?: ArrayTypeName }[] = [];
  for (const [name, value] of Object.entries(sections.json)) parts.push({ name, bytes: Buffer.from(JSON.stringify(value), 'utf8') });
  const arrayPart = (name: string, array: StoredArray) => ({
    name,
    bytes: new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
    type: array.constructor.name as ArrayTypeName,
  });
  for (const [name, array] of Object.entries(sections.arrays)) parts.push(arrayPart(name, array));
  const sharedParts = Object.entries(sections.shared).map(([name, array]) => arrayPart(name, array));
  // Offsets count from the end of the table of contents (rounded up), so the table can list them.
  const contents: Contents = { sections: {}, shared: sharedParts.map((p) => p.name), sharedStart: 0, sharedBytes: 0 };
  let at = 0;
  const place = (p: (typeof parts)[number]) => {
    contents.sections[p.name] = { offset: at, bytes: p.bytes.length, ...(p.type ? { type: p.type } : {}) };
    at = roundUp(at + p.bytes.length);
  };
  parts.forEach(place);
  contents.sharedStart = at;
  sharedParts.forEach(place);
  contents.sharedBytes = at - contents.sharedStart;
  const table = Buffer.from(JSON.stringify(contents), 'utf8');
  const base = roundUp(HEADER_BYTES + table.length);
  const out = Buffer.alloc(base + at);
  out.write(FORMAT, 0, 'latin1');
  out.write(fingerprint, FORMAT.length, 'latin1');
  out.writeUInt32LE(table.length, FORMAT.length + FINGERPRINT_BYTES);
  table.copy(out, HEADER_BYTES);
  for (const p of [...parts, ...sharedParts]) out.set(p.bytes, base + contents.sections[p.name]!.offset);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, out);
  renameSync(temporary, file);
}

/** Fills `into` from the file at `position`. */
function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error('engine data: the file is cut short');
    done += n;
  }
}

/** An open file of compiled engine data whose fingerprint matched. */
export class EngineDataFile {
  private constructor(
    private readonly fd: number,
    private readonly contents: Contents,
    /** Where the sections start. */
    private readonly base: number,
  ) {}

  /** The file if it exists and was compiled from `fingerprint`'s code and data; undefined otherwise. */
  static open(file: string, fingerprint: string | undefined): EngineDataFile | undefined {
    if (fingerprint === undefined) return undefined;
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      readFully(fd, header, 0);
      if (header.toString('latin1', 0, FORMAT.length) !== FORMAT) throw new Error('format');
      if (header.toString('latin1', FORMAT.length, FORMAT.length + FINGERPRINT_BYTES) !== fingerprint) throw new Error('stale');
      const table = Buffer.alloc(header.readUInt32LE(FORMAT.length + FINGERPRINT_BYTES));
      readFully(fd, table, HEADER_BYTES);
      const contents = JSON.parse(table.toString('utf8')) as Contents;
      const base = roundUp(HEADER_BYTES + table.length);
      // A file cut short (a full disk, a copy that stopped) is not read.
      if (fstatSync(fd).size !== base + contents.sharedStart + contents.sharedBytes) throw new Error('size');
      return new EngineDataFile(fd, contents, base);
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  private read(name: string, into: Uint8Array = Buffer.allocUnsafe(this.section(name).bytes)): Uint8Array {
    readFully(this.fd, into, this.base + this.section(name).offset);
    return into;
  }

  private section(name: string): Section {
    const found = this.contents.sections[name];
    if (!found) throw new Error(`engine data: no section ${name}`);
    return found;
  }

  json(name: string): unknown {
    const bytes = this.read(name);
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  }

  /** A typed array section, on a buffer of its own. */
  array(name: string): StoredArray {
    const { bytes, type } = this.section(name);
    const array = new ARRAY_TYPES[type!]!(new ArrayBuffer(bytes));
    this.read(name, new Uint8Array(array.buffer));
    return array;
  }

  /** The shared sections, read into one SharedArrayBuffer. */
  shared(): Record<string, StoredArray> {
    const { sharedStart, sharedBytes, shared, sections } = this.contents;
    const buffer = new SharedArrayBuffer(sharedBytes);
    readFully(this.fd, new Uint8Array(buffer), this.base + sharedStart);
    const arrays: Record<string, StoredArray> = {};
    for (const name of shared) {
      const { offset, bytes, type } = sections[name]!;
      const Type = ARRAY_TYPES[type!]!;
      arrays[name] = new Type(buffer, offset - sharedStart, bytes / Type.BYTES_PER_ELEMENT);
    }
    return arrays;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Data files stored as parsed, not yet validated, each in a JSON section of its name. */
export const GRAMMAR_FILE = 'grammar.yaml';
export const ACTORS_FILE = 'actors.yaml';
export const ATTACK_TERMS_FILE = 'attack-terms.yaml';

/**
 * One of those files of the package's own config/data as the compiled engine data stores it, when
 * that is fresh; undefined otherwise (then read the file).
 */
export function compiledDataFile(name: typeof GRAMMAR_FILE | typeof ACTORS_FILE | typeof ATTACK_TERMS_FILE): unknown {
  const file = EngineDataFile.open(ENGINE_DATA_FILE, engineDataFingerprint());
  if (!file) return undefined;
  try {
    return file.json(name);
  } finally {
    file.close();
  }
}
