/**
 * Round 15, mechanisms for classes found on round 14's held-back real news (issue 11), each told in
 * sentences written for this test (people, figures and wording invented; places real where the
 * mechanism reads the country): old mines in lands whose mines are a past war's, explainers and
 * statements whose title asks or answers, reported speech from a country that is not the scene,
 * aircraft crashes that were not shot down, roundups of simultaneous attacks and fire on positions,
 * and escort missions told with attack words. Each class beside the look-alikes or attacks that
 * must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { extractStory, readsStories as reads } from '../helpers/extraction.js';

describe('a mine or old shell in a land whose mines are a past war’s, with nobody behind it', () => {
  reads([
    [
      'a tractor on an anti-tank mine in Cambodia',
      'Landmine kills two farmers in Cambodia’s northwest',
      'Two rice farmers died on Sunday when their hand tractor rolled over an anti-tank mine in Banteay Meanchey province, a provincial official said.',
      false,
    ],
    [
      'a bomblet in a Laotian field',
      'Bomb blast kills three children in Laos',
      'Three children were killed in Xiangkhoang province on Friday when a cluster bomblet they had been playing near exploded, local authorities said.',
      false,
    ],
    [
      'a bomb sawn open by a scrap collector in Vietnam',
      'Vietnam: man killed as bomb explodes in Quang Tri',
      'A 45-year-old scrap collector was killed on Wednesday when a bomb he was trying to cut open exploded in Quang Tri province, officials said.',
      false,
    ],
    [
      'a hunter on a mine in Bosnia',
      'Landmine injures hunter in Bosnia',
      'A 52-year-old hunter was seriously injured on Sunday after stepping on a landmine in woods near Doboj, police in Bosnia said.',
      false,
    ],
    [
      'a truck on a mine in Egypt’s Western Desert',
      'Landmine kills two Bedouins in Egypt’s Western Desert',
      'Two Bedouin men were killed when their truck hit a landmine near El Alamein, security sources said.',
      false,
    ],
    [
      'a mine near Sirte',
      'Landmine kills two in Libya’s Sirte',
      'Two men were killed on Sunday when their vehicle struck a landmine south of Sirte, local officials said.',
      false,
    ],
    [
      'an artillery shell among scrap in Battambang',
      'Artillery shell kills two boys in Battambang',
      'Two boys were killed when an old artillery shell exploded while they were collecting scrap metal in Battambang province on Saturday, police said.',
      false,
    ],
    [
      'a herder on a mine in Herat',
      'Landmine kills herder near Herat',
      'A herder was killed and his son wounded when a landmine exploded in Herat province on Friday, a local official said.',
      false,
    ],
    [
      'children on a mine in Angola, told in French',
      'Deux enfants tués par une mine en Angola',
      "Deux enfants ont été tués par l'explosion d'une mine dans la province de Cuando Cubango, selon la police.",
      false,
    ],
    [
      'an unexploded shell in a Vietnamese garden',
      'Two children hurt by unexploded shell in Vietnam',
      'Two children were injured when an unexploded shell went off in their garden in Quang Binh province, state media said.',
      false,
    ],
  ]);
});

describe('a mine or bomb laid now stays an attack, in a land of old mines or where war goes on', () => {
  reads([
    [
      'soldiers on a mine in central Mali',
      'Landmine kills six soldiers in central Mali',
      'Six Malian soldiers were killed on Tuesday when their vehicle hit a landmine near Boni in the Mopti region, the army said.',
      true,
      'ied',
    ],
    [
      'a bus on a mine in Burkina Faso',
      'Bus hits mine in northern Burkina Faso, killing 12',
      'Twelve passengers died when a bus struck an explosive device on the road between Djibo and Arbinda on Monday, security sources said.',
      true,
      'ied',
    ],
    [
      'a mine planted by rebels in Colombia',
      'Soldiers wounded by landmine in Colombia',
      'Three Colombian soldiers were wounded when they stepped on a mine planted by ELN rebels in Arauca on Wednesday, the army said.',
      true,
      'ied',
    ],
    [
      'a roadside mine set off by insurgents in Kandahar',
      'Roadside mine kills policemen in Afghanistan',
      'Taliban insurgents detonated a roadside mine as a police vehicle passed in Kandahar on Sunday, killing three officers, officials said.',
      true,
      'ied',
    ],
    [
      'a bomb hidden in a handcart in Kabul',
      'Bomb hidden in a cart kills three in Kabul',
      'A bomb hidden in a handcart exploded near a bus stop in western Kabul on Tuesday, killing three people, police said.',
      true,
      'ied',
    ],
    [
      'a blast at a mosque in Kunduz',
      'Explosion at mosque in Kunduz kills 20',
      'An explosion tore through a Shia mosque in Kunduz during Friday prayers, killing at least 20 worshippers, a Taliban official said.',
      true,
      'ied',
    ],
    [
      'a mine planted for an army vehicle in Sinai',
      'Militants plant landmine that hits army vehicle in Sinai',
      'Militants planted a landmine that destroyed an armoured army vehicle near Rafah in North Sinai, killing three soldiers, security sources said.',
      true,
      'ied',
    ],
    [
      'a grenade thrown at a house in Sarajevo',
      'Grenade thrown at house in Sarajevo',
      'An unknown attacker threw a hand grenade at a family house in Sarajevo overnight, wounding two people, police said.',
      true,
    ],
    [
      'a mine claimed by a resistance front in Panjshir',
      'Resistance front says its mine killed Taliban fighters in Panjshir',
      'The National Resistance Front said it had detonated a mine under a Taliban vehicle in Panjshir, killing four fighters, and claimed responsibility for the blast.',
      true,
    ],
    [
      'a car bomb in Benghazi',
      'Car bomb explodes outside Benghazi hotel',
      'A car bomb exploded outside a hotel in Benghazi on Thursday, wounding six people, a security official said.',
      true,
      'ied',
    ],
    [
      'new mines on the Thai border',
      'Landmine wounds two soldiers on Thai-Cambodian border',
      'Two Thai soldiers were wounded by a landmine while patrolling near the border in Sisaket province; the army accused Cambodian troops of laying new mines.',
      true,
    ],
  ]);

  it('keeps the countries of a laid mine in a land of old mines', () => {
    expect(
      extractStory(
        'Roadside bomb targets Taliban patrol in Nangarhar',
        'A roadside bomb targeted a Taliban patrol in Nangarhar province on Monday, killing two members of the security forces, officials said.',
      ).countries,
    ).toEqual(['AF']);
  });
});

describe('a title that asks is an explainer unless its lead tells a fresh attack', () => {
  reads([
    [
      'an explainer on a war spreading east',
      'Why is Sudan’s war spreading to the east?',
      'The paramilitary forces have pushed into new states this year after months of fighting with the army. Drone strikes on Port Sudan and attacks on displacement camps have killed hundreds since the spring.',
      false,
    ],
    [
      'who a group is, and why it attacks ships',
      'Who are the Houthis and why are they attacking ships?',
      'The group controls much of northern Yemen. Since late 2023 it has fired missiles and drones at merchant vessels in the Red Sea, saying it acts for the Palestinians.',
      false,
    ],
    [
      'whether an army can stop a group',
      'Can Pakistan stop the TTP?',
      'Militant attacks in Khyber Pakhtunkhwa have risen sharply over the past two years, with hundreds of police and soldiers killed.',
      false,
    ],
    [
      'a comeback asked about',
      'Is the Islamic State making a comeback in Syria?',
      'Cells of the group have staged ambushes on army convoys in the desert and killed dozens of soldiers this year, according to a monitoring group.',
      false,
    ],
    [
      'a question with its mark and a blockade',
      'What is JNIM, the group behind Mali’s fuel blockade?',
      'The al-Qaeda affiliate has attacked fuel convoys heading to Bamako for months, torching hundreds of tankers.',
      false,
    ],
    [
      'a French question on a rise in attacks',
      'Pourquoi les attaques se multiplient-elles au Bénin ?',
      'Les groupes jihadistes venus du Sahel ont tué des dizaines de soldats béninois depuis 2021, notamment dans le parc du W.',
      false,
    ],
    [
      'a Spanish question opened by its mark',
      '¿Por qué aumentan los asesinatos en Guanajuato?',
      'Los carteles se disputan el control de la zona y los ataques contra bares y fiestas se han vuelto frecuentes en los últimos años.',
      false,
    ],
    [
      'what we know, over a fresh shooting',
      'What we know about the Moscow concert hall attack',
      'Gunmen opened fire on concertgoers at a music venue outside Moscow on Friday evening, killing at least 60 people and setting the building ablaze, officials said.',
      true,
      'armed_assault',
    ],
    [
      'why gunmen attacked a church, over the attack',
      'Why did gunmen attack a church in Kogi?',
      'Gunmen stormed a church in Kogi state on Sunday, killing three worshippers and abducting the pastor, police said.',
      true,
    ],
    [
      'whether a truce holds, over shelling on Tuesday',
      'Can the ceasefire in eastern Ukraine hold?',
      'Shelling killed two civilians in Donetsk on Tuesday, hours after the truce came into force, local officials said.',
      true,
    ],
    [
      'who the gunmen are, the title telling the toll',
      'Who are the gunmen who killed 12 at a wedding in Kaduna?',
      'Gunmen opened fire on guests at a wedding in southern Kaduna late on Saturday, killing 12 people, police said.',
      true,
    ],
    [
      'an acronym in capitals is no question',
      'WHO condemns attack on hospital in Sudan',
      'An attack on a clinic in Nyala on Sunday killed seven patients and wounded 14, the World Health Organization said.',
      true,
    ],
    [
      'the Islamic State’s acronym is no question',
      'IS claims deadly attack on Syrian army bus',
      'The Islamic State group claimed an attack on a military bus in the Syrian desert on Thursday that killed 13 soldiers.',
      true,
    ],
  ]);
});

describe('a statement of what a side denies or will do reports no attack of its own', () => {
  reads([
    [
      'a vow to respond to a commander’s killing',
      'Hezbollah vows response to killing of commander',
      'Hezbollah said it would respond at the time and place of its choosing to the killing of one of its senior commanders, a statement said on Wednesday.',
      false,
    ],
    [
      'a warning to respond to drone attacks',
      'Russia says it will respond to Ukraine’s drone attacks',
      'Russia’s foreign ministry said Moscow would respond firmly to what it called Kyiv’s terrorist drone attacks on Russian cities.',
      false,
    ],
    [
      'rebels deny shelling camps',
      'M23 rebels deny targeting civilians in Goma',
      'The rebel group’s spokesman rejected accusations that its fighters had shelled camps around Goma, saying the army was responsible.',
      false,
    ],
    [
      'a country rejects claims of air strikes',
      'Pakistan rejects Afghan claims of air strikes in Paktika',
      'Pakistan’s foreign office rejected accusations by the Taliban government that its jets had bombed villages in Paktika, calling them baseless.',
      false,
    ],
    [
      'a vow to keep up attacks',
      'Houthis vow to keep up attacks on Israel-linked ships',
      'The Houthis said they would go on targeting vessels linked to Israel in the Red Sea until the war in Gaza ends, a spokesman said.',
      false,
    ],
    [
      'an army denies a base fell',
      'Army denies reports that rebels overran base in Kidal',
      'The army said on Wednesday that reports of its base in Kidal falling to rebels were false and that troops remained in control.',
      false,
    ],
    [
      'a denial over an attack the title tells with its toll',
      'Hamas denies role in rocket attack that killed two in Ashkelon',
      'A rocket fired from Gaza killed two people in Ashkelon, police said. Hamas said it had no part in the launch.',
      true,
      'rocket',
    ],
    [
      'a denial over a strike the lead tells on Tuesday',
      'Israel denies striking hospital in Gaza City',
      'A strike hit the courtyard of a hospital in Gaza City on Tuesday, killing 12 people, the health ministry said. The military denied targeting the hospital.',
      true,
    ],
    [
      'a vow of revenge after a strike that killed a general',
      'Iran vows revenge after Israeli strike kills general in Damascus',
      'An Israeli air strike on a building in Damascus on Monday killed a senior Iranian general and six other officers, state media said.',
      true,
      'airstrike',
    ],
    [
      'a promise to retaliate after drones hit a city',
      'Kremlin says it will retaliate after drone attack on Moscow',
      'Ukrainian drones struck two office buildings in Moscow early on Sunday, lightly injuring two guards, the mayor said.',
      true,
      'drone',
    ],
    [
      'a claim of a named attack',
      'JNIM claims attack that killed 30 soldiers in Burkina',
      'The al-Qaeda affiliate JNIM claimed responsibility on Sunday for an attack on an army base in northern Burkina Faso that killed 30 soldiers.',
      true,
    ],
    [
      'a blame told before the denial',
      'Ankara blames PKK for Sivas bombing; PKK denies',
      'Police detained a woman suspected of leaving a bomb that killed four people and wounded 30 in the centre of Sivas, and the government blamed Kurdish militants. The group denied involvement.',
      true,
      'ied',
    ],
  ]);
});

describe('a country that speaks is not the scene of what it reports', () => {
  const countries = (title: string, content: string) => extractStory(title, content).countries;
  it('reads a ship struck off Yemen, reported by Athens', () => {
    expect(
      countries(
        'Greek-owned tanker hit off Yemen, ministry says',
        "Greece's shipping ministry said on Tuesday that a tanker owned by an Athens company had been struck by a missile off the Yemeni port of Hodeidah.",
      ),
    ).toEqual(['YE']);
  });
  it('reads a ship hit near Odesa, reported by Seoul', () => {
    expect(
      countries(
        'Seoul says South Korean ship was hit by missile in Black Sea',
        "South Korea's foreign ministry said a cargo ship operated by a Busan firm had been hit by a missile near the Ukrainian port of Odesa on Wednesday.",
      ),
    ).toEqual(['UA']);
  });
  it('keeps the speaker when nothing else places the attack', () => {
    expect(
      countries(
        'Somalia says militants killed 12 soldiers',
        'Somalia said on Monday that al-Shabaab fighters had killed 12 soldiers in an overnight raid on an army post.',
      ),
    ).toEqual(['SO']);
  });
  reads([
    [
      'a ship that reported it had been hit by a projectile',
      'UK agency says ship reported it had been hit by a projectile',
      "Britain's maritime trade agency said a merchant vessel had reported that it had been struck by an unknown projectile 50 nautical miles west of Aden.",
      true,
      'missile',
    ],
    [
      'sailors hurt when their ship was hit',
      'Manila says Filipino sailors hurt when ship was hit',
      'The Philippine foreign department said three Filipino seafarers had been wounded when their bulk carrier was hit by a projectile in the Gulf of Aden.',
      true,
    ],
  ]);
});

describe('an aircraft crash the story says was not shot down', () => {
  reads([
    [
      'a crash on an operation against gunmen, no attack suspected',
      'Navy helicopter crashes in Sinaloa',
      'A navy helicopter crashed during an operation against cartel gunmen in Sinaloa, killing 14 marines. The navy said it was investigating the cause and no attack was suspected.',
      false,
    ],
    [
      'a helicopter not shot down, a fault suspected',
      'Military helicopter crashes in Mali, killing crew',
      'A Malian army helicopter crashed near Gao on Tuesday, killing its three crew members. The army said the aircraft had not been shot down and that a technical failure was suspected.',
      false,
    ],
    [
      'no sign of hostile fire',
      'Army helicopter crash kills 9 in Colombia',
      'Nine soldiers died when an army helicopter crashed in Antioquia on Sunday. There was no sign of hostile fire, the defence minister said.',
      false,
    ],
    [
      'not the result of enemy fire',
      'Military says helicopter crash in Gaza was not caused by enemy fire',
      'Two soldiers were killed when an army helicopter crashed in southern Gaza during an evacuation mission; the crash was not the result of hostile fire, the military said.',
      false,
    ],
    [
      'rebels shoot down a helicopter',
      'Rebels shoot down army helicopter in Burkina Faso',
      'Jihadist fighters shot down a military helicopter near Djibo on Saturday, killing two pilots, security sources said.',
      true,
      'armed_assault',
    ],
    [
      'a helicopter downed by fighters',
      'Helicopter downed in Sudan, crew killed',
      'An army helicopter was shot down by paramilitary fighters over North Kordofan on Thursday, killing all five crew, a military source said.',
      true,
    ],
  ]);
});

describe('roundups of simultaneous attacks and fire on positions, in other languages', () => {
  const read = (title: string, content: string) => {
    const x = extractStory(title, content);
    return { isAttack: x.isAttack, countries: x.countries };
  };
  it.each([
    [
      'Mali : une série d’attaques contre des postes de l’armée',
      "Une série d'attaques a visé mardi des postes militaires à Nioro du Sahel et à Kayes, a annoncé l'état-major.",
      'ML',
    ],
    [
      'Niger : attaques coordonnées contre trois camps militaires',
      "Des jihadistes ont lancé jeudi des attaques coordonnées contre trois camps de l'armée dans la région de Tillabéri, selon le ministère de la Défense.",
      'NE',
    ],
    [
      'Mali: le JNIM revendique des attaques simultanées contre Kayes et Sandaré',
      'Le groupe jihadiste a revendiqué mardi des attaques menées simultanément contre des camps militaires dans l’ouest du pays.',
      'ML',
    ],
    [
      'Ataques simultáneos contra estaciones de policía en Cauca',
      'Disidentes de las FARC lanzaron ataques simultáneos contra tres estaciones de policía en el departamento del Cauca.',
      'CO',
    ],
    [
      'Koordinierte Angriffe auf Armeeposten in Burkina Faso',
      'Dschihadisten haben am Sonntag koordinierte Angriffe auf drei Armeeposten im Norden Burkina Fasos verübt.',
      'BF',
    ],
    [
      'Armenische Stellungen beschossen, sagt Baku',
      'Das Verteidigungsministerium in Baku erklärte, aserbaidschanische Stellungen im Bezirk Kelbajar seien am Abend von armenischen Einheiten beschossen worden.',
      'AZ',
    ],
    [
      'Grenzposten in Tadschikistan beschossen',
      'Kirgisische Grenzsoldaten haben nach Angaben Duschanbes einen tadschikischen Grenzposten beschossen, ein Soldat wurde verletzt.',
      'TJ',
    ],
  ])('%s', (title, content, country) => {
    expect(read(title, content)).toEqual({ isAttack: true, countries: [country] });
  });
  reads([
    [
      'a memorial of simultaneous attacks years ago',
      'Bamako remembers victims of the simultaneous attacks of 2022',
      'On Sunday hundreds met in the capital to remember the dozens of soldiers who died when jihadists stormed the Kati camp that year.',
      false,
    ],
    [
      'a German trial over a series of attacks',
      'Prozess um Anschlagsserie in Dresden beginnt',
      'Vor dem Landgericht hat am Montag der Prozess gegen drei Männer begonnen, denen eine Serie von Anschlägen auf Moscheen vorgeworfen wird.',
      false,
    ],
  ]);
});

describe('escort and protection missions told with attack words', () => {
  reads([
    [
      'a naval mission extended',
      'EU extends naval mission protecting Red Sea shipping',
      'The European Union extended its naval operation, which escorts merchant ships and protects them against Houthi attacks, for another year, diplomats said.',
      false,
    ],
    [
      'peacekeepers escort aid through raided areas',
      'UN peacekeepers escort aid into eastern Congo',
      'UN peacekeepers escorted a convoy of aid trucks through areas where ADF rebels have attacked villages, reaching Beni on Thursday.',
      false,
    ],
    [
      'escorts resume after an attack last week',
      'Convoy escorts resume for Gaza aid trucks',
      'Troops will escort aid trucks through Kerem Shalom after gunmen attacked a convoy last week, officials said.',
      false,
    ],
    [
      'an army to escort convoys after attacks',
      'Pakistan army to escort convoys on Kurram road after attacks',
      'Security forces will escort all traffic on the Parachinar road following a string of attacks on passenger convoys that killed dozens, officials said.',
      false,
    ],
    [
      'a frigate escorts a tanker, in French',
      'Mission Aspides : une frégate escorte un pétrolier en mer Rouge',
      'Une frégate française a escorté un pétrolier dans le détroit de Bab el-Mandeb pour le protéger contre les attaques des Houthis.',
      false,
    ],
    [
      'a convoy attacked',
      'Aid convoy attacked in Sudan, drivers killed',
      'Gunmen attacked a food convoy in North Darfur on Tuesday, killing three drivers and looting the trucks, the agency said.',
      true,
      'armed_assault',
    ],
    [
      'a missile fired at an escorting warship',
      'Houthis fire missile at warship escorting tankers',
      'The Houthis fired an anti-ship missile at a destroyer escorting tankers in the Red Sea on Wednesday; the missile was shot down, officials said.',
      true,
      'missile',
    ],
    [
      'drones shot down by an escorting frigate',
      'Greek frigate shoots down Houthi drones while escorting ship',
      'A Greek frigate of the EU mission shot down two drones launched by the Houthis at a merchant ship it was escorting, the mission said.',
      true,
      'drone',
    ],
    [
      'soldiers escorting a convoy killed in an ambush',
      'Soldiers escorting aid convoy killed in ambush in Mali',
      'Gunmen ambushed an army escort protecting a convoy of aid trucks near Ménaka on Monday, killing four soldiers, the army said.',
      true,
      'armed_assault',
    ],
  ]);
});
