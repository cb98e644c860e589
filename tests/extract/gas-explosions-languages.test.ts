/**
 * A gas explosion in a home is an accident, in every case a headline puts it in and in the
 * languages of Europe's local news; a bomb's blast in the same languages is still an attack.
 * Written in our own words with invented figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const isAttack = (title: string, content: string) => engine.extract(prepareDocument({ title, content })).isAttack;

describe('gas explosions are accidents', () => {
  it.each([
    [
      'Russian, prepositional case',
      'В Твери двое погибли при взрыве газа',
      'Двое жильцов погибли при взрыве газа в пятиэтажке на окраине Твери, сообщили спасатели.',
    ],
    [
      'Ukrainian, instrumental case',
      'Будинок пошкоджено вибухом газу у Житомирі',
      'Двоє людей травмовані внаслідок вибуху газу в квартирі на третьому поверсі.',
    ],
    [
      'Polish',
      'Kielce: wybuch gazu w kamienicy, są ranni',
      'Do wybuchu gazu doszło w sobotę rano w mieszkaniu na drugim piętrze. Dwie osoby trafiły do szpitala.',
    ],
    ['Czech', 'Výbuch plynu v bytovém domě v Brně, tři zranění', 'Výbuch plynu poškodil v pondělí bytový dům v Brně, tři lidé byli zraněni.'],
    ['Croatian', 'Eksplozija plina u stanu u Splitu, dvoje ozlijeđenih', 'U eksploziji plina u stanu na Mertojaku ozlijeđene su dvije osobe.'],
    ['Dutch', 'Gasexplosie in flatgebouw in Rotterdam, twee gewonden', 'Bij een gasexplosie in een flat in Rotterdam zijn zondag twee mensen gewond geraakt.'],
  ])('%s', (_language, title, content) => {
    expect(isAttack(title, content)).toBe(false);
  });
});

describe('a bomb in the same languages is still an attack', () => {
  it.each([
    ['Russian', 'Взрыв бомбы у полицейского участка в Махачкале', 'Взрыв бомбы у полицейского участка ранил трёх полицейских, сообщили в МВД.'],
    ['Polish', 'Zamach bombowy w Kabulu: zginęło pięć osób', 'Wybuch bomby podłożonej przy drodze zabił pięć osób.'],
  ])('%s', (_language, title, content) => {
    expect(isAttack(title, content)).toBe(true);
  });
});
