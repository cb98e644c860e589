/**
 * Round 7, places and countries: phenomena met in real published news (issue 11), each in a
 * sentence written for this test (names, numbers and wording changed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Extraction, placeLabel } from '../../src/extract/analysis.js';
import { commonName, writtenName } from '../../src/extract/gazetteer/display-name.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));
const labels = (x: Extraction) => x.places.map(placeLabel);

describe('a pipeline or road named after its two ends', () => {
  it('names both ends and both countries when the text locates the blast nowhere else', () => {
    const x = run(
      'Blast hits Kirkuk-Ceyhan oil pipeline',
      'Saboteurs blew up part of the Kirkuk-Ceyhan pipeline late on Friday, halting the flow of crude, an energy official said.',
    );
    expect(x.isAttack).toBe(true);
    expect(labels(x)).toEqual(expect.arrayContaining(['Kirkuk', 'Ceyhan']));
    expect(x.countries).toEqual(expect.arrayContaining(['IQ', 'TR']));
  });

  it('puts the scene where the text locates it, not at the far end', () => {
    const x = run(
      'Blast hits Kirkuk-Ceyhan oil pipeline',
      'Saboteurs blew up part of the Kirkuk-Ceyhan pipeline in Batman province late on Friday, halting the flow of crude, an energy official said.',
    );
    expect(x.countries).toEqual(['TR']);
    expect(labels(x)).not.toContain('Ceyhan');
    expect(labels(x)).not.toContain('Kirkuk');
  });

  it('does not take the line’s ends for the scene when a distance locates it elsewhere', () => {
    const x = run(
      'Bombs hit Kirkuk-Ceyhan line',
      'Four bombs went off along the Kirkuk-Ceyhan line near a hamlet 60 km south of Mosul on Thursday, setting it ablaze.',
    );
    expect(x.countries).toEqual(['IQ']);
    expect(labels(x)).not.toContain('Ceyhan');
  });
});

describe('airports', () => {
  it('reads "<city> airport" as the civil airport, not as an air base', () => {
    const x = run(
      'Drone strikes Erbil airport',
      'A drone loaded with explosives hit Erbil airport late on Monday, the regional counter-terrorism office said.',
    );
    expect(x.places[0]).toMatchObject({ id: 'airport:erbil-airport', kind: 'airport', country: 'IQ' });
    expect(x.places.some((p) => p.kind === 'base')).toBe(false);
    expect(x.targets).not.toContain('base');
  });

  it('still reads an air base named as such', () => {
    const x = run('Rockets hit Erbil air base', 'Three rockets struck the Erbil air base used by coalition troops on Sunday, officials said.');
    expect(x.places[0]).toMatchObject({ kind: 'base', country: 'IQ' });
  });
});

describe('the name shown to readers', () => {
  it('is the text’s own spelling of a town, not the gazetteer’s transliteration', () => {
    const x = run('Market bomb kills nine in Kut', 'A bomb hidden in a cart exploded in a crowded market in Kut on Tuesday evening, police said.');
    expect(x.places[0]).toMatchObject({ name: 'Al Kūt', label: 'Kut', country: 'IQ' });
  });

  it('keeps a region’s word when the text gives one, apart from the city of the same name', () => {
    const x = run('Gunmen kill six in Kaduna', 'Gunmen stormed a hamlet near Kaduna in Kaduna state on Sunday, killing six people, police said.');
    expect(labels(x)).toEqual(expect.arrayContaining(['Kaduna', 'Kaduna state']));
  });

  it('drops transliteration marks where the text spells no name in Latin letters', () => {
    expect(commonName('Ţarţūs')).toBe('Tartus');
    expect(commonName('Al Ḩasakah')).toBe('Al Hasakah');
    expect(commonName('Şırnak')).toBe('Sirnak');
    expect(writtenName('MOGADISHU')).toBe('Mogadishu');
    expect(writtenName("Somalia's")).toBe('Somalia');
    expect(writtenName('Белгород')).toBeUndefined();
  });
});

describe('words that are places elsewhere', () => {
  it('does not read German nouns and adverbs as towns', () => {
    const x = run(
      'Elf Tote bei Luftangriff in Afghanistan',
      'Bei einem Luftangriff in der Provinz Kandahar sind nach Angaben der Behörden elf Menschen getötet worden, darunter Kinder. Dabei wurde ein Haus zerstört.',
    );
    expect(x.countries).toEqual(['AF']);
    expect(x.countries).not.toContain('US');
    expect(x.countries).not.toContain('AE');
  });

  it('reads a German region word before a name as no first name', () => {
    const x = run(
      'Zwei Tote bei Drohnenangriff in der Region Charkiw',
      'Bei einem russischen Drohnenangriff auf ein Dorf in der Region Charkiw sind in der Nacht zwei Menschen getötet worden.',
    );
    expect(x.countries).toEqual(['UA']);
  });

  it('takes a French compass word alone for a direction, not for a Haitian department', () => {
    const x = run(
      'Mali : embuscade meurtrière dans le nord',
      'Six civils ont été tués dans une embuscade près de Kidal. Les attaques se sont étendues vers le centre, puis au Sud, près des frontières.',
    );
    expect(x.countries).toEqual(['ML']);
  });

  it('does not read Arabic everyday words as towns', () => {
    // "خالص تعازيها" (sincere condolences), "ولاية" (province): neither is a town.
    const x = run('الخارجية تدين تفجيرا في كابل', 'أدانت الوزارة التفجير الذي استهدف سوقا في مدينة كابل وقدمت خالص تعازيها لأسر الضحايا في ولاية كابل.');
    expect(x.countries).toEqual(['AF']);
  });
});

describe('datelines and reference places', () => {
  it('reads the dateline’s town in the country the dateline names', () => {
    // "Khar" is a town in Pakistan and an old name of a town in Germany.
    const x = run(
      'Soldier killed in raid on border post',
      'KHAR, Pakistan — Militants killed a soldier in an attack on a security post on Monday, the army said.',
    );
    expect(x.countries).toEqual(['PK']);
  });

  it('reads a mixed-case opening name and a dash as a dateline, not as the scene', () => {
    const x = run('Gunmen kill nine in village raid', 'Abuja — Gunmen killed nine villagers in a raid on Tuesday night in Zamfara state, police said.');
    expect(labels(x)).not.toContain('Abuja');
    expect(x.countries).toEqual(['NG']);
  });

  it('takes "N km north of the capital X" for a reference, not a second scene', () => {
    const x = run(
      'Rockets hit Balad air base',
      'Three rockets landed inside Balad air base, 80 km north of the capital Baghdad, causing no casualties, officials said.',
    );
    expect(x.places[0]).toMatchObject({ kind: 'base' });
    expect(labels(x)).not.toContain('Baghdad');
  });

  it('takes a clock’s city for no scene ("hora de Moscú")', () => {
    const x = run(
      'Dron ucraniano ataca una base aérea rusa',
      'Un dron golpeó la base aérea de Engels, en la provincia de Sarátov, hacia las 03:40 hora de Moscú, y mató a dos soldados.',
    );
    expect(labels(x)).not.toContain('Moscú');
    expect(x.countries).toEqual(['RU']);
  });
});
