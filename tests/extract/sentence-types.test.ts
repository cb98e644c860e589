/**
 * Eighth round (issue 11): which means belong to this attack. A weapon named for another time,
 * a plan, an earlier strike answered, or the launcher of the munition is not a type of its own.
 * Each story is our own; names, places and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

const types = (title: string, content: string) => run(title, content).attackTypes;

describe('means told as background are not this attack types', () => {
  it('leaves out the weapons of an attack the group says it avenged', () => {
    expect(
      types(
        'Roadside bomb kills three soldiers in Kurram',
        'A roadside bomb tore through an army truck in Kurram on Monday and three soldiers died. A spokesman for the militants said the blast came in retaliation for a drone strike on their hideout in Orakzai.',
      ),
    ).toEqual(['ied']);
  });

  it('leaves out rockets fired over a whole campaign', () => {
    expect(
      types(
        'Air strike kills six in Rafah',
        'An air strike killed six people in Rafah on Tuesday, medics said. The army says militants have fired more than 300 rockets during the campaign.',
      ),
    ).toEqual(['airstrike']);
  });

  it('leaves out a raid told after "Earlier today"', () => {
    expect(
      types(
        'IED kills four policemen in Sukma',
        'Four policemen were killed when Maoists blew up their jeep with an IED in Sukma. Earlier today, troops attacked a rebel camp and killed three insurgents.',
      ),
    ).toEqual(['ied']);
  });

  it('leaves out a militant killed in a shoot-out with soldiers', () => {
    expect(
      types(
        'Roadside bomb kills four rangers in Yala',
        'Four rangers died when a roadside bomb went off under their pickup in Yala on Monday. Police think the bombers meant to avenge a rebel leader shot dead last week in a shoot-out with a patrol of soldiers.',
      ),
    ).toEqual(['ied']);
  });

  it('leaves out bombs the attackers only planned', () => {
    expect(
      types(
        'Gunmen kill nine villagers in Borno',
        'Gunmen killed nine villagers in Borno on Sunday. Residents said the fighters suspected them of telling the army of their plan to plant bombs on the highway.',
      ),
    ).toEqual(['armed_assault']);
  });
});

describe('the launcher of the munition', () => {
  it('makes an air strike fired from a drone a drone strike', () => {
    expect(
      types(
        'Strike kills eight queuing for water',
        'An Israeli air strike killed eight people queuing for water in Deir al-Balah, officials said. Witnesses said a drone fired a missile at the crowd.',
      ),
    ).toEqual(['drone']);
  });

  it('keeps the air strike when warplanes are named', () => {
    expect(
      types(
        'Air strikes hit Sanaa',
        'An air strike by warplanes hit a depot in Sanaa on Friday, killing two guards. A drone fired a missile at a truck nearby.',
      ),
    ).toEqual(expect.arrayContaining(['airstrike', 'drone']));
  });

  it('reads booby-trapped drones as drones, not bombs', () => {
    expect(types('Drones hit base in Hasakah', 'Militants said they attacked a base in Hasakah with two booby-trapped drones on Sunday.')).toEqual(['drone']);
  });
});
