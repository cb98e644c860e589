/**
 * Round 12, attack or not on real news (issue 11): the agent-and-intent reading of blasts
 * (src/extract/stages/agency.ts) and the other classes the round's audit named, each told in
 * sentences written for this test (names, places and numbers invented), beside the report it must
 * not be confused with.
 */
import { describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { readsStories as reads } from '../helpers/extraction.js';

describe('a blast is an attack when someone set it off or meant it', () => {
  reads([
    [
      'a depot blast whose cause a later sentence names as a fire is no attack',
      'Blast at army ammunition depot kills 9 soldiers',
      'Nine soldiers were killed and dozens injured when an ammunition depot exploded at a military base in the east of the country on Sunday, the defence ministry said. The ministry said the blast was caused by a fire and that an investigation was under way.',
      false,
    ],
    [
      'a flat blast put down to a gas leak two sentences on is no attack',
      'Explosion rocks apartment block in Brno, one dead',
      'One person died and four were injured after an explosion tore through a residential building in Brno early on Friday. Firefighters said a gas leak was the most likely cause.',
      false,
    ],
    [
      'a blast at a fuel station whose tanker caught fire is no attack',
      'Blast at Herat fuel station kills five',
      'An explosion at a fuel station in Herat killed five people on Saturday, police said, adding that a tanker had caught fire while unloading.',
      false,
    ],
    [
      'a grenade that went off in a training exercise is no attack',
      'Soldier killed during training as grenade explodes',
      'A soldier was killed and two others injured when a grenade exploded during a live-fire training exercise at a base in Nevada on Wednesday, the army said.',
      false,
    ],
    [
      'a device its maker had built, with nobody else sought, is no attack',
      'Man killed by homemade bomb in his flat, police say',
      'A 47-year-old man died when a device he had built went off in his flat in Graz on Sunday. Police said they were not looking for anyone else in connection with the explosion.',
      false,
    ],
    [
      'a sea mine that went off while divers tried to disarm it is no attack',
      'Navy diver killed as mine explodes during clearance operation',
      'A navy diver was killed and another wounded on Tuesday when a sea mine they were trying to disarm exploded off the coast near Burgas, the navy said.',
      false,
    ],
    [
      'a tanker that overturned and blew up as people scooped fuel is no attack',
      'At least 40 dead in petrol tanker explosion in Kogi',
      'At least 40 people died on Sunday when a petrol tanker overturned and exploded near Lokoja as residents scooped fuel from it, road safety officials said.',
      false,
    ],
    [
      'an agentless blast at a works whose cause is still asked after is no attack',
      'Explosion at paint factory near Manisa kills 3',
      'Three workers were killed on Thursday when a solvent tank exploded at a paint factory near Manisa. Prosecutors opened an investigation into the cause.',
      false,
    ],
    [
      'a Hindi report of a port blast whose cause is not yet known is no attack',
      'बंदरगाह पर बड़ा विस्फोट, कई घायल',
      'शनिवार को एक बंदरगाह पर बड़ा विस्फोट हुआ जिसमें कई लोग घायल हो गए। विस्फोट का कारण अभी तक पता नहीं चला है और वहां काम कर रहे कर्मचारियों की तलाश जारी है।',
      false,
    ],
    [
      'a bomb at a mine site whose workers were targeted is an attack',
      'Two workers killed as bomb hits mining site in Harnai',
      'Two workers were killed when a bomb went off at a coal mining site in Harnai district on Monday, police said. The workers were targeted as they arrived for their shift.',
      true,
      'ied',
    ],
    [
      'an agentless explosion at a mosque that a group claimed is an attack',
      'Explosion at mosque in Baghlan kills dozens',
      'An explosion tore through a mosque in Baghlan during Friday prayers, killing at least 30 worshippers. Islamic State claimed the attack.',
      true,
      'ied',
    ],
    [
      'an explosion with no cause and no setting named stays an attack',
      'Explosion in Jalalabad kills 5',
      'An explosion in the centre of Jalalabad killed five people on Tuesday, police said.',
      true,
      'ied',
    ],
    [
      'a depot hit by drones is an attack, whatever blew up after',
      'Blast at fuel depot in Kursk after Ukrainian drone attack',
      'Ukrainian drones struck a fuel depot in the Kursk region overnight, causing a fire and explosions, the regional governor said.',
      true,
      'drone',
    ],
  ]);

  it('names the cues it weighed in the trace', () => {
    const engine = ExtractionEngine.load();
    const { trace } = engine.explain(
      prepareDocument({
        title: 'Explosion rocks apartment block in Brno, one dead',
        content:
          'One person died after an explosion tore through a residential building in Brno on Friday. Firefighters said a gas leak was the most likely cause.',
      }),
    );
    expect(trace.blastReading?.cues).toContain('accidental_cause');
    expect(trace.blastReading?.attack).toBe(false);
  });
});

describe('a story on something else whose attacks are history or a total', () => {
  reads([
    [
      'a title giving a war total since a past attack is no report',
      'At least 9,400 people have been killed in Khan Yunis by air strikes since the war began, the ministry said on Monday.',
      'At least 9,400 people have been killed in Khan Yunis by air strikes since the war began, the ministry said on Monday. Thousands more are missing.',
      false,
    ],
    [
      'a deployment whose lead recalls a war that has seen thousands killed is no report',
      'Netherlands sends more troops to Latvia',
      'The Netherlands will send another 300 soldiers to Latvia next year, the defence ministry said on Tuesday. The deployment was decided after the full-scale invasion of a neighbour, which has seen thousands killed in missile and drone strikes.',
      false,
    ],
    [
      'a visit to a church that fighters burned in a past year is no report',
      'Cardinal visits Raqqa church rebuilt after war',
      'The cardinal prayed on Sunday in a Raqqa church that jihadists had burned in 2014. The militants killed thousands in the city before they were driven out in 2017.',
      false,
    ],
    [
      'a lead that compares its attack with an earlier year still reports it',
      'Grief and anger in Zaria',
      'Gunmen killed 12 villagers on Sunday near Zaria in the worst attack on the area since 2019, residents said.',
      true,
      'armed_assault',
    ],
  ]);
});

describe('attacks told through another frame', () => {
  reads([
    [
      'clashes between armed factions that killed people are an attack',
      'Clashes between militias in Misrata kill 9',
      'Nine people were killed and 20 wounded in fighting between two armed factions in the Libyan city of Misrata on Monday, medical sources said.',
      true,
      'armed_assault',
    ],
    [
      'a charge told before the stabbing of the same day reports the stabbing',
      'Man charged after stabbing at Perth shopping centre',
      'A man has been charged after four people were stabbed at a shopping centre in Perth on Saturday afternoon, police said. One victim is in a critical condition.',
      true,
      'armed_assault',
    ],
    [
      'an inquiry told before a mosque was set on fire overnight reports the arson',
      'Investigation after mosque set alight in Cork',
      'Gardaí have begun an investigation after a mosque in Cork was deliberately set on fire early on Sunday. Nobody was inside at the time.',
      true,
      'armed_assault',
    ],
    [
      'an arrest told before a knife attack of the same evening reports it',
      'Man arrested after knife attack in Lille metro',
      'A man was arrested after stabbing three people in a Lille metro station on Friday evening, police said.',
      true,
    ],
    [
      'a sentence for an attack of years ago is still no report',
      'Man jailed over 2019 stabbing',
      'A man was jailed for 12 years on Tuesday after stabbing three people outside a bar in Leeds in 2019.',
      false,
    ],
  ]);
});

describe('attack words thin in some languages', () => {
  reads([
    [
      'French soldiers who "jumped on a mine" were hit by one',
      'Burkina : 5 soldats sautent sur une mine',
      'Cinq soldats ont perdu la vie ce week-end lorsque leur véhicule a sauté sur une mine près de Djibo.',
      true,
      'ied',
    ],
    [
      'Portuguese "died in the attack" is harm, under a title whose attack verb has no attacker',
      'Insurgentes voltam a atacar em Montepuez',
      'Pelo menos nove pessoas morreram no ataque registado na noite de sábado numa aldeia do distrito de Montepuez.',
      true,
    ],
    [
      'an Icelandic knife attack on policemen is an attack',
      'Árás á lögreglustöð í Bergen',
      'Maður réðst á lögreglumenn með hníf í Bergen í gær og særði þrjá, að sögn lögreglu.',
      true,
      'armed_assault',
    ],
  ]);
});
