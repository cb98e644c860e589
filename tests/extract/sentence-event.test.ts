/**
 * Eighth round (issue 11): what a sentence reports. A sentence with attack words reports an attack
 * when it tells of one event that happened — someone acted, people were harmed, at a recent time —
 * and not when its grammar makes it a threat, a statistic, a habit or the plot of a film, book or
 * game (src/extract/stages/reading.ts). Each case pairs a look-alike with the nearest true report.
 * Every story is short and of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/index.js';
import { readSentence, readsAsEvent, readsAsNonEvent } from '../../src/extract/stages/reading.js';
import type { SentenceFacts } from '../../src/extract/stages/sentences.js';
import { extractStory as run } from '../helpers/extraction.js';

/** Facts of a one-sentence text with the given flags, attack words at the given token indices. */
function reading(sentence: string, flags: Partial<SentenceFacts>, attackWords: string[]) {
  const { tokens } = prepareDocument({ title: sentence });
  const attackWordAt = attackWords.map((w) => tokens.findIndex((t) => t.norm === w));
  const f = {
    event: false,
    casualty: false,
    attackersAct: false,
    happening: false,
    context: new Set(),
    attackWordAt,
    first: 0,
    end: tokens.length,
    ...flags,
  } as SentenceFacts;
  return readSentence(tokens, f);
}

describe('the reading of one sentence', () => {
  it('a threat against a first attack word outweighs the killing it refers to; a real attack before a warning does not', () => {
    const threat = reading(
      'The Valdor Front has threatened a revenge attack after the killing of its commander.',
      { event: true, casualty: true, attackersAct: false },
      ['attack', 'killing'],
    );
    expect(threat.cues.has('unreal')).toBe(true);
    expect(readsAsNonEvent(threat)).toBe(true);
    const report = reading('A missile struck the depot, and officials warned of further attacks.', { event: true }, ['missile', 'attacks']);
    expect(report.cues.has('unreal')).toBe(false);
    expect(readsAsEvent(report)).toBe(true);
  });

  it('numbers that change over a period are a statistic; a toll that rises is one event', () => {
    const statistic = reading('Deaths from militant attacks have increased by 80 percent over the past decade.', { casualty: true }, ['attacks']);
    expect(statistic.cues.has('trend')).toBe(true);
    expect(readsAsNonEvent(statistic)).toBe(true);
    const headline = reading('Bombings up, fatalities down in Orlan province', {}, ['bombings']);
    expect(headline.cues.has('trend')).toBe(true);
    const toll = reading('The death toll from the market bombing rose to 23 this year’s worst.', { casualty: true }, ['bombing']);
    expect(toll.cues.has('trend')).toBe(false);
  });

  it('a recent time says something happened: a weekday, overnight, last night, a clock time', () => {
    for (const s of [
      'Jets struck the depot on Thursday.',
      'Drones hit the port overnight.',
      'Shelling resumed last night.',
      'The blast went off at 4:15 p.m.',
      'Gunfire was heard at 0600 GMT.',
    ]) {
      expect(reading(s, {}, []).recentTime, s).toBe(true);
    }
    expect(reading('Jets have struck the depot many times.', {}, []).recentTime).toBe(false);
  });

  it('a film, book or game as the subject is a work; the same nouns without a determiner are not', () => {
    expect(reading('The gripping new film follows two bombers through the city.', {}, ['bombers']).cues.has('work')).toBe(true);
    expect(reading('This game puts you at the controls of an attack drone.', {}, ['drone']).cues.has('work')).toBe(true);
    expect(reading('A bomb exploded outside a cinema showing films.', { event: true }, ['bomb']).cues.has('work')).toBe(false);
  });

  it('an anniversary with no act or harm of its own is a remembrance; one that tells of harm is not', () => {
    const memory = new Set(['memory'] as const);
    const marks = reading('This week marks two years since the bombing of the Tellam ferry.', { context: memory }, ['bombing']);
    expect(marks.cues.has('remembrance')).toBe(true);
    expect(readsAsNonEvent(marks)).toBe(true);
    const harm = reading('Nine pilgrims died a year after the ferry bombing when a second bomb went off.', { context: memory, casualty: true }, ['bombing']);
    expect(harm.cues.has('remembrance')).toBe(false);
  });
});

