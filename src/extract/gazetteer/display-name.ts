/**
 * How a place is shown to readers (alerts, /lookup): as the news writes it, not in the gazetteer's
 * formal transliteration. GeoNames spells "Al Kūt", "Ţarţūs", "Mandalī"; the news writes "Kut",
 * "Tartus", "Mandali".
 */

/** Letters of scholarly transliteration that English news leaves out: ʿayn, hamza, modifier apostrophes. */
const TRANSLITERATION_MARKS_RE = /[ʿʾʻʼ‘]/gu;

/** "Al Kūt" → "Al Kut", "Ţarţūs" → "Tartus", "Şırnak" → "Sirnak": the name without diacritics. */
export function commonName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(TRANSLITERATION_MARKS_RE, '').normalize('NFC');
}

/** Latin letters, spaces and the punctuation of names ("Bir al-Abd", "Mocímboa da Praia", "N'Djamena"). */
const LATIN_NAME_RE = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}\s'’.-]*$/u;

/**
 * A place name as a Latin-script text writes it, fit to show: "Kut", "Bir al-Abd"; the possessive
 * dropped ("Somalia's" → "Somalia") and a dateline's capitals softened ("MOGADISHU" → "Mogadishu").
 * Undefined for other scripts, whose readers' spelling is the gazetteer's common name.
 */
export function writtenName(raw: string): string | undefined {
  const name = raw.replace(/['’]s$/u, '').trim();
  if (!LATIN_NAME_RE.test(name)) return undefined;
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
