import { describe, expect, it } from 'vitest';
import { combineCasualties, findFigures, findZeros } from '../../src/extract/casualties.js';
import { tokenize } from '../../src/extract/normalize.js';
import { readNumber } from '../../src/extract/numbers.js';
import { extractStory as extract } from '../helpers/extraction.js';

const num = (text: string) => readNumber(tokenize(text), 0)?.value;
const casualties = (text: string) => {
  const toks = tokenize(text);
  return combineCasualties(findFigures(toks, 0, toks.length, text), findZeros(toks, 0, toks.length));
};

describe('ranges and round figures', () => {
  it.each([
    ['10 to 15 people', 10],
    ['two or three', 2],
    ['between 10 and 15', 10],
    ['10-15 people', 10],
    ['une trentaine de blessés', 30],
    ['una docena de muertos', 12],
    // Not ranges: a smaller second figure, a sum of groups.
    ['15 to 10', 15],
    ['two and three', 2],
  ])('%s → %s', (text, value) => {
    expect(num(text)).toBe(value);
  });
});

describe('casualty phrases in local-paper and wire English', () => {
  it.each([
    ['Between 10 and 15 people were killed in the airstrike.', 10, null],
    ['10 to 15 people were killed.', 10, null],
    ['Four of the attackers were killed and three gendarmes died.', 3, null],
    ['The gunman was shot dead by police after he killed two worshippers.', 2, null],
    ['The bodies of seven villagers were recovered on Monday.', 7, null],
    ['Three people were shot and killed and two others were wounded.', 3, 2],
    ['Another officer escaped with injuries.', null, 1],
    ['Two others escaped with minor injuries.', null, 2],
    ['Another 28 people were being treated in hospitals.', null, 28],
    ['Six security personnel embraced martyrdom.', 6, null],
    ['Seven members of the security forces have been killed.', 7, null],
    ['The attack left 38 casualties, including two dead.', 2, 36],
    ['Shelling killed a woman and injured her two sons.', 1, 2],
    ['A local vigilante was shot dead.', 1, null],
    ['No life was lost in the incident.', 0, null],
    ['There was no loss of life.', 0, null],
    ['The crew escaped unharmed.', 0, 0],
    ['A policeman was martyred; the vaccinators escaped unhurt.', 1, 0],
    ['A roadside bomb killed a 12-year-old boy and injured three other people.', 1, 3],
    ['Gunmen on motorcycles shot dead two policemen on duty.', 2, null],
    ['Over 50 people are feared killed after bandits attacked three villages.', 50, null],
    ['A suicide bomber killed nine soldiers. Al-Shabaab said it killed 30 soldiers.', 9, null],
    ['The group claimed to have killed 40 soldiers; officials said four were killed.', 4, null],
    ['Deux kamikazes ont fait au moins 11 morts et une trentaine de blessés.', 11, 30],
  ])('%s → killed %s, injured %s', (text, killed, injured) => {
    expect(casualties(text)).toEqual({ killed, injured });
  });

  it('does not read an age as a head count', () => {
    expect(casualties('A 64-year-old man was injured after being hit by an FPV drone.')).toEqual({ killed: null, injured: 1 });
  });
});

describe('numbers as words in every language the engine reads (round 18)', () => {
  it.each([
    // Tens and a unit, joined by a hyphen (a token break) or by "and".
    ['Dix-sept gendarmes', 17],
    ['vingt-trois blessés', 23],
    ['vingt et un morts', 21],
    ['soixante-dix-huit victimes', 78],
    ['quatre-vingts morts', 80],
    ['quatre-vingt-onze blessés', 91],
    ['treinta y cuatro heridos', 34],
    ['vinte e seis mortos', 26],
    ['douăzeci și patru de morți', 24],
    ['vint-i-cinc ferits', 25],
    ['بیست و هفت نفر', 27],
    ['ishirini na wanane', 28],
    ['kumi na watatu', 13],
    // One word built of tens and unit.
    ['veintidós muertos', 22],
    ['dieciocho heridos', 18],
    ['ventotto morti', 28],
    ['trentatré feriti', 33],
    ['dreiundvierzig Tote', 43],
    ['vierentwintig doden', 24],
    ['femogtyve dræbte', 25],
    ['tjugosju döda', 27],
    ['trettifire drepte', 34],
    // Arabic unit before its tens, and the dual.
    ['ثلاثة وثلاثون قتيلا', 33],
    ['جنديان', 2],
    // Hundreds with what follows; Indonesian tens as a scale.
    ['ciento doce heridos', 112],
    ['two hundred five', 205],
    ['dua puluh tiga orang', 23],
    // Thousands grouped by a dot; not a decimal or a time.
    ['2.417 heridos', 2417],
    ['3.5 million', undefined],
    // A joiner with no unit after it is not part of the number.
    ['veinte y más', 20],
  ])('%s → %s', (text, value) => {
    expect(num(text)).toBe(value);
  });

  it.each([
    ['Un agente murió y otro resultó herido en el tiroteo.', 1, 1],
    ['Selon un bilan provisoire, 12 civils auraient été tués.', 12, null],
    ['The gunman was arrested after fatally stabbing four shoppers.', 4, null],
    ['استشهد شابان وأصيب 3 آخرون في قصف على المخيم.', 2, 3],
    ['ارتفعت الحصيلة إلى 41 قتيلا و 63 جريحا', 41, 63],
    ['एक सिपाही और एक ग्रामीण घायल हो गए।', null, 2],
    ['کشته شدن دست کم 12 نفر و مجروح شدن حدود بیست نفر', 12, 20],
    ['Trois soldats ont été tués; les rebelles auraient perdu 9 combattants.', 3, null],
    ['Cel puțin 11 persoane au fost ucise și 23 au fost rănite.', 11, 23],
    ['Am 4. Mai wurden sieben Menschen verletzt.', null, 7],
    ['Un hombre de 67 años resultó herido.', null, 1],
    ['Dos hombres de 45 años resultaron heridos.', null, 2],
    ['Egy 73 éves férfi megsérült a támadásban.', null, 1],
  ])('%s → killed %s, injured %s', (text, killed, injured) => {
    expect(casualties(text)).toEqual({ killed, injured });
  });
});

