/**
 * Attack types: the case tables of cases/types.ts, one test a case, and below them the checks that
 * need more than a story read whole (a figure finder, the catalogue, a trace).
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/index.js';
import { readsCases, extractStory as run, shippedEngine } from '../helpers/extraction.js';
import { typeCases } from './cases/types.js';

readsCases(typeCases);

const types = (title: string, content: string) => run(title, content).attackTypes;

describe('roles and types in local-paper phrasing', () => {
  it('an agency tag in the dateline does not make the attackers a target', () => {
    const a = run('Checkpoint attacked in Ghor', 'KABUL (AT News): Taliban fighters attacked a police checkpoint in Ghor province, killing five officers.');
    expect(a.actors.find((x) => x.id === 'taliban')?.role).toBe('perpetrator');
    expect(a.attackTypes).toEqual(['armed_assault']);
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
});

describe('attack types of real reports', () => {
  it('reads the German "explosives-laden car" of a suicide attack', () => {
    const t = types(
      'Selbstmordanschlag in Mogadischu',
      'Ein Selbstmordattentäter steuerte ein mit Sprengstoff beladenes Auto in einen Armeekonvoi in Mogadischu, drei Soldaten wurden getötet.',
    );
    expect(t).toEqual(expect.arrayContaining(['suicide_attack', 'ied']));
  });
});

describe('the plain word for an attack in Urdu', () => {
  it('still reads a Persian mine blast as a bomb', () => {
    const { trace } = shippedEngine().explain(prepareDocument({ title: 'انفجار مین در قندهار', content: '' }));
    expect(trace.sentences[0]!.types).toContain('ied');
  });
});

describe('a landmine and machetes as French and Portuguese copy tell them', () => {
  it('types insurgents who used machetes as an assault', () => {
    const { trace } = shippedEngine().explain(prepareDocument({ title: 'Os insurgentes usaram catanas contra os aldeões', content: '' }));
    expect(trace.sentences[0]!.types).toEqual(['armed_assault']);
  });
});
