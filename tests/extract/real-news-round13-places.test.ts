/**
 * Round 13, the attack's country and places (issue 11): classes of how published reports are
 * written, each in sentences written for this test (names, numbers and wording invented).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));

describe('a name in Arabic script that towns of several countries share', () => {
  it('is the town in the country the text names, not the bigger one abroad', () => {
    // Tripoli: Libya's capital and Lebanon's second city.
    const lb = run('انفجار في طرابلس', 'قتل شخصان وأصيب خمسة في انفجار عبوة ناسفة في طرابلس شمال لبنان مساء الأحد.');
    expect(lb.countries).toEqual(['LB']);
    const ly = run('انفجار في طرابلس', 'قتل شخصان وأصيب خمسة في انفجار سيارة مفخخة في طرابلس غرب ليبيا مساء الأحد.');
    expect(ly.countries).toEqual(['LY']);
  });

  it('is the bigger town when the text names no country', () => {
    expect(run('انفجار في طرابلس', 'قتل شخصان في انفجار عبوة ناسفة في طرابلس مساء الأحد.').countries).toEqual(['LY']);
  });

  it('does not add a Gulf city to a Lebanese strike because a village name holds its name', () => {
    const x = run('غارة على جنوب لبنان', 'قتل ثلاثة أشخاص في غارة إسرائيلية على بلدة في قضاء بنت جبيل في جنوب لبنان صباح اليوم.');
    expect(x.countries).toEqual(['LB']);
  });
});

describe('a word that is a town abroad, unmarked as a name, beside the scene the text names', () => {
  it('is no place when a Title Case title holds it and the report puts the scene far away', () => {
    // "Kian" (ever more) is also Ji'an, a Chinese city of half a million.
    const x = run(
      'Serangan Kian Brutal, Dua Polisi Terluka Ditembak',
      'Dua anggota polisi terluka setelah kelompok bersenjata menembaki pos mereka di Kabupaten Intan Jaya, Papua, Minggu pagi.',
    );
    expect(x.countries).toEqual(['ID']);
    expect(x.places.map((p) => p.country)).not.toContain('CN');
  });

  it('stays the scene when the body names it with a capital', () => {
    const x = run('Blast In Kian Market', 'A bomb went off in a market in Kian on Monday, killing three people, police in Jiangxi said.');
    expect(x.countries).toEqual(['CN']);
  });

  it('stays the scene across a border: a Title Case title names the town hit, the body only where the fire came from', () => {
    const x = run('Rockets Hit Haifa, Two Hurt', 'Two rockets fired from southern Lebanon struck a building on Sunday, wounding two people, police said.');
    expect(x.countries).toEqual(['IL']);
  });

  it('stays the scene when the text puts the scene nowhere else', () => {
    const x = run('Gunmen Kill Five In Kandahar', 'Five people were killed on Friday when gunmen opened fire on a wedding party, officials said.');
    expect(x.countries).toEqual(['AF']);
  });
});

describe('a big city or a region spelt as another transliteration', () => {
  it('is found where the text puts the attack', () => {
    const x = run('Drone strike in Shabwa', 'A drone strike killed three suspected militants in Shabwa province on Sunday, local officials said.');
    expect(x.countries).toEqual(['YE']);
    expect(x.places.map((p) => p.name)).toContain('Shabwah');
    expect(run('Blast in Marsa Matrouh', 'A bomb exploded near a checkpoint in Marsa Matrouh on Monday, wounding four policemen.').countries).toEqual(['EG']);
  });

  it('is not read into a capitalised word the text does not put anywhere', () => {
    // "Piter" is a name of Saint Petersburg; "Peter" spelt so is a man.
    const x = run('Gunmen attack checkpoint', 'Gunmen attacked a checkpoint near Maiduguri, killing two soldiers, a witness, Peter, said.');
    expect(x.countries).toEqual(['NG']);
  });

  it('is no town abroad when the name is a local place the gazetteer lacks, far from the scene the text names', () => {
    // A territory of Ituri whose name folds to a Beninese town's (Djougou) by its spelling skeleton.
    const x = run(
      'Militia attack on camp kills 12',
      'At least 12 people were killed when militiamen attacked a displacement camp in Djugu territory, Ituri province, on Tuesday night, local officials said.',
    );
    expect(x.countries).toEqual(['CD']);
  });
});
