/**
 * Casualties: the case tables of cases/casualties.ts, one test a case, and below them the checks
 * that need more than a story read whole (a figure finder, the catalogue, a trace).
 */
import { describe, expect, it } from 'vitest';
import type { Casualties } from '../../src/extract/analysis.js';
import { findFigures, findZeros } from '../../src/extract/casualties.js';
import { prepareDocument } from '../../src/extract/index.js';
import { readsCases, extractStory as run } from '../helpers/extraction.js';
import { casualtyCases } from './cases/casualties.js';

readsCases(casualtyCases);

const toll = (title: string, content = ''): Casualties => {
  const { killed, injured } = run(title, content).casualties;
  return { killed, injured };
};

/** The figures read in one sentence, whatever the article around it (findFigures). */
const figures = (sentence: string) => {
  const doc = prepareDocument({ title: '', content: sentence });
  return findFigures(doc.tokens, 0, doc.tokens.length, doc.text).map((f) => `${f.kind} ${f.value}`);
};

/** The figures read in one sentence, the other side's marked hostile. */
const figuresWithSides = (sentence: string) => {
  const doc = prepareDocument({ title: '', content: sentence });
  return findFigures(doc.tokens, 0, doc.tokens.length, doc.text).map((f) => `${f.kind} ${f.value}${f.hostile ? ' hostile' : ''}`);
};

/** The zeros ("nobody was hurt") read in one sentence. */
const zeros = (sentence: string) => {
  const doc = prepareDocument({ title: '', content: sentence });
  return findZeros(doc.tokens, 0, doc.tokens.length);
};

describe('the wounded who died', () => {
  it('keeps the wounded who are only taken to hospital as wounded', () => {
    const c = run('Bomb in Kirkuk', 'A roadside bomb exploded in Kirkuk on Monday. Three wounded soldiers were taken to hospital, police said.').casualties;
    expect(c.injured).toBe(3);
    expect(c.diedOfWounds).toBeUndefined();
  });
});

describe('the toll of an earlier attack named for context', () => {
  it('leaves out the dead of the attack this one follows', () => {
    const x = run(
      'Arson attack on a mosque in Kent',
      'Two men set fire to the door of a mosque in Margate on Saturday night; nobody was hurt. The fire follows last week’s attack on a church in Leeds in which three people died.',
    );
    expect(x.casualties.killed).not.toBe(3);
  });
});

describe('tolls in Indonesian and Tagalog', () => {
  it('reads "lima" before people, "sebelas" and the teens, and "ditembak mati"', () => {
    expect(toll('Bom meledak di pasar', 'Lima orang tewas dan sebelas lainnya luka-luka akibat ledakan bom di sebuah pasar di Poso.')).toEqual({
      killed: 5,
      injured: 11,
    });
    expect(figures('Kelompok bersenjata menewaskan dua orang dan melukai dua belas orang lainnya di Intan Jaya.')).toEqual(['killed 2', 'injured 12']);
    expect(figures('EMPAT warga sipil ditembak mati kelompok bersenjata di Puncak.')).toEqual(['killed 4']);
  });
});

describe('tolls in Arabic, Russian, Ukrainian, Turkish and Hindi', () => {
  it('does not count "the martyr" alone as a death', () => {
    expect(toll('غارة على بلدة', 'شنت طائرة حربية غارة على حي الشهيد في البلدة دون وقوع إصابات.').killed).not.toBe(1);
  });
});

describe('figures in languages whose attack words the engine does not hold yet', () => {
  it('reads Hausa, with the noun before its figure', () => {
    expect(figures("'Yan bindiga sun kashe mutane 9 tare da jikkata wasu 4.")).toEqual(['killed 9', 'injured 4']);
    expect(figures('Mutum 14 sun mutu yayin da wasu 20 suka jikkata.')).toContain('killed 14');
  });

  it('reads Amharic, the Ethiopic semicolon closing a clause', () => {
    expect(figures('በጥቃቱ 7 ሰዎች ተገድለዋል፤ 3 ሰዎች ቆስለዋል።')).toEqual(['killed 7', 'injured 3']);
  });

  it('reads Vietnamese, the wounded after their passive', () => {
    expect(figures('Vụ nổ làm 4 người chết và 9 người bị thương.')).toEqual(['killed 4', 'injured 9']);
  });
});