describe('attack detection and types in news styles', () => {
  it.each([
    [
      'Occupiers dropped KAB glide bombs on Kostiantynivka',
      "The Russian occupiers dropped four KAB guided aerial bombs on Kostiantynivka, killing two civilians and injuring six, the regional prosecutor's office said.",
      ['airstrike'],
    ],
    [
      'Grenade attack on police post in Srinagar; 2 civilians hurt',
      'Militants lobbed a grenade at a police post on Sunday, injuring two civilians, police said.',
      ['ied'],
    ],
    [
      'Hoodlums attack police station in Ebonyi, kill officer',
      'Some hoodlums attacked a police divisional headquarters, killing one officer, police said.',
      ['armed_assault'],
    ],
    [
      'Terrorists strike again: 9 villagers hacked to death in Plateau',
      'Nine villagers were hacked to death by gunmen overnight, the local government chairman said.',
      ['armed_assault'],
    ],
    [
      'Press release: statement on attack on coalition outpost',
      'Two service personnel were injured in an indirect fire attack on a coalition outpost in northern Iraq on Tuesday.',
      ['mortar_artillery'],
    ],
    // Militants armed with grenades who storm a building commit an armed assault, not a bombing.
    ['Attack on police station kills 7', 'Militants armed with rifles and grenades stormed a police station, killing seven policemen.', ['armed_assault']],
  ])('%s → %j', (title, content, types) => {
    const x = extract(title, content);
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(types);
  });

  it.each([
    ['Police officers complete IED training course in Nairobi', 'Forty officers completed a two-week IED detection and training course, police said.'],
    ['NDRF conducts mock drill on terror attack at Mumbai mall', 'The city police held a mock drill simulating a terrorist attack at a mall.'],
    ['New film about the 2008 Mumbai attacks premieres in Toronto', 'The film dramatises the attacks in which 166 people were killed.'],
    [
      'Police arrest suspected bomb maker in Lahore, explosives seized',
      'Police arrested a suspected bomb maker and seized explosives before any attack could take place.',
    ],
    [
      'Weapons seized in raid on militant hideout in Kashmir',
      'Security forces recovered rifles and grenades during a raid on a militant hideout, police said.',
    ],
    ['Police shoot dead robbery suspect in Lagos', 'Police officers shot dead a suspected armed robber during an exchange of fire, the police said.'],
    ['Elephant attack kills farmer in Assam', 'A farmer was trampled to death by a wild elephant, forest officials said.'],
    ['Analysts: Russia could launch major missile strike on Kyiv this winter', 'Analysts warn that Russia may be stockpiling missiles.'],
    ["Ukraine's drone makers showcase new FPV drones at Kyiv expo", 'Manufacturers displayed FPV drones at a defence industry exhibition.'],
    ['Nigeria Army holds seminar on countering IEDs', 'Officers from 12 countries attended the seminar on countering improvised explosive devices.'],
    ['Kenya police arrest 5 over Mandera bombing', 'Police arrested five suspects linked to the bombing that killed four officers.'],
    ['Govt announces compensation for victims of Pahalgam attack', 'Families of the 26 people killed in the attack will receive compensation.'],
  ])('%s → not an attack', (title, content) => {
    expect(extract(title, content).isAttack).toBe(false);
  });

  it('reads an attack whose lead also reports arrests', () => {
    const x = extract(
      'Armed men storm TV studio in Guayaquil',
      'Armed men stormed the studios of a TV channel on Tuesday, holding staff at gunpoint, before police regained control and arrested 13 people.',
    );
    expect(x.isAttack).toBe(true);
  });

  it('still reads a drill or parade hit by an attack as an attack', () => {
    expect(extract('Drone attack hits military parade, killing five').isAttack).toBe(true);
  });

  it('gives a weekly digest of dated events no single casualty figure', () => {
    const x = extract(
      'Weekly humanitarian update',
      'Between 10 and 16 November, at least 23 civilians were reportedly killed in shelling. On 12 November, an airstrike on a market in Idlib killed six civilians. On 14 November, shelling hit a school in western Aleppo, killing two children.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.casualties).toEqual({ killed: null, injured: null });
  });

  it('does not count a period total but does count the event reported with it', () => {
    const x = extract(
      'Airstrike hits market in Idlib',
      'Between 10 and 16 November, at least 23 civilians were killed across the region. On Tuesday an airstrike on a market in Idlib killed six civilians.',
    );
    expect(x.casualties.killed).toBe(6);
  });

  it('keeps the air-raid alert of a live blog out of the attack types', () => {
    const x = extract(
      'Key events',
      '08:12 – A Shahed drone hit an apartment block in Kharkiv, injuring five people. 07:50 – Air raid alerts were lifted across most of Ukraine.',
    );
    expect(x.attackTypes).toEqual(['drone']);
    expect(x.casualties).toEqual({ killed: null, injured: 5 });
  });
});
