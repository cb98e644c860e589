/**
 * Round 9, look-alikes picked by an independent labeller (issue 11): each phenomenon in sentences
 * written for this test (names, places, numbers and wording changed), beside the attack it must
 * not be confused with.
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

describe('a published report on a campaign of strikes', () => {
  it('is no attack report when the lead cites the study', () => {
    const x = run(
      'Coalition air strikes target weddings and markets in Yemen',
      'The coalition says its air campaign aims only at fighters, yet a new study argues it has also been killing hundreds of villagers. ' +
        'The study, released by a Geneva monitoring group, counts 900 civilian deaths over four years.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('still reports a strike whose toll a later sentence takes from a report', () => {
    const x = run(
      'Air strike kills 14 at market in Saada',
      'An air strike hit a crowded market in Saada on Monday, killing 14 people, medics said. ' +
        'A new report by a monitoring group says such strikes have doubled this year.',
    );
    expect(x.isAttack).toBe(true);
  });
});

describe('a suicide bomber whose charge went off early', () => {
  it('is an attempted attack when others were hurt near the target', () => {
    const x = run(
      'Suicide bomber blows himself up short of church in failed attack',
      'Several worshippers were wounded in Kano on Sunday in a failed attack by a suicide bomber outside a church. ' +
        'The bomber died alone when the charge he wore went off prematurely, police said.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('suicide_attack');
  });

  it('is no attack when only the bomber died', () => {
    const x = run('Suicide bomber killed near roadblock', 'The vest of the bomber went off prematurely in a field, killing only him, officials said.');
    expect(x.isAttack).toBe(false);
  });

  it('an old mine that kills travellers names no attacker and stays a relic', () => {
    const x = run(
      'Three travellers killed by landmine',
      'Three men on a motorbike were killed when a landmine went off under them near a village on Friday. ' +
        'Police said it was a remnant of the war, not a newly planted device.',
    );
    expect(x.isAttack).toBe(false);
  });
});

describe('a man killed by the explosive he was making', () => {
  it('reads "the device he was building" as a mishap', () => {
    const x = run(
      'Man dies in garage blast',
      'A 40-year-old man was killed when a pipe bomb he was building in his garage went off on Sunday, the sheriff said.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads a headline "dies making explosives" as a mishap', () => {
    const x = run('Farmer dies making explosives for quarry', 'He was found badly burned behind his barn and died later in hospital.');
    expect(x.isAttack).toBe(false);
  });

  it('still reports a bomb that someone planted at a home', () => {
    const x = run(
      'Pipe bomb left at front door kills homeowner',
      'A man was killed on Sunday when a pipe bomb left at his front door exploded as he opened it, the sheriff said.',
    );
    expect(x.isAttack).toBe(true);
  });
});

describe('a blast at a German works', () => {
  it('reads an explosion in a chemical works as industrial', () => {
    const x = run(
      'Explosion in Chemiewerk: ein Toter',
      'Bei einer Explosion in einem Chemiewerk in Leuna ist am Montag ein Arbeiter getötet worden. Zwei weitere wurden verletzt.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads a blast whose cause the text calls an accident as one', () => {
    const x = run(
      'Explosion in Lagerhalle: Polizei sucht Ursache',
      'Nach der Explosion in einer Lagerhalle in Halle mit zwei Verletzten ist die Unglücksursache unklar. Ein Mann wurde getötet.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads a French blast that a later sentence puts down to a gas leak as an accident', () => {
    const x = run(
      'Lyon : trois morts dans l’explosion d’un immeuble',
      'Trois personnes ont été tuées et huit blessées mardi dans l’explosion d’un immeuble de Lyon. ' +
        'Les secours cherchent encore deux habitants, après une explosion sans doute causée par une fuite de gaz.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads "explosion accidentelle due au gaz" as an accident', () => {
    const x = run(
      'Lille : deux blessés dans une explosion due au gaz',
      'Deux personnes ont été blessées jeudi dans une explosion accidentelle dans une maison.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('still reports a bomb attack in French', () => {
    const x = run('Attentat à la bombe à Bamako : quatre morts', 'Une bombe a explosé mardi devant un hôtel de Bamako, tuant quatre personnes.');
    expect(x.isAttack).toBe(true);
  });

  it('still reports a bomb attack in German', () => {
    const x = run('Bombenanschlag in Köln: zwei Tote', 'Bei einem Sprengstoffanschlag vor einem Café sind am Abend zwei Menschen getötet worden.');
    expect(x.isAttack).toBe(true);
  });
});

describe('history told under a title that names no attack', () => {
  it('reads a lead dated by a past year and "when" as history (a book review)', () => {
    const x = run(
      'Ten Days in March',
      'A careful history of the days in March 1945 when Allied bombers struck the northern ports in wave after wave of air raids. ' +
        'The author, a former pilot, follows the crews as they hit back and the towns below them.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('still reports an attack whose lead recalls an earlier one by its year', () => {
    const x = run(
      'Car bomb kills nine in Mogadishu',
      'A car bomb killed nine people at a checkpoint in Mogadishu on Saturday, the worst blast in the city since 2019, when a truck bomb killed scores.',
    );
    expect(x.isAttack).toBe(true);
  });

  it('still reports a raid told under a quiet title with its toll', () => {
    const x = run('A night in Tillaberi', 'Gunmen on motorbikes raided a village near Tillaberi overnight, killing 11 villagers, officials said on Sunday.');
    expect(x.isAttack).toBe(true);
  });
});

describe('what follows an attack: security measures and verdicts', () => {
  it('reads "security stepped up after a spate of attacks" as the measure, not a report', () => {
    const x = run(
      'Security stepped up in Pattani after spate of attacks',
      'PATTANI - After a spate of attacks in the town centre that killed eight villagers and rangers, the authorities have stepped up security. ' +
        'Soldiers now man checkpoints on every road into the market.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads a death sentence told by its means as a verdict', () => {
    const x = run(
      'Three to die by hanging for cattle market raid',
      'The three men stormed the cattle market at Dogo with rifles, killing 14 traders, the judge recalled on Monday.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads a deployment made after attacks the title only names as its cause', () => {
    const x = run(
      'Police deploy riot units to Bawku after arson attacks',
      'The police have sent riot units and armoured cars to Bawku after youths set fire to three houses at the weekend. ' +
        'The units will enforce the curfew and patrol the main roads.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('still reports a deployment title that says the attack killed', () => {
    const x = run(
      'Troops sent to Bawku after gunmen kill five at market',
      'Gunmen on motorbikes opened fire at the Bawku market on Saturday, killing five traders, police said.',
    );
    expect(x.isAttack).toBe(true);
  });

  it('still reports an attack under a title that also says security was tightened', () => {
    const x = run(
      'Gunmen kill 6 at Pattani tea shop; security tightened',
      'Gunmen opened fire on a tea shop in Pattani on Tuesday evening, killing six men, police said.',
    );
    expect(x.isAttack).toBe(true);
  });
});

describe('a threat in the title', () => {
  it('makes the article about the threat, whatever attacks its body recalls', () => {
    const x = run(
      'Militants Threaten Attacks On Capital In New Video',
      'The group posted a video on Tuesday warning states that join the air campaign against it. ' +
        'The clip shows fighters who took part in last month’s market bombings, which killed 40 people.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads the one threatened, named between the threat and the attacks, as part of the threat', () => {
    const x = run(
      'Jihadists threaten Spain with attacks in online message',
      'A message posted on Friday shows four fighters behind the spring bombings in Barcelona, which killed 16, and warns the government.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('reads security increased after a threat as the measure', () => {
    const x = run(
      'Madrid increases security after jihadist video',
      'Police stepped up patrols in the capital on Monday after a video praised the gunmen who killed 16 people in Barcelona in the spring.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('still reports an attack whose title adds a threat after it', () => {
    const x = run('Gunmen kill 7 at checkpoint, threaten more attacks', 'Gunmen shot dead seven soldiers at a checkpoint near Gao on Tuesday, the army said.');
    expect(x.isAttack).toBe(true);
  });
});

describe('air defences that repel an attack', () => {
  it('report the attack when the title names a drone swarm attack', () => {
    const x = run(
      'Air defences repel drone swarm attack on Khmeimim base',
      'Armed groups sent eleven drones at the air base before dawn on Sunday; air defences downed nine and jammed two, the ministry said.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('drone');
  });
});