describe('casualty figures', () => {
  it('does not read German reported "sei" as the Italian six', () => {
    // One man of 52 died: neither six nor 52.
    expect(new Set(figuresWithSides('Ein 52-jähriger Mann sei ums Leben gekommen, teilte der Gouverneur mit.'))).toEqual(new Set(['killed 1']));
    expect(new Set(figuresWithSides('Eine Frau sei verletzt worden.'))).toEqual(new Set(['injured 1']));
    // The Italian six stays.
    expect(figuresWithSides('Nell’attacco sei morti e dieci feriti.')).toEqual(['killed 6', 'injured 10']);
  });

  it('reads ages listed after "aged" as ages, not as more people', () => {
    expect(figuresWithSides('Two women, aged 47, 19, and 73, were taken to hospital with shrapnel wounds.')).toEqual(['injured 2']);
    expect(figuresWithSides('Five men aged between 20 and 35 were wounded by the blast.')).toEqual(['injured 5']);
    expect(figuresWithSides('A girl aged 9 was killed by the shell.')).toEqual(['killed 1']);
  });

  it('counts one body recovered, not an attacker’s or a car’s', () => {
    expect(figuresWithSides('Rescuers pulled the body of the deceased woman from the rubble.')).toEqual(['killed 1']);
    expect(figuresWithSides('The body of the gunman was taken away by police.')).toEqual([]);
    expect(figuresWithSides('Police found the body of a burnt-out car.')).toEqual([]);
    expect(figuresWithSides('The bodies of six herders were found near the river.')).toEqual(['killed 6']);
  });

  it('leaves the attackers’ own losses out of the zero of the event', () => {
    expect(zeros('The raiders were pushed back but fled without suffering losses, the officer said.')).toEqual([]);
    expect(zeros('The militants suffered no casualties in the raid.')).toEqual([]);
    expect(zeros('The troops suffered no casualties.')).toEqual(['killed', 'injured']);
    expect(zeros('No casualties were reported.')).toEqual(['killed', 'injured']);
  });

  it('counts men called armed as the other side, not as more victims', () => {
    expect(figuresWithSides('The army announced the death of three soldiers and 11 armed men after the attack.')).toEqual(['killed 3', 'killed 11 hostile']);
    expect(
      toll('Three soldiers killed in attack on post', 'The army announced the death of three soldiers and 11 armed men after an attack on a post near Arish.'),
    ).toEqual({
      killed: 3,
      injured: null,
    });
    // Armed police are no attackers.
    expect(figuresWithSides('Four armed police officers were wounded.')).toEqual(['injured 4']);
  });

  it('reads Portuguese and Spanish wounds "suffered" or "had" by one person', () => {
    for (const sentence of ['Outro homem teve ferimentos leves.', 'Uma mulher sofreu ferimentos graves.', 'Otro policía sufrió heridas leves.'])
      expect(new Set(figuresWithSides(sentence))).toEqual(new Set(['injured 1']));
  });
});

describe('more figures in the wire languages', () => {
  it('reads the Italian perfect with its figure after it', () => {
    expect(toll('Attacco con droni su Leopoli', 'Un attacco russo con droni su Leopoli ha ucciso due persone e ne ha ferite nove.')).toEqual({
      killed: 2,
      injured: 9,
    });
    expect(new Set(figuresWithSides('Un uomo è stato ferito gravemente.'))).toEqual(new Set(['injured 1']));
  });
});

describe('an aside between commas after a casualty verb', () => {
  it('reads the victims after the aside', () => {
    expect(figures('The shells hit the market on Monday, killing, according to the governor, two people and wounding nine.')).toEqual([
      'killed 2',
      'injured 9',
    ]);
    expect(figures('Артиллерия ударила по рынку, убив, по предварительным данным, двух человек.')).toEqual(['killed 2']);
  });

  it('takes no figure from the aside and no victims from a list of verbs', () => {
    expect(figures('The blast shook the square, killing, wounding and frightening passers-by.')).toEqual([]);
  });
});

describe('Arabic dual and present verbs of targeting, and the injured as people', () => {
  it('reads "with no injured" as nobody hurt', () => {
    // A denial of wounds: nobody hurt, and so nobody killed when no wounded are stated (see the
    // round 20 cases).
    expect(zeros('سقطت القذيفة في ساحة فارغة دون مصابين.')).toEqual(['hurt']);
  });
});

describe('two headlines joined by a semicolon in a title', () => {
  it('leaves a semicolon in the body where it was', () => {
    expect(figures('Two guards were killed; three others were wounded in the blast.')).toEqual(['killed 2', 'injured 3']);
  });
});

describe('Russian and Ukrainian reports: buildings that "suffered", one casualty told after "about"', () => {
  it('does not read the dead told in the plural as one', () => {
    expect(run('Губернатор сообщил о погибших при обстреле Шебекино', 'ВСУ обстреляли Шебекино из артиллерии.').casualties.killed).not.toBe(1);
  });
});
