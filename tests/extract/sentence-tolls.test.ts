/**
 * Eighth round (issue 11): which stated figure is this attack's toll, read sentence by sentence
 * and clause by clause (src/extract/attribution.ts, src/extract/when.ts). Each story is our own,
 * written to show one way real reports mix figures; names, places and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/normalize.js';
import { eventTime, setAtOtherTime } from '../../src/extract/when.js';
import { extractStory as run } from '../helpers/extraction.js';

const killed = (title: string, content: string) => run(title, content).casualties.killed;

describe('earlier attacks told after the lead, each at its own time', () => {
  it('leaves out a background paragraph dated before the lead', () => {
    expect(
      killed(
        'Three guards killed in roadside blast',
        'Three border guards were killed when a roadside bomb hit their truck in Zhob district on September 9, officials said. ' +
          'On August 28, seven guards were killed in an ambush in the same district.',
      ),
    ).toBe(3);
  });

  it('leaves out a paragraph opened by another weekday', () => {
    const x = run(
      'Drone kills two in Kursk region',
      'A drone struck a farm near Rylsk on Friday, killing two workers, the governor said. ' +
        'On Wednesday, artillery fire killed five people in a nearby village.',
    );
    expect(x.casualties.killed).toBe(2);
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('leaves out an opening month or calendar date when the lead gives no date', () => {
    expect(
      killed(
        'Four policemen killed in IED blast',
        'Four policemen were killed when their jeep drove over a buried bomb in Kondagaon. ' +
          'In March, eleven policemen were killed in a similar blast. Also, on 4 January, nine guards of the 131 Battalion were killed.',
      ),
    ).toBe(4);
  });

  it('keeps a later day that still speaks of this attack', () => {
    expect(
      killed('Bomb kills five at market', 'A bomb killed five people at a market in Gao on Saturday. On Sunday, the toll rose to eight, a doctor said.'),
    ).toBe(8);
  });

  it('keeps a weekday that is the day before a statement', () => {
    const tokens = prepareDocument({
      title: 'Rocket hits apartment block',
      content: 'A rocket hit an apartment block, killing four people, the mayor said Tuesday. On Monday night, residents heard sirens.',
    }).tokens;
    const second = tokens.filter((t) => t.sentence === 2);
    expect(setAtOtherTime(tokens, tokens.indexOf(second[0]!), tokens.indexOf(second.at(-1)!) + 1, eventTime(tokens))).toBe(false);
  });
});

describe('totals of a series or a war are not this attack toll', () => {
  it('leaves out what a campaign of bombings has killed', () => {
    expect(
      killed(
        'Suicide blast kills 14 at checkpoint',
        'A suicide bomber killed 14 people at a checkpoint near Bannu on Monday. ' +
          'A bombing campaign across the northwest has killed more than 2,100 people in four years.',
      ),
    ).toBe(14);
  });

  it('leaves out a series in the lead that claimed other lives', () => {
    expect(
      killed(
        'Ranger killed by roadside bomb',
        'A roadside bomb in Yala killed a ranger and hurt four more today, the newest in a series of attacks that took nine lives over the weekend.',
      ),
    ).toBe(1);
  });

  it("leaves out a war's toll, also far above the attack's", () => {
    expect(
      killed(
        'Shelling kills 11 in Omdurman market',
        'Shelling killed 11 people at a market in Omdurman on Tuesday, medics said. ' +
          'At least 40,000 people have been killed in the country’s two-year war. Researchers put the real toll at about 150,000.',
      ),
    ).toBe(11);
  });

  it('keeps a wave of coordinated attacks as this event', () => {
    expect(killed('Coordinated attacks in Lyon', 'A wave of coordinated attacks in Lyon killed at least 23 people and wounded 60 on Friday night.')).toBe(23);
  });

  it('keeps a toll far above the first one when it is told as an update', () => {
    expect(
      killed('Car bomb kills 6 in Mogadishu', 'A car bomb killed 6 people in Mogadishu on Friday. The death toll has since risen to 71, officials said.'),
    ).toBe(71);
  });
});

describe('clauses about other events, claims and guesses', () => {
  it('leaves out the earlier attack in an "a day after" clause', () => {
    expect(
      killed(
        'Roadside bomb kills four police',
        'Four police officers were killed by a roadside bomb in Wajir on Thursday, a day after eleven police died in two similar blasts.',
      ),
    ).toBe(4);
  });

  it('leaves out the figure of a compared earlier attack', () => {
    expect(
      killed(
        'Toll of market bombing reaches 48',
        'The toll of Friday’s market bombing in Parachinar has risen to 48. It was the deadliest attack in the town since a truck bomb destroyed a bazaar in 2017, killing 70 people.',
      ),
    ).toBe(48);
  });

  it("leaves out the attackers' count, also told by their spokesman in the next sentence", () => {
    const x = run(
      'Militants overrun army post',
      'Al-Shabaab fighters overran an army post near Jowhar, killing nine soldiers, an officer said. ' +
        'Al-Shabaab said 30 soldiers were killed. “We took the post,” al-Shabaab’s spokesman told reporters. He said the fighters killed 34 troops.',
    );
    expect(x.casualties.killed).toBe(9);
  });

  it("keeps a group's own losses that it reports", () => {
    expect(
      killed(
        'Air strikes hit rebel camps',
        'Air strikes hit rebel camps near Saada overnight. The Houthis said four of their fighters were killed in the raids.',
      ),
    ).toBe(4);
  });

  it('leaves out a guess at how far the toll may rise', () => {
    expect(
      killed(
        'Blast kills 5 at bus stop',
        'A bomb killed 5 people at a bus stop in Maiduguri on Monday. A local group said the toll could be as high as 20, and doctors said it may increase to more than 30.',
      ),
    ).toBe(5);
  });

  it('reads a source that gave no figure as saying nothing', () => {
    const x = run('Car bomb hits checkpoint', 'A car bomb hit a checkpoint in Hama on Sunday. The army did not state how many of its men were casualties.');
    expect(x.casualties).toEqual({ killed: null, injured: null });
  });

  it('does not count a battalion number as people', () => {
    expect(killed('Two soldiers killed in ambush', 'Two soldiers of the 53 Battalion were killed in an ambush near Kolwezi on Monday.')).toBe(2);
  });
});
