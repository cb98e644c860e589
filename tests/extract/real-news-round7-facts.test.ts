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
