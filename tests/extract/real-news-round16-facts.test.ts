/**
 * Round 16, the facts of an attack as real news writes them. In our own words with invented places
 * and figures; each class with look-alikes that must stay as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const read = (title: string, content = '') => engine.extract(prepareDocument({ title, content }));
const casualties = (title: string, content = '') => read(title, content).casualties;

describe('wounds "incompatible with life" are deaths', () => {
  it.each([
    ['Shelling of Dovhe', 'Russian artillery shelled Dovhe on Sunday. Two residents sustained injuries incompatible with life.', 2],
    ['Drone hits a car near Vyshneve', 'A Russian drone struck a car near Vyshneve. Three people received injuries incompatible with life, the governor said.', 3],
    ['Удар по Малиновке', 'Российский дрон атаковал автомобиль в Малиновке. Два человека получили травмы, несовместимые с жизнью.', 2],
    ['Удар по Зеленому', 'Російський дрон атакував автобус у Зеленому. Двоє людей отримали травми, несумісні з життям.', 2],
    ['Ataque con drones en Lozova', 'Un dron ruso atacó un autobús en Lozova. Cuatro personas sufrieron heridas incompatibles con la vida.', 4],
  ])('%s', (title, content, killed) => {
    expect(casualties(title, content)).toEqual({ killed, injured: null });
  });

  it('keeps wounds without the phrase, and other things incompatible, among the wounded', () => {
    expect(casualties('Shelling of Dovhe', 'Russian artillery shelled Dovhe on Sunday. Two residents sustained serious injuries.')).toEqual({ killed: null, injured: 2 });
    expect(casualties('Удар по Зеленому', 'Російський дрон атакував автобус у Зеленому. Двоє людей отримали травми.')).toEqual({ killed: null, injured: 2 });
    expect(
      casualties('Shelling of Dovhe', 'Russian artillery shelled Dovhe on Sunday. Two residents sustained injuries, incompatible with the official account of a quiet night.'),
    ).toEqual({ killed: null, injured: 2 });
  });
});
