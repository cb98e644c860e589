/**
 * Seventh round (issue 11): the facts of real attack reports — who attacked, what was used, how
 * many died or were hurt. Each story is our own, written to show one phenomenon met in real news;
 * names, places and figures are invented or changed.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

const actorIds = (title: string, content = '') => run(title, content).actors.map((a) => a.id);

describe('who was hit is not an actor of the attack', () => {
  it('leaves out the police whose station a drone hit', () => {
    expect(
      actorIds(
        'Drone strikes police post in Lakki Marwat',
        'A quadcopter dropped explosives on a police post in Lakki Marwat on Sunday, wounding four constables, officials said.',
      ),
    ).toEqual([]);
  });

  it('leaves out the soldiers counted among the dead, keeps the attackers', () => {
    expect(
      actorIds('Militants ambush army convoy in Khyber', 'Militants ambushed an army convoy in the Tirah valley on Monday, killing three soldiers.'),
    ).toEqual(['militants']);
  });

  it('leaves out forces named as the target, even with the group blamed', () => {
    const a = run(
      'Quadcopter hits checkpoint in Bannu',
      'A drone attack blamed on the TTP struck a police checkpoint in Bannu, injuring five police officers.',
    );
    expect(a.actors.map((x) => x.id)).toEqual(['ttp']);
  });

  it('keeps forces that fire on others', () => {
    expect(actorIds('Police kill robbers in Kano', 'Police shot dead three gunmen who attacked a bank in Kano on Thursday.')).not.toContain('security-forces');
  });
});

describe('actors named in other scripts and forms', () => {
  it('reads an acronym with a Turkish suffix after the apostrophe', () => {
    expect(actorIds("Siirt'te karakola saldırı", "PKK'lı teröristler Pervari'deki jandarma karakoluna saldırdı, 2 asker yaralandı.")).toContain('pkk');
  });

  it('reads an acronym with the English possessive', () => {
    expect(actorIds('Drone strike on Kadugli market', "The RSF's drone strike on a market in Kadugli killed nine people on Saturday.")).toContain('rsf');
  });

  it('knows the full Russian name of the Ukrainian armed forces', () => {
    expect(actorIds('Удар по автобусу в Каховке', 'Вооруженные силы Украины ударили дроном по автобусу в Каховке, погибли три человека.')).toContain(
      'ukrainian-forces',
    );
  });

  it('knows the Arabic name of the Rapid Support Forces', () => {
    expect(actorIds('قصف على الأبيض', 'قتل ستة مدنيين في قصف بطائرة مسيرة شنته قوات الدعم السريع على مدينة الأبيض.')).toContain('rsf');
  });

  it('reads "Russian drone" in the singular', () => {
    expect(actorIds('В Харькове российский беспилотник попал в дом', 'Российский беспилотник попал в жилой дом в Харькове, ранены два человека.')).toContain(
      'russian-forces',
    );
  });
});

describe('the wounded who died', () => {
  it('counts "two more wounded guards have died" as deaths of the wounded, not as wounded', () => {
    const c = run(
      'Two more wounded guards die after Jalalabad attack',
      "Two more wounded guards have died after last week's attack on a checkpoint in Jalalabad, officials said.",
    ).casualties;
    expect(c).toMatchObject({ killed: 2, diedOfWounds: 2 });
    expect(c.injured).toBeNull();
  });

  it('reads "wounded in the ambush, died of his wounds"', () => {
    const c = run('Soldier dies of wounds', "A soldier wounded in Thursday's ambush near Gao died of his wounds on Saturday, the army said.").casualties;
    expect(c).toMatchObject({ killed: 1, diedOfWounds: 1 });
  });

  it('keeps the wounded who are only taken to hospital as wounded', () => {
    const c = run('Bomb in Kirkuk', 'A roadside bomb exploded in Kirkuk on Monday. Three wounded soldiers were taken to hospital, police said.').casualties;
    expect(c.injured).toBe(3);
    expect(c.diedOfWounds).toBeUndefined();
  });
});

describe('tolls in other languages and word orders', () => {
  const toll = (title: string, content: string) => run(title, content).casualties;

  it('reads Portuguese "at least" before a number word', () => {
    expect(
      toll('Explosão em Beledweyne', 'Um carro-bomba explodiu perto de um quartel em Beledweyne, matando ao menos cinco pessoas, disse a polícia.').killed,
    ).toBe(5);
  });

  it('reads Arabic "killing" with its joined preposition, and "wounding" after it', () => {
    const c = toll('هجوم على نقطة تفتيش', 'هاجم مسلحون نقطة تفتيش قرب تكريت ما تسبب بمقتل ثلاثة جنود وإصابة خمسة آخرين.');
    expect(c).toMatchObject({ killed: 3, injured: 5 });
  });

  it('reads French "lost their lives", and the soldiers who lost them are no actor', () => {
    const a = run(
      'Mali : embuscade jihadiste près de Douentza',
      'Trois soldats maliens ont perdu la vie dimanche dans une embuscade tendue par des jihadistes près de Douentza.',
    );
    expect(a.casualties.killed).toBe(3);
    expect(a.actors.map((x) => x.id)).not.toContain('malian-army');
  });

  it('reads a Ukrainian feminine verb and an age joined to its figure as one person', () => {
    const c = toll(
      'Удар по Костянтинівці',
      'Внаслідок ракетного удару по Костянтинівці загинула людина. Росіяни вбили 47-річну жінку, ще двоє людей поранені.',
    );
    expect(c.killed).toBe(1);
  });

  it('reads "ранена 68-летняя женщина" as one wounded', () => {
    expect(toll('Дрон атаковал автобус в Алешках', 'Украинский дрон атаковал автобус в Алешках, погиб водитель, ранена 72-летняя женщина.').injured).toBe(1);
  });

  it('does not add drones counted before a comma to the dead', () => {
    const c = toll(
      'Россия атаковала Украину 41 беспилотником, два человека погибли',
      'Ночью Россия атаковала Украину 41 беспилотником, погибли два человека, еще пятеро ранены.',
    );
    expect(c.killed).toBe(2);
  });

  it('keeps the dead and the wounded apart after a verb joined by "and"', () => {
    const c = toll('Удар по Сумам', 'В результате удара по Сумам погиб один человек и как минимум шесть получили ранения.');
    expect(c).toMatchObject({ killed: 1, injured: 6 });
  });

  it('sums Turkish groups joined by "ve"', () => {
    expect(toll('Şırnak’ta saldırı', "Şırnak'ta PKK'lı teröristlerin saldırısında 2 korucu ve 3 asker yaralandı.").injured).toBe(5);
  });

  it('counts "another wounded" as one', () => {
    expect(
      toll(
        'Drone strike in Marjayoun',
        'An Israeli drone struck a motorbike near Marjayoun, killing one man, and another was wounded in a second strike on a car.',
      ).injured,
    ).toBe(1);
  });

  it("does not take the attackers' claimed toll over the officials' figure", () => {
    const c = toll(
      'Car bomb hits base near Baidoa',
      'A suicide bomber drove a vehicle packed with explosives into the gate of a base near Baidoa, killing three soldiers, officials said. Al-Shabaab claimed the attack, saying 25 soldiers had been killed.',
    );
    expect(c.killed).toBe(3);
  });

  it("reads the toll after 'has risen to' further on in a long sentence", () => {
    expect(
      toll(
        'Toll rises',
        "The death toll from Friday's gun and bomb attack on a crowded cattle market in the town of Gwoza has risen to 41, local officials said.",
      ).killed,
    ).toBe(41);
  });

  it('prefers the victims to the other side killed in an earlier operation', () => {
    const c = toll(
      'Two CRPF jawans killed in IED blast in Sukma',
      'Two CRPF jawans were killed in an IED blast triggered by Maoists in Sukma on Friday. Last month, security forces gunned down 29 Maoists in the same district.',
    );
    expect(c.killed).toBe(2);
  });
});

describe('attack types of real reports', () => {
  const types = (title: string, content: string) => run(title, content).attackTypes;

  it('a suicide car bomb named by its load is both a suicide attack and a bomb', () => {
    expect(
      types(
        'Suicide attack on base in Jowhar',
        'A suicide bomber blew up a vehicle packed with explosives by the gate of a military base in Jowhar, killing four soldiers.',
      ),
    ).toEqual(expect.arrayContaining(['suicide_attack', 'ied']));
  });

  it('reads the German "explosives-laden car" of a suicide attack', () => {
    const t = types(
      'Selbstmordanschlag in Mogadischu',
      'Ein Selbstmordattentäter steuerte ein mit Sprengstoff beladenes Auto in einen Armeekonvoi in Mogadischu, drei Soldaten wurden getötet.',
    );
    expect(t).toEqual(expect.arrayContaining(['suicide_attack', 'ied']));
  });

  it('reads a Portuguese suicide car bomb', () => {
    expect(types('Ataque em Mogadíscio', 'Um carro-bomba suicida explodiu junto a um hotel em Mogadíscio, matando seis pessoas.')).toEqual(
      expect.arrayContaining(['suicide_attack', 'ied']),
    );
  });

  it('reads the jihadist word for a suicide bomber in Arabic', () => {
    expect(types('تفجير في الموصل', 'قال التنظيم إن استشهاديا فجر سيارته المفخخة قرب ثكنة للجيش في الموصل، ما أسفر عن مقتل خمسة جنود.')).toContain(
      'suicide_attack',
    );
  });

  it('a "suicide bomb attack" is a suicide attack', () => {
    expect(
      types(
        'Suicide bomb attack kills 9 at Maiduguri mosque',
        'A suicide bomb attack at a mosque in Maiduguri killed nine worshippers on Friday, police said.',
      ),
    ).toContain('suicide_attack');
  });
});
