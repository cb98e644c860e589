/**
 * Error classes seen on real published news (issue 11), each written as a short story of our own:
 * the shapes of the sentences, not the articles' text.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/index.js';
import { extractStory as run, shippedEngine } from '../helpers/extraction.js';

describe('attack styles that read as attacks', () => {
  it('a vehicle driven into a crowd, in any word order', () => {
    const a = run(
      'Driver steers van into holiday crowd, two dead',
      'Two people died and 40 were hurt on Saturday when a man steered his rented van at speed into a crowd at the holiday fair in Lyon, police said.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['FR']);
    const b = run(
      'Car barrels through festival crowd in Leipzig',
      'A car barrelled through a festival crowd in Leipzig on Friday night, leaving one dead and 30 injured.',
    );
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['armed_assault']);
  });

  it('attackers attacking a camp, and people killed by an armed group', () => {
    const a = run(
      'Jihadists attack army camp near Timbuktu',
      'Jihadists attacked an army camp near Timbuktu before dawn on Sunday, the army said, without giving a toll.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    const b = run(
      'Bodies of six loggers recovered',
      'Police recovered the bodies of six loggers killed by an armed group in a forest of Papua province on Tuesday.',
    );
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['armed_assault']);
  });

  it('a bus that crashed into a ravine is not a ramming', () => {
    expect(run('Bus plunges into ravine', 'A bus crashed into a ravine in the hills, killing 20 people, police said.').isAttack).toBe(false);
  });

  it('beheadings reported in the passive', () => {
    const a = run(
      'Four villagers beheaded in northern Mozambique',
      'Four villagers were beheaded near Macomia in Cabo Delgado province on Tuesday, local sources said.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['MZ']);
  });

  it('gunmen killing at a gathering, under a title that names the gathering', () => {
    const a = run(
      'Gunmen storm naming ceremony, kill seven',
      'Seven people were killed when gunmen stormed a naming ceremony in a village of Plateau State late on Sunday.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.casualties.killed).toBe(7);
  });

  it('rockets fired from one territory toward another', () => {
    const a = run(
      'Two rockets fired from Gaza toward Israel',
      'Two rockets were fired from the Gaza Strip toward southern Israel on Monday; one was intercepted, the army said.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['rocket']);
  });
});

describe('look-alikes that are not attacks', () => {
  it.each([
    [
      'a militant killed by his own bomb',
      'Militant dies as bomb goes off in his hands',
      'A suspected militant was killed when the bomb he was planting near a checkpoint exploded prematurely, police said.',
    ],
    [
      'old ordnance found by children',
      'Mortar shell blast kills three children',
      'Three children were killed when an old mortar shell they were playing with exploded in a field, officials said.',
    ],
    [
      'a truck on a former battlefield',
      'Truck hits anti-tank mine, two dead',
      'Two workers died when their truck struck a mine on a track through a former battlefield laced with mines.',
    ],
    [
      'a missile fired into the sea',
      'Pyongyang fires ballistic missile into sea',
      "North Korea launched a ballistic missile that came down in the sea east of the peninsula on Sunday, Seoul's military said.",
    ],
    [
      'a gas leak',
      'Six hurt as gas leak causes house blast',
      'An explosion tore through a house on Tuesday, injuring six people; firefighters blamed a gas leak.',
    ],
    [
      'a fireworks factory',
      'Blast at fireworks factory kills 12',
      'An explosion ripped through a fireworks factory on Monday, killing 12 workers, state media said.',
    ],
    [
      'a plot thwarted before anything happened',
      'Police thwart bomb plot',
      'Police said six men arrested on Thursday planned to attack a concert and had bought fertiliser for a car bomb.',
    ],
    [
      'an explainer about a region',
      "Violence in the Sahel: here's what to know",
      'Attacks by armed groups have surged across the Sahel this year, analysts say.',
    ],
  ])('%s', (_, title, content) => {
    expect(run(title, content).isAttack).toBe(false);
  });
});

describe('attack types', () => {
  it('a suicide car bomb is a suicide attack and a bombing', () => {
    expect(
      run('Suicide car bomb kills 9 at Mogadishu checkpoint', 'A suicide car bomber struck a checkpoint in Mogadishu, killing nine people.').attackTypes,
    ).toEqual(['ied', 'suicide_attack']);
  });

  it('no armed assault beside a kidnapping told with attacker words', () => {
    const a = run(
      'Bandits abduct 30 travellers in Zamfara',
      'Bandits abducted 30 travellers on a highway in Zamfara State on Monday. The bandits shot sporadically to scare passers-by.',
    );
    expect(a.attackTypes).toEqual(['kidnapping']);
  });

  it('two weapon words that each yield to the other both stay', () => {
    const a = run(
      'Israel strikes depots near Damascus',
      'Israel struck weapons depots near Damascus overnight, killing four fighters. Missiles hit a radar site near the airport, a war monitor said.',
    );
    expect(a.attackTypes).toEqual(['missile', 'airstrike']);
  });
});

describe('the attack country', () => {
  it('finds big cities by the short form without the Arabic article, and with it', () => {
    expect(
      run('Roadside bomb wounds three in Kut', 'A roadside bomb went off in central Kut on Sunday, wounding three people, a police source said.').countries,
    ).toEqual(['IQ']);
    expect(shippedEngine().gazetteer.candidates('al ramadi')[0]?.country).toBe('IQ');
    expect(shippedEngine().gazetteer.candidates('hillah')[0]?.country).toBe('IQ');
  });

  it('does not take the origin of a cross-border salvo for the scene', () => {
    const a = run(
      'Rockets fired at northern Israel from Lebanon',
      'Two rockets were fired at northern Israel on Tuesday from the Lebanese port city of Sidon and fell in open ground, the army said.',
    );
    expect(a.countries).toEqual(['IL']);
  });

  it('takes the target named by its demonym, not the launch site', () => {
    const a = run(
      'Militants fire rockets from Gaza',
      'Militants fired four rockets from the Hamas-run Gaza Strip toward southern Israeli towns on Friday; two were intercepted, the army said.',
    );
    expect(a.countries).toEqual(['IL']);
  });

  it('leaves out where the speaker was and whose agency reported it', () => {
    const a = run(
      'Drone wounds two soldiers at base in Syria',
      'A drone attacked a base in eastern Syria on Tuesday, wounding two soldiers of the Georgia National Guard, the Pentagon said in Washington, according to Turkey’s Anadolu news agency.',
    );
    expect(a.countries).toEqual(['SY']);
  });

  it('does not add the neighbour named as a border reference', () => {
    const a = run(
      'Soldiers killed in bomb attack in Colombia',
      'Four Colombian soldiers were killed by a roadside bomb in Arauca province near the border with Venezuela, the army said.',
    );
    expect(a.countries).toEqual(['CO']);
  });

  it('reads a mixed-case "Place, Country —" opening as a dateline, not the scene', () => {
    const a = run(
      'Ship hit by missile off Yemen',
      'Doha, Qatar — A merchant ship was struck by a missile off the Yemeni port of Mokha on Tuesday, a maritime agency said.',
    );
    expect(a.countries).toEqual(['YE']);
  });
});

describe('text as the web delivers it', () => {
  it('soft hyphens, as entities or characters, do not split words', () => {
    const a = run('Sui&shy;cide bom&shy;ber kills 9 in Mo&shy;ga&shy;dishu', 'A sui\u00ADcide bom\u00ADber killed nine people at a café in Mo\u00ADgadishu.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['SO']);
  });

  it('decomposed accents (NFD) are composed before matching', () => {
    const a = run('Gunmen kill four near Se\u0301gou', 'Gunmen killed four villagers near Se\u0301gou in central Mali on Friday.');
    expect(a.places.map((p) => p.name)).toContain('Ségou');
  });

  it('reads a capped length of a huge input', () => {
    const doc = prepareDocument({ title: 'Drone strike kills two in Kharkiv', content: 'Filler words without news. '.repeat(100_000) });
    expect(doc.content.length).toBeLessThanOrEqual(20_000);
    expect(shippedEngine().extract(doc).isAttack).toBe(true);
  });
});

describe('casualties of this event only', () => {
  it('a war or campaign toll is not the event toll', () => {
    const a = run(
      'Airstrike kills 11 in Khan Younis',
      'An airstrike killed 11 people in Khan Younis on Monday, medics said. The offensive has killed more than 40,000 people, the health ministry says.',
    );
    expect(a.casualties.killed).toBe(11);
    const b = run(
      'Bomb kills 3 soldiers in Hakkari',
      'Three soldiers were killed by a roadside bomb in Hakkari province. The conflict has claimed 40,000 lives over three decades.',
    );
    expect(b.casualties.killed).toBe(3);
  });

  it('an earlier attack introduced by its year is not this one', () => {
    const a = run(
      'Car bomb kills five at market in Azaz',
      'A car bomb killed five people at a market in Azaz on Sunday. In 2017, more than 40 people were killed when a car bomb exploded outside the courthouse.',
    );
    expect(a.casualties.killed).toBe(5);
  });
});

describe('the country when no known place is named', () => {
  it('is where the named group fights, when it fights in one country', () => {
    expect(
      run('Naxals blow up police jeep in Sukma district', 'Naxals blew up a police jeep with an IED in a forest of Sukma district, killing three policemen.')
        .countries,
    ).toEqual(['IN']);
  });

  it('is the country of the one force the text names', () => {
    expect(
      run(
        'Three soldiers martyred as terrorists attack check post',
        'Three soldiers of the Pakistan Army embraced martyrdom when terrorists attacked a check post, the ISPR said.',
      ).countries,
    ).toEqual(['PK']);
  });
});

describe('roles and types in local-paper phrasing', () => {
  it('an agency tag in the dateline does not make the attackers a target', () => {
    const a = run('Checkpoint attacked in Ghor', 'KABUL (AT News): Taliban fighters attacked a police checkpoint in Ghor province, killing five officers.');
    expect(a.actors.find((x) => x.id === 'taliban')?.role).toBe('perpetrator');
    expect(a.attackTypes).toEqual(['armed_assault']);
  });

  it('a demonym after "in" still names the attacking forces; the Shebab are al-Shabaab', () => {
    expect(
      run('7 Killed in Russian Drone Attack on Sumy', 'A drone hit a bus stop in Sumy on Monday, killing seven, the regional governor said.').actors.map(
        (x) => x.id,
      ),
    ).toContain('russian-forces');
    expect(
      run("Somalia's Shebab kill two in Baidoa market bomb", 'A bomb planted by the Shebab killed two people in Baidoa market.').actors.map((x) => x.id),
    ).toContain('al-shabaab');
  });

  it('a country set off as the story\'s label ("Sudan: …", "Mali – …") is the scene, not its forces attacking', () => {
    for (const [title, body] of [
      ['Chad: gunmen kill 14 herders near Abéché', 'Gunmen attacked a camp of herders near Abéché on Sunday, killing 14 people, a local official said.'],
      ['Mali – suicide bomber kills four at Gao checkpoint', 'A suicide bomber blew himself up at a checkpoint in Gao on Thursday, killing four people.'],
    ]) {
      const a = run(title!, body!);
      expect(a.isAttack).toBe(true);
      expect(a.actors.filter((x) => x.role === 'perpetrator').map((x) => x.id)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/army|armed-forces|forces/)]),
      );
    }
    // Without the label's punctuation the country still names its forces.
    expect(run('Chad troops kill 14 herders near Abéché', 'Chadian soldiers opened fire on herders near Abéché, killing 14.').actors.map((x) => x.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^chad/)]),
    );
  });

  it('a force named only as the teller of the news is no actor of the attack; a group saying it attacked still is', () => {
    const told = run(
      'Gunmen kill nine in Tsafe village',
      'Armed men on motorbikes raided a village in Tsafe on Sunday, killing nine residents, police said on Monday. According to the army, the attackers fled.',
    );
    expect(told.actors.map((x) => x.id)).toEqual(['unidentified-gunmen']);
    const claimed = run('Bomb hits bus in Afgoye', 'Al-Shabaab said it planted the bomb that hit a bus in Afgoye on Friday, killing six passengers.');
    expect(claimed.actors.map((x) => x.id)).toContain('al-shabaab');
  });

  it('an explosion claimed by a group is a bombing', () => {
    expect(
      run(
        'Islamic State claims Herat mosque attack',
        'At least nine people were killed in an explosion at a mosque in Herat during Friday prayers. Islamic State claimed responsibility.',
      ).attackTypes,
    ).toEqual(['ied']);
  });

  it('a bombardment by aircraft is an airstrike', () => {
    expect(
      run('Three civilians killed in Saada', 'Three civilians were killed on Friday in a coalition aircraft bombardment of a house in Saada province.')
        .attackTypes,
    ).toEqual(['airstrike']);
  });
});
