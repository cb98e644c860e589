/**
 * Bytes to text. The charset comes from, in order: a byte-order mark, the bytes themselves when
 * they can only be UTF-16 or UTF-32 (a "<" among NULs), the HTTP Content-Type charset, the XML
 * declaration, else UTF-8. Any label TextDecoder knows works (Node has full ICU), and those it does
 * not but iconv-lite does (UTF-32, old code pages); an unknown one falls back to UTF-8 with a warning.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset used: a WHATWG name ("utf-8", "windows-1251"), or iconv-lite's for what WHATWG lacks ("utf-32le"). */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'content-type' | 'xml-declaration' | 'sniffed' | 'default';
  warnings: string[];
}

// UTF-32LE's mark starts with UTF-16LE's: it is tried first.
const BOMS: Array<[bytes: number[], charset: string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomCharset(bytes: Uint8Array): string | null {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return charset;
  }
  return null;
}

/** UTF-16 and UTF-32 without a BOM still start with "<" (and usually "<?"): 3C 00, 00 3C, 3C 00 00 00, 00 00 00 3C. */
function sniffWideCharset(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  if (a === 0 && b === 0x3c && c === 0 && d !== 0) return 'utf-16be';
  return null;
}

const isWide = (charset: string) => /^utf-(16|32)/.test(charset);

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1]!.trim() : null;
}

function charsetFromXmlDeclaration(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every ASCII-compatible charset and must come first.
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1]! : null;
}

const whatwgName = (label: string): string | null => {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
};

/**
 * The name to decode a label with: the WHATWG name when TextDecoder knows it (its label rules
 * win: "iso-8859-1" means windows-1252), else iconv-lite's canonical name ("utf-32", "cp437"),
 * else null.
 */
export function knownCharset(label: string): string | null {
  const whatwg = whatwgName(label);
  if (whatwg !== null) return whatwg;
  if (!iconv.encodingExists(label)) return null;
  const canonical = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^(utf32|ucs4)/.test(canonical) ? canonical.replace(/^(utf32|ucs4)/, 'utf-32') : canonical;
}

interface TextStreamDecoder {
  write(bytes: Uint8Array, last: boolean): string;
}

/** A streaming decoder for a name from knownCharset: TextDecoder's, or iconv-lite's for what TextDecoder lacks. */
function streamDecoder(charset: string): TextStreamDecoder {
  if (whatwgName(charset) !== null) {
    const decoder = new TextDecoder(charset);
    return { write: (bytes, last) => decoder.decode(bytes, { stream: !last }) };
  }
  const decoder = iconv.getDecoder(charset);
  return { write: (bytes, last) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) + (last ? (decoder.end() ?? '') : '') };
}

/**
 * Node 20.18.3+ decodes windows-1252 (and the labels that mean it: latin1, iso-8859-1, ascii) as
 * ISO-8859-1, so 0x80–0x9F come out as C1 controls instead of € ‚ ƒ „ … ‘ ’ “ ” – — (nodejs/node
 * #60888). Those 32 bytes are mapped here per the WHATWG index while Node's decoder is wrong.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const nodeDecodesWindows1252 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) === '\u20ac';

function fixWindows1252(text: string, charset: string): string {
  if (charset !== 'windows-1252' || nodeDecodesWindows1252) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!));
}

/** Decodes with a charset name as returned by knownCharset. */
export function decodeWithCharset(input: Uint8Array, charset: string): string {
  return fixWindows1252(streamDecoder(charset).write(input, true), charset);
}

/** Bytes decoded per event-loop turn: a 10 MB body is not decoded in one block. */
const DECODE_SLICE = 1024 * 1024;

async function decodeInSlices(input: Uint8Array, charset: string): Promise<string> {
  if (input.length <= DECODE_SLICE) return decodeWithCharset(input, charset);
  const decoder = streamDecoder(charset);
  const parts: string[] = [];
  for (let at = 0; at < input.length; at += DECODE_SLICE) {
    const end = Math.min(at + DECODE_SLICE, input.length);
    parts.push(decoder.write(input.subarray(at, end), end === input.length));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return fixWindows1252(parts.join(''), charset);
}

export async function decodeFeedBytes(input: Uint8Array, contentType?: string | null): Promise<DecodedText> {
  const warnings: string[] = [];
  const bom = bomCharset(input);
  if (bom?.startsWith('utf-16') && input.length >= 4 && input[2] !== 0 && input[3] !== 0) {
    // A UTF-16 mark before single-byte text ("<?" right after it): the mark lies; drop it.
    const rest = await decodeFeedBytes(input.subarray(2), contentType);
    return { ...rest, warnings: [`byte-order mark says ${bom} but the text is not; ignored`, ...rest.warnings] };
  }
  // Bytes that can only be UTF-16 or UTF-32 outrank a label: read in an ASCII charset, they are NULs, which XML forbids.
  const sniffed = sniffWideCharset(input);
  const candidates: Array<[string | null, DecodedText['source']]> = [
    [bom, 'bom'],
    [sniffed, 'sniffed'],
    [charsetFromContentType(contentType), 'content-type'],
    [charsetFromXmlDeclaration(input), 'xml-declaration'],
  ];
  let charset = 'utf-8';
  let source: DecodedText['source'] = 'default';
  for (const [label, from] of candidates) {
    if (label === null) continue;
    const known = knownCharset(label);
    if (known === null) {
      warnings.push(`unknown charset "${label}" (from ${from}); decoded as UTF-8`);
      continue;
    }
    // A UTF-16 or UTF-32 label on bytes that are not (an ASCII declaration said so) is a lie we can see.
    if (isWide(known) && from !== 'bom' && sniffed === null) {
      warnings.push(`charset "${label}" (from ${from}) does not match the bytes; ignored`);
      continue;
    }
    charset = known;
    source = from;
    break;
  }
  // ignoreBOM: false (the default) strips a BOM of the chosen charset.
  let text = await decodeInSlices(input, charset);
  if (charset === 'utf-8' && source !== 'bom' && text.includes('\uFFFD') && !hasValidMultibyteUtf8(text)) {
    // Bytes that are not UTF-8 and contain no UTF-8 sequence at all: a legacy single-byte feed
    // that declared nothing (or declared UTF-8 wrongly). windows-1252 is what browsers assume.
    warnings.push('bytes are not valid UTF-8; decoded as windows-1252');
    text = await decodeInSlices(input, 'windows-1252');
    charset = 'windows-1252';
  } else if (text.includes('\uFFFD')) {
    warnings.push(`some bytes are not valid ${charset}; replaced by U+FFFD`);
  }
  return { text, charset, source, warnings };
}

function hasValidMultibyteUtf8(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included
  return /[^\u0000-\u007f\uFFFD]/.test(text);
}
