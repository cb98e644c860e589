/**
 * The gazetteer's entries and its name index packed into typed arrays on SharedArrayBuffers.
 *
 * As JavaScript objects (56,000 entries, 190,000 name keys with their lists) the gazetteer is
 * about 50 MB of heap in every thread that holds it, and extraction workers each held their own.
 * Packed, it is about 15 MB that every thread reads in place: a worker is handed the buffers (they
 * are shared, not copied) and builds no index of its own. An entry becomes an object when it is
 * first asked for, once per thread, so that the same entry is the same object on every look-up.
 */
import { PLACE_KINDS, type PlaceKind } from '../../vocabulary.js';
import type { GazetteerEntry } from './entry.js';

/** The packed arrays. Handed to a worker thread (workerData, postMessage) they are shared, not copied. */
export interface PlaceTableData {
  /**
   * Every string (ids, names, aliases, codes, name keys; a repeated code once) as UTF-16 code units,
   * one after another: first the strings whose every unit is below 256, one byte each (95 % of the
   * gazetteer's units: a byte each instead of two took 5 MB off every process), then the others.
   */
  narrow: Uint8Array;
  wide: Uint16Array;
  /** String s is units [stringStart[s], stringStart[s + 1]) of narrow followed by wide. */
  stringStart: Uint32Array;
  /** Per entry, ENTRY_STRINGS string numbers: id, name, country, admin1 and feature code (-1: none). */
  entryStrings: Int32Array;
  /** Per entry, its kind's position in PLACE_KINDS. */
  kinds: Uint8Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  /** Entry e's aliases are the strings aliasStrings[aliasStart[e], aliasStart[e + 1]). */
  aliasStart: Uint32Array;
  aliasStrings: Int32Array;
  /** Name key k is string keyStrings[k]; its entries, best first, are keyEntries[keyStart[k], keyStart[k + 1]). */
  keyStrings: Int32Array;
  keyStart: Uint32Array;
  keyEntries: Int32Array;
  /** Open-addressing hash tables (linear probing) of name keys and of entry ids: a key's or entry's number, -1 for an empty slot. */
  keySlots: Int32Array;
  idSlots: Int32Array;
}

const ENTRY_STRINGS = 5;
const [ID, NAME, COUNTRY, ADMIN1, FEATURE_CODE] = [0, 1, 2, 3, 4] as const;
const NONE = -1;
const NO_ENTRIES: readonly GazetteerEntry[] = [];