describe('documents decided by what their sentences report', () => {
  it('a group threatening a revenge attack is no attack; a group that attacked on a named day is', () => {
    const threat = run(
      'Valdor Front threatens revenge attack after commander’s death',
      'The Valdor Front has threatened a revenge attack on government ministers after the killing of its commander, Omar Selk. Officials warned residents of the capital that violent retaliatory attacks could follow.',
    );
    expect(threat.isAttack).toBe(false);
    const report = run(
      'Valdor Front gunmen kill four at checkpoint',
      'Gunmen of the Valdor Front attacked a police checkpoint in Dessa province on Tuesday night, killing four officers, the provincial police said.',
    );
    expect(report.isAttack).toBe(true);
  });

  it('a report on terrorism statistics is no attack, even with "attacks" and "fatalities" in its headline', () => {
    const statistic = run(
      'Survey: bombings up, fatalities down',
      'The yearly survey found that bombings worldwide increased by 38 percent over the past five years. Fatalities from such attacks fell to 6,100 last year, the lowest figure in a decade.',
    );
    expect(statistic.isAttack).toBe(false);
  });

  it('a film based on a real bombing, or a drone game, is no attack; the bombing reported the day it happened is', () => {
    const film = run(
      'Panic at the marathon: detectives hunt two bombers',
      'The tense two-hour film is based on the real events of a spring morning years ago. Two brothers left bombs in backpacks near the finish line, and the explosions killed three spectators. Channel 4, 21.00.',
    );
    expect(film.isAttack).toBe(false);
    const game = run(
      'Drone Night Strike',
      'Fans of aerial combat will like this one. You take charge of drone strike missions over a desert city; this game rewards patience more than firepower.',
    );
    expect(game.isAttack).toBe(false);
    const report = run(
      'Two bombs explode near marathon finish line',
      'Two bombs exploded near the finish line of the Ardon marathon on Sunday afternoon, killing three spectators and injuring dozens, police said.',
    );
    expect(report.isAttack).toBe(true);
  });

  it('a minister’s statement that jets struck a target yesterday is an attack report under a title that names none', () => {
    const statement = run(
      'Statement by the Minister of Defence',
      'In a written statement the minister said: "Yesterday, two of our fighter jets led an air strike on a militant depot north of Haskel, Syria. Our aircrews have safely returned to base."',
    );
    expect(statement.isAttack).toBe(true);
    expect(statement.attackTypes).toEqual(['airstrike']);
    // The time of the words said is the event's, not when they were said ("said on Thursday").
    const quoted = run(
      'Statement by the Minister of Defence',
      'The minister said: "On Monday two of our jets carried out an air strike on a militant depot north of Haskel, Syria."',
    );
    expect(quoted.isAttack).toBe(true);
    const told = run('Defence ministry update', 'The ministry said Thursday that its jets have struck militant depots in Syria since the start of the year.');
    expect(told.isAttack).toBe(false);
    const policy = run(
      'Statement by the Minister of Defence',
      'The minister released this statement: "Our air campaign shows how determined we are to defeat terrorism, and we will keep working with our partners."',
    );
    expect(policy.isAttack).toBe(false);
  });

  it('a killing told with its day stays a report when the sentence also sets it in a series', () => {
    const report = run(
      'At least nine slain in eastern Maruna',
      'MARUNA CITY: Suspected rebels used machetes to kill at least nine farmers on Sunday in the east of the country, officials said, the latest in a series of raids over the last two years.',
    );
    expect(report.isAttack).toBe(true);
  });
});

describe('attackers who fired at someone acted', () => {
  it('militants who fired on a patrol report an armed assault; insurgents who fired from afar in a rocket story add none', () => {
    const patrol = run(
      'Two constables killed, one hurt in encounter in Tarnel district',
      'In the hills of Tarnel district, two police constables lost their lives and a third was hurt in an encounter with militants on Tuesday. A patrol had been combing the forest close to Kovri, officials said. The militants fired on the patrol from a ridge.',
    );
    expect(patrol.isAttack).toBe(true);
    expect(patrol.attackTypes).toEqual(['armed_assault']);
    const rockets = run(
      'Rebel rockets kill six in Sarno',
      'Rockets fired by rebels on the edge of Sarno killed six people on Friday evening, officials said. The army said the rebels had fired from a distance and were driven back.',
    );
    expect(rockets.attackTypes).toEqual(['rocket']);
  });
});

describe('habits', () => {
  it('frequent attacks are a habit; "a rare attack" and a paper called Daily are no habit', () => {
    expect(reading('The group carries out frequent attacks in the capital.', {}, ['attacks']).cues.has('habitual')).toBe(true);
    expect(reading('In a rare attack on the capital, gunmen killed two guards.', { event: true, casualty: true }, ['attack']).cues.has('habitual')).toBe(false);
    expect(reading('Gunmen killed two guards, the Daily Courier reported.', { event: true, casualty: true }, ['gunmen']).cues.has('habitual')).toBe(false);
  });
});