type TypedArrayOf<T> = { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

/** A typed array of `length` elements on a SharedArrayBuffer of its own. */
function shared<T>(Type: TypedArrayOf<T>, length: number): T {
  return new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}

function copied(numbers: readonly number[]): Int32Array {
  const array = shared(Int32Array, numbers.length);
  array.set(numbers);
  return array;
}

/** FNV-1a over UTF-16 code units: the same number for a JavaScript string and its packed copy. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether a string has a code unit a byte cannot hold. */
function isWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

/** A hash table of `count` strings (item i's: `textOf(i)`), at least twice as many slots as items. */
function hashTable(count: number, textOf: (i: number) => string): Int32Array {
  let size = 1;
  while (size < 2 * count) size *= 2;
  const slots = shared(Int32Array, size).fill(NONE);
  const mask = size - 1;
  for (let i = 0; i < count; i++) {
    let slot = hashOf(textOf(i)) & mask;
    while (slots[slot] !== NONE) slot = (slot + 1) & mask;
    slots[slot] = i;
  }
  return slots;
}

/** Longest run of code units decoded in one call (String.fromCharCode takes them as arguments). */
const DECODE_CHUNK = 4096;

export class PlaceTable {
  /** Entries made into objects so far, by number: each once per thread. */
  private readonly made: (GazetteerEntry | undefined)[] = [];
  /** Name keys' entry lists made so far, by key number. */
  private readonly lists: (readonly GazetteerEntry[] | undefined)[] = [];

  /**
   * The narrow (Latin-1) units as a Buffer over the same memory, no copy: `latin1` decodes a string
   * of them in one native call. Spreading a subarray into String.fromCharCode went through the
   * iterator protocol, a result object per unit, for every name rule matching asks of each
   * document's places (a quarter of the time and the garbage, measured on the whole table).
   */
  private readonly narrowBytes: Buffer;

  constructor(readonly data: PlaceTableData) {
    this.narrowBytes = Buffer.from(data.narrow.buffer, data.narrow.byteOffset, data.narrow.byteLength);
  }

  /**
   * Packs entries and the name index (key → entries, best first, in the map's order). Each entry
   * listed must be one of `entries`.
   */
  static pack(entries: readonly GazetteerEntry[], byKey: ReadonlyMap<string, readonly GazetteerEntry[]>): PlaceTable {
    // Strings are numbered in the order they are added; the few that repeat across entries
    // (country codes, regions, feature codes) once each. Names, aliases and keys are mostly
    // distinct: a map of them all would cost more while loading than the copies it saves.
    const strings: string[] = [];
    const add = (text: string): number => strings.push(text) - 1;
    const repeated = new Map<string, number>();
    const once = (text: string): number => {
      let n = repeated.get(text);
      if (n === undefined) {
        n = add(text);
        repeated.set(text, n);
      }
      return n;
    };
    const entryNumbers = new Map<GazetteerEntry, number>();
    const entryStrings = shared(Int32Array, entries.length * ENTRY_STRINGS);
    const kinds = shared(Uint8Array, entries.length);
    const lat = shared(Float64Array, entries.length);
    const lon = shared(Float64Array, entries.length);
    const population = shared(Float64Array, entries.length);
    const aliasStart = shared(Uint32Array, entries.length + 1);
    const aliases: number[] = [];
    entries.forEach((e, i) => {
      if (entryNumbers.has(e)) throw new Error(`gazetteer: entry ${e.id} listed twice`);
      entryNumbers.set(e, i);
      const at = i * ENTRY_STRINGS;
      entryStrings[at + ID] = add(e.id);
      entryStrings[at + NAME] = add(e.name);
      entryStrings[at + COUNTRY] = once(e.country);
      entryStrings[at + ADMIN1] = e.admin1 === null ? NONE : once(e.admin1);
      entryStrings[at + FEATURE_CODE] = e.featureCode === null ? NONE : once(e.featureCode);
      kinds[i] = PLACE_KINDS.indexOf(e.kind);
      lat[i] = e.lat;
      lon[i] = e.lon;
      population[i] = e.population;
      aliasStart[i] = aliases.length;
      for (const a of e.aliases) aliases.push(add(a));
    });
    aliasStart[entries.length] = aliases.length;
    const keyStrings = shared(Int32Array, byKey.size);
    const keyStart = shared(Uint32Array, byKey.size + 1);
    const listed: number[] = [];
    let k = 0;
    for (const [key, list] of byKey) {
      keyStrings[k] = add(key);
      keyStart[k] = listed.length;
      for (const e of list) {
        const n = entryNumbers.get(e);
        if (n === undefined) throw new Error(`gazetteer: the name "${key}" lists ${e.id}, which is not an entry`);
        listed.push(n);
      }
      k++;
    }
    keyStart[k] = listed.length;
    // Renumbered so that the narrow strings come first, in the order they were added.
    const order = [...strings.keys()].sort((a, b) => Number(isWide(strings[a]!)) - Number(isWide(strings[b]!)) || a - b);
    const number = new Int32Array(strings.length);
    for (let i = 0; i < order.length; i++) number[order[i]!] = i;
    const renumber = (list: Int32Array) => {
      for (let i = 0; i < list.length; i++) if (list[i] !== NONE) list[i] = number[list[i]!]!;
    };
    renumber(entryStrings);
    renumber(keyStrings);
    let narrowLength = 0;
    let wideLength = 0;
    for (const s of strings) {
      if (isWide(s)) wideLength += s.length;
      else narrowLength += s.length;
    }
    const narrow = shared(Uint8Array, narrowLength);
    const wide = shared(Uint16Array, wideLength);
    const stringStart = shared(Uint32Array, strings.length + 1);
    let at = 0;
    order.forEach((old, i) => {
      const s = strings[old]!;
      stringStart[i] = at;
      const [units, from] = at < narrowLength ? [narrow, at] : [wide, at - narrowLength];
      for (let c = 0; c < s.length; c++) units[from + c] = s.charCodeAt(c);
      at += s.length;
    });
    stringStart[strings.length] = at;
    const aliasStrings = copied(aliases);
    renumber(aliasStrings);
    const keys = [...byKey.keys()];
    return new PlaceTable({
      narrow,
      wide,
      stringStart,
      entryStrings,
      kinds,
      lat,
      lon,
      population,
      aliasStart,
      aliasStrings,
      keyStrings,
      keyStart,
      keyEntries: copied(listed),
      keySlots: hashTable(keys.length, (i) => keys[i]!),
      idSlots: hashTable(entries.length, (i) => entries[i]!.id),
    });
  }

  /** How many entries. */
  get size(): number {
    return this.data.kinds.length;
  }

  /** How many name keys. */
  get keyCount(): number {
    return this.data.keyStrings.length;
  }

  /** The entries a name key lists, best first; the same array on every call. */
  lookup(key: string): readonly GazetteerEntry[] | undefined {
    const k = this.find(this.data.keySlots, key, (n) => this.data.keyStrings[n]!);
    return k === NONE ? undefined : this.entriesOf(k);
  }

  byId(id: string): GazetteerEntry | undefined {
    const e = this.find(this.data.idSlots, id, (n) => this.data.entryStrings[n * ENTRY_STRINGS + ID]!);
    return e === NONE ? undefined : this.entry(e);
  }

  /**
   * What a rule needs of the entry of this id (name, kind, place, region), read without making
   * (and keeping) its entry: rule matching asks for every place of every document on the main
   * thread, whose entries would otherwise pile up there, aliases and all, through a poll cycle.
   */
  placeById(id: string): Omit<GazetteerEntry, 'aliases' | 'featureCode' | 'population'> | undefined {
    const e = this.find(this.data.idSlots, id, (n) => this.data.entryStrings[n * ENTRY_STRINGS + ID]!);
    if (e === NONE) return undefined;
    const at = e * ENTRY_STRINGS;
    const { entryStrings } = this.data;
    return {
      id,
      name: this.text(entryStrings[at + NAME]!),
      kind: this.kind(e),
      country: this.text(entryStrings[at + COUNTRY]!),
      lat: this.data.lat[e]!,
      lon: this.data.lon[e]!,
      admin1: this.optionalText(entryStrings[at + ADMIN1]!),
    };
  }

  /** Entry number e as an object: the same one on every call. */
  entry(e: number): GazetteerEntry {
    const made = this.made[e];
    if (made) return made;
    const { entryStrings, aliasStart, aliasStrings } = this.data;
    const at = e * ENTRY_STRINGS;
    const aliases: string[] = [];
    for (let a = aliasStart[e]!; a < aliasStart[e + 1]!; a++) aliases.push(this.text(aliasStrings[a]!));
    const entry: GazetteerEntry = {
      id: this.text(entryStrings[at + ID]!),
      name: this.text(entryStrings[at + NAME]!),
      kind: this.kind(e),
      country: this.text(entryStrings[at + COUNTRY]!),
      lat: this.data.lat[e]!,
      lon: this.data.lon[e]!,
      population: this.data.population[e]!,
      admin1: this.optionalText(entryStrings[at + ADMIN1]!),
      aliases,
      featureCode: this.optionalText(entryStrings[at + FEATURE_CODE]!),
    };
    this.made[e] = entry;
    return entry;
  }

  kind(e: number): PlaceKind {
    return PLACE_KINDS[this.data.kinds[e]!]!;
  }

  /** Entry e's country code, read without making its entry. */
  countryOf(e: number): string {
    return this.text(this.data.entryStrings[e * ENTRY_STRINGS + COUNTRY]!);
  }

  /** Entry e's name, position and population, read without making its entry. */
  summary(e: number): { kind: PlaceKind; name: string; lat: number; lon: number; population: number } {
    const name = this.text(this.data.entryStrings[e * ENTRY_STRINGS + NAME]!);
    return { kind: this.kind(e), name, lat: this.data.lat[e]!, lon: this.data.lon[e]!, population: this.data.population[e]! };
  }

  /** Name key number k. */
  key(k: number): string {
    return this.text(this.data.keyStrings[k]!);
  }

  /** The length of name key k, without decoding it. */
  keyLength(k: number): number {
    const s = this.data.keyStrings[k]!;
    return this.data.stringStart[s + 1]! - this.data.stringStart[s]!;
  }

  /** The entries of name key number k, best first. */
  entriesOf(k: number): readonly GazetteerEntry[] {
    const made = this.lists[k];
    if (made) return made;
    const { keyStart, keyEntries } = this.data;
    const list: GazetteerEntry[] = [];
    for (let i = keyStart[k]!; i < keyStart[k + 1]!; i++) list.push(this.entry(keyEntries[i]!));
    const result = list.length === 0 ? NO_ENTRIES : list;
    this.lists[k] = result;
    return result;
  }

  /** The number stored in the table's slot for `text`, whose string number `stringOf` gives; NONE when absent. */
  private find(slots: Int32Array, text: string, stringOf: (n: number) => number): number {
    const mask = slots.length - 1;
    for (let slot = hashOf(text) & mask; ; slot = (slot + 1) & mask) {
      const n = slots[slot]!;
      if (n === NONE) return NONE;
      if (this.equals(stringOf(n), text)) return n;
    }
  }

  private equals(s: number, text: string): boolean {
    const start = this.data.stringStart[s]!;
    if (this.data.stringStart[s + 1]! - start !== text.length) return false;
    const [units, from] = this.unitsOf(start);
    for (let i = 0; i < text.length; i++) if (units[from + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private text(s: number): string {
    const start = this.data.stringStart[s]!;
    const length = this.data.stringStart[s + 1]! - start;
    if (start < this.data.narrow.length) return this.narrowBytes.toString('latin1', start, start + length);
    // Wide units are in the machine's byte order: read as numbers, not decoded as bytes of one order.
    const { wide } = this.data;
    const from = start - this.data.narrow.length;
    let out = '';
    for (let at = from; at < from + length; at += DECODE_CHUNK) {
      out += String.fromCharCode.apply(null, wide.subarray(at, Math.min(from + length, at + DECODE_CHUNK)) as unknown as number[]);
    }
    return out;
  }

  /** The array holding the string that starts at unit `start`, and where in it. */
  private unitsOf(start: number): [Uint8Array | Uint16Array, number] {
    const { narrow, wide } = this.data;
    return start < narrow.length ? [narrow, start] : [wide, start - narrow.length];
  }

  private optionalText(s: number): string | null {
    return s === NONE ? null : this.text(s);
  }
}
