/**
 * Attack or not, by the way a story is told. Whether a story reports an attack, class by class: the
 * look-alikes that must stay no attack (accidents, relics, trials, remembrance, police action,
 * weapons as goods, space launches…) beside the attacks told in the same words that must stay
 * attacks.
 *
 * Adding a case: put `{ says, title, content, expect }` in the class it belongs to, or add a
 * class named for why its cases are there. `expect` gives only what the case is about; the
 * fields are `Expected` in tests/helpers/extraction.ts. Stories are written for the tests in
 * our own words, not copied from articles. reading-attack-or-not.test.ts runs them, one test a case.
 * A test file in the older shape (a table of `[says, title, content, isAttack, type?]` stories, or
 * an `it` reading one story and expecting on it) folds in the same way: one case a story, its `it`
 * name as `says`; a story tuple's flag and type as `expect: { attack, hasTypes: [type] }`.
 */
import type { CaseClass } from '../../helpers/extraction.js';

export const attackOrNotCases: CaseClass[] = [
  {
    class: 'look-alikes that are not attacks',
    cases: [
      {
        says: 'a militant killed by his own bomb',
        title: 'Militant dies as bomb goes off in his hands',
        content: 'A suspected militant was killed when the bomb he was planting near a checkpoint exploded prematurely, police said.',
        expect: { attack: false },
      },
      {
        says: 'old ordnance found by children',
        title: 'Mortar shell blast kills three children',
        content: 'Three children were killed when an old mortar shell they were playing with exploded in a field, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a truck on a former battlefield',
        title: 'Truck hits anti-tank mine, two dead',
        content: 'Two farm labourers were killed when their lorry ran over an old mine on a dirt road across a long-abandoned front line.',
        expect: { attack: false },
      },
      {
        says: 'a missile fired into the sea',
        title: 'Pyongyang fires ballistic missile into sea',
        content: "North Korea launched a ballistic missile that came down in the sea east of the peninsula on Sunday, Seoul's military said.",
        expect: { attack: false },
      },
      {
        says: 'a gas leak',
        title: 'Six hurt as gas leak causes house blast',
        content: 'An explosion tore through a house on Tuesday, injuring six people; firefighters blamed a gas leak.',
        expect: { attack: false },
      },
      {
        says: 'a fireworks factory',
        title: 'Blast at fireworks factory kills 12',
        content: 'An explosion ripped through a fireworks factory on Monday, killing 12 workers, state media said.',
        expect: { attack: false },
      },
      {
        says: 'a plot thwarted before anything happened',
        title: 'Police thwart bomb plot',
        content: 'Police said six men arrested on Thursday planned to attack a concert and had bought fertiliser for a car bomb.',
        expect: { attack: false },
      },
      {
        says: 'an explainer about a region',
        title: "Violence in the Sahel: here's what to know",
        content: 'Attacks by armed groups have surged across the Sahel this year, analysts say.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'look-alikes',
    cases: [
      {
        says: 'a mine from an old war set off by accident',
        title: 'Landmine kills shepherd in Croatia',
        content: 'A shepherd was killed on Sunday after he accidentally set off a landmine while grazing his sheep near Gospic, in Croatia.',
        expect: { attack: false },
      },
      {
        says: 'an explosion in a factory that makes explosives, fireworks or steel',
        title: 'Blast at explosives factory kills six in Telangana',
        content: 'Six workers were killed in an explosion at an explosives factory in Telangana on Friday.',
        expect: { attack: false },
      },
      {
        says: 'an explosion in a factory that makes explosives, fireworks or steel',
        title: 'Explosion at steel plant kills two workers',
        content: 'Two workers died when a furnace exploded at a steel plant in Ohio, officials said.',
        expect: { attack: false },
      },
      // An attack on such a plant is still an attack.
      {
        says: 'an explosion in a factory that makes explosives, fireworks or steel',
        title: 'Drone attack sets chemical plant on fire in Russia',
        content: 'A Ukrainian drone attack hit a chemical plant in the Tula region, Russia, the governor said.',
        expect: { attack: true },
      },
      {
        says: 'a bomb that went off in the hands of those who carried it, in Spanish',
        title: 'Muere un hombre al explotar el artefacto que intentaba colocar en un comercio',
        content: 'Un hombre murió en Guayaquil cuando el explosivo que llevaba estalló de forma accidental mientras manipulaba el artefacto frente a un local.',
        expect: { attack: false },
      },
      {
        says: 'a seized cache of weapons',
        title: 'Police seize cache of arms in Manipur',
        content: 'Police seized a large cache of weapons in Manipur on Tuesday. The recovered weapons included rifles, grenades and locally made bombs.',
        expect: { attack: false },
      },
      {
        says: 'hostages freed, with the kidnapping recalled',
        title: 'Two aid workers back home after year in captivity',
        content: 'Two aid workers were freed on Friday after a year in captivity. They had been abducted by gunmen in northern Mali last spring.',
        expect: { attack: false },
      },
      {
        says: 'a missile launch reported by where it flew',
        title: 'North Korea fires missile, Seoul says',
        content: 'North Korea fired a short-range ballistic missile toward its eastern waters on Wednesday, South Korea’s military said.',
        expect: { attack: false },
      },
      {
        says: 'an explainer whose title names attacks in general',
        title: 'Why Lake Chad is seeing more insurgent attacks',
        content: 'Insurgents have stepped up their raids around Lake Chad this year, exploiting the withdrawal of a regional force.',
        expect: { attack: false },
      },
      {
        says: 'an explainer whose title names attacks in general',
        title: 'Sudan: the upsurge in militia killings',
        content: 'Militias have killed hundreds of civilians in Darfur since the spring, aid groups say.',
        expect: { attack: false },
      },
      // A report in such a title is still a report.
      {
        says: 'an explainer whose title names attacks in general',
        title: 'Why it matters: suicide bomber kills 12 in Kabul',
        content: 'A suicide bomber killed 12 people at a mosque in Kabul on Friday.',
        expect: { attack: true },
      },
      {
        says: 'a trend piece about a criminal tactic',
        title: 'Grenades become gangs’ new tactic of fear',
        content: 'Gangs in the city have turned to grenades to scare shop owners into paying, police officials said.',
        expect: { attack: false },
      },
      {
        says: 'mines and shells left from past wars',
        title: 'Farmer killed by anti-tank mine in Battambang',
        content: 'A remnant of war, an anti-tank mine buried in a rice field, exploded under a farmer’s tractor, local police said.',
        expect: { attack: false },
      },
      {
        says: 'mines and shells left from past wars',
        title: 'Four killed in landmine blast in Cambodia',
        content: 'Officials believe the mine was planted in the 1980s. It killed four villagers gathering firewood.',
        expect: { attack: false },
      },
      {
        says: 'a bomber killed by his own charge before reaching anyone',
        title: 'Suicide bomber killed in blast near checkpoint',
        content: 'Only the bomber was killed when his vest went off before he could reach the target, police said.',
        expect: { attack: false },
      },
      {
        says: 'commemorations, in English and French',
        title: 'Madrid remembers victims of the train bombings',
        content: 'Three bombs killed 193 people twenty years ago.',
        expect: { attack: false },
      },
      {
        says: 'commemorations, in English and French',
        title: 'Hommage national aux victimes du terrorisme à Nice',
        content: 'Une cérémonie d’hommage aux victimes des attentats de ces dernières années aura lieu jeudi sur la promenade.',
        expect: { attack: false },
      },
      {
        says: 'a film review that talks about drone strikes',
        title: 'Review: Kill Chain',
        content:
          'The filmmaker wants us to feel the weight of drone strikes. The director lingers on the thousands of drone strikes flown from desert trailers.',
        expect: { attack: false },
      },
      {
        says: 'troops deployed against attacks that have not happened',
        title: 'Britain deploys jets to Cyprus as tensions rise',
        content: 'The aircraft will help protect bases from drone and missile attacks.',
        expect: { attack: false },
      },
      {
        says: 'a North Korean launch with no target',
        title: 'North Korea fires projectile thought to be a ballistic missile',
        content: 'Japan’s coast guard said the object had already landed.',
        expect: { attack: false },
      },
      {
        says: 'nuisance drones over an airport',
        title: 'Flights halted as drones buzz runway at Dublin airport',
        content: 'Officers judged it too risky to fire at the drones over the runway.',
        expect: { attack: false },
      },
      {
        says: 'a seizure of explosives, and a factory blast',
        title: 'Police seize 500 kg of explosives in Quetta',
        content: 'Two suspected suicide bombers were arrested in the raid.',
        expect: { attack: false },
      },
      {
        says: 'a seizure of explosives, and a factory blast',
        title: 'Factory blast kills 12 in Jiangsu',
        content: 'Safety violations caused the explosion at the chemical works, an inquiry found.',
        expect: { attack: false },
      },
      {
        says: 'gas and factory explosions, and defused devices, in other languages',
        title: 'Explosion dans une usine chimique près du Havre : trois morts',
        expect: { attack: false },
      },
      {
        says: 'gas and factory explosions, and defused devices, in other languages',
        title: 'Explosión de gas en una vivienda de Sevilla deja dos muertos',
        expect: { attack: false },
      },
      {
        says: 'gas and factory explosions, and defused devices, in other languages',
        title: 'Explosão em fábrica de fogos deixa quatro mortos no Paraná',
        expect: { attack: false },
      },
      {
        says: 'gas and factory explosions, and defused devices, in other languages',
        title: 'Desactivan un artefacto explosivo frente a una estación de policía en Cali',
        expect: { attack: false },
      },
      { says: 'gas and factory explosions, and defused devices, in other languages', title: 'Bombe vor Schule entschärft', expect: { attack: false } },
      {
        says: 'sentences handed down in other languages',
        title: 'Penas de 30 años para los autores del atentado de Vic',
        content: 'El tribunal ha condenado a los dos acusados a 30 años de prisión por el atentado terrorista de 1991.',
        expect: { attack: false },
      },
      {
        says: 'a history told by the hundreds',
        title: 'How trench warfare shaped modern armies',
        content: 'In 1916 the generals faced a deadlock. Machine guns and massed artillery killed soldiers by the hundreds.',
        expect: { attack: false },
      },
      {
        says: 'hostages set free, on alert after an earlier abduction',
        title: 'Kidnappers set six fishermen free in Sulu',
        content: 'The men were found near a pier on Saturday. Troops remain on alert following the recent abduction of two tourists off Sabah.',
        expect: { attack: false },
      },
      {
        says: 'a bombing suspect charged, and a man charged with a stabbing',
        title: 'Stadium bombing suspect charged',
        content: 'The suspect was charged on Monday; the bombing killed two people last week.',
        expect: { attack: false },
      },
      {
        says: 'a bombing suspect charged, and a man charged with a stabbing',
        title: 'Police charge man with double stabbing in Ferrow shop',
        content: 'Two women were stabbed in the shop on 2 March.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: kidnapped villagers freed is a release, not a new kidnapping',
        title: 'Liberados 9 de los 12 secuestrados en Tierra Blanca',
        content: 'Los liberados fueron secuestrados el pasado lunes por un grupo armado.',
        expect: { attack: false },
      },
      {
        says: 'French: a country commemorates the victims of old attacks',
        title: 'La ville commémore les victimes des attentats de 2016',
        content: 'Les attentats avaient fait 86 morts.',
        expect: { attack: false },
      },
      {
        says: 'histories, guides and essays about drone warfare',
        title: 'Armed drones: a brief history',
        content: 'Drone strikes have killed thousands of people in two decades.',
        expect: { attack: false },
      },
      {
        says: 'histories, guides and essays about drone warfare',
        title: 'Everything we know about the drone strikes',
        content: 'Drone strikes killed militants and civilians in three countries.',
        expect: { attack: false },
      },
      {
        says: 'histories, guides and essays about drone warfare',
        title: 'Five ways in which drone warfare is different',
        content: 'Armed drones can strike a target after watching it for hours.',
        expect: { attack: false },
      },
      {
        says: 'a prison as the place of an attack is no trial; a prison sentence is',
        title: 'Car bomb explodes outside Tarvo prison',
        content: 'A car bomb exploded near the prison gate on Friday, wounding three guards.',
        expect: { attack: true },
      },
      {
        says: 'a prison as the place of an attack is no trial; a prison sentence is',
        title: 'Bomber sentenced to life in prison',
        content: 'The man set off a bomb that killed four people in 2019.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Swarm of bees attacked hikers on Mesa trail',
        content: 'One hiker died after hundreds of stings; two were treated in hospital.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Drivers shelling out more as diesel hits record',
        content: 'Prices hit a new high at the pumps this week.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Rovers thrash City as striker bags a brace',
        content: 'The attack fired 20 shots and two goals came in five minutes.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Frontline Ops review: the bunker assault mission shines',
        content: 'You call in drone strikes and mortar fire before a night raid on an enemy outpost.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'OBITUARY: Tom Reyes, 1950-2026, survived a roadside bomb in 1970',
        content: 'He later ran a bakery for forty years.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Netflix film dramatises the 2015 Sousse beach attack',
        content: 'A gunman killed 38 tourists on the beach that day.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'US sanctions firms supplying drone engines',
        content: 'The engines were used in drone attacks on cities and shipping.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Drone start-up raises $30 million',
        content: 'It will build interceptor drones that shoot down attack drones.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Army denies reports of drone attack on Balad base',
        content: 'The blasts heard there were a controlled demolition of expired munitions.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Troops recover rifles and ammunition in forest raid',
        content: 'Soldiers raided a camp abandoned by bandits and found 12 rifles.',
        expect: { attack: false },
      },
      {
        says: 'animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports',
        title: 'Kidnapped engineer released after four months',
        content: 'He was abducted by gunmen in March and is in good health.',
        expect: { attack: false },
      },
      {
        says: 'armed men who fire on a village attack it',
        title: 'Villager wounded as armed men fire on Lamka village',
        content: 'Armed miscreants fired on the village from the hills on Saturday evening, wounding one volunteer.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a war that drags on is the setting, not this attack',
        title: 'Drone strike kills six in Kadugli market',
        content: 'A drone strike killed six people at the market on Sunday. As the war drags on, militias continue to shell towns.',
        expect: { types: ['drone'] },
      },
    ],
  },
  {
    class: 'look-alikes that are not attack reports',
    cases: [
      {
        says: 'a city remembering the victims of an old bombing, and a French national tribute',
        title: 'Madrid remembers victims of train bombings',
        content: 'Church bells rang across the city at noon as families gathered at the station where bombs killed 191 commuters.',
        expect: { attack: false },
      },
      {
        says: 'a city remembering the victims of an old bombing, and a French national tribute',
        title: 'Hommage aux victimes des attentats : la cérémonie aura lieu dimanche à Nice',
        content: 'Des proches de personnes tuées dans les attentats seront présents.',
        expect: { attack: false },
      },
      {
        says: 'a launch reported as a projectile with nothing hit',
        title: 'Pyongyang fires projectile believed to be a ballistic missile',
        content: 'The object came down outside the coast guard zone, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a bomber killed by his own device before reaching anyone',
        title: 'Suicide bomber dies in blast near checkpoint',
        content: 'The bomber himself was killed when his vest went off in a field before he could reach the checkpoint, police said.',
        expect: { attack: false },
      },
      {
        says: 'police seizing explosives, drones over an airport, a factory blast',
        title: 'Police seize 500 kg of explosives in raid on warehouse',
        content: 'Two suspects were arrested.',
        expect: { attack: false },
      },
      {
        says: 'police seizing explosives, drones over an airport, a factory blast',
        title: 'Flights halted as drones buzz runway at regional airport',
        content: 'Police searched for the drone operator for hours.',
        expect: { attack: false },
      },
      {
        says: 'police seizing explosives, drones over an airport, a factory blast',
        title: 'Chemical plant blast kills nine workers',
        content: 'A factory blast tore through the site on Monday, the safety agency said.',
        expect: { attack: false },
      },
      {
        says: 'mines left from old wars',
        title: 'Tractor driver killed by anti-tank mine',
        content: 'An old anti-tank mine, a remnant of war, blew up under a tractor ploughing a field on Tuesday, killing its driver.',
        expect: { attack: false },
      },
      {
        says: 'mines left from old wars',
        title: 'Three killed as landmine explodes under cart',
        content: 'The mine is believed to have been planted during the civil war decades ago. Three villagers were killed.',
        expect: { attack: false },
      },
      {
        says: 'a film about drone warfare, named in the first sentence under a bare title',
        title: 'Kill Chain',
        content:
          'A first-time filmmaker tells the story of a pilot who flies drones from a desert base. The film returns again and again to drone strikes that killed civilians in Yemen.',
        expect: { attack: false },
      },
      {
        says: 'a sentence handed down in Spanish',
        title: 'Condenados a 40 años de cárcel los autores del atentado de la estación',
        content: 'El tribunal dictó la sentencia el lunes.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a title silent on any attack sets the topic',
    cases: [
      {
        says: 'a passing mention of ongoing strikes in a story about a harbour reopening is no report',
        title: 'Grain ships leave the port of Odesa for the first time in weeks',
        content: 'Four vessels loaded with wheat sailed on Monday. Insurers remain cautious while airstrikes by the navy go on along the coast.',
        expect: { attack: false },
      },
      {
        says: 'a shot fired during a shop robbery is no attack report',
        title: 'Thieves empty a watch shop in downtown Chicago',
        content: 'Two men in masks broke the glass counters and left with several bags. A third man fired one shot into the ceiling as staff hid.',
        expect: { attack: false },
      },
      {
        says: 'the same silent title still reports an attack when its lead gives a toll',
        title: 'Night of fear in a village near Maiduguri',
        content: 'Gunmen stormed the village at dawn and shot dead nine farmers, residents said.',
        expect: { attack: true, killed: 9 },
      },
    ],
  },
  {
    class: 'weapons as products, gas blasts and mining disasters are look-alikes',
    cases: [
      {
        says: 'a country producing its own attack drones, or one state supplying missiles to another',
        title: 'Factories in the west are now producing their own attack drones by the thousand',
        expect: { attack: false },
      },
      {
        says: 'a country producing its own attack drones, or one state supplying missiles to another',
        title: 'Ministers weigh new penalties',
        content: 'Diplomats say one government is supplying drones to an army at war, and strike drones are cheap to build.',
        expect: { attack: false },
      },
      {
        says: 'a locally made bomb that exploded is still an attack',
        title: 'Homemade bomb kills two at a bus stop',
        content: 'The locally manufactured device exploded as commuters waited, police said.',
        expect: { attack: true },
      },
      {
        says: 'a household gas blast that kills is no bombing',
        title: 'Methane blast kills four in an apartment block',
        content: 'Rescuers searched the rubble for two missing tenants.',
        expect: { attack: false },
      },
      {
        says: 'a mine roof that caved in, killing rescuers',
        title: 'Rescue halted after cave-in kills two',
        content: 'Officials said the shaft exploded and buried the men who were digging towards the trapped miners.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'an everyday thing that blew up is no bombing',
    cases: [
      {
        says: 'reads a cylinder, canister or boiler named before the blast as its cause',
        title: 'Three dead, five hurt in cylinder blast at a roadside eatery',
        content: 'A cooking cylinder exploded in the kitchen of a small restaurant on Monday, officials said.',
        expect: { attack: false },
      },
      {
        says: 'reads a cylinder, canister or boiler named before the blast as its cause',
        title: 'Boiler explosion at a textile mill kills two workers',
        content: 'The blast tore through the dyeing section late on Friday.',
        expect: { attack: false },
      },
      {
        says: 'reads a cylinder, canister or boiler named before the blast as its cause',
        title: 'Gas canister blast in a market leaves four dead',
        expect: { attack: false },
      },
      {
        says: 'still reads a bomb at a gas station, and a strike that set off a gas blast, as attacks',
        title: 'Car bomb explodes at gas station in the city centre, killing six',
        content: 'The bomb went off as drivers queued for fuel, police said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'still reads a bomb at a gas station, and a strike that set off a gas blast, as attacks',
        title: 'Drone strike sets off gas explosion in apartment block, three dead',
        content: 'A drone hit the building overnight and a gas pipe exploded.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
    ],
  },
  {
    class: 'attacks repelled',
    cases: [
      {
        says: '"May" in a date is the month, not a modal that makes the event a possibility',
        title: 'Army communiqué from Dras',
        content: 'On Monday 12 May 2026 troops repelled an attack by militants on the outpost at Dras; two soldiers were killed.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'accidents and old munitions are no attacks',
    cases: [
      {
        says: 'a blast and fire at a refinery is a workplace accident',
        title: 'Three dead in fiery blast at Corvell refinery',
        content: 'An explosion and fire at the oil refinery in Corvell shot flames into the sky on Monday, killing three workers, the company said.',
        expect: { attack: false },
      },
      {
        says: 'a drone that sets a refinery ablaze is still an attack',
        title: 'Drone strike sets refinery ablaze',
        content: 'A drone hit the refinery in Tuapse overnight, causing an explosion at the plant, officials said.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'a landmine left from a war decades ago',
        title: 'Landmine kills boy herding goats',
        content: 'The landmine, a remnant of the 1979-84 border war, exploded under a boy near Delvar on Sunday, killing him.',
        expect: { attack: false },
      },
      {
        says: 'a group’s remnants who attack are still attackers',
        title: 'IS remnants attack army post',
        content: 'Remnants of the Islamic State group attacked an army post near Hawija, killing two soldiers.',
        expect: { attack: true },
      },
      {
        says: 'a bomb that goes off while it is being made',
        title: 'Man killed as crude bomb goes off at home',
        content: 'A man was killed in an accidental blast while making crude bombs to scare wild boars off his fields, police said.',
        expect: { attack: false },
      },
      {
        says: 'old shells picked up by children',
        title: 'Ordnance explosion kills three boys',
        content: 'The boys picked up an old artillery shell near their village and it exploded, police said.',
        expect: { attack: false },
      },
      {
        says: 'old shells picked up by children',
        title: 'Two children die as mortar shell explodes at home',
        content: 'A live mortar shell kept in the family store exploded on Friday.',
        expect: { attack: false },
      },
      {
        says: 'a feature on munitions that still kill decades after a war',
        title: 'Forty-year-old bombs still kill in the hills of Xiengkor',
        content: 'A farmer was killed last week when he struck a bomblet with his hoe. The war here ended decades ago.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a report needs something that happened',
    cases: [
      {
        says: 'a weapon described as a product in the body is no attack; a lead that says the attack took place is',
        title: 'Norland signs for 20 Falcon-7 drones',
        content:
          'The defence ministry of Norland signed the contract on Monday. The Falcon-7, built by the state aircraft works, is a long-range reconnaissance and strike drone with a 30-hour endurance.',
        expect: { attack: false },
      },
      {
        says: 'a weapon described as a product in the body is no attack; a lead that says the attack took place is',
        title: 'Commuters hurt at Velmar station',
        content:
          'Four commuters were taken to hospital on Friday evening. The attack occurred shortly after 7 p.m. on platform 3 of Velmar central station, where a man with a knife approached passengers.',
        expect: { attack: true },
      },
      {
        says: 'a group that "has continued to launch" attacks is a habit; rockets that struck near an airport are an event',
        title: 'Treasury names six leaders of the Qarun Brigades, blamed for attacks in Iraq',
        content: 'The Qarun Brigades have continued to launch drone and rocket attacks on bases in the region, the Treasury said on Thursday.',
        expect: { attack: false },
      },
      {
        says: 'a group that "has continued to launch" attacks is a habit; rockets that struck near an airport are an event',
        title: 'Rocket attack on Sulaymaniyah airport',
        content: 'Three rockets struck near the airport runway before dawn on Tuesday, the airport authority said.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'a headline future ("X to buy armed drones") is no attack; armed drones that struck are',
        title: 'Peru to buy 12 armed drones from Turkey',
        content: 'The purchase was approved by the defence committee on Wednesday.',
        expect: { attack: false },
      },
      {
        says: 'a headline future ("X to buy armed drones") is no attack; armed drones that struck are',
        title: 'Norland to import 20 Falcon-7 drones from Tarsk',
        content: 'The Falcon-7, built by the state aircraft works, is a long-range reconnaissance and strike drone with a 30-hour endurance.',
        expect: { attack: false },
      },
      {
        says: 'a headline future ("X to buy armed drones") is no attack; armed drones that struck are',
        title: 'Ghana to acquire combat drones',
        content: 'Officials said the first aircraft would arrive next year.',
        expect: { attack: false },
      },
      {
        says: 'a headline future ("X to buy armed drones") is no attack; armed drones that struck are',
        title: 'Armed drones strike fuel depot in Kherson',
        content: 'Two workers were wounded when the drones hit the depot overnight, the governor said.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'attacks counted vaguely over weeks are an aggregate; a roundup of named attacks is a report',
        title: 'Unrest across the Lake region worries neighbours',
        content:
          'Armed groups have grown bolder this season. Governments in the region are struggling to respond. Dozens of police officers have been killed in various attacks blamed on the insurgents.',
        expect: { attack: false },
      },
      {
        says: 'attacks counted vaguely over weeks are an aggregate; a roundup of named attacks is a report',
        title: 'Two attacks in northern Benin',
        content: 'Gunmen killed six police officers at a checkpoint near Banikoara on Sunday, and a second attack hit a patrol the same night.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'munitions of a war with a name',
    cases: [
      {
        says: 'a shell "from the Korean War" is an old munition; a shell fired in the war going on is an attack',
        title: 'Mortar round from the Korean War kills two farmers',
        content: 'Two farmers were killed near Cheorwon when the mortar round went off as they ploughed a field.',
        expect: { attack: false },
      },
      {
        says: 'a shell "from the Korean War" is an old munition; a shell fired in the war going on is an attack',
        title: 'Shelling kills two farmers in Zaporizhzhia region',
        content: 'Two farmers were killed when Russian shells hit a field near Orikhiv on Tuesday.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'retrospectives and books',
    cases: [
      {
        says: 'a look back at past attacks and a ranking of the deadliest are no report; "one of the deadliest" stays one',
        title: 'Attentats au camion : retour sur dix ans de drames',
        content: 'En juillet, un conducteur a foncé dans la foule sur le port de Sète, faisant 12 morts. Ces attaques frappent des foules sans armes.',
        expect: { attack: false },
      },
      {
        says: 'a look back at past attacks and a ranking of the deadliest are no report; "one of the deadliest" stays one',
        title: 'Les attentats les plus meurtriers du continent',
        content: 'Des bombes et des fusillades ont tué des centaines de personnes.',
        expect: { attack: false },
      },
      {
        says: 'a look back at past attacks and a ranking of the deadliest are no report; "one of the deadliest" stays one',
        title: 'Une voiture piégée tue 31 personnes à Mogadiscio',
        content: "L'attentat, l'un des plus meurtriers de l'année, a visé un marché samedi matin.",
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'a list of books about terrorism is no report; a bombing is',
        title: 'The best books to understand political violence',
        content:
          'The first hijacking of an airliner was in 1931, and 70 people were killed by such attacks in the decade that followed. Our critic picks eight titles.',
        expect: { attack: false },
      },
      {
        says: 'a list of books about terrorism is no report; a bombing is',
        title: 'Bomb kills eight at bookshop in Quetta',
        content: 'The device went off at the entrance on Saturday afternoon.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a context in a later clause',
    cases: [
      {
        says: 'an attack reported before "as" keeps its report; a threat or a sentence in the main clause is still no attack',
        title: 'A missile struck a tanker off Mokha, as the rebels threatened to widen their campaign against shipping',
        content: 'The crew were unhurt and the vessel sailed on, a maritime security firm said.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'an attack reported before "as" keeps its report; a threat or a sentence in the main clause is still no attack',
        title: 'Rebels threaten to strike more tankers off Mokha, as talks stall',
        content: 'The group said ships linked to its enemies would be targets.',
        expect: { attack: false },
      },
      {
        says: 'an attack reported before "as" keeps its report; a threat or a sentence in the main clause is still no attack',
        title: 'Court sentences bomber of Arlow market to life, as the town remembers its 14 dead',
        content: 'The judge called the attack cowardly.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a published report on a campaign of strikes',
    cases: [
      {
        says: 'is no attack report when the lead cites the study',
        title: 'Coalition air strikes target weddings and markets in Yemen',
        content:
          'The coalition says its air campaign aims only at fighters, yet a new study argues it has also been killing hundreds of villagers. ' +
          'The study, released by a Geneva monitoring group, counts 900 civilian deaths over four years.',
        expect: { attack: false },
      },
      {
        says: 'still reports a strike whose toll a later sentence takes from a report',
        title: 'Air strike kills 14 at market in Saada',
        content:
          'An air strike hit a crowded market in Saada on Monday, killing 14 people, medics said. ' +
          'A new report by a monitoring group says such strikes have doubled this year.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a suicide bomber whose charge went off early',
    cases: [
      {
        says: 'is an attempted attack when others were hurt near the target',
        title: 'Suicide bomber blows himself up short of church in failed attack',
        content:
          'Several worshippers were wounded in Kano on Sunday in a failed attack by a suicide bomber outside a church. ' +
          'The bomber died alone when the charge he wore went off prematurely, police said.',
        expect: { attack: true, hasTypes: ['suicide_attack'] },
      },
      {
        says: 'is no attack when only the bomber died',
        title: 'Suicide bomber killed near roadblock',
        content: 'The vest of the bomber went off prematurely in a field, killing only him, officials said.',
        expect: { attack: false },
      },
      {
        says: 'an old mine that kills travellers names no attacker and stays a relic',
        title: 'Three travellers killed by landmine',
        content:
          'Three men on a motorbike were killed when a landmine went off under them near a village on Friday. ' +
          'Police said it was a remnant of the war, not a newly planted device.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a man killed by the explosive he was making',
    cases: [
      {
        says: 'reads "the device he was building" as a mishap',
        title: 'Man dies in garage blast',
        content: 'A man, 40, died on Sunday when the pipe bomb he was building in his garage exploded, according to the county sheriff.',
        expect: { attack: false },
      },
      {
        says: 'reads a headline "dies making explosives" as a mishap',
        title: 'Farmer dies making explosives for quarry',
        content: 'He was found badly burned behind his barn and died later in hospital.',
        expect: { attack: false },
      },
      {
        says: 'still reports a bomb that someone planted at a home',
        title: 'Pipe bomb left at front door kills homeowner',
        content: 'A man was killed on Sunday when a pipe bomb left at his front door exploded as he opened it, the sheriff said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'history told under a title that names no attack',
    cases: [
      {
        says: 'reads a lead dated by a past year and "when" as history (a book review)',
        title: 'Ten Days in March',
        content:
          'A careful history of the days in March 1945 when Allied bombers struck the northern ports in wave after wave of air raids. ' +
          'The author, a former pilot, follows the crews as they hit back and the towns below them.',
        expect: { attack: false },
      },
      {
        says: 'still reports an attack whose lead recalls an earlier one by its year',
        title: 'Car bomb kills nine in Mogadishu',
        content:
          'A car bomb killed nine people at a checkpoint in Mogadishu on Saturday, the worst blast in the city since 2019, when a truck bomb killed scores.',
        expect: { attack: true },
      },
      {
        says: 'still reports a raid told under a quiet title with its toll',
        title: 'A night in Tillaberi',
        content: 'Gunmen on motorbikes raided a village near Tillaberi overnight, killing 11 villagers, officials said on Sunday.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'what follows an attack: security measures and verdicts',
    cases: [
      {
        says: 'reads "security stepped up after a spate of attacks" as the measure, not a report',
        title: 'Security stepped up in Pattani after spate of attacks',
        content:
          'PATTANI - After a spate of attacks in the town centre that killed eight villagers and rangers, the authorities have stepped up security. ' +
          'Soldiers now man checkpoints on every road into the market.',
        expect: { attack: false },
      },
      {
        says: 'reads a death sentence told by its means as a verdict',
        title: 'Three to die by hanging for cattle market raid',
        content: 'The three men stormed the cattle market at Dogo with rifles, killing 14 traders, the judge recalled on Monday.',
        expect: { attack: false },
      },
      {
        says: 'reads a deployment made after attacks the title only names as its cause',
        title: 'Police deploy riot units to Bawku after arson attacks',
        content:
          'The police have sent riot units and armoured cars to Bawku after youths set fire to three houses at the weekend. ' +
          'The units will enforce the curfew and patrol the main roads.',
        expect: { attack: false },
      },
      {
        says: 'still reports a deployment title that says the attack killed',
        title: 'Troops sent to Bawku after gunmen kill five at market',
        content: 'Gunmen on motorbikes opened fire at the Bawku market on Saturday, killing five traders, police said.',
        expect: { attack: true },
      },
      {
        says: 'still reports an attack under a title that also says security was tightened',
        title: 'Gunmen kill 6 at Pattani tea shop; security tightened',
        content: 'Gunmen opened fire on a tea shop in Pattani on Tuesday evening, killing six men, police said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a threat in the title',
    cases: [
      {
        says: 'makes the article about the threat, whatever attacks its body recalls',
        title: 'Militants Threaten Attacks On Capital In New Video',
        content:
          'The group posted a video on Tuesday warning states that join the air campaign against it. ' +
          'The clip shows fighters who took part in last month’s market bombings, which killed 40 people.',
        expect: { attack: false },
      },
      {
        says: 'reads the one threatened, named between the threat and the attacks, as part of the threat',
        title: 'Jihadists threaten Spain with attacks in online message',
        content: 'A message posted on Friday shows four fighters behind the spring bombings in Barcelona, which killed 16, and warns the government.',
        expect: { attack: false },
      },
      {
        says: 'reads security increased after a threat as the measure',
        title: 'Madrid increases security after jihadist video',
        content: 'Police stepped up patrols in the capital on Monday after a video praised the gunmen who killed 16 people in Barcelona in the spring.',
        expect: { attack: false },
      },
      {
        says: 'still reports an attack whose title adds a threat after it',
        title: 'Gunmen kill 7 at checkpoint, threaten more attacks',
        content: 'Gunmen shot dead seven soldiers at a checkpoint near Gao on Tuesday, the army said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'air defences that repel an attack',
    cases: [
      {
        says: 'report the attack when the title names a drone swarm attack',
        title: 'Air defences repel drone swarm attack on Khmeimim base',
        content: 'Armed groups sent eleven drones at the air base before dawn on Sunday; air defences downed nine and jammed two, the ministry said.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
    ],
  },
  {
    class: 'an arrest headline over the first report of the attack',
    cases: [
      {
        says: 'reads the stabbing the lead reports as it happened',
        title: 'Police arrest knifeman after supermarket stabbing',
        content:
          'A man armed with a kitchen knife attacked customers at a supermarket in Leicester on Saturday morning, wounding four people, two of them seriously.',
        expect: { attack: true, types: ['armed_assault'], injured: 4 },
      },
      {
        says: 'still leaves out an arrest whose lead is about the arrest',
        title: 'Police arrest three over bus station stabbing',
        content: 'Police arrested three men in connection with the stabbing of two travellers last month.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'old mines and car bombs',
    cases: [
      {
        says: 'reads an old anti-tank mine hit by a tractor as a legacy of war',
        title: 'Five die in Angola mine blast',
        content: 'Five farmers died on Tuesday when their tractor drove over two old anti-tank mines in Cuando Cubango province.',
        expect: { attack: false },
      },
      {
        says: 'types a suicide bomber who blew up a car as a suicide attack and a bomb',
        title: 'Suicide bomber kills three guards in Somalia',
        content: 'A suicide attacker blew up his car beside a police post in Baidoa on Sunday, and three guards died.',
        expect: { hasTypes: ['suicide_attack', 'ied'] },
      },
    ],
  },
  {
    class: 'wire background about old munitions',
    cases: [
      {
        says: 'does not let a generality on leftover munitions undo a roadside bombing the title reports',
        title: 'Roadside bomb planted by insurgents kills 4 in Kunduz',
        content:
          'A roadside bomb killed three police officers and a driver in Kunduz province on Friday, an official said. ' +
          'The bomb had been planted by insurgents overnight. ' +
          'Mines left over from decades of fighting still lie across the country and maim dozens of people every month.',
        expect: { attack: true, killed: 4 },
      },
      {
        says: 'still reads a lead about a mine left over from the war as an accident',
        title: 'Mine blast kills three boys in Kunduz',
        content: 'Three boys were killed on Friday when a mine left over from the war exploded as they herded goats.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'remembrance, accidents and towns in local papers',
    cases: [
      {
        says: 'reads a mayor honouring the victims on the anniversary as a memorial',
        title: 'Governor honours victims of the Oak Street shooting',
        content: 'Saturday marks two years since the shooting at a grocery store on Oak Street. Relatives and officials laid wreaths at the site.',
        expect: { attack: false },
      },
      {
        says: 'still reads a shooting whose title tells what happened, a year after another',
        title: 'Gunman kills three at Oak Street store',
        content: 'A gunman opened fire at a grocery store on Oak Street on Saturday, a year after a shooting at the same site, killing three shoppers.',
        expect: { attack: true },
      },
      {
        says: 'reads a grenade a passer-by picked up as an accident',
        title: 'Two hurt in grenade explosion at Wajir market',
        content:
          'Two traders were injured on Friday when a grenade went off at a market in Wajir. Police said a boy had picked the grenade from a field and carried it to a shop.',
        expect: { attack: false },
      },
      {
        says: 'finds a town written with "Town" after its name',
        title: 'Six hurt in grenade attack',
        content: 'Six people were injured when attackers threw a grenade at a bus stop in Mandera Town on Tuesday night.',
        expect: { countries: ['KE'] },
      },
    ],
  },
  {
    class: 'a warning named as the time before the attack',
    cases: [
      {
        says: 'does not let an earlier warning of an attack make the report a plan',
        title: 'Grenade wounds nine in Mombasa nightclub',
        content:
          'A grenade exploded in a Mombasa nightclub on Saturday night, injuring nine people, three days after police warned of a planned attack on the coast.',
        expect: { attack: true, injured: 9 },
      },
    ],
  },
  {
    class: 'an animal as the attacker',
    cases: [
      {
        says: 'is no attack report when a shark or a bear did it',
        title: 'Swimmer bitten by shark off Port Alfred, beach closed',
        content: 'A swimmer was attacked by a great white shark on Tuesday morning and taken to hospital with wounds to his arm, the municipality said.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when a shark or a bear did it',
        title: 'Camper mauled to death by grizzly in Montana',
        content: 'A grizzly bear killed a camper near Glacier on Sunday. It was the first deadly attack in the area in a decade, rangers said.',
        expect: { attack: false },
      },
      {
        says: 'still reports gunmen who attacked a village by the same words',
        title: 'Gunmen attack village in Katsina, kill 9',
        content: 'Gunmen attacked a village in Katsina state on Tuesday, killing nine people, police said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a bomb that went off while it was being made',
    cases: [
      {
        says: 'is a mishap for hand bombs and improvised explosive devices',
        title: '1 killed, 3 hurt while making hand bombs in Faridpur',
        content: 'A man was killed and three others were injured while making hand bombs in a village of Faridpur on Thursday.',
        expect: { attack: false },
      },
      {
        says: 'is a mishap for hand bombs and improvised explosive devices',
        title: 'Man dies in garage blast',
        content:
          'An Ohio man was killed on Saturday after he accidentally blew himself up in his garage, where he was assembling improvised explosive devices, deputies said.',
        expect: { attack: false },
      },
      {
        says: 'is a relic for a bomb of the Second World War that went off on a building site',
        title: 'WWII bomb explodes at Dortmund building site, injuring 2',
        content: 'A Second World War bomb blew up on a building site in Dortmund on Monday, injuring two workers.',
        expect: { attack: false },
      },
      {
        says: 'is a relic for a war-left mine',
        title: 'Farmer killed by anti-tank mine in Pursat',
        content:
          'A farmer driving his tractor through a rice field in Pursat province was killed on Tuesday when it struck a war-left anti-tank mine, a demining official said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'remembrance and mourning',
    cases: [
      {
        says: 'is no attack report when a Russian city will honour the victims of terror attacks',
        title: 'В Самаре почтут память жертв терактов',
        content: 'Самара присоединится к трауру по жертвам терактов, сообщили в администрации. Пройдут памятные акции.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when soldiers killed in an ambush are laid to rest or buried',
        title: 'Army buries 8 soldiers killed in Zamfara ambush',
        content: 'Eight soldiers killed in an ambush by bandits last week were laid to rest on Tuesday at the military cemetery in Kaduna.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when soldiers killed in an ambush are laid to rest or buried',
        title: 'Chad holds state funeral for slain troops',
        content: 'Chad held a state funeral on Friday for 12 soldiers killed by jihadists near Lake Chad.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when other languages tell of the funeral',
        title: "Obsèques des gendarmes tués dans l'embuscade de Djibo",
        content: 'Les obsèques des sept gendarmes tués mardi dans une embuscade ont eu lieu samedi à Ouagadougou.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when other languages tell of the funeral',
        title: 'Sepultan a los soldados asesinados en emboscada en Cauca',
        content: 'Familiares dieron el último adiós este lunes a los nueve soldados asesinados en una emboscada.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when other languages tell of the funeral',
        title: 'Şehitler son yolculuğuna uğurlandı',
        content: "Şırnak'ta teröristlerin saldırısında şehit olan 2 asker için cenaze töreni düzenlendi.",
        expect: { attack: false },
      },
      {
        says: 'is no attack report when other languages tell of the funeral',
        title: 'В Курске простились с погибшими при обстреле',
        content: 'В Курске во вторник простились с жертвами обстрела, в результате которого погибли 6 человек.',
        expect: { attack: false },
      },
      {
        says: 'still reports an attack on a funeral',
        title: 'Suicide bomber kills 14 at funeral in Kunar',
        content: 'A suicide bomber blew himself up among mourners attending the funeral of a village elder in Kunar on Tuesday, killing 14 people.',
        expect: { attack: true, hasTypes: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'crime for money',
    cases: [
      {
        says: 'is no attack report when robbers shoot it out with police',
        title: 'Police kill 4 suspected bank robbers in Recife',
        content: 'Four suspected robbers died in a shootout with police on Monday after a gang tried to blow open cash machines at a bank in Recife.',
        expect: { attack: false },
      },
      {
        says: 'is no attack report when robbers shoot it out with police',
        title: 'Armored-car robbers turn Houston street into a battlefield',
        content: 'Masked men botched a bank robbery on Wednesday and then fired at police and passers-by, wounding five people.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a travel advisory after an attack',
    cases: [
      {
        says: 'is no attack report',
        title: 'Britain raises travel advisory for northern Mozambique after attack',
        content: 'The Foreign Office told Britons to avoid all travel to Cabo Delgado on Wednesday, citing an attack by insurgents that killed 11 people.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'an air strike that flattened a building',
    cases: [
      {
        says: 'is an air strike, not an accident like an earthquake',
        title: 'Air strike flattens home in Idlib',
        content: 'A Russian air strike flattened a house in a village near Idlib overnight, killing six members of one family, rescuers said.',
        expect: { attack: true, hasTypes: ['airstrike'] },
      },
      {
        says: 'is an air strike, not an accident like an earthquake',
        title: 'Earthquake flattens villages',
        content: 'Homes were flattened by the earthquake, killing dozens.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a man killed by a blast he is guessed to have caused',
    cases: [
      {
        says: 'is the maker’s mishap when the title says he may have been building bombs',
        title: 'Man Killed in Garage Blast May Have Been Building Pipe Bombs',
        content:
          'A 41-year-old man died on Friday when an explosion tore through the garage of his house in Elmwood, the county sheriff said. ' +
          'Deputies found lengths of pipe and bags of powder in the garage.',
        expect: { attack: false },
      },
      {
        says: 'a bombing stays a bombing when the lead says the arrested man had been building bombs',
        title: 'Bomb outside bakery kills two in Elmwood',
        content:
          'A bomb left outside a bakery in Elmwood exploded on Friday morning, killing two customers and wounding five, police said. ' +
          'A 41-year-old man was arrested hours later. Detectives said he had been building bombs in his garage for weeks.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'bombs that went off in their carriers’ hands',
    cases: [
      {
        says: 'a suspect killed as he dug up his own explosive is a mishap',
        title: 'Suspected militant dies after bomb explodes in hand near Tarn Taran',
        content:
          'A suspected militant was killed in an explosion on Sunday morning near a village on the Tarn Taran road. ' +
          'Police said he lost both arms when the device went off as he was trying to dig up the explosive he had buried.',
        expect: { attack: false },
      },
      {
        says: 'a grenade thrown at a police post is an attack',
        title: 'Grenade attack on police post in Tarn Taran wounds two',
        content: 'Attackers on a motorcycle hurled a grenade at a police post near Tarn Taran on Sunday, wounding two constables.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a man shot by the police',
    cases: [
      {
        says: 'is the police’s action when the title says only that',
        title: 'Man killed by police after knife threat',
        content: 'Officers shot dead a man who threatened them with a knife outside a supermarket in Hollin on Saturday, the police watchdog said.',
        expect: { attack: false },
      },
      {
        says: 'is an attack report when the title says he stabbed people first',
        title: 'Police shoot dead man who stabbed three at Hollin station',
        content: 'A man stabbed three people at Hollin railway station on Saturday morning before officers shot him dead, police said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'what "neutralised" neutralised',
    cases: [
      {
        says: 'fighters neutralised in air strikes were struck',
        title: 'Ministry says 9 militants neutralised in northern Iraq',
        content: 'Turkish forces neutralised nine militants in air strikes on hideouts in the Hakurk region of northern Iraq, the defence ministry said.',
        expect: { attack: true, hasTypes: ['airstrike'] },
      },
      {
        says: 'a roadside bomb neutralised by engineers was defused',
        title: 'Sappers neutralise roadside bomb near Lashkar Gah',
        content: 'Army engineers neutralised a roadside bomb planted on the ring road near Lashkar Gah on Monday, officials said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'mines from a war named by its name',
    cases: [
      {
        says: 'a landmine left from the Iran-Iraq war that killed herders is an old mine',
        title: 'Landmine kills two herders near Halabja',
        content:
          'Two herders died on Monday when a landmine went off near the Iranian border outside Halabja, officials said. The hills are full of mines laid during the Iran-Iraq war.',
        expect: { attack: false },
      },
      {
        says: 'minefields that date back to a liberation war are old mines',
        title: 'Landmine kills cattle herder on eastern border',
        content:
          'A cattle herder was killed when he stepped on a landmine along the eastern border on Friday, police said. The minefields date back to the liberation war.',
        expect: { attack: false },
      },
      {
        says: 'a mine planted by rebels on a road this week is an attack',
        title: 'Landmine planted on road kills three soldiers in Arauca',
        content: 'Three soldiers were killed on Wednesday when their truck hit a landmine that rebels had planted on a rural road in Arauca, the army said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a Second World War bomb hit on a building site',
    cases: [
      {
        says: 'is an old munition in German',
        title: 'Fliegerbombe explodiert auf Baustelle, Arbeiter tot',
        content:
          'Bei Erdarbeiten in Hagen ist eine Fliegerbombe explodiert. Bei der Explosion der Fliegerbombe in Hagen ist am Freitag ein Arbeiter getötet worden, teilte die Polizei mit.',
        expect: { attack: false },
      },
      {
        says: 'is an old munition in English',
        title: 'WWII bomb kills digger driver in Hagen',
        content: 'A digger driver was killed on Friday when his machine struck a buried WWII bomb on a building site in Hagen, police said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'kidnappers who hurt someone, and arson',
    cases: [
      {
        says: 'adds an armed assault when kidnappers wounded people',
        title: 'Gunmen abduct four students from Zaria seminary',
        content:
          'Gunmen who attacked a seminary in Zaria on Sunday night abducted four students, police said. ' +
          'A police spokesman said two other students were injured as the gunmen fired sporadically during the attack.',
        expect: { hasTypes: ['kidnapping', 'armed_assault'] },
      },
      {
        says: 'adds an armed assault when kidnappers shot at a guard',
        title: 'Scores of pupils kidnapped in Sokoto',
        content:
          'Gunmen kidnapped scores of pupils from a boarding school in Sokoto State late on Thursday, police said. ' +
          'The gunmen, who invaded the school at about 11 pm, shot at a guard at the gate before taking the pupils into the bush.',
        expect: { hasTypes: ['kidnapping', 'armed_assault'] },
      },
      {
        says: 'keeps a kidnapping alone when the shots hurt nobody',
        title: 'Hoodlums abduct district head in Gusau',
        content:
          'Armed hoodlums abducted the district head and two of his sons on a farm track near Gusau early on Friday. ' +
          'The hoodlums fired into the air, but no one was hurt, residents said.',
        expect: { types: ['kidnapping'] },
      },
      {
        says: 'types a fire an arsonist set at a mosque as an arson attack (an armed assault)',
        title: 'Arsonist sets fire at Bradford mosque; graffiti praises attacks',
        content:
          'Police in Bradford said on Wednesday they were hunting an arsonist suspected of setting a fire at a mosque and scrawling graffiti that praised the deadly attacks on two mosques overseas. ' +
          'Nobody was hurt and worshippers put out the small blaze before firefighters arrived.',
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a weapon named alone, in any language',
    cases: [
      {
        says: 'an Arabic feature on what drones can do is no attack report',
        title: 'الطائرات المسيرة سلاح المرحلة المقبلة في حروب المنطقة',
        content: 'يرى خبراء أن الطائرات المسيرة ستغير شكل المعارك خلال السنوات القادمة بسبب كلفتها المنخفضة وسهولة تصنيعها.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic drone attack that killed people is still one',
        title: 'مقتل ثلاثة في هجوم بطائرة مسيرة على سيارة في مأرب',
        content: 'قتل ثلاثة أشخاص اليوم في هجوم بطائرة مسيرة استهدف سيارة كانت تقلهم شرق مدينة مأرب، بحسب مصادر محلية.',
        expect: { attack: true },
      },
      {
        says: 'a Turkish piece on a ballistic missile programme is no attack report',
        title: 'Balistik füze programı yeni aşamaya geçti',
        content: 'Savunma sanayii yetkilileri, yerli balistik füze projesinde seri üretime geçileceğini açıkladı.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'the time of a report told in another language',
    cases: [
      {
        says: 'a Turkish suicide bombing under an editorial title, timed by the clock, is a report',
        title: 'Birlik zamanı',
        content:
          'Şehir bir kez daha sarsıldı. Geçen ay da liman bölgesinde bir patlama olmuştu. Çarşı Caddesi’nde kalabalığa karışan bir canlı bomba saat 11.20’de üzerindeki patlayıcıyı ateşledi. Yaralılar hastanelere kaldırıldı ve 5 kişi hayatını kaybetti.',
        expect: { attack: true, hasTypes: ['suicide_attack'] },
      },
      {
        says: 'the same editorial title over a column on security with no time or act is no report',
        title: 'Birlik zamanı',
        content: 'Canlı bomba tehdidine karşı şehirlerde yeni güvenlik önlemleri tartışılıyor. Uzmanlar, kalabalık caddelerde daha fazla denetim istiyor.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish count after "las" is no clock time',
        title: 'Opinión: la memoria de las víctimas',
        content: 'Las familias de las 10 víctimas del atentado de hace una década pidieron justicia en una carta abierta.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a campaign that goes on, as the background of a statement',
    cases: [
      {
        says: 'Arabic: a warning while the forces go on launching air raids across the border is no report',
        title: 'وزير الدفاع يحذر جاره من ثمن باهظ',
        content:
          'حذر وزير الدفاع اليوم من أن الجار سيدفع ثمنا باهظا إذا سمح بدخول قوات معادية. ويأتي التحذير في وقت تواصل فيه قواته شن غارات جوية على مواقع عسكرية عبر الحدود.',
        expect: { attack: false },
      },
      {
        says: 'a strike that goes on and kills on a given night is still a report',
        title: 'Border town under fire',
        content: 'Arland continues to strike the border town of Pelmo: on Tuesday night an air strike killed four people in its market, medics said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a bomb that killed the one holding it',
    cases: [
      {
        says: '"the device he was carrying went off" is his mishap, not an attack',
        title: 'Man killed by homemade bomb in Corvain',
        content: 'Investigators in Corvain say a man was killed on Friday when the device he was carrying went off near a bus stop.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a bomb that blew up in his hands is his mishap',
        title: 'Muere un hombre al estallar un artefacto explosivo en Valdora',
        content: 'Un hombre murió el jueves en el centro de Valdora cuando un artefacto explosivo casero le estalló en las manos, informó la fiscalía.',
        expect: { attack: false },
      },
      {
        says: 'a bomb carried into a crowd that killed others is an attack',
        title: 'Bomb kills six at Corvain bus stop',
        content: 'A bomb left in a bag at a crowded bus stop in Corvain exploded on Friday, killing six people, police said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a missile launch under a headline that shortens the country',
    cases: [
      {
        says: '"N Korea fires ballistic missile" is a launch, not an attack',
        title: 'N Korea fires ballistic missile, Japan says',
        content:
          "Japan's coast guard said a ballistic missile was fired from the North on Monday morning. It came down outside the country's exclusive waters.",
        expect: { attack: false },
      },
      {
        says: '"DPRK launches cruise missiles" is a launch too',
        title: 'DPRK launches two cruise missiles',
        content:
          "Japan's coast guard said a ballistic missile was fired from the North on Monday morning. It came down outside the country's exclusive waters.",
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a bomb recovered before it went off',
    cases: [
      {
        says: 'police recovering an IED from a hideout is a find, not an attack',
        title: 'Police find explosives in rebel hideout near Tarsen',
        content: 'Tarsen. Police on Saturday recovered an IED and a roll of wire from a rebel hideout during a search of the forest. No one was hurt.',
        expect: { attack: false },
      },
      {
        says: 'landmines unearthed beside a road are a find',
        title: 'Two landmines unearthed on Tarsen road',
        content: 'Two landmines were unearthed beside the Tarsen road on Monday and taken away by army engineers, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a roadside bomb that killed soldiers is still an attack when a second one was recovered',
        title: 'Roadside bomb kills three soldiers near Tarsen',
        content: 'A roadside bomb killed three soldiers on patrol near Tarsen on Monday, the army said. Troops later recovered a second device nearby.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'police action against crime under a police title',
    cases: [
      {
        says: 'police shooting robbers after a heist is their action, not an attack',
        title: 'Police kill two robbery suspects in shootout',
        content: 'Police shot dead two suspected robbers in a shootout in Norvale on Saturday after a bank heist, officials said.',
        expect: { attack: false },
      },
      {
        says: 'an arrest told with the stabbing it follows is still the first report of the attack',
        title: 'Police arrest man over Pelmo mall stabbing',
        content: 'Police arrested a man on Saturday after he stabbed three shoppers at a mall in Pelmo, wounding two of them seriously.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a blast with no attacker in everyday life',
    cases: [
      {
        says: 'a crude bomb set by poachers for wild boar is a hunting mishap, told after a dateline line',
        title: 'Farm hand dies in field explosion near Ramgarh',
        content:
          'Ramgarh, March 3\n\nA 38-year-old farm hand died on the spot today when an explosive device went off in a sugarcane field near the village. He had been working on the farm for six years. Police said the device was most likely a crude bomb made by poachers to kill wild boar.',
        expect: { attack: false },
      },
      {
        says: 'a bomb thrown at a village council office after a dateline line is still an attack',
        title: 'Two hurt as bomb hurled at council office near Ramgarh',
        content:
          'Ramgarh, March 3\n\nUnidentified men on a motorbike hurled a crude bomb at the village council office on Sunday, injuring two clerks, police said.',
        expect: { attack: true },
      },
      {
        says: 'a blast at a scrapyard is a works accident',
        title: 'Worker dies in scrapyard blast',
        content: 'A worker died on Tuesday when a shell he was cutting open exploded at a scrapyard in Pelmo, police said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a killing told by a past killing verb in another language',
    cases: [
      {
        says: 'Spanish: armed men who burst into a party and "asesinaron" eight is an attack',
        title: 'Noche de terror en Tamsa',
        content:
          'Hombres armados irrumpieron en una fiesta familiar en el barrio de San Telmo de Tamsa la madrugada del domingo y asesinaron a ocho personas, informó la fiscalía.',
        expect: { attack: true },
      },
      {
        says: 'Russian: militants who "убили" three soldiers at a checkpoint is an attack',
        title: 'Ночь на блокпосту',
        content: 'Боевики в ночь на субботу подошли к блокпосту у села Каво и убили троих военных, сообщили в штабе.',
        expect: { attack: true },
      },
      {
        says: 'Spanish: a court story about men who killed years ago is no report',
        title: 'Condenan a los autores de la masacre de Tamsa',
        content: 'Un tribunal condenó el lunes a cuatro hombres que en 2019 asesinaron a ocho personas en una fiesta en Tamsa.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'old munitions of every kind, and fireworks works',
    cases: [
      {
        says: 'an old grenade kept at home that killed a boy is a mishap',
        title: 'Boy killed as old grenade explodes at home in Pelmo',
        content: 'A ten-year-old boy died on Friday when an old grenade his grandfather had kept in a drawer went off at their house in Pelmo.',
        expect: { attack: false },
      },
      {
        says: 'a landmine left from the war that killed shepherds is a mishap',
        title: 'Two shepherds die in mine blast near Kavo',
        content: 'Two shepherds were killed on Sunday when a landmine left from the war exploded as they grazed their flock near Kavo.',
        expect: { attack: false },
      },
      {
        says: 'French: an old shell found in a field is a mishap',
        title: 'Deux enfants tués par un vieil obus à Kavo',
        content: 'Deux enfants ont été tués lundi par l’explosion d’un vieil obus trouvé dans un champ près de Kavo.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a blast at a fireworks works is an accident',
        title: 'Explosión de pirotecnia deja cinco muertos en Valdo',
        content: 'Una explosión en un depósito de cohetes dejó cinco muertos el lunes en Valdo, según las autoridades.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a killing in a private quarrel',
    cases: [
      {
        says: 'a man who shot his brother in a family dispute committed a crime, not an attack',
        title: 'Man shot dead in family dispute near Pelmo',
        content: 'A man shot dead his brother and sister-in-law in a family dispute in a village near Pelmo on Sunday, police said.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: an armed man who shot two relatives in a family quarrel committed a crime',
        title: 'Dos muertos a tiros en una disputa familiar en Tamsa',
        content: 'Un hombre armado mató a tiros el sábado a su hermano y a su cuñada durante una disputa familiar en Tamsa, informó la policía.',
        expect: { attack: false },
      },
      {
        says: 'gunmen who killed villagers in a land dispute between communities still attacked',
        title: 'Gunmen kill 12 villagers in Kavo amid land dispute',
        content:
          'Gunmen killed 12 villagers in an overnight raid in Kavo, officials said on Monday, blaming a long-running land dispute between farmers and herders.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Brazilian crime-page words for a massacre by gunmen',
    cases: [
      {
        says: '"chacina" with six "executadas" by hooded men is an attack',
        title: 'Chacina em Tamsa: homens encapuzados matam seis',
        content: 'Seis pessoas foram executadas por homens encapuzados em uma casa no bairro Jardim Tamsa na madrugada deste domingo.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a suicide bomber riding a vehicle',
    cases: [
      {
        says: 'is a vehicle bomb as well as a suicide attack',
        title: 'Suicide attack in Lakki',
        content: 'A suicide bomber on a motorcycle rammed into a police van in Lakki on Monday, killing four policemen.',
        expect: { hasTypes: ['suicide_attack', 'ied'] },
      },
      {
        says: 'is not when the bomber only blew up near a car',
        title: 'Suicide attack in Lakki',
        content: 'A suicide bomber blew himself up near a parked car in Lakki on Monday, killing four.',
        expect: { types: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'a digest of several dated attacks',
    cases: [
      {
        says: 'keeps the armed assault of one attack beside the weapons of the others',
        title: 'Weekly overview: Sahel',
        content:
          'In Burkina Faso, militants attacked an army detachment in Koudougou on 3 May, killing 20 soldiers. ' +
          'In Mali, a drone strike killed 6 civilians near Segou on 5 May. In Niger, an IED killed 2 soldiers near Dosso on 6 May.',
        expect: { hasTypes: ['armed_assault', 'drone', 'ied'] },
      },
    ],
  },
  {
    class: 'a blast is an attack when someone set it off or meant it',
    cases: [
      {
        says: 'a depot blast whose cause a later sentence names as a fire is no attack',
        title: 'Blast at army ammunition depot kills 9 soldiers',
        content:
          'Nine soldiers were killed and dozens injured when an ammunition depot exploded at a military base in the east of the country on Sunday, the defence ministry said. The ministry said the blast was caused by a fire and that an investigation was under way.',
        expect: { attack: false },
      },
      {
        says: 'a flat blast put down to a gas leak two sentences on is no attack',
        title: 'Explosion rocks apartment block in Brno, one dead',
        content:
          'One person died and four were injured after an explosion tore through a residential building in Brno early on Friday. Firefighters said a gas leak was the most likely cause.',
        expect: { attack: false },
      },
      {
        says: 'a blast at a fuel station whose tanker caught fire is no attack',
        title: 'Blast at Herat fuel station kills five',
        content: 'An explosion at a fuel station in Herat killed five people on Saturday, police said, adding that a tanker had caught fire while unloading.',
        expect: { attack: false },
      },
      {
        says: 'a grenade that went off in a training exercise is no attack',
        title: 'Soldier killed during training as grenade explodes',
        content:
          'A soldier was killed and two others injured when a grenade exploded during a live-fire training exercise at a base in Nevada on Wednesday, the army said.',
        expect: { attack: false },
      },
      {
        says: 'a device its maker had built, with nobody else sought, is no attack',
        title: 'Man killed by homemade bomb in his flat, police say',
        content:
          'A 47-year-old man died when a device he had built went off in his flat in Graz on Sunday. Police said they were not looking for anyone else in connection with the explosion.',
        expect: { attack: false },
      },
      {
        says: 'a sea mine that went off while divers tried to disarm it is no attack',
        title: 'Navy diver killed as mine explodes during clearance operation',
        content:
          'A navy diver was killed and another wounded on Tuesday when a sea mine they were trying to disarm exploded off the coast near Burgas, the navy said.',
        expect: { attack: false },
      },
      {
        says: 'a tanker that overturned and blew up as people scooped fuel is no attack',
        title: 'At least 40 dead in petrol tanker explosion in Kogi',
        content:
          'At least 40 people died on Sunday when a petrol tanker overturned and exploded near Lokoja as residents scooped fuel from it, road safety officials said.',
        expect: { attack: false },
      },
      {
        says: 'an agentless blast at a works whose cause is still asked after is no attack',
        title: 'Explosion at paint factory near Manisa kills 3',
        content:
          'Three workers were killed on Thursday when a solvent tank exploded at a paint factory near Manisa. Prosecutors opened an investigation into the cause.',
        expect: { attack: false },
      },
      {
        says: 'a Hindi report of a port blast whose cause is not yet known is no attack',
        title: 'बंदरगाह पर बड़ा विस्फोट, कई घायल',
        content: 'शनिवार को एक बंदरगाह पर बड़ा विस्फोट हुआ जिसमें कई लोग घायल हो गए। विस्फोट का कारण अभी तक पता नहीं चला है और वहां काम कर रहे कर्मचारियों की तलाश जारी है।',
        expect: { attack: false },
      },
      {
        says: 'a bomb at a mine site whose workers were targeted is an attack',
        title: 'Two workers killed as bomb hits mining site in Harnai',
        content:
          'Two workers were killed when a bomb went off at a coal mining site in Harnai district on Monday, police said. The workers were targeted as they arrived for their shift.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'an agentless explosion at a mosque that a group claimed is an attack',
        title: 'Explosion at mosque in Baghlan kills dozens',
        content: 'An explosion tore through a mosque in Baghlan during Friday prayers, killing at least 30 worshippers. Islamic State claimed the attack.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'an explosion with no cause and no setting named stays an attack',
        title: 'Explosion in Jalalabad kills 5',
        content: 'An explosion in the centre of Jalalabad killed five people on Tuesday, police said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a depot hit by drones is an attack, whatever blew up after',
        title: 'Blast at fuel depot in Kursk after Ukrainian drone attack',
        content: 'Ukrainian drones struck a fuel depot in the Kursk region overnight, causing a fire and explosions, the regional governor said.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
    ],
  },
  {
    class: 'a story on something else whose attacks are history or a total',
    cases: [
      {
        says: 'a title giving a war total since a past attack is no report',
        title: 'At least 9,400 people have been killed in Khan Yunis by air strikes since the war began, the ministry said on Monday.',
        content:
          'At least 9,400 people have been killed in Khan Yunis by air strikes since the war began, the ministry said on Monday. Thousands more are missing.',
        expect: { attack: false },
      },
      {
        says: 'a deployment whose lead recalls a war that has seen thousands killed is no report',
        title: 'Netherlands sends more troops to Latvia',
        content:
          'The Netherlands will send another 300 soldiers to Latvia next year, the defence ministry said on Tuesday. The deployment was decided after the full-scale invasion of a neighbour, which has seen thousands killed in missile and drone strikes.',
        expect: { attack: false },
      },
      {
        says: 'a visit to a church that fighters burned in a past year is no report',
        title: 'Cardinal visits Raqqa church rebuilt after war',
        content:
          'The cardinal prayed on Sunday in a Raqqa church that jihadists had burned in 2014. The militants killed thousands in the city before they were driven out in 2017.',
        expect: { attack: false },
      },
      {
        says: 'a lead that compares its attack with an earlier year still reports it',
        title: 'Grief and anger in Zaria',
        content: 'Gunmen killed 12 villagers on Sunday near Zaria in the worst attack on the area since 2019, residents said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'attacks told through another frame',
    cases: [
      {
        says: 'clashes between armed factions that killed people are an attack',
        title: 'Clashes between militias in Misrata kill 9',
        content: 'Nine people were killed and 20 wounded in fighting between two armed factions in the Libyan city of Misrata on Monday, medical sources said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a charge told before the stabbing of the same day reports the stabbing',
        title: 'Man charged after stabbing at Perth shopping centre',
        content:
          'A man has been charged after four people were stabbed at a shopping centre in Perth on Saturday afternoon, police said. One victim is in a critical condition.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an inquiry told before a mosque was set on fire overnight reports the arson',
        title: 'Investigation after mosque set alight in Cork',
        content: 'Gardaí have begun an investigation after a mosque in Cork was deliberately set on fire early on Sunday. Nobody was inside at the time.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an arrest told before a knife attack of the same evening reports it',
        title: 'Man arrested after knife attack in Lille metro',
        content: 'A man was arrested after stabbing three people in a Lille metro station on Friday evening, police said.',
        expect: { attack: true },
      },
      {
        says: 'a sentence for an attack of years ago is still no report',
        title: 'Man jailed over 2019 stabbing',
        content: 'A man was jailed for 12 years on Tuesday after stabbing three people outside a bar in Leeds in 2019.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'several means of one attack',
    cases: [
      {
        says: 'keeps the shooting told beside a bomb',
        title: 'Attack on army post in Burkina Faso kills 14',
        content: 'Jihadists attacked an army post near Djibasso on Saturday with a car bomb and gunfire, killing 14 soldiers, a security source said.',
        expect: { hasTypes: ['ied', 'armed_assault'] },
      },
      {
        says: 'keeps the knives told beside a bomb, and the gunfire beside drones',
        title: 'Attackers with knives and a bomb kill four at a bus station',
        content:
          'Two attackers stabbed passengers with knives and set off a homemade bomb at a bus station in Urumqi on Monday, killing four people, police said.',
        expect: { hasTypes: ['ied', 'armed_assault'] },
      },
      {
        says: 'keeps the knives told beside a bomb, and the gunfire beside drones',
        title: 'Insurgents overrun outpost with drones and gunfire',
        content: 'Insurgents overran an army outpost in Damasak on Sunday night after attacking it with armed drones and heavy gunfire, killing six soldiers.',
        expect: { hasTypes: ['drone', 'armed_assault'] },
      },
      {
        says: 'reads gunfire heard after a blast as a sound, not a means',
        title: 'Roadside bomb kills two soldiers in Kumba',
        content:
          'Two soldiers were killed on Friday when a roadside bomb exploded under their truck near Kumba. Residents said they heard a loud blast and then gunfire.',
        expect: { types: ['ied'] },
      },
      {
        says: 'keeps helicopter gunships that strike beside drones, not jets that intercept or are hit',
        title: 'Gunships and drones pound rebel positions',
        content: 'Army helicopter gunships and drones struck rebel positions in Nyala on Sunday, killing 30 fighters, witnesses said.',
        expect: { hasTypes: ['airstrike', 'drone'] },
      },
      {
        says: 'keeps helicopter gunships that strike beside drones, not jets that intercept or are hit',
        title: 'Drones hit air base in Kursk region',
        content: 'Drones struck an air base near Khalino overnight, the governor said. A source claimed four warplanes had been destroyed.',
        expect: { types: ['drone'] },
      },
    ],
  },
  {
    class: 'a weapon told as one more means',
    cases: [
      {
        says: 'keeps the group\'s assault beside a bomb that "also" hit',
        title: 'Insurgent attack kills 8 police in Faryab',
        content:
          'Insurgents attacked a police checkpoint in Faryab late on Friday, killing eight policemen, officials said. A roadside bomb also hit a police vehicle sent to help.',
        expect: { hasTypes: ['armed_assault', 'ied'] },
      },
    ],
  },
  {
    class: 'an attack first reported under a title about its arrest or inquiry',
    cases: [
      {
        says: 'a gunman arrested after a spree whose lead tells the toll',
        title: 'Gunman held after deadly shooting spree in two towns',
        content:
          'A gunman was arrested on Thursday after a shooting rampage across two towns left five people dead and two wounded, police said. Three of the victims were shot outside a petrol station in Carver on Wednesday night.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a shooter detained after a killing spree, told by the sheriff',
        title: 'Shooter detained after killing spree across county',
        content:
          'Deputies detained a man early on Monday after he shot dead four people at three homes across Brule County overnight, the sheriff said. A fifth victim was in hospital.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'police probe a car driven into pedestrians outside a palace',
        title: "Police investigate 'terror' car attack outside royal palace",
        content:
          'A car mounted the pavement and ploughed into pedestrians before hitting the gates of the royal palace in Lisvik on Friday morning. Four people were hurt and the driver, 34, was detained at the scene.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an inquiry opened into a knife attack told in the lead as it happened',
        title: 'Prosecutors open inquiry into knife attack at tram stop',
        content:
          'A man stabbed three people at a tram stop in Dorvel on Sunday evening before fleeing on foot, officials said. One of the victims is in a critical condition.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a shooter arrested after a killing spree, the lead giving the toll',
        title: 'Ohio shooter arrested after killing spree across three towns',
        content:
          'Dayton, Ohio - Officers detained a gunman late on Thursday, hours after his shooting rampage through three towns left four people dead and two hurt, the state police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a knifeman arrested after a stabbing spree',
        title: 'Knifeman arrested after stabbing spree in city centre',
        content: 'A man has been arrested after three people were stabbed in separate attacks in the centre of Tarnow on Saturday afternoon, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a probe into a car that swerved into passers-by',
        title: 'City hall car attack: police probe suspected terror motive',
        content:
          'A car swerved into pedestrians and then smashed into barriers in front of city hall in Marlow on Wednesday, in what police treat as terrorism. Two people were hurt.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an arrest for an old shooting is no report',
        title: 'Police arrest suspect in 2019 nightclub shooting',
        content:
          'Detectives arrested a 41-year-old man on Tuesday in connection with a shooting at a nightclub in 2019 that killed two people. He is due in court on Thursday.',
        expect: { attack: false },
      },
      {
        says: 'police shooting a robbery suspect is no attack',
        title: 'Police shoot dead armed robbery suspect after chase',
        content: 'Officers shot dead a suspected armed robber in a shootout after a car chase through the city on Saturday, police said.',
        expect: { attack: false },
      },
      {
        says: 'a trial of a gunman is no report',
        title: 'Gunman goes on trial over mall shooting',
        content: 'The man accused of shooting six shoppers at a mall in Tervo last year went on trial on Monday, pleading not guilty to all charges.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'home-made bombs thrown at people are a bombing, seized ones are not',
    cases: [
      {
        says: 'crude home-made bombs thrown into a rally',
        title: 'One dead, dozens hurt as bombs hit rally in Khulna',
        content: 'One man died and more than 40 people were injured after home-made bombs were hurled into an opposition rally in Khulna on Friday evening.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'home-made bombs hurled into a procession, with unexploded ones recovered after',
        title: 'Boy killed, 60 hurt in bomb attack on Chittagong procession',
        content:
          'A 15-year-old boy died and about 60 people were hurt after home-made bombs were hurled into a religious procession in Chittagong before dawn on Friday. Police detained two men and recovered three unexploded bombs near the route.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'locally made bombs thrown at a market',
        title: 'Two hurt as bombs thrown at Sylhet market',
        content:
          'Assailants threw two locally made bombs at a crowded vegetable market in Sylhet on Tuesday, injuring two traders, police said. Officers later found a third bomb that had not gone off.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'home-made bombs seized in a raid are no attack',
        title: 'Police seize home-made bombs in Rajshahi raid',
        content: 'Police recovered 14 home-made bombs and bomb-making materials from a house in Rajshahi on Wednesday and arrested two men.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a fireworks works blast and an old cluster bomb are no attack',
    cases: [
      {
        says: 'a blast among Spanish-language fireworks workshops',
        title: 'Tres muertos por explosión en Zumpango',
        content:
          'Tres personas murieron y nueve resultaron heridas por la explosión ocurrida en un taller de material pirotécnico en Zumpango, informaron los servicios de emergencia.',
        expect: { attack: false },
      },
      {
        says: 'a Portuguese fireworks store blast',
        title: 'Explosão em depósito de fogos de artifício deixa dois mortos',
        content:
          'Duas pessoas morreram e cinco ficaram feridas após uma explosão num armazém de material pirotécnico em Alvorada na tarde desta segunda-feira.',
        expect: { attack: false },
      },
      {
        says: 'an English fireworks workshop blast',
        title: 'Four killed in blast at fireworks workshop',
        content: 'Four workers died when a blast tore through a fireworks workshop on the edge of Sivakasi on Thursday afternoon, officials said.',
        expect: { attack: false },
      },
      {
        says: 'children playing with an old cluster bomb',
        title: 'Girl killed, brother hurt playing with cluster bomb',
        content:
          'A nine-year-old girl was killed and her brother injured in southern Laos after a cluster bomb they had found in a rice field exploded as they tried to prise it open, state media said.',
        expect: { attack: false },
      },
      {
        says: 'boys wounded playing with a cluster bomb, told in the title',
        title: 'Boy dies, three hurt playing with cluster bomb',
        content:
          'A boy of 11 was killed and three friends injured in a village of Quang Tri province after a cluster bomblet blew up while they were trying to prise it apart. They had found the unexploded ordnance while herding cattle.',
        expect: { attack: false },
      },
      {
        says: 'a bomblet a farmer struck with a hoe',
        title: 'Farmer dies as old cluster bomblet explodes in field',
        content: 'A farmer was killed on Monday when his hoe struck a cluster bomblet dropped decades ago, which exploded in his field near the Plain of Jars.',
        expect: { attack: false },
      },
      {
        says: 'a cluster bomb attack today is still an attack',
        title: 'Cluster bombs hit market, killing 8',
        content:
          'Russian forces fired cluster munitions at a market in Kostiantynivka on Saturday morning, killing eight people and injuring 14, regional officials said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'weapons sold, supplied or delivered are no attack',
    cases: [
      {
        says: 'loitering munitions to be supplied under a contract',
        title: 'Kamikaze drones to be delivered to navy by Larkspur Systems',
        content:
          'Larkspur Systems won a $120 million contract from the navy to supply kamikaze drones, the company said in a statement. Deliveries are due to start next year.',
        expect: { attack: false },
      },
      {
        says: 'a deal for attack drones announced after a dateline',
        title: 'Strike drones ordered for border units',
        content:
          'OSLO, Norway. The defence ministry signed an order with a local maker for 300 strike drones for its border units, the ministry announced on Tuesday.',
        expect: { attack: false },
      },
      {
        says: 'a drone strike on a depot the drones came from is still an attack',
        title: 'Drone strike hits arms depot, two killed',
        content: 'Drones struck an arms depot near Tambov overnight, killing two guards, the regional governor said on Monday.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
    ],
  },
  {
    class: 'look-alikes of every class stay no attack, and attacks told in every style are read',
    cases: [
      {
        says: 'a court jailing a market bomber',
        title: 'Court jails man for life over market bombing',
        content:
          'A court in Lahore on Tuesday sentenced a man to life in prison for his role in a bombing at a crowded market that killed 14 people last year.',
        expect: { attack: false },
      },
      {
        says: 'a trial opening over a concert hall attack',
        title: 'Trial opens for suspects in concert hall attack',
        content: 'Four men accused of helping gunmen who killed 30 people at a concert hall went on trial in Kazan on Monday.',
        expect: { attack: false },
      },
      {
        says: 'a town marking years since a school shooting',
        title: 'Town marks five years since school shooting',
        content: 'Residents of Ravensbrook gathered on Friday to remember the nine pupils and teachers shot dead at the town school five years ago.',
        expect: { attack: false },
      },
      {
        says: 'a memorial unveiled for a truck attack of a past year',
        title: 'Memorial unveiled for victims of 2016 truck attack',
        content: 'A memorial to the 12 people killed when a truck was driven into a holiday crowd in 2016 was unveiled on the seafront on Sunday.',
        expect: { attack: false },
      },
      {
        says: 'troops repelling a mock drone attack in a drill',
        title: 'Troops repel mock drone attack in border drill',
        content: 'Soldiers shot down several drones during a large-scale exercise near the border on Wednesday, the defence ministry said.',
        expect: { attack: false },
      },
      {
        says: 'a ballistic missile fired into the sea',
        title: 'North Korea launches ballistic missile that lands in the sea',
        content: 'North Korea launched a short-range ballistic missile that came down in waters east of the peninsula on Thursday, Seoul said.',
        expect: { attack: false },
      },
      {
        says: 'a cruise missile test-fired in naval drills',
        title: 'Iran test-fires new cruise missile',
        content: 'Iran said on Saturday it had successfully test-fired a new cruise missile with a range of 1,000 km during naval drills in the Gulf of Oman.',
        expect: { attack: false },
      },
      {
        says: 'a minister condemning threats, with no attack',
        title: 'Minister condemns threats against journalists',
        content: 'The interior minister on Monday condemned a wave of online threats against reporters and promised that those responsible would face the law.',
        expect: { attack: false },
      },
      {
        says: 'a group threatening new attacks',
        title: 'Militant group threatens new attacks on capital',
        content: 'The group warned in a video released on Tuesday that it would carry out more attacks in the capital unless its demands were met.',
        expect: { attack: false },
      },
      {
        says: 'police killing gang suspects in a raid',
        title: 'Police kill three suspects in raid on gang hideout',
        content: 'Police said they shot dead three suspected gang members during a raid on a hideout in the hills on Sunday, recovering rifles and ammunition.',
        expect: { attack: false },
      },
      {
        says: 'schools evacuated over hoax bomb threats',
        title: 'Schools evacuated after hoax bomb threats',
        content: 'Dozens of schools across the region were evacuated on Thursday after emailed bomb threats that police later said were a hoax.',
        expect: { attack: false },
      },
      {
        says: 'a flight diverted by a bomb threat',
        title: 'Flight diverted after bomb threat',
        content:
          'A passenger jet bound for Istanbul was diverted to Sofia on Tuesday after a bomb threat was found written in a toilet, but nothing was found on board.',
        expect: { attack: false },
      },
      {
        says: 'a cyberattack on hospitals',
        title: 'Cyberattack knocks out hospital systems',
        content: 'A cyberattack on Monday shut down computer systems at three hospitals in the region, forcing staff to divert ambulances.',
        expect: { attack: false },
      },
      {
        says: 'hackers attacking council servers',
        title: 'Hackers attack city council servers',
        content: 'Hackers attacked the servers of the city council overnight, encrypting files and demanding a ransom, officials said on Wednesday.',
        expect: { attack: false },
      },
      {
        says: 'a surfer killed by a shark',
        title: 'Surfer killed in shark attack off Western Australia',
        content: 'A surfer, 29, was killed by a shark off a beach south of Perth early on Saturday.',
        expect: { attack: false },
      },
      {
        says: 'a hiker hurt by a bear',
        title: 'Hiker injured in bear attack',
        content: 'A hiker was seriously injured when a bear attacked him on a trail in the national park on Sunday, rangers said.',
        expect: { attack: false },
      },
      {
        says: 'a toddler mauled by a dog',
        title: 'Toddler mauled in dog attack',
        content: "A two-year-old was taken to hospital after being mauled by a neighbour's dog in a garden in Leeds on Tuesday.",
        expect: { attack: false },
      },
      {
        says: 'an opposition leader attacking the government',
        title: 'Opposition leader attacks government over budget',
        content: 'The opposition leader launched a scathing attack on the government on Wednesday, accusing it of wrecking the economy.',
        expect: { attack: false },
      },
      {
        says: 'an air-raid alert with no strike',
        title: 'Air-raid alert declared across Ukraine',
        content: 'An air-raid alert was declared across all regions of Ukraine early on Friday as officials warned of a possible missile strike.',
        expect: { attack: false },
      },
      {
        says: 'a late strike in a football match',
        title: 'Striker fires Rovers to victory with late strike',
        content: 'A late strike from the substitute gave Rovers a 2-1 win over City on Saturday, as the home side bombarded the goal in the second half.',
        expect: { attack: false },
      },
      {
        says: 'a film about a hotel siege of a past year',
        title: 'New film revisits 2008 hotel siege',
        content: 'A new film about the gunmen who stormed two hotels in 2008 premieres this week, with the director saying he wanted to honour the victims.',
        expect: { attack: false },
      },
      {
        says: 'a book recounting past bombings',
        title: 'Book recounts the night bombers struck the capital',
        content: 'A new book by a former police chief tells how suicide bombers struck three hotels in the capital in 2005 and how the investigation unfolded.',
        expect: { attack: false },
      },
      {
        says: 'warplanes sent to deter attacks',
        title: 'US sends more warplanes to Middle East',
        content: 'The Pentagon said on Friday it was sending additional fighter jets and a destroyer to the region to deter attacks on its forces.',
        expect: { attack: false },
      },
      {
        says: 'sanctions on drone makers',
        title: 'EU sanctions drone makers over strikes',
        content: 'The European Union on Monday imposed sanctions on six companies it accuses of supplying drones used in attacks on Ukrainian cities.',
        expect: { attack: false },
      },
      {
        says: 'a gas explosion in a block of flats',
        title: 'Gas explosion destroys apartment block',
        content: 'A gas explosion destroyed a five-storey apartment block in Rostov on Sunday, killing three residents, emergency officials said.',
        expect: { attack: false },
      },
      {
        says: 'a wildfire',
        title: 'Wildfire forces thousands to flee',
        content: 'A wildfire fanned by strong winds forced thousands of people to flee their homes on the island on Tuesday.',
        expect: { attack: false },
      },
      {
        says: 'an analysis of attacks on shipping',
        title: 'Analysis: Why attacks on shipping are rising',
        content: 'Attacks on merchant ships have risen sharply this year, and insurers are raising premiums for vessels crossing the strait.',
        expect: { attack: false },
      },
      {
        says: 'a foiled bomb plot',
        title: 'Police foil plot to bomb Christmas market',
        content: 'Police arrested three men on Wednesday suspected of planning to bomb a Christmas market, prosecutors said.',
        expect: { attack: false },
      },
      {
        says: 'a bus in a ravine',
        title: 'Bus plunges into ravine, 20 dead',
        content: 'At least 20 people were killed when a bus plunged into a ravine in the mountains on Sunday, police said.',
        expect: { attack: false },
      },
      {
        says: 'an old landmine left from a war',
        title: 'Shepherd killed by old landmine',
        content: 'A shepherd was killed on Monday when he stepped on a landmine left over from the war in the hills near the border, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a missile intercepted, as the army tells it',
        title: 'Army says it intercepted missile fired from Yemen',
        content: 'The Israeli military said it intercepted a missile launched from Yemen on Tuesday night, setting off sirens in the centre of the country.',
        expect: { attack: true },
      },
      {
        says: 'a terse roadside bombing',
        title: 'Roadside bomb kills 4 soldiers in Pakistan',
        content: 'A roadside bomb killed four soldiers in North Waziristan on Sunday, the army said.',
        expect: { attack: true },
      },
      {
        says: 'a terse killing by gunmen',
        title: 'Gunmen kill 7 in Burkina village',
        content: 'Gunmen killed seven people in a village in northern Burkina Faso on Friday, local sources said.',
        expect: { attack: true },
      },
      {
        says: 'a foreign government condemning an attack of the day before',
        title: 'France condemns deadly attack on Niger army post',
        content:
          'France on Sunday condemned an attack on an army post in western Niger in which 17 soldiers were killed on Saturday, the foreign ministry said.',
        expect: { attack: true },
      },
      {
        says: 'the UN condemning an attack on peacekeepers',
        title: 'UN chief condemns attack on peacekeepers in Mali',
        content:
          "The UN Secretary-General strongly condemned Friday's attack on a convoy of peacekeepers near Kidal, in which two peacekeepers were killed and five wounded.",
        expect: { attack: true },
      },
      {
        says: 'a government condemning a school bombing',
        title: 'US condemns bombing of Kabul school',
        content:
          "The United States condemned on Sunday the bombing of a girls' school in Kabul a day earlier that killed at least 50 people, most of them students.",
        expect: { attack: true },
      },
      {
        says: 'a narrative lead under a title naming no means',
        title: 'The night the shooting started',
        content:
          'It was just after 10 p.m. when the music stopped. Witnesses said a man in a black jacket walked into the bar on Main Street and opened fire, killing three people and wounding five before fleeing in a grey car.',
        expect: { attack: true },
      },
      {
        says: 'a roundup of the night under a generic title',
        title: 'Ukraine war: latest',
        content:
          'Russian drones struck Kharkiv overnight, injuring 11 people, while shelling killed two civilians in Kherson, regional governors said on Thursday.',
        expect: { attack: true },
      },
      {
        says: 'drones shot down',
        title: 'Drones downed over Moscow region',
        content: 'Air defences shot down 12 Ukrainian drones over the Moscow region overnight, the defence ministry said on Wednesday.',
        expect: { attack: true },
      },
      {
        says: 'a ship hit off Yemen',
        title: 'Ship hit by missile off Yemen',
        content: 'A merchant vessel was struck by a missile off the Yemeni port of Mokha on Monday, causing a fire on board, a British maritime agency said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'attacks told as statements, terse copy and roundups',
    cases: [
      {
        says: 'a defence ministry telling a repelled attack by its losses',
        title: 'Defence ministry: enemy forced to withdraw after taking losses',
        content:
          "The enemy's units tried to attack our positions in the Gadabay direction using mortars. The enemy was hit and forced to pull back, the ministry said on Monday. One of our soldiers was killed and three others were wounded in the fighting.",
        expect: { attack: true },
      },
      {
        says: 'a border clash told by a border service',
        title: 'Two soldiers killed in border clash',
        content:
          'Two soldiers were killed and four wounded on Tuesday when troops from the neighbouring country opened fire on a border post in the Batken region, the border service said.',
        expect: { attack: true },
      },
      {
        says: 'soldiers killed in fighting after rebels attacked',
        title: 'Soldiers killed as rebels attack outpost',
        content: 'Three soldiers died in fighting after rebels attacked an army outpost near Beni overnight, the army spokesman said.',
        expect: { attack: true },
      },
      {
        says: 'an army statement under a title naming nothing',
        title: 'Army statement on events in the east',
        content:
          'Militants attempted to storm an army position in the east using heavy machine guns. Four servicemen were killed and six injured during the fighting, the army said.',
        expect: { attack: true },
      },
      {
        says: 'a military saying its jets struck',
        title: 'IDF says it struck Hezbollah sites',
        content: 'The Israeli military said on Wednesday its fighter jets struck Hezbollah weapons depots in southern Lebanon overnight.',
        expect: { attack: true },
      },
      {
        says: 'a terse kidnapping',
        title: 'Gunmen abduct 20 travellers in Zamfara',
        content: 'Gunmen abducted 20 travellers on the Gusau road in Zamfara on Sunday, police said.',
        expect: { attack: true },
      },
      {
        says: 'a beheading by insurgents',
        title: 'Insurgents behead five villagers in Cabo Delgado',
        content: 'Insurgents raided a settlement in Cabo Delgado province over the weekend and beheaded five of its residents, people in the area said.',
        expect: { attack: true },
      },
      {
        says: 'an arson attack on a mosque door',
        title: 'Mosque door set alight in suspected arson attack',
        content: 'Police are investigating after the door of a mosque in Leicester was set on fire in the early hours of Sunday.',
        expect: { attack: true },
      },
      {
        says: 'rockets fired at a country with no site named',
        title: 'Rockets fired at Israel from Lebanon',
        content: 'Several rockets were fired from Lebanon at northern Israel on Tuesday, the army said, adding that most were intercepted.',
        expect: { attack: true },
      },
      {
        says: 'a landmine planted on a road',
        title: 'Landmine planted on road kills four',
        content: 'Four people were killed when their vehicle hit a landmine planted on a road in Mopti region on Thursday, officials said.',
        expect: { attack: true },
      },
      {
        says: 'a stabbing at a station',
        title: 'Three hurt in stabbing at Oslo station',
        content: 'Three people were injured when a man attacked them with a knife at the central station in Oslo on Friday evening, police said.',
        expect: { attack: true },
      },
      {
        says: 'a roundup of the night',
        title: 'Overnight attacks across the region',
        content:
          'Drones hit a power plant in Odesa overnight, while a missile struck a warehouse in Dnipro and shelling wounded three people in Nikopol, officials said.',
        expect: { attack: true },
      },
      {
        says: 'a claimed attack on a tanker',
        title: 'Houthis claim attack on tanker in Red Sea',
        content: "Yemen's Houthis said on Sunday they had targeted an oil tanker in the Red Sea with drones and missiles.",
        expect: { attack: true },
      },
      {
        says: 'an air strike on a market',
        title: 'Airstrike on market kills 12 in Sudan',
        content: 'An air strike hit a market in Nyala on Monday, killing 12 people, local activists said.',
        expect: { attack: true },
      },
      {
        says: 'a grenade hurled at a police post',
        title: 'Grenade hurled at police post in Srinagar',
        content: 'Militants hurled a grenade at a police post in Srinagar on Saturday evening, injuring two policemen.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'fighting as a war, a flight or a riot is no event',
    cases: [
      {
        says: 'a war total since a year',
        title: 'Sudan: a country torn apart',
        content: 'The UN says upwards of 20,000 people have died in the war since April 2023 and several million have been forced from their homes.',
        expect: { attack: false },
      },
      {
        says: 'talks to end the fighting',
        title: 'Ceasefire talks resume in Doha',
        content: 'Negotiators returned to Doha on Monday for a new round of talks aimed at ending the fighting, which has killed thousands.',
        expect: { attack: false },
      },
      {
        says: 'veterans remembering a battle',
        title: 'Veterans remember comrades killed in the fighting for the airport',
        content: 'Veterans gathered on Saturday to honour the soldiers who were killed during the fighting for the airport ten years ago.',
        expect: { attack: false },
      },
      {
        says: 'residents fleeing fighting between army and rebels',
        title: 'Thousands flee as fighting nears town',
        content: 'Thousands of residents fled the town of Kalehe on Wednesday as fighting between the army and rebels drew closer, aid groups said.',
        expect: { attack: false },
      },
      {
        says: 'fans hurt in clashes after a match',
        title: 'Fans hurt in clashes after derby',
        content: 'Eight fans were injured in clashes between rival supporters after the derby on Sunday, police said.',
        expect: { attack: false },
      },
      {
        says: 'protesters hurt in clashes with police',
        title: 'Protesters and police clash in capital',
        content: 'Dozens of protesters were injured during clashes with riot police in the capital on Friday, medics said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'weapons on show, deaths from illness, raids in a case, and the other look-alikes of the set',
    cases: [
      {
        says: 'a helicopter crash in a drill',
        title: 'Army helicopter crashes during training flight, two dead',
        content: 'Two pilots were killed when a military helicopter came down during a training flight near Konya on Tuesday, the defence ministry said.',
        expect: { attack: false },
      },
      {
        says: 'a rocket that put a satellite in orbit',
        title: 'Rocket carries weather satellite into orbit',
        content: 'A Long March rocket lifted off from the Jiuquan launch centre on Thursday and placed a weather satellite into orbit, state media said.',
        expect: { attack: false },
      },
      {
        says: 'a parade of missiles',
        title: 'Missiles and drones on show at independence day parade',
        content: 'Ballistic missiles, attack drones and tanks rolled through the capital on Sunday in a parade marking independence day.',
        expect: { attack: false },
      },
      {
        says: 'a natural death of a former militant leader',
        title: 'Former rebel commander dies at 78',
        content:
          'A former rebel commander who led attacks on government forces in the 1980s has died in hospital after a long illness, his family said on Friday.',
        expect: { attack: false },
      },
      {
        says: 'a heart attack',
        title: 'Singer dies of heart attack at 54',
        content: 'The singer died of a heart attack at his home on Monday, his manager said.',
        expect: { attack: false },
      },
      {
        says: 'a terror alert lowered',
        title: 'Britain lowers terror threat level to substantial',
        content: 'Britain lowered its national terrorism threat level on Monday, saying an attack was now likely rather than highly likely.',
        expect: { attack: false },
      },
      {
        says: 'a Russian air-raid alert',
        title: 'В Киеве объявлена воздушная тревога',
        content: 'В Киеве и ряде областей Украины в ночь на среду объявлена воздушная тревога, сообщили местные власти.',
        expect: { attack: false },
      },
      {
        says: 'a Ukrainian exercise with live firing announced',
        title: 'На Волині пройдуть навчання з бойовою стрільбою',
        content:
          'У четвер на полігоні у Волинській області пройдуть військові навчання зі стрільбою бойовими набоями, попередила обласна військова адміністрація.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish airport security drill',
        title: 'Simulacro de ataque armado en el aeropuerto de Lima',
        content:
          'Las autoridades realizaron este martes un simulacro de ataque armado en el aeropuerto para poner a prueba la respuesta de los equipos de emergencia.',
        expect: { attack: false },
      },
      {
        says: 'a French foiled plot with arrests',
        title: "Projet d'attentat déjoué à Strasbourg, trois interpellations",
        content: 'Trois hommes soupçonnés de préparer un attentat contre un marché de Noël ont été interpellés mardi, a annoncé le parquet antiterroriste.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic memorial of suicide bombings',
        title: 'إحياء الذكرى العاشرة لتفجيرات الفنادق',
        content: 'أحيا مواطنون يوم الأحد الذكرى العاشرة للتفجيرات الانتحارية التي استهدفت ثلاثة فنادق وأودت بحياة 60 شخصا.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic threat against ships',
        title: 'زعيم الحوثيين يهدد باستهداف السفن الأمريكية',
        content: 'هدد زعيم جماعة الحوثي يوم الخميس باستهداف السفن الحربية الأمريكية إذا تعرض اليمن لأي هجوم.',
        expect: { attack: false },
      },
      {
        says: 'militants killed by their own car bomb',
        title: 'Six militants die as their car bomb goes off early',
        content: 'Six militants were killed when the car bomb they were driving exploded prematurely on a road outside Ghazni on Monday, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a tanker fireball after a crash',
        title: 'Fuel tanker fireball kills 40 on highway',
        content:
          'At least 40 people died when a fuel tanker overturned and burst into flames on a highway as villagers gathered to collect leaking petrol, police said.',
        expect: { attack: false },
      },
      {
        says: 'a soldier shot dead in a training accident',
        title: 'Recruit killed in shooting range accident',
        content: 'A recruit was shot dead by accident during live-fire training at a range near Brest on Wednesday, the army said, opening an inquiry.',
        expect: { attack: false },
      },
      {
        says: 'ammunition smuggled and seized',
        title: 'Customs seize smuggled rifles and ammunition at port',
        content: 'Customs officers seized 200 rifles and 50,000 rounds of ammunition hidden in a container at the port on Tuesday.',
        expect: { attack: false },
      },
      {
        says: 'a financial crimes agency raiding offices',
        title: 'Agency raids offices in money laundering case',
        content: 'Investigators raided 15 offices across four states on Wednesday in a money laundering case linked to a drugs ring.',
        expect: { attack: false },
      },
      {
        says: 'a WWII bomb found and made safe',
        title: 'Thousands evacuated as wartime bomb found at building site',
        content:
          'Thousands of residents were evacuated in Cologne on Sunday after a 500kg bomb from the Second World War was found at a building site and defused.',
        expect: { attack: false },
      },
      {
        says: 'a drone show record',
        title: 'Drone show sets record with 10,000 drones',
        content: 'A light show in Shenzhen set a world record on Saturday with 10,000 drones flying at once.',
        expect: { attack: false },
      },
      {
        says: 'a cricket match',
        title: 'Bowlers attack as visitors collapse',
        content: 'The home bowlers tore through the visitors on the second day, taking seven wickets in a fierce attack after lunch.',
        expect: { attack: false },
      },
      {
        says: 'a Turkish gas cylinder blast',
        title: 'Restoranda tüp patlaması: 3 yaralı',
        content: "İzmir'de bir restoranda tüp patlaması sonucu 3 kişi yaralandı.",
        expect: { attack: false },
      },
      {
        says: 'an Indonesian gas explosion',
        title: 'Ledakan gas elpiji di rumah makan, dua tewas',
        content: 'Dua orang tewas akibat ledakan tabung gas elpiji di sebuah rumah makan di Bekasi pada Senin.',
        expect: { attack: false },
      },
      {
        says: 'a German exercise',
        title: 'Bundeswehr übt Abwehr von Drohnenangriffen',
        content: 'Soldaten der Bundeswehr haben bei einer Übung in Niedersachsen die Abwehr von Drohnenangriffen trainiert.',
        expect: { attack: false },
      },
      {
        says: 'an Italian trial for a bombing',
        title: "Processo per la strage, chiesto l'ergastolo",
        content: "La procura ha chiesto l'ergastolo per l'imputato accusato dell'attentato del 2019 che uccise quattro persone.",
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a ceasefire names the firing it stops, and means no attack by itself',
    cases: [
      {
        says: 'an Arabic title on accusations of breaching the truce is no attack',
        title: 'اتهامات متبادلة بخرق وقف إطلاق النار في دارفور',
        content: 'تبادل الطرفان يوم الاثنين الاتهامات بخرق الهدنة في الفاشر دون الإشارة إلى ضحايا.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic body naming the ceasefire agreement under a quiet title is no attack',
        title: 'الجيش يتهم المتمردين بخرق الهدنة',
        content: 'اتهم الجيش الجماعة بخرق اتفاق وقف إطلاق النار في مأرب، دون أن يذكر سقوط ضحايا.',
        expect: { attack: false },
      },
      {
        says: 'shelling that killed people despite the ceasefire stays an attack',
        title: 'مقتل أربعة بقصف رغم وقف إطلاق النار',
        content: 'قتل أربعة أشخاص في قصف مدفعي على قرية في جنوب لبنان صباح الثلاثاء رغم وقف إطلاق النار.',
        expect: { attack: true, hasTypes: ['mortar_artillery'] },
      },
      {
        says: 'an English air strike despite a ceasefire stays an attack',
        title: 'Air strike kills 4 in Rafah despite truce',
        content: 'An air strike killed four people in Rafah on Monday, health officials said, the deadliest incident since the ceasefire took hold.',
        expect: { attack: true, hasTypes: ['airstrike'] },
      },
    ],
  },
  {
    class: 'suspects shot by the police and robbers in shootouts are police action',
    cases: [
      {
        says: 'robbery suspects shot dead, in the title, is the police’s shooting',
        title: 'Armed robbery suspects shot dead in Pretoria',
        content: 'Three suspects were shot dead and a rifle recovered after police intercepted their car near a shopping centre in Pretoria on Thursday.',
        expect: { attack: false },
      },
      {
        says: 'Spanish criminals killed in a clash with the police are no attack',
        title: 'Mueren cuatro delincuentes en enfrentamiento con policías en Mexicali',
        content: 'Los presuntos ladrones dispararon contra los agentes tras asaltar una gasolinera y murieron en el intercambio de disparos.',
        expect: { attack: false },
      },
      {
        says: 'French robbers shot by the police are no attack',
        title: 'Trois braqueurs abattus par la police près de Lyon',
        content: "Les suspects avaient tiré sur les policiers après le braquage d'une bijouterie, selon le parquet.",
        expect: { attack: false },
      },
      {
        says: 'gunmen who shot dead two men in a bar stay an attack',
        title: 'Gunmen shot dead two men in a bar in Celaya',
        content: 'Armed men opened fire inside a bar in Celaya on Saturday night, killing two customers, prosecutors said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an ambush that killed police officers stays an attack',
        title: 'Emboscada contra policías deja cinco agentes muertos en Zacatecas',
        content: 'Un grupo armado atacó a una patrulla en Fresnillo y mató a cinco policías estatales.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a toll over months is a period total, not one attack',
    cases: [
      {
        says: 'an English report on six months of attacks is no attack',
        title: 'Jihadist attacks killed 2,400 in Niger in six months, monitor says',
        content: 'The monitoring group said violence in the west of the country reached a record.',
        expect: { attack: false },
      },
      {
        says: 'a French report on months of attacks is no attack',
        title: 'Sahel: les attaques ont fait plus de 2 000 morts en cinq mois',
        content: 'Selon un rapport publié mardi, les violences ont atteint un niveau record.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish report on months of gang attacks is no attack',
        title: 'Los ataques de pandillas dejaron 1.800 muertos en Haití en tres meses',
        content: 'Un informe publicado el jueves detalla la violencia en la capital.',
        expect: { attack: false },
      },
      {
        says: 'a bombing told as the third in two months stays an attack',
        title: 'Bomb kills 6 in Jalalabad, third attack in two months',
        content: 'A bomb hidden in a cart exploded at a market in Jalalabad on Friday, killing six people, police said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'sentences, arrests and police shootings told in headline style',
    cases: [
      {
        says: 'a sentence told by what the gunman gets is a trial',
        title: 'Gunman who killed 8 at Dallas mall gets life without parole',
        content: 'A judge on Friday sentenced the man who opened fire at the shopping centre in 2023 to life in prison.',
        expect: { attack: false },
      },
      {
        says: 'a convict handed the death penalty is a trial',
        title: 'Bomber who killed 14 at Lahore park handed death penalty',
        content: 'An anti-terrorism court on Monday sentenced the man over the 2016 blast.',
        expect: { attack: false },
      },
      {
        says: 'suspects held over a deadly ambush last month is an arrest',
        title: 'Four held over deadly Rajouri ambush',
        content: 'Police arrested four men accused of sheltering the militants who ambushed an army truck last month, killing three soldiers.',
        expect: { attack: false },
      },
      {
        says: 'police shooting dead a knife-wielding man is police action',
        title: 'Police shoot dead knife-wielding man in Leeds',
        content: 'Officers shot a man who was threatening passers-by with a knife on Saturday, police said. Nobody else was hurt.',
        expect: { attack: false },
      },
      {
        says: 'police shooting the attacker after a rampage that killed two stays an attack',
        title: 'Police shoot dead attacker after knife rampage kills two in Graz',
        content: 'A man stabbed two people to death in the old town of Graz on Sunday before officers shot him, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'two police officers shot dead in an ambush stays an attack',
        title: 'Two police officers shot dead in ambush in Sinaloa',
        content: 'Gunmen ambushed a patrol on a road near Culiacán on Tuesday, killing two officers, state officials said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an arrest the same day, with the attack in the lead, stays an attack',
        title: 'Two held after gunmen kill 7 at Zaria market',
        content: 'Gunmen opened fire at a market in Zaria on Monday, killing seven people; police said two suspects were arrested.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'killings in the family told by who killed whom',
    cases: [
      {
        says: 'a father who kills his children is a family crime',
        title: 'Father kills two children with hammer in Bihar',
        content: 'A man killed his two children with a hammer after a quarrel with his wife, police said on Monday.',
        expect: { attack: false },
      },
      {
        says: 'a man who stabs his wife is a family crime',
        title: 'Man stabs his wife to death in Izmir',
        content: 'The 45-year-old was detained at the scene, police said.',
        expect: { attack: false },
      },
      {
        says: 'a father killed by a drone is a victim of an attack',
        title: 'Father shot dead in drone strike on car in Nikopol',
        content: 'A man was killed when a Russian drone hit his car in Nikopol on Monday, the regional governor said.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'militants who kill a man and his wife stay an attack',
        title: 'Militants kill man and his wife in Kulgam',
        content: 'Militants shot dead a man and his wife at their home in Kulgam on Thursday night, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a maker killed by the bomb he was making is no attack',
    cases: [
      {
        says: 'fr: Explosion mortelle dans un appartement de Nantes',
        title: 'Explosion mortelle dans un appartement de Nantes',
        content: "Un homme de 31 ans est mort mardi quand l'engin qu'il fabriquait a explosé dans sa cuisine, a indiqué le procureur.",
        expect: { attack: false },
      },
      {
        says: 'fr: Un jeune homme grièvement blessé à Metz',
        title: 'Un jeune homme grièvement blessé à Metz',
        content: 'Un jeune homme a été gravement blessé en fabriquant une bombe artisanale dans sa cave, selon la police.',
        expect: { attack: false },
      },
      {
        says: 'es: Muere un hombre en una explosión en Rosario',
        title: 'Muere un hombre en una explosión en Rosario',
        content: 'Un hombre murió el domingo cuando le explotó el artefacto explosivo que fabricaba en el patio de su casa, informó la policía.',
        expect: { attack: false },
      },
      {
        says: 'pt: Homem morre em explosão em Campinas',
        title: 'Homem morre em explosão em Campinas',
        content: 'Um homem morreu na segunda-feira quando o explosivo que fabricava em casa detonou, segundo a polícia civil.',
        expect: { attack: false },
      },
      {
        says: 'de: Mann bei Explosion in Wohnung schwer verletzt',
        title: 'Mann bei Explosion in Wohnung schwer verletzt',
        content: 'Ein 40-Jähriger ist beim Bau einer Rohrbombe in seiner Wohnung in Kassel schwer verletzt worden, teilte die Polizei mit.',
        expect: { attack: false },
      },
      {
        says: 'it: Esplosione in un garage a Bari, muore un uomo',
        title: 'Esplosione in un garage a Bari, muore un uomo',
        content: "Un uomo è morto nell'esplosione dell'ordigno che stava costruendo nel suo garage, secondo i carabinieri.",
        expect: { attack: false },
      },
      {
        says: 'ru: В Твери мужчина погиб при взрыве в гараже',
        title: 'В Твери мужчина погиб при взрыве в гараже',
        content: 'Мужчина погиб при изготовлении самодельного взрывного устройства в своём гараже в Твери, сообщили в полиции.',
        expect: { attack: false },
      },
      {
        says: 'ru: Взрыв в квартире в Омске: погиб жилец',
        title: 'Взрыв в квартире в Омске: погиб жилец',
        content: 'В Омске жилец погиб при взрыве самодельной бомбы, которую он собирал на кухне, сообщили следователи.',
        expect: { attack: false },
      },
      {
        says: 'uk: У Житомирі чоловік загинув від вибуху',
        title: 'У Житомирі чоловік загинув від вибуху',
        content: 'Чоловік загинув під час виготовлення саморобного вибухового пристрою у власному будинку, повідомили в поліції.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a bomb carried to its target and set off stays an attack',
    cases: [
      {
        says: 'fr: Attentat à la bombe contre un poste de police à Gao',
        title: 'Attentat à la bombe contre un poste de police à Gao',
        content: "Un kamikaze a fait exploser la bombe qu'il transportait devant un poste de police de Gao, tuant trois policiers.",
        expect: { attack: true },
      },
      {
        says: 'es: Coche bomba contra una base militar en Cauca',
        title: 'Coche bomba contra una base militar en Cauca',
        content: 'Disidentes de las FARC detonaron un coche bomba contra una base militar en el Cauca el martes, hiriendo a seis soldados.',
        expect: { attack: true },
      },
      {
        says: 'ru: Взрыв у здания администрации в Донецке',
        title: 'Взрыв у здания администрации в Донецке',
        content: 'Неизвестные взорвали самодельное взрывное устройство у здания администрации в Донецке, погибли двое охранников.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a mine laid in a war long over is no attack',
    cases: [
      {
        says: 'reads the war named with its year between',
        title: 'Shepherd killed by landmine near the Green Line',
        content:
          'A shepherd died on Thursday when he stepped on an anti-personnel mine laid during the 1974 war, near a village south of the buffer zone, police said.',
        expect: { attack: false },
      },
      {
        says: 'still reads a mine laid this week for a patrol as an attack',
        title: 'Mine hits army patrol in Kidal region',
        content: 'Militants laid a mine on the road that struck an army patrol near Anefis on Tuesday, killing two soldiers, the army said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a sale or a contract is goods only when weapons or a deal are named',
    cases: [
      {
        says: 'reads an attack on a shop that sold something, and contract workers shot, as attacks',
        title: 'Three dead after night attack in Wajir',
        content: 'Gunmen stormed a bar that sold beer in Wajir town late on Saturday and opened fire, killing three customers, police said.',
        expect: { attack: true, killed: 3 },
      },
      {
        says: 'reads an attack on a shop that sold something, and contract workers shot, as attacks',
        title: 'Attack on road crew in Turbat',
        content: 'Armed men shot dead four contract labourers at a bridge site near Turbat on Sunday, officials said.',
        expect: { attack: true, killed: 4 },
      },
      {
        says: 'keeps weapons sales, approvals and supply contracts as no attack',
        title: 'Washington clears sale of air defence missiles to Qatar',
        content: 'The State Department cleared the possible sale of interceptor missiles worth $1 billion to Qatar.',
        expect: { attack: false },
      },
      {
        says: 'keeps weapons sales, approvals and supply contracts as no attack',
        title: 'Ankara signs deal to supply armed drones to Jakarta',
        content: 'A Turkish maker signed a contract to supply 40 armed drones to Indonesia, the ministry said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'more look-alikes told the way their outlets tell them',
    cases: [
      {
        says: 'makers busy at their work',
        title: 'Blast at a commander’s compound kills six in Logar',
        content:
          'Six fighters died in a blast at a commander’s compound in Logar province while the group were busy fitting explosives into motorcycles, officials said.',
        expect: { attack: false },
      },
      {
        says: 'Italian war ordnance found',
        title: 'Residuato bellico in un parco di Trieste, evacuate le case vicine',
        content:
          'Gli artificieri sono intervenuti a Trieste dopo il ritrovamento di un ordigno bellico nel parco; dieci famiglie sono state evacuate per alcune ore.',
        expect: { attack: false },
      },
      {
        says: 'Italian drill',
        title: 'Attacco simulato al porto di Ancona',
        content:
          "Spari a salve e finti feriti: al porto di Ancona si è tenuta la simulazione di un attentato, un'esercitazione antiterrorismo con polizia e vigili del fuoco.",
        expect: { attack: false },
      },
      {
        says: 'Turkish plot',
        title: "Ankara'da saldırı hazırlığındaki 4 şüpheli yakalandı",
        content: "Ankara'da eylem hazırlığında oldukları belirlenen 4 şüpheli jandarma operasyonuyla yakalandı.",
        expect: { attack: false },
      },
      {
        says: 'still reads a bomb laid for a patrol and a suicide bombing in Italian as attacks',
        title: 'Roadside bomb kills two police in Logar',
        content: 'Militants planted a roadside bomb that hit a police pickup in Logar province on Sunday, killing two officers.',
        expect: { attack: true },
      },
      {
        says: 'still reads a bomb laid for a patrol and a suicide bombing in Italian as attacks',
        title: 'Attentato a Mogadiscio, 9 morti',
        content: 'Un kamikaze si è fatto esplodere davanti a un hotel di Mogadiscio, uccidendo nove persone.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'attacks told the way local and maritime outlets tell them',
    cases: [
      {
        says: 'Portuguese: an armed group burns homes',
        title: 'Homens armados incendeiam aldeia no Niassa',
        content: 'Um grupo armado queimou 30 casas na aldeia de Naulala, distrito de Mecula, na noite de sábado, segundo moradores.',
        expect: { attack: true },
      },
      {
        says: 'German: an arson attack committed',
        title: 'Brandanschlag auf Moschee in Thüringen',
        content: 'Auf eine Moschee in Gera ist in der Nacht zum Sonntag ein Brandanschlag verübt worden, teilte die Polizei mit. Verletzt wurde niemand.',
        expect: { attack: true },
      },
      {
        says: 'a ship struck that sailed on',
        title: 'Bulk carrier hit west of Mokha',
        content:
          'A bulk carrier reported it had been hit by a missile about 40 nautical miles west of the port of Mokha, the agency said; nobody aboard was hurt and the vessel continued to its planned destination.',
        expect: { attack: true },
      },
      {
        says: 'keeps fires with no attacker, and a ship that sails on, as they are',
        title: 'Incêndio florestal queima casas em Góis',
        content: 'Um incêndio florestal queimou doze casas em Góis no domingo, disseram os bombeiros.',
        expect: { attack: false },
      },
      {
        says: 'keeps fires with no attacker, and a ship that sails on, as they are',
        title: 'Cargo ship resumes voyage after engine fault',
        content: 'The ship, which lost power off Crete on Monday, proceeded on to its next port after repairs, the coast guard said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a suspicious package with no bomb is no attack',
    cases: [
      {
        says: 'reads packages made safe or found empty, and a parcel bomb that went off',
        title: 'Police blow up suspicious bag at Leeds station',
        content:
          'Police cleared Leeds station on Friday after a suspicious bag was reported. Army technicians blew up the object; trains ran again two hours later.',
        expect: { attack: false },
      },
      {
        says: 'reads packages made safe or found empty, and a parcel bomb that went off',
        title: 'No explosive in package mailed to city hall',
        content: 'The parcel sent to Tulsa city hall did not contain any explosive, police said on Thursday.',
        expect: { attack: false },
      },
      {
        says: 'reads packages made safe or found empty, and a parcel bomb that went off',
        title: 'Parcel bomb injures two at post office in Lyon',
        content: 'A parcel bomb exploded at a post office in Lyon on Monday, injuring two employees, police said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'a bomb maker killed by his own bomb where he made it',
    cases: [
      {
        says: 'a device that went off in the yard of his home, with bomb-making things found there',
        title: 'Man killed when homemade device explodes behind his house',
        content:
          'A 34-year-old man died on Friday evening after a homemade explosive device went off in the yard behind his house, the county sheriff said. ' +
          'Deputies later found items used to make pipe bombs in a shed on the property.',
        expect: { attack: false },
      },
      {
        says: 'a teenager and the powder for making bombs in the family’s backyard',
        title: 'Teen dies as device explodes in back yard',
        content:
          'A 17-year-old died on Saturday after a homemade explosive device went off in the backyard of his family’s house. ' +
          'Investigators found pipes and powder for the making of explosive devices in a shed.',
        expect: { attack: false },
      },
      {
        says: 'a blast in his garage and a bomb-making kit',
        title: 'Explosion in garage kills man in Dunmore',
        content:
          'A man was killed when an explosive device detonated in the garage of his home in Dunmore on Tuesday. ' +
          'Police said they recovered bomb-making materials from the garage.',
        expect: { attack: false },
      },
      {
        says: 'a bomb outside a shop stays an attack though the suspect built bombs at home',
        title: 'Bomb outside pharmacy kills one in Harwick',
        content:
          'A bomb exploded outside a pharmacy in Harwick on Monday, killing a passer-by and wounding three. ' +
          'A man arrested that night had been making pipe bombs in his garage, detectives said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a bomb planted at a judge’s home stays an attack',
        title: 'Bomb planted at judge’s home kills guard',
        content: 'A bomb planted outside the home of a judge in Sibi exploded on Saturday, killing a guard, police said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a parcel bomb that killed a man at his home stays an attack',
        title: 'Parcel bomb kills trader at his home',
        content: 'A parcel bomb exploded at the home of a trader in Tapachula on Friday, killing him, prosecutors said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'a space launch is told by the satellite its rocket carries',
    cases: [
      {
        says: 'satellites put into orbit by a carrier rocket',
        title: 'Iran puts three satellites into orbit',
        content: 'Iran said on Sunday it had put three small satellites into orbit with its Simorgh carrier rocket, the first such launch this year.',
        expect: { attack: false },
      },
      {
        says: 'a rocket carrying a spy satellite, with a missile programme feared beside it',
        title: 'North Korea fires rocket carrying spy satellite',
        content:
          'North Korea fired a rocket carrying a military reconnaissance satellite late on Tuesday, Japan said, as neighbours fear the launches help its missile programme.',
        expect: { attack: false },
      },
      {
        says: 'a satellite put in orbit on an army-built rocket, under a title on missile fears',
        title: 'Country says it launched satellite despite Western missile concerns',
        content:
          'The country launched an imaging satellite on Friday aboard a rocket built by its armed forces, state television said; Western governments say the work aids its long-range missiles.',
        expect: { attack: false },
      },
      {
        says: 'a French satellite launch',
        title: 'L’Inde lance un satellite d’observation',
        content: 'L’Inde a lancé avec succès un satellite d’observation de la Terre depuis sa base de Sriharikota, a annoncé l’agence spatiale.',
        expect: { attack: false },
      },
      {
        says: 'a Russian carrier rocket with a communications satellite',
        title: 'Россия вывела на орбиту спутник связи',
        content: 'Ракета-носитель со спутником связи стартовала с космодрома в четверг утром, сообщили в госкорпорации.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic satellite launch',
        title: 'الهند تطلق قمرا صناعيا لرصد الطقس',
        content: 'أعلنت وكالة الفضاء الهندية الأربعاء أنها أطلقت قمرا صناعيا جديدا لرصد الطقس من قاعدتها في الجنوب.',
        expect: { attack: false },
      },
      {
        says: 'satellite images of a drone strike stay an attack',
        title: 'Satellite images show hangars hit in drone strike on air base',
        content:
          'Satellite images released on Tuesday show damaged hangars at the Morozovsk air base after a drone attack on Monday that killed three servicemen.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'rockets that hit near a launch site stay an attack',
        title: 'Rockets hit near missile base, wounding four guards',
        content: 'Two rockets fired by militants struck near a missile base outside the city on Tuesday, wounding four guards, officials said.',
        expect: { attack: true, hasTypes: ['rocket'] },
      },
    ],
  },
  {
    class: 'a ship struck by an unknown projectile',
    cases: [
      {
        says: 'a merchant vessel struck off a port',
        title: 'Merchant ship hit by projectile off Yemen',
        content:
          'A merchant vessel was struck by an unknown projectile about 50 nautical miles west of Hodeidah on Sunday, a maritime security agency said. The crew were safe.',
        expect: { attack: true },
      },
      {
        says: 'a tanker hit and set on fire',
        title: 'Tanker catches fire after being hit off Aden',
        content:
          'A tanker was hit by a projectile 80 nautical miles east of Aden on Wednesday, causing a small fire that the crew put out, a security firm said.',
        expect: { attack: true },
      },
      {
        says: 'a projectile launched off a coast is a test',
        title: 'North Korea fires unidentified projectile',
        content: 'North Korea fired an unidentified projectile off its east coast on Thursday, the South’s military said.',
        expect: { attack: false },
      },
      {
        says: 'an old projectile found in a field is a find',
        title: 'Farmers find old projectile in field',
        content: 'Farmers found a rusty projectile from the war in a field near Ypres on Monday; the army took it away.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'two sides exchanging fire, told by the toll',
    cases: [
      {
        says: 'border guards of two states',
        title: 'Border guards exchange fire, one killed',
        content: 'A border guard was killed on Tuesday when the forces of the two neighbours exchanged fire at the Dorah crossing, officials said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'troops and militants who traded fire',
        title: 'Two soldiers killed as troops, militants trade fire in Kurram',
        content: 'Two soldiers were killed when troops and militants exchanged fire near a checkpoint in Kurram on Sunday, the army said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an exchange of fire with no harm named is no attack report by itself',
        title: 'Border guards exchange fire at crossing',
        content: 'Guards on both sides of the border exchanged fire briefly on Friday evening, officials said, and the crossing reopened on Saturday.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a police gunfight with crime suspects is the police’s operation',
    cases: [
      {
        says: 'police killing robbery suspects in a shootout',
        title: 'Police kill two robbery suspects in shootout',
        content: 'Police shot dead two suspected armed robbers after a shootout in the Mathare area of the capital on Monday, a police spokesman said.',
        expect: { attack: false },
      },
      {
        says: 'police killing kidnapping suspects in a gun battle',
        title: 'Police kill three kidnapping suspects in gun battle',
        content: 'Police said on Sunday they had killed three suspected kidnappers in a gun battle in a forest and freed two hostages.',
        expect: { attack: false },
      },
      {
        says: 'gunmen killing police officers in a shootout stays an attack',
        title: 'Gunmen kill two police officers in shootout',
        content: 'Gunmen killed two police officers in a shootout at a checkpoint in Gusau on Tuesday, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'the force named between the suspects and the shootout',
        title: 'Three suspected robbers killed in RAB shootout at Savar',
        content: 'Three suspected robbers died in a shootout with an elite police unit at Savar before dawn on Monday, the unit said.',
        expect: { attack: false },
      },
      {
        says: 'the town named between the suspects and the shootout',
        title: 'Two suspected robbers shot dead in Gujrat shootout',
        content:
          'On Sunday a patrol in a Gujrat neighbourhood exchanged fire with two suspected robbers, who died at the scene; the police say the pair fired first.',
        expect: { attack: false },
      },
      {
        says: 'Hindi: a wanted criminal felled in a police encounter',
        title: 'मेरठ में पुलिस मुठभेड़ में इनामी बदमाश ढेर',
        content: 'मेरठ में बुधवार रात पुलिस मुठभेड़ में 25 हजार का इनामी बदमाश मारा गया।',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: robbers killed in a gunfight with the police',
        title: 'Dua perampok tewas dalam baku tembak dengan polisi',
        content: 'Dua perampok minimarket tewas dalam baku tembak dengan polisi di Palembang, Selasa malam.',
        expect: { attack: false },
      },
      {
        says: 'Hindi: security forces and Naxalites in an encounter stay a gunfight',
        title: 'सुकमा में मुठभेड़, तीन नक्सली ढेर',
        content: 'सुकमा के जंगल में सुरक्षाबलों के साथ मुठभेड़ में तीन नक्सली मारे गए।',
        expect: { attack: true },
      },
      {
        says: 'militants storming a camp, with attackers killed in the gunfight, stays an attack',
        title: 'Militants attack army camp; three soldiers, two attackers killed',
        content: 'Militants stormed an army camp in Kupwara on Monday, killing three soldiers; two attackers died in the gunfight that followed.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'an attack that took lives, in any language, says it harmed',
    cases: [
      {
        says: 'an attack "claims N lives"',
        title: 'Militia attack claims 11 lives in Djugu',
        content: 'The provincial governor condemned the raid.',
        expect: { attack: true },
      },
      {
        says: 'Spanish: an attack "cobra la vida de"',
        title: 'Nuevo ataque cobra la vida de siete personas en Tierra Blanca',
        expect: { attack: true },
      },
      {
        says: 'French: an attack "a coûté la vie à"',
        title: "L'attaque de la nuit a coûté la vie à six villageois près de Djibo",
        expect: { attack: true },
      },
      {
        says: 'German: an attack "kostete … das Leben"',
        title: 'Anschlag in Kandahar kostete vier Menschen das Leben',
        expect: { attack: true },
      },
      {
        says: 'Indonesian: an attack "merenggut nyawa"',
        title: 'Serangan KKB di Intan Jaya merenggut nyawa dua prajurit',
        expect: { attack: true },
      },
      {
        says: 'a heatwave or a road crash that claims lives is no attack',
        title: 'Heatwave claims 16 lives in Sindh',
        content: 'Sixteen people died of heatstroke across the province on Monday, officials said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'lightning is told as a strike that kills',
    cases: [
      {
        says: 'lightning strikes that killed farmers',
        title: 'Lightning strikes kill 11 farmers in Sirajganj',
        content: 'Eleven farmers were killed by lightning strikes while working in paddy fields in several villages on Sunday, officials said.',
        expect: { attack: false },
      },
      {
        says: 'people struck by lightning, in Hindi',
        title: 'आकाशीय बिजली गिरने से चार लोगों की मौत',
        content: 'जिले के तीन गांवों में रविवार शाम आकाशीय बिजली गिरने से चार लोगों की मौत हो गई।',
        expect: { attack: false },
      },
      {
        says: 'Spanish farmworkers hit by lightning',
        title: 'Mueren dos jornaleros alcanzados por un rayo',
        content: 'Dos jornaleros murieron alcanzados por un rayo mientras trabajaban en una parcela de Chiapas el domingo por la tarde.',
        expect: { attack: false },
      },
      {
        says: 'an air strike told beside a thunderstorm stays an attack',
        title: 'Air strike kills five in Idlib village',
        content:
          'An air strike hit a house in a village south of Idlib on Monday night, killing five people, as a thunderstorm swept the region, rescuers said.',
        expect: { attack: true, hasTypes: ['airstrike'] },
      },
    ],
  },
  {
    class: 'hostages taken, with their number or who they are between',
    cases: [
      {
        says: 'militants who take hostages at a plant',
        title: 'Militants take 40 hostages at oil field',
        content: 'Militants stormed an oil field in the desert on Thursday and took dozens of foreign engineers captive, officials said.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'gunmen who took bank staff hostage',
        title: 'Gunmen take bank staff hostage in Tarlac',
        content: 'Armed men entered a bank in Tarlac on Monday morning and took six employees hostage, police said.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'a film in which gunmen take hostages is a film',
        title: 'Siege thriller in which gunmen take 20 hostages opens this week',
        content: 'The film, shot in Cape Town, follows a negotiator over one long night.',
        expect: { attack: false },
      },
      {
        says: 'hostages freed after months are a release',
        title: 'Militants free 12 hostages taken in March',
        content: 'The twelve workers kidnapped at a mine in March were released on Sunday after talks, their employer said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'an assault told in one sentence and its toll in the next is one report, in any language',
    cases: [
      {
        says: 'an English knife assault under a title naming no attack, its toll after it',
        title: 'Terror at Dunmore school',
        content: 'A 13-year-old pupil attacked several people with a knife at a school in Dunmore on Monday. One teacher died and four people were hurt.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a Portuguese school assault with a weekday split in two ("nesta terça-feira")',
        title: 'Aluno ataca escola em Vila Serena e mata professora',
        content:
          'Nesta terça-feira, um estudante de 15 anos atacou colegas e professores com uma faca numa escola de Vila Serena. Morreu uma professora e três pessoas ficaram feridas.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a Spanish assault in the preterite, one victim in the singular',
        title: 'Alumno ataca escuela en Villa Serena',
        content:
          'Un alumno de 14 años atacó a varias personas con un cuchillo en una escuela de Villa Serena este martes. Una maestra murió y otras tres personas resultaron heridas.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a French assault with a blade, the wounded next',
        title: 'Attaque à Valmont',
        content: 'Un homme a attaqué des passants avec un couteau à Valmont samedi. Deux personnes ont été blessées.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an Italian assault with a blade, the dead next',
        title: 'Agguato a Vallombrosa',
        content: 'Un uomo ha attaccato tre persone con un coltello a Vallombrosa lunedì. Una donna è morta.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a Spanish arson by hooded men, a guard "lesionado" next',
        title: 'Encapuchados incendian oficinas en Villa Serena',
        content:
          'Dos encapuchados incendiaron el lunes una tienda de Villa Serena rociándola con gasolina. Un guardia resultó lesionado al intentar apagar el fuego.',
        expect: { attack: true },
      },
      {
        says: 'a weapon found before a crash toll is no attack',
        title: 'Crash on the Dunmore ring road',
        content: 'Police found a knife in one of the cars on Monday. Two people died in the crash.',
        expect: { attack: false },
      },
      {
        says: 'a hunter firing at a deer before a death is no attack',
        title: 'Man dies in Dunmore forest',
        content: 'A hunter fired his rifle at a deer on Saturday. A man walking nearby was killed.',
        expect: { attack: false },
      },
      {
        says: 'a shark attacking a swimmer is no attack',
        title: 'Surfer dies off Dunmore beach',
        content: 'A shark attacked a swimmer off Dunmore beach on Sunday. The man died of his injuries.',
        expect: { attack: false },
      },
      {
        says: 'a Portuguese shark attack is no attack',
        title: 'Tubarão ataca surfista em Praia Serena',
        content: 'Um tubarão atacou um surfista na Praia Serena nesta segunda-feira. O homem morreu no hospital.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish dog attack is no attack',
        title: 'Perro ataca a niño en Villa Serena',
        content: 'Un perro atacó a un niño en Villa Serena este martes. El niño murió en el hospital.',
        expect: { attack: false },
      },
      {
        says: 'a bull goring a runner is no attack',
        title: 'Toro ataca a corredor en fiestas de Villa Serena',
        content: 'Un toro atacó a un corredor durante el encierro de este martes. El hombre resultó herido.',
        expect: { attack: false },
      },
      {
        says: 'hackers "attacking" a hospital before deaths is no attack',
        title: 'Hospital in Dunmore hit by hackers',
        content: 'Hackers attacked the hospital computers with ransomware on Monday. Two patients died after being sent elsewhere.',
        expect: { attack: false },
      },
      {
        says: 'the assault and toll recalled under a sentence title stay a trial',
        title: 'Hombre condenado a 40 años en Villa Serena',
        content: 'El hombre atacó a tres personas con un cuchillo en 2021. Una de ellas murió.',
        expect: { attack: false },
      },
      {
        says: 'the same in a drill stays a drill',
        title: 'Soldiers train in Dunmore',
        content: 'Soldiers attacked a mock village with rifles during a drill on Monday. Two were injured in a fall.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a fire bomb thrown at a building or at people is an arson attack',
    cases: [
      {
        says: 'a Spanish wire report of an incendiary device thrown at offices',
        title: 'Arrojan un artefacto incendiario contra un bar de Villa Serena',
        content:
          'Dos jóvenes arrojaron un artefacto incendiario contra la puerta de un bar de Villa Serena en la madrugada del sábado, según la policía local.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an English firebomb thrown at offices',
        title: 'Firebomb thrown at company offices in Dunmore',
        content: 'Unknown people threw a firebomb at the front of a building firm offices in Dunmore overnight, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a French Molotov cocktail thrown at a town hall',
        title: 'Mairie de Valmont visée',
        content: 'Des inconnus ont lancé un cocktail Molotov sur la mairie de Valmont dans la nuit de samedi, selon la gendarmerie.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an incendiary device found, not thrown, is no attack',
        title: 'Suspicious device found outside Dunmore shop',
        content:
          'Staff found what looked like an incendiary device by the bins outside a shop in Dunmore on Tuesday. Army experts took it away and nobody was hurt.',
        expect: { attack: false },
      },
      {
        says: 'Molotov cocktails in a museum are no attack',
        title: 'Museum in Valmont shows wartime objects',
        content: 'The new hall of the Valmont museum shows uniforms, letters and Molotov cocktails that partisans made in 1944.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'years elapsed since an attack tell a story of remembrance, in any language',
    cases: [
      {
        says: 'a Turkish title counting the years passed since a bloody attack',
        title: "Sukamaju'daki saldırının üzerinden 15 yıl geçti",
        content: "Sukamaju'da 30 kişinin öldüğü bombalı saldırının üzerinden 15 yıl geçti.",
        expect: { attack: false },
      },
      {
        says: 'a Spanish title with "han pasado 20 años" in digits',
        title: 'Han pasado 20 años desde el atentado de Villa Serena',
        content: 'Se cumplen 20 años del atentado del 11 de marzo de 2004 en Villa Serena, en el que murieron 30 personas.',
        expect: { attack: false },
      },
      {
        says: 'a Portuguese "há 20 anos" in digits',
        title: 'Há 20 anos, o atentado de Vila Serena',
        content: 'Em 12 de março de 2004, uma bomba matou 30 pessoas em Vila Serena.',
        expect: { attack: false },
      },
      {
        says: 'a French "il y a vingt ans" in words',
        title: 'Il y a vingt ans, la bombe de Valmont',
        content: 'Il y a vingt ans, une bombe tuait 30 personnes à Valmont.',
        expect: { attack: false },
      },
      {
        says: 'a Russian "20 years ago"',
        title: '20 лет назад в Заречном взорвали рынок',
        content: '20 лет назад взрыв на рынке в Заречном унёс жизни 30 человек.',
        expect: { attack: false },
      },
      {
        says: 'an English "20 years on"',
        title: 'Dunmore bombing: 20 years on',
        content: 'Twenty years on, survivors of the Dunmore market bomb that killed 30 people still meet every spring.',
        expect: { attack: false },
      },
      {
        says: 'a car bomb reported before the years since the last one stays an attack',
        title: 'Car bomb kills two in Dunmore, 20 years after the last attack',
        content: 'A car bomb killed two people outside the Dunmore town hall on Tuesday.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'gunmen attacking again, as they did years ago, stay an attack',
        title: 'Gunmen attack village again, as they did 2 years ago',
        content: 'Gunmen attacked the village of Dunmore on Tuesday and killed four people, as they had 2 years ago.',
        expect: { attack: true },
      },
      {
        says: "an attacker's age in years is no elapsed time",
        title: 'Un hombre de 30 años apuñala a tres personas en Villa Serena',
        content: 'Un hombre de 30 años apuñaló este martes a tres personas en una plaza de Villa Serena; dos resultaron heridas.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'the first car bomb "in 20 years since the truce" is a report: a span, not time elapsed',
        title: 'Dunmore sees first car bomb in 20 years since the truce',
        content: 'A car bomb exploded outside a police station in Dunmore on Tuesday, wounding five officers.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'the worst attack "in 20 years" is a report',
        title: 'Hombres armados matan a cinco en Villa Serena, el peor ataque en 20 años',
        content: 'Hombres armados mataron este martes a cinco personas en Villa Serena.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a car that hit people because its driver was taken ill is a road accident',
    cases: [
      {
        says: 'English: a medical episode',
        title: 'Car hits pedestrians in Dunmore',
        content: 'A car mounted the pavement and struck six pedestrians in Dunmore on Tuesday after its driver suffered a medical episode, police said.',
        expect: { attack: false },
      },
      {
        says: 'French: "a fait un malaise"',
        title: 'Voiture dans la foule à Valmont : le conducteur a fait un malaise',
        content: 'Une voiture a percuté six piétons à Valmont mardi après que son conducteur a fait un malaise, selon la police.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: "teve um mal súbito"',
        title: 'Carro atinge pedestres em Vila Serena',
        content: 'Um carro atropelou seis pedestres em Vila Serena nesta terça-feira depois que o motorista teve um mal súbito, segundo a polícia.',
        expect: { attack: false },
      },
      {
        says: 'a car driven into a crowd on purpose stays an attack',
        title: 'Car rams crowd in Valmont',
        content: 'Un homme a foncé volontairement avec sa voiture dans la foule à Valmont mardi, blessant six personnes.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a title on the freed, whose kidnapping only describes them, is a release',
    cases: [
      {
        says: 'kidnapped aid workers freed',
        title: 'Kidnapped aid workers freed in Dunmore region',
        content: 'Two aid workers kidnapped in March were freed on Tuesday, officials said.',
        expect: { attack: false },
      },
      {
        says: 'abducted pupils released',
        title: 'Abducted pupils released near Dunmore',
        content: 'Twelve pupils abducted from their school last month were released on Tuesday.',
        expect: { attack: false },
      },
      {
        says: 'a kidnapping told as it happened stays an attack',
        title: 'Gunmen kidnap five workers in Dunmore',
        content: 'Gunmen kidnapped five workers from a farm near Dunmore on Tuesday.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'the captors releasing, or the release before the kidnapped, in any word order, is a release',
    cases: [
      {
        says: 'bandits release a village head after a ransom',
        title: 'Bandits release Tudun Wada village head and 20 others after ransom',
        content:
          'Bandits have let go of the village head of Tudun Wada and twenty residents once a ransom was handed over. The gunmen had stormed the village on March 3, shooting four people dead and carrying off 21.',
        expect: { attack: false },
      },
      {
        says: 'kidnappers free travellers: the release before the kidnapped',
        title: 'Kidnappers free 12 passengers abducted on Lokoja road',
        content: 'The kidnappers freed the passengers on Sunday after their families paid a ransom. They had been seized at gunpoint two weeks ago.',
        expect: { attack: false },
      },
      {
        says: 'pirates release a crew',
        title: 'Pirates release hijacked tanker crew',
        content: 'Pirates released the crew of the tanker seized off the coast last month, the shipping company said.',
        expect: { attack: false },
      },
      {
        says: 'abducted villagers regain their freedom',
        title: 'Abducted villagers regain freedom after 40 days',
        content: 'The villagers had been abducted by gunmen who stormed the community in March.',
        expect: { attack: false },
      },
      {
        says: 'French: the kidnappers release the villagers ("libèrent")',
        title: 'Les ravisseurs libèrent les 20 villageois enlevés',
        content: 'Les villageois avaient été enlevés par des hommes armés le mois dernier.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: the armed group frees its hostages ("membebaskan sandera")',
        title: 'Pekerja yang diculik KKB dibebaskan',
        content: 'KKB yang menculik lima pekerja di Nduga telah membebaskan sandera setelah negosiasi.',
        expect: { attack: false },
      },
      {
        says: 'troops rescuing passengers, whose kidnapping the lead recalls',
        title: 'Troops rescue 20 passengers in Okene forest',
        content: 'Soldiers on Tuesday rescued 20 travellers who were seized when gunmen attacked their bus near Okene last week, killing the driver.',
        expect: { attack: false },
      },
      {
        says: 'police rescuing a kidnapped trader and shooting his captors',
        title: 'Police rescue kidnapped trader, kill two kidnappers in shootout',
        expect: { attack: false },
      },
      {
        says: 'the captives returning home',
        title: 'Abducted schoolchildren return home',
        content: 'The 30 pupils taken from their school in Kebbi by bandits two weeks ago have gone back to their families.',
        expect: { attack: false },
      },
      {
        says: 'farmers killed as they return home stay an attack',
        title: 'Gunmen kill five farmers as they return home from market',
        content: 'Gunmen on Sunday shot dead five farmers who were walking home from a market in Benue.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'gunmen who kidnap and free one captive in the title report the kidnapping',
        title: 'Gunmen abduct pastor, free his wife in Enugu',
        content: 'Gunmen on Sunday abducted a pastor in Enugu but let his wife go.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'a kidnapping told at its own time with a later release of some captives is the kidnapping',
    cases: [
      {
        says: 'five of thirty later released',
        title: 'Kaduna: 30 villagers taken, five escape',
        content: 'Gunmen on Sunday abducted 30 residents of Kujama, and five of them were later released after a chase by vigilantes.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'worshippers kidnapped, some freed by soldiers',
        title: 'Kaduna church raid: 40 worshippers taken',
        content: 'Gunmen abducted 40 worshippers from a church in Kaduna on Sunday night, but eight were freed by soldiers hours afterwards.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'a release whose kidnapping has no time of its own stays a release',
        title: 'Relief in Kujama',
        content: 'Fourteen residents who were abducted in Kujama in March and later held in the forest have been released by their abductors, a relative said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: "the age someone had at an old harm tells a life's past, in any language",
    cases: [
      {
        says: 'a Spanish survivor taught to clear mines ("cuando tenía 12 años")',
        title: 'Campesinos aprenden a retirar minas en Villa Serena',
        content: 'Cuando tenía 12 años, Rosa casi muere al pisar una mina antipersonal cerca de Villa Serena. Hoy aprende a desminar con otros 20 campesinos.',
        expect: { attack: false },
      },
      {
        says: 'an English survivor profile ("when she was 15")',
        title: 'From landmine survivor to deminer',
        content: 'When she was 15, Ana nearly died when a landmine exploded under her near Villa Serena. Now she clears mines for a living.',
        expect: { attack: false },
      },
      {
        says: 'a French survivor ("quand il avait 10 ans")',
        title: 'Le démineur de Valmont',
        content: 'Quand il avait 10 ans, Paul a été grièvement blessé par une mine près de Valmont. Il forme aujourd’hui des démineurs.',
        expect: { attack: false },
      },
      {
        says: "a victim's age after the attack word stays an attack",
        title: 'Bomb kills girl in Dunmore market',
        content: 'A girl who was 8 was killed when a bomb exploded in Dunmore market on Tuesday.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a distance after "when it was" is no age',
        title: 'Gunmen attack bus near Dunmore',
        content: 'Gunmen attacked a bus near Dunmore on Tuesday when it was 5 km from the town, killing three passengers.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'agents and investigators seize and raid as the police do',
    cases: [
      {
        says: 'federal agents seizing guns in raids on a gang',
        title: 'Dunmore police, federal agents seize rifles and cash in raids',
        content: 'A gang was the target of raids this month in which Dunmore police and federal agents seized rifles and cash, a police statement said.',
        expect: { attack: false },
      },
      {
        says: 'customs agents seizing rifles',
        title: 'Agents seize rifles bound for gangs in Dunmore',
        content: 'Customs agents seized 40 rifles hidden in a lorry at the Dunmore border post on Tuesday.',
        expect: { attack: false },
      },
      {
        says: 'agents ambushed by gunmen stay the victims of an attack',
        title: 'Federal agents wounded in Dunmore ambush',
        content: 'Gunmen ambushed federal agents who had seized guns in Dunmore on Tuesday, wounding four.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a plot prepared or prevented is no attack, told by the verb of planning in any language',
    cases: [
      {
        says: 'Spanish suspects held while planning an attack with explosives',
        title: 'Detenidos dos hombres que planeaban un atentado en Valencia',
        content: 'La policía detuvo el jueves a dos hombres que preparaban un ataque con explosivos contra una estación de autobuses, según fuentes del caso.',
        expect: { attack: false },
      },
      {
        says: 'Italian suspect who planned an attack on a square',
        title: 'Fermato a Bari un ragazzo che progettava un attentato',
        content: 'Gli agenti hanno trovato nella sua stanza il materiale per un ordigno; il giovane progettava un attacco contro una piazza affollata.',
        expect: { attack: false },
      },
      {
        says: 'Russian security service prevented an attack, in the feminine singular',
        title: 'Полиция предотвратила теракт в Казани',
        content: 'Сотрудники полиции задержали мужчину, который готовил взрыв на вокзале. У него изъяли самодельную бомбу.',
        expect: { attack: false },
      },
      {
        says: 'a bombing that happened stays an attack when the text adds the bomber planned more',
        title: 'Una bomba mata a dos personas en un mercado de Cali',
        content: 'Un artefacto explosivo estalló el martes en un mercado de Cali y mató a dos personas. La policía cree que el autor planeaba más ataques.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'old munitions told by their age, their war or the child who found them, in Spanish and Portuguese',
    cases: [
      {
        says: 'an old grenade a boy found in a field',
        title: 'Muere un niño al explotar una granada antigua en Teruel',
        content: 'El menor murió el domingo cuando manipulaba un artefacto de la guerra civil que había encontrado junto a un camino.',
        expect: { attack: false },
      },
      {
        says: 'a Portuguese boy playing with an old shell',
        title: 'Criança morre em explosão de granada antiga',
        content: 'O menino brincava com uma granada antiga que tinha encontrado no quintal de um vizinho, informou a polícia.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: "a bomb kept at home or being made went off in someone's hands, in Hindi",
    cases: [
      {
        says: 'a bag of bombs kept at home went off while it was cleaned',
        title: 'घर की सफाई के दौरान फटा बम, दो बच्चे घायल',
        content: 'पुलिस के अनुसार अलमारी में बम रखे हुए थे जो सफाई के दौरान फट गए। दोनों बच्चों को अस्पताल ले जाया गया।',
        expect: { attack: false },
      },
      {
        says: 'country bombs being made blew up',
        title: 'देसी बम बनाते समय धमाका, एक की मौत',
        content: 'गांव में एक मकान में देसी बम बनाते समय हुए धमाके में एक व्यक्ति की मौत हो गई।',
        expect: { attack: false },
      },
      {
        says: 'a bomb thrown at a shop stays an attack',
        title: 'दुकान पर बम फेंका, दो घायल',
        content: 'बाइक सवार बदमाशों ने मंगलवार रात एक दुकान पर बम फेंका, जिसमें दो लोग घायल हो गए।',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'guns fired in celebration kill by mishap, not by attack',
    cases: [
      {
        says: 'celebratory gunfire at a wedding',
        title: 'Guest killed by celebratory gunfire at wedding in Kohat',
        content: 'A 30-year-old guest died on Friday night after he was hit by a bullet when relatives of the groom fired into the air, police said.',
        expect: { attack: false },
      },
      {
        says: 'Hindi "happy firing" at a wedding procession',
        title: 'बारात में हर्ष फायरिंग, युवक की मौत',
        content: 'शादी समारोह में हर्ष फायरिंग के दौरान गोली लगने से एक युवक की मौत हो गई।',
        expect: { attack: false },
      },
      {
        says: 'attackers who fire into the air before killing still attack',
        title: 'Bandits kill three villagers in Katsina raid',
        content: 'Armed bandits stormed the village late on Sunday, fired into the air to scatter the residents and shot dead three men, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a toll over a span of months is a statistic, not one event',
    cases: [
      {
        says: 'a half-year toll of bandit attacks',
        title: 'Over 200 killed in bandit attacks in Katsina this year',
        content: 'At least 214 people were killed in attacks by armed bandits in Katsina state between January and June, a rights group said in a report.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish toll from one month to another',
        title: 'La violencia deja 900 muertos en Guerrero',
        content: 'De enero a junio, al menos 900 personas fueron asesinadas en ataques armados en el estado, según cifras oficiales.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'North Korean launches in Hindi and Urdu are tests',
    cases: [
      {
        says: 'a Hindi report of a launch into the sea',
        title: 'उत्तर कोरिया ने फिर दागी बैलिस्टिक मिसाइल',
        content: 'जापान के रक्षा मंत्रालय ने कहा कि उत्तर कोरिया ने बुधवार सुबह एक मिसाइल दागी जो समुद्र में गिरी।',
        expect: { attack: false },
      },
      {
        says: 'an Urdu report of the same',
        title: 'شمالی کوریا نے ایک اور میزائل داغ دیا',
        content: 'جاپان کی وزارت دفاع کے مطابق شمالی کوریا نے بدھ کی صبح میزائل داغا جو سمندر میں گرا۔',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'films and documentaries about an attack, in the languages of Europe',
    cases: [
      {
        says: 'a French feature film retelling an old truck bombing',
        title: '« La Caserne » arrive en salles',
        content: "Le long métrage retrace l'attentat au camion piégé qui avait tué des dizaines de soldats en 1983.",
        expect: { attack: false },
      },
      {
        says: 'a Spanish film about a car bomb',
        title: 'La película sobre el coche bomba de Vitoria se estrena el viernes',
        content: 'El filme reconstruye el atentado que mató a cuatro guardias civiles y la búsqueda de sus autores.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: "the bomber's own bomb, and old munitions children played with, in more languages",
    cases: [
      {
        says: 'a French militant killed by his own bomb going off early',
        title: 'Un militant tué par sa propre bombe près de Gao',
        content: "L'homme a été tué lundi quand l'engin qu'il transportait a explosé prématurément au bord d'une route, selon une source sécuritaire.",
        expect: { attack: false },
      },
      {
        says: 'an Indonesian suspect killed while assembling a bomb at home',
        title: 'Terduga teroris tewas saat merakit bom di rumahnya',
        content: 'Polisi mengatakan pria itu tewas ketika bom yang sedang dirakitnya meledak pada Selasa malam.',
        expect: { attack: false },
      },
      {
        says: 'Dari: children killed by an unexploded shell they played with',
        title: 'سه کودک در انفجار گلوله منفجر نشده در هلمند کشته شدند',
        content: 'این کودکان هنگام بازی با یک گلوله منفجر نشده در نزدیکی خانه شان کشته شدند.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'drills and explainers in the other languages',
    cases: [
      {
        says: 'a Japanese joint drill assuming a missile interception',
        title: '日米が共同訓練　弾道ミサイル迎撃を想定',
        content: '両国の部隊は火曜日、弾道ミサイルの迎撃を想定した訓練を実施した。',
        expect: { attack: false },
      },
      {
        says: 'a French explainer on why attacks increase',
        title: 'Analyse : pourquoi les attaques se multiplient dans le nord du Bénin',
        content: 'Les groupes armés ont tué des dizaines de soldats et de civils ces dernières années dans la région.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'remembrance in Chinese, Japanese and Korean',
    cases: [
      {
        says: 'a Chinese anniversary of an old bombing',
        title: '泗水教堂爆炸案五周年纪念活动举行',
        content: '数百人周日聚集在教堂外，悼念五年前爆炸袭击中遇难的14人。',
        expect: { attack: false },
      },
      {
        says: 'a Korean memorial ceremony for the victims of an old bombing',
        title: '폭탄 테러 10주기 추모식 열려',
        content: '유족과 시민들이 일요일 광장에 모여 10년 전 폭탄 테러로 숨진 희생자들을 추모했다.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a drone told as a breach of airspace is an incursion, not a strike (round 20)',
    cases: [
      {
        says: 'drones shot down amid an airspace breach',
        title: 'Lithuania downs two drones amid airspace breach',
        content: 'Lithuanian air defences shot down two drones that crossed the border from Belarus overnight, the army said. Nobody was hurt.',
        expect: { attack: false },
      },
      {
        says: 'a drone violating the airspace over a ministry, with two people held',
        title: 'Police down drone violating airspace over ministry',
        content: 'A small drone that violated restricted airspace over the defence ministry was brought down by police on Friday. Two men were detained.',
        expect: { attack: false },
      },
      {
        says: 'jets scrambled after a drone breaches the airspace during strikes next door',
        title: 'Jets scrambled after drone breaches national airspace',
        content:
          'Two fighter jets took off on Sunday after a drone breached the country’s airspace during an overnight barrage on ports across the river, the ministry said.',
        expect: { attack: false },
      },
      {
        says: 'French: a violation of the airspace by drones',
        title: 'Violation de l’espace aérien : trois drones interceptés',
        content: 'La défense aérienne a intercepté trois drones entrés dans l’espace aérien du pays dans la nuit, sans faire de victimes.',
        expect: { attack: false },
      },
      {
        says: 'a drone that entered the airspace heading for an air base stays an attack',
        title: 'Air defences intercept drone heading for air base',
        content:
          'Air defences intercepted a drone that entered the country’s airspace early on Tuesday and was flying toward the Harir air base, the general staff said.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'a drone that crossed the border and hit a house, with wounded, is an attack',
        title: 'Drone violating airspace hits house, two hurt',
        content: 'A drone that crossed into the country’s airspace overnight struck a house in a border village, wounding two residents, police said.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
    ],
  },
  {
    class: 'weapons listed in a seizure headline, or found on a suspect, are a find (round 20)',
    cases: [
      {
        says: 'a seizure headline after a semicolon',
        title: 'Four held over murder plot; explosive device, drone seized',
        content: 'Police arrested four men overnight on suspicion of planning a killing. Officers found an explosive device and a drone in their car.',
        expect: { attack: false },
      },
      {
        says: 'rifles and a bomb seized in a raid',
        title: 'Rifles, bombs seized in overnight raid',
        content: 'Soldiers searched three houses in the village overnight and took away two rifles and several bombs, the army said.',
        expect: { attack: false },
      },
      {
        says: 'a man found in possession of a pipe bomb',
        title: 'Man found in possession of pipe bomb at bus depot',
        content: 'A 28-year-old man was arrested on Monday after officers found him in possession of a pipe bomb at the bus depot, police said.',
        expect: { attack: false },
      },
      {
        says: 'a bomb that went off, with a suspect seized after it, stays an attack',
        title: 'Bomb explodes at bus depot; suspect seized',
        content: 'A bomb exploded at the bus depot on Monday morning, wounding five passengers. Police seized a suspect nearby.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'an anniversary the news is told ahead of dates the attacks named before it (round 20)',
    cases: [
      {
        says: 'bombings that raise tensions ahead of an anniversary',
        title: 'Border bombings stoke fears ahead of massacre anniversary',
        content:
          'A roadside bomb wounded four rangers in the border province on Tuesday night, the army said. Hours later a second device went off outside a district office, damaging two cars.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a bomb days before an anniversary',
        title: 'Bomb wounds three soldiers days before siege anniversary',
        content: 'A roadside bomb wounded three soldiers on a patrol on Wednesday, days before the anniversary of the siege, officials said.',
        expect: { attack: true },
      },
      {
        says: 'a bomb days before the anniversary of a named massacre',
        title: 'Roadside bomb wounds three rangers',
        content:
          'A roadside bomb wounded three rangers on a patrol in the south on Wednesday, days before the anniversary of the Tak Bai massacre, the army said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'survivors of a bombing speaking ahead of its own anniversary',
        title: 'Subway bombing survivors speak ahead of anniversary',
        content: 'Survivors of the subway bombings that killed 37 people spoke to reporters on Monday ahead of the 15th anniversary of the attacks.',
        expect: { attack: false },
      },
      {
        says: 'mourners gathering ahead of the anniversary of a bombing',
        title: 'Mourners gather ahead of the anniversary of the market bombing',
        content: 'Hundreds of people gathered in the square on Sunday ahead of the tenth anniversary of the market bombing, in which 31 people were killed.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a weapon as the agent of a passive strike tells the strike (round 20)',
    cases: [
      {
        says: 'a vessel that says two missiles attacked it, under an incident title',
        title: 'Incident reported off port, maritime agency says',
        content:
          'An incident 40 nautical miles south of the port was reported to a maritime security agency on Monday. According to its master, the vessel was attacked by two missiles on its port side; nobody on board was hurt.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'a Portuguese house hit by a rocket',
        title: 'Ataque no norte do país',
        content: 'Uma casa foi atingida por um foguete na madrugada desta segunda-feira, segundo a polícia local.',
        expect: { attack: true },
      },
      {
        says: 'prices hit by missile fears name a worry',
        title: 'Oil prices hit by missile fears',
        content: 'Oil prices rose on Monday as traders worried about missile threats to tankers in the Gulf.',
        expect: { attack: false },
      },
      {
        says: 'a ship that could be hit by missiles is a warning',
        title: 'Shipping warned off the strait',
        content: 'Insurers warned on Monday that vessels could be hit by missiles if they kept to the strait.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'gas explosions, a share of a year’s toll, and incidents called episodes (round 20)',
    cases: [
      {
        says: 'a Spanish blast whose lead names a gas explosion',
        title: 'Doce heridos por una explosión en Zaragoza',
        content: 'Una explosión de gas en un edificio de viviendas hirió a doce personas, tres de ellas de gravedad, informaron los bomberos.',
        expect: { attack: false },
      },
      {
        says: 'an English blast whose lead names a gas explosion',
        title: 'Twelve hurt in explosion in Leeds',
        content: 'Twelve people were injured, three of them seriously, by a gas explosion in a block of flats on Tuesday, firefighters said.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish blast of a bomb outside a police station stays an attack',
        title: 'Doce heridos por una explosión en Cali',
        content: 'Doce personas resultaron heridas por la explosión de un artefacto explosivo frente a una estación de policía, según las autoridades.',
        expect: { attack: true },
      },
      {
        says: 'a French share of a year’s toll caused by drone attacks',
        title: 'Un quart des morts civils de l’année sont causés par des attaques de drone',
        content: 'Les drones sont responsables d’environ un quart des morts civils enregistrés en 2025, selon un rapport publié jeudi.',
        expect: { attack: false },
      },
      {
        says: 'an English share of a year’s toll',
        title: 'Drone attacks caused half of civilian deaths this year, monitors say',
        content: 'Drone attacks killed about half of the civilians who died in the region this year, a monitoring group said in a report.',
        expect: { attack: false },
      },
      {
        says: 'a share of one attack’s dead is that attack’s toll',
        title: 'Half of the 20 killed in market bombing were children',
        content: 'A bomb exploded in a crowded market on Saturday, killing 20 people, half of them children, officials said.',
        expect: { attack: true },
      },
      {
        says: 'an official reacting to "the episode" is no film',
        title: 'Soldier dies after rebels set off bomb on rural road',
        content:
          'One soldier was killed and two more were hurt on Wednesday when rebels detonated a bomb next to a country road, officials said. The governor reacted to the episode, blaming the failed talks.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a truck’s trailer packed with explosives is no film trailer',
        title: 'Truck bomb kills six at checkpoint',
        content: 'A truck bomb killed six soldiers at a checkpoint on Monday. The trailer had been packed with explosives, police said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'an episode of a series about an attack is a work',
        title: 'New drama revisits the siege',
        content: 'The latest episode of the series shows the night gunmen stormed the theatre and killed dozens of people.',
        expect: { attack: false },
      },
      {
        says: 'a North Korean launch told with an adverb and no article',
        title: 'North Korea reportedly fires ballistic missile towards East Sea',
        content: 'North Korea may have launched a ballistic missile towards the East Sea, the South Korean military said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'attacks told by the words the other languages use for them (round 20)',
    cases: [
      {
        says: 'Portuguese: a shooting that kills a woman',
        title: 'Tiroteio em avenida mata mulher e fere homem',
        content: 'Uma mulher morreu e um homem ficou ferido num tiroteio na tarde de terça-feira, informou a Polícia Militar.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Portuguese: a man killed with a point-blank shot',
        title: 'Homem é morto com tiro à queima-roupa em bairro da cidade',
        content: 'Um jovem de 24 anos foi morto com um tiro na cabeça, à queima-roupa, na manhã de quinta-feira, disse a polícia.',
        expect: { attack: true },
      },
      {
        says: 'Polish: a policeman wounded with a knife',
        title: 'Atak na patrol policji',
        content: 'Policjant został raniony nożem przez agresywnego mężczyznę w czwartek rano.',
        expect: { attack: true },
      },
      {
        says: 'German: a man who attacked an officer with a knife',
        title: 'Mann attackiert Beamten mit Messer',
        content: 'Der Mann soll am Dienstagabend unvermittelt mit einem Messer auf den Beamten eingestochen haben.',
        expect: { attack: true },
      },
      {
        says: 'Hebrew: rocket fire written with the adjective',
        title: 'ירי רקטי לעבר יישובי הגליל',
        content: 'אזעקות נשמעו הבוקר בגליל העליון. שלוש רקטות יורטו.',
        expect: { attack: true },
      },
      {
        says: 'Arabic: a rocket that hits a house',
        title: 'صاروخ يصيب منزلا في بلدة حدودية',
        content: 'أفادت وسائل إعلام اليوم أن صاروخا أصاب منزلا في البلدة.',
        expect: { attack: true },
      },
      {
        says: 'French: a bomb dropped on a town that makes victims',
        title: 'Une bombe larguée sur la ville fait des blessés',
        content: 'Une bombe larguée par les rebelles est tombée vendredi près d’une école, blessant plusieurs civils.',
        expect: { attack: true },
      },
      {
        says: 'French: food parcels dropped over a town',
        title: 'Des vivres largués sur la ville assiégée',
        content: 'Des avions ont largué des colis de vivres au-dessus de la ville vendredi.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a watchdog clearing an officer, and a ministry searching homes, are no attacks (round 20)',
    cases: [
      {
        says: 'a watchdog finding that a constable acted reasonably in an old shooting',
        title: 'Watchdog says constable acted reasonably in 2024 shooting',
        content:
          'No charges will be laid against a constable who shot and wounded a man at a roadblock last year, the police watchdog said. The report described a struggle shortly after 10 p.m. on a rural road.',
        expect: { attack: false },
      },
      {
        says: 'an officer who will not face charges',
        title: 'Trooper will not face charges over highway shooting',
        content: 'A state trooper who shot a driver during a traffic stop in March will not face charges, prosecutors said on Monday.',
        expect: { attack: false },
      },
      {
        says: 'a minister confirming a raid on homes in a search for guns',
        title: 'Minister confirms raid on four homes in firearms search',
        content:
          'Police were searching four houses in the suburb on Tuesday for guns they suspect were handed out during last week’s unrest, the minister said.',
        expect: { attack: false },
      },
      {
        says: 'bandits who raided homes and killed villagers stay an attack',
        title: 'Bandits raid homes in Zamfara village, kill nine',
        content: 'Armed bandits raided homes in a village in Zamfara state overnight, killing nine people and abducting others, residents said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'attackers whose killing ends a long chain of verbs (round 20)',
    cases: [
      {
        says: 'insurgents in disguise who called villagers out and fired at them',
        title: 'Three villagers killed in fresh violence',
        content:
          'Three villagers were killed on Friday when a band of insurgents dressed as soldiers called them out of their houses on the pretext of a search and fired at them, officials said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'troops who arrived and fired warning shots, with insurgents only seen',
        title: 'Village tense after standoff',
        content:
          'Insurgents were seen on the hills above the village for most of the morning, and troops later arrived and fired warning shots into the air, officials said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'war outlets: an army’s word for a drone, a weekly tally, questions answered (round 20)',
    cases: [
      {
        says: 'a hostile aircraft from across the border that fell in an open area',
        title: 'Hostile aircraft crosses from Lebanon, falls in open field',
        content: 'A hostile aircraft launched from Lebanon came down in an open field in the Galilee on Monday afternoon; nobody was hurt, the army said.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'a leader’s tally of the drones launched this week',
        title: 'Over 400 drones fired at the country this week, president says',
        content: 'More than 400 attack drones and 30 missiles were fired at the country over the past week, the president said on Sunday.',
        expect: { attack: false },
      },
      {
        says: 'a question-and-answer page on air raids',
        title: 'FAQ: what to do when an air raid begins',
        content: 'When the sirens sound, go to the nearest shelter, keep away from windows and wait for the all-clear.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 22 (detect22): "storm" names an assault only as a verb of attackers; as a noun it is the
    // weather or a figure of speech, told by the kind of storm, "by", or the word after it.
    class: 'a storm is weather unless attackers storm something (round 22)',
    cases: [
      {
        says: 'a storm that killed three, told in the headline present',
        title: 'Storm kills three in northern Bosnia',
        content: 'A violent storm swept across the north on Sunday, tearing down trees and power lines and killing three people, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a tropical storm and its toll',
        title: 'Tropical storm leaves 12 dead across Luzon',
        content: 'Floods and landslides brought by the tropical storm killed at least 12 people, the disaster agency said on Monday.',
        expect: { attack: false },
      },
      {
        says: 'a ship hit by a storm at sea',
        title: 'Container ship hit by storm off Yemen, cargo lost overboard',
        content: 'A container ship was hit by a storm in the Red Sea and lost dozens of boxes overboard, the owner said on Monday.',
        expect: { attack: false },
      },
      {
        says: 'a named storm, told by its winds',
        title: 'Storm Nora: two dead as winds batter the coast',
        content: 'Two drivers were killed by falling trees as gale-force winds swept across the coast overnight.',
        expect: { attack: false },
      },
      {
        says: 'the storm of outrage after an old attack',
        title: 'Storm of outrage after minister mocks victims of bombing',
        content: "The minister's remarks on last year's market bombing drew angry reactions from families on Tuesday.",
        expect: { attack: false },
      },
      {
        says: 'gunmen who storm a hotel stay an assault',
        title: 'Gunmen storm hotel in Kismayo, kill nine',
        content: 'Al-Shabaab gunmen stormed a hotel in the port city on Friday evening, killing at least nine people, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'forces who storm villages and open fire',
        title: 'Troops storm villages near Jenin, three wounded',
        content: 'Soldiers stormed several villages near Jenin overnight and opened fire, wounding three people, medics said.',
        expect: { attack: true },
      },
      {
        says: 'a named group that storms a base',
        title: 'Al-Shabaab storms army base in Lower Shabelle',
        content: 'Al-Shabaab fighters stormed a military base at dawn on Friday, killing seven soldiers, residents said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a Storm Shadow missile keeps its missile',
        title: 'Storm Shadow missiles hit port in Crimea',
        content: 'A Storm Shadow missile struck the port on Wednesday, damaging a ship, officials said.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
    ],
  },
  {
    // Round 22 (detect22): a business or economy "hit by" attacks is their cost; the ship hit keeps its verb.
    class: 'the cost of attacks to a business or an economy (round 22)',
    cases: [
      {
        says: 'shipping firms hit by attacks at sea report losses',
        title: 'Shipping firms hit by Red Sea attacks report losses',
        content: 'Several container lines said quarterly profits fell because ships had to sail around Africa to avoid the attacks.',
        expect: { attack: false },
      },
      {
        says: 'tourism hurt by rocket fire',
        title: 'Tourism hurt by rocket fire as hotels in the north empty',
        content: 'Hotel owners in the north said bookings had fallen by half after months of rocket fire from across the border.',
        expect: { attack: false },
      },
      {
        says: 'a ship hit by a missile stays an attack',
        title: 'Bulk carrier hit by missile off Yemen, crew evacuated',
        content: 'A bulk carrier was hit by a missile in the Gulf of Aden on Monday and its crew abandoned ship, a maritime agency said.',
        expect: { attack: true },
      },
    ],
  },
  {
    // Round 22 (detect22): "Head of region reports shelling": the role noun's "of" names the region,
    // and the verb of saying between ends the role.
    class: "a regional head's report of shelling is no role (round 22)",
    cases: [
      {
        says: 'the head of a region announces shelling',
        title: 'Head of region again announces shelling of border villages',
        content: 'Two houses were damaged and a man was wounded in the shelling of a border village on Tuesday, the governor said.',
        expect: { attack: true, hasTypes: ['mortar_artillery'] },
      },
      {
        says: 'the head of a drone unit is still a role',
        title: 'Head of drone unit named as new army chief',
        content: 'The commander, who led the drone unit for three years, was appointed on Monday.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 22 (detect22): a threat's clause with its modal runs on to the weapons it names, however far.
    class: 'a vow or a warning of what will be struck (round 22)',
    cases: [
      {
        says: 'a leader vows what his group will target',
        title: 'Rebel leader vows to hit warships in response to any strike',
        content:
          'The group’s leader vowed on Wednesday that his fighters will target American warships with missiles and drones if Washington strikes the country.',
        expect: { attack: false },
      },
      {
        says: 'a militia warns it would launch drone attacks',
        title: 'Militia warns of response to any raid',
        content: 'The militia warned on Sunday that it would launch drone attacks on foreign bases in the region if its positions were struck.',
        expect: { attack: false },
      },
      {
        says: 'a vow of a response after a strike that killed a commander',
        title: 'Group vows response after strike kills commander',
        content: 'An air strike killed a senior commander of the group on Monday, and the group vowed it would respond.',
        expect: { attack: true },
      },
      {
        says: 'a headline that threatens "to widen" a campaign with a strike that happened',
        title: 'Rebels vow to expand their campaign after missile hits tanker',
        content: 'A missile struck a tanker in the Red Sea on Friday and caused some damage, a maritime agency said; the crew was unhurt.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
    ],
  },
  {
    // Round 24 (det24): attack styles the English lists missed, each beside the look-alike told in the same words.
    class: 'raids repelled by troops, shots at a post, roadside mines and fuel set alight (round 24)',
    cases: [
      {
        says: 'rebels who fired shots at a police post, with no one hurt',
        title: 'Rebels hit police posts in the east',
        content:
          'The guerrilla group struck again overnight after its truce ran out. The attack on the station happened shortly after 10 pm. Two guerrillas fired several gunshots at the building, the local commander said. Nobody was hurt in the attack, which damaged the front wall.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'troops who foil an insurgent raid on a town fought it off',
        title: 'Soldiers foil insurgent attack on farming town',
        content: 'Troops on Tuesday beat back fighters who tried to overrun the town at dawn, a military spokesman said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'troops who thwart an attack by a named group fought it off',
        title: 'Troops thwart Boko Haram attack in Yobe',
        content: 'Soldiers of the brigade quelled a night attack attempted on the town by the insurgents, the army said on Friday.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'soldiers who foil a jihadist attack on a post, in French',
        title: 'Les soldats déjouent une attaque jihadiste contre un poste',
        content: "Les soldats ont repoussé mardi à l'aube des jihadistes venus attaquer le poste, a indiqué l'armée.",
        expect: { attack: true },
      },
      {
        says: 'troops who foil a plot to attack a base found it before it happened',
        title: 'Troops foil plot to attack army base, arrest two',
        content: 'Soldiers arrested two men on Monday who planned to attack a base in the north, the army said.',
        expect: { attack: false },
      },
      {
        says: 'a roadside mine that a car set off',
        title: 'Three killed in roadside mine blast in southern province',
        content: 'A car set off a roadside mine on Sunday, killing three passengers and wounding two, police said.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a coal mine explosion stays an accident',
        title: 'Twelve miners killed in coal mine explosion',
        content: 'A methane blast tore through a coal mine on Sunday, killing twelve miners, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a man who poured petrol on worshippers and lit it',
        title: 'Fire at chapel during service',
        content:
          'A man walked into a chapel during a service on Sunday, poured petrol over the worshippers and started a fire, police said. Three people suffered burns.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a man who doused himself in petrol harmed no one else',
        title: 'Protester sets himself on fire outside ministry',
        content: 'A man poured petrol over himself outside the ministry on Monday and was taken to hospital with burns, police said.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 24 (det24): look-alikes of the English read set, each a way news is written about an attack that is not the news.
    class: 'encyclopedia entries, lists, escapes, bail hearings and leaked reports (round 24)',
    cases: [
      {
        says: 'an encyclopedia entry defines the word its title is',
        title: 'Mosque arson',
        content:
          'Mosque arson is burning a mosque or trying to, because empty prayer halls are easy targets for hatred or revenge. In 2019 a mosque in a northern town burned down after such an attack.',
        expect: { attack: false },
      },
      {
        says: 'a list of past rammings',
        title: 'Notable incidents of a truck driven into a crowd',
        content: 'A ramming attack is a kind of assault in which a driver deliberately drives a vehicle into people. Below are some of the deadliest.',
        expect: { attack: false },
      },
      {
        says: 'an update on a school abduction in which one girl got away is still the abduction',
        title: 'Sokoto school raid: police now say 31 pupils taken, one escaped',
        content:
          'Police in Sokoto State lowered the number of pupils abducted from the boarding school in Tangaza to 31, saying one girl escaped from her captors and walked home. Soldiers are searching the forest.',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'hostages who escaped their captors',
        title: 'Two hostages escape from rebels in the south',
        content: 'Two fishermen held hostage by the rebels for a month escaped on Friday and reached an army post, officials said.',
        expect: { attack: false },
      },
      {
        says: 'hostages who escaped their captors, in Spanish',
        title: 'Dos rehenes escaparon de sus captores en la sierra',
        content: 'Dos ganaderos secuestrados por un grupo armado hace un mes escaparon el viernes y llegaron a una base militar, dijeron las autoridades.',
        expect: { attack: false },
      },
      {
        says: 'bail set for a man accused of a stabbing',
        title: 'Bail set at $1 million for man accused of downtown stabbings',
        content: 'A man accused of stabbing three people downtown appeared before a judge, who set his bail at $1 million.',
        expect: { attack: false },
      },
      {
        says: 'a judge on a rise in killings counted over a month',
        title: 'Top judge says killings of minority traders amount to persecution',
        content:
          'The chief justice told the court on Monday that the killings of traders in the province were a form of persecution, and it took up the case. The hearing followed a protest by the community against a rise in targeted killings, with six people shot dead within a month.',
        expect: { attack: false },
      },
      {
        says: 'a leaked report on a campaign of strikes',
        title: 'Air strikes fail to stop insurgency, says leaked army report',
        content: 'A leaked army report says air strikes have killed up to 2,000 people in eight years without weakening the insurgency.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 25: an attack the police foiled or a suspect was still preparing is a plot',
    cases: [
      {
        says: 'the police foil a car bomb attack: the car was found before it went off',
        title: 'Police foil car bomb attack near courthouse',
        content:
          'Officers said they foiled the attack on Friday after neighbours reported a parked car loaded with explosives outside the courthouse in Cúcuta.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: the police thwarted a terrorist attack with a car bomb',
        title: 'La Policía frustró un atentado con carro bomba en Cali',
        content: 'Agentes de la Policía frustraron el atentado al hallar una camioneta cargada con explosivos frente a un batallón del Ejército.',
        expect: { attack: false },
      },
      {
        says: 'French: the police foiled an attack planned at a stadium',
        title: 'La police déjoue un attentat à la voiture piégée contre un stade à Lyon',
        content: 'Deux hommes soupçonnés de préparer l’attaque ont été interpellés mardi à Villeurbanne, selon le parquet.',
        expect: { attack: false },
      },
      {
        says: 'Italian: a man arrested while he was planning a terrorist attack (gerund)',
        title: 'BARI - La polizia ha fermato un giovane sospettato di stare pianificando un attentato terroristico',
        content: 'Il giovane era seguito da mesi dagli agenti dell’antiterrorismo.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a cell arrested while preparing an attack (gerund)',
        title: 'Detenidos tres hombres que estaban preparando un atentado en Madrid',
        content: 'La Guardia Civil detuvo el martes a los tres sospechosos en un piso del barrio de Usera.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: soldiers fought off a bandit raid on a village and killed five',
        title: 'Soldiers foil bandit attack on village, kill five',
        content: 'Troops foiled an attack by bandits on Gidan Dawa village on Sunday and killed five of the attackers, the army said.',
        expect: { attack: true },
      },
      {
        says: 'still an attack: the police repelled gunmen who stormed their station',
        title: 'Gunmen storm police station in Zamfara, two officers killed',
        content: 'Police said they repelled the attackers after a gunfight in which two officers were killed on Monday.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 25: a vehicle driven at people on purpose is a ramming; one out of control is an accident',
    cases: [
      {
        says: 'a car that deliberately hits pedestrians, whatever the people are called after it',
        title: 'Ohio: motorist deliberately hits six pedestrians outside cinema',
        content: 'Six people were hurt on Tuesday evening when a driver seemed to deliberately plough into them outside a cinema in Dayton, police said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a driver who intentionally struck people on a pavement',
        title: 'Driver intentionally struck people on pavement, police say',
        content: 'A 34-year-old driver intentionally struck four people on a pavement in Leeds on Saturday, police said; two are in hospital.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Spanish: a driver deliberately ran over people at a terrace',
        title: 'Un conductor atropella deliberadamente a cinco personas en Valencia',
        content: 'Un hombre atropelló deliberadamente a cinco personas que estaban en una terraza el domingo por la noche, según la policía.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a car that went out of control and ploughed into shoppers',
        title: 'Shoppers hurt in the high street',
        content:
          'Shoppers screamed as a saloon went out of control and mounted the pavement. Its driver, 88, ploughed into a queue of shoppers after pressing the accelerator by mistake. Three people were taken to hospital.',
        expect: { attack: false },
      },
      {
        says: 'French: the driver lost control and hit passers-by',
        title: 'Une voiture percute des passants à Nantes',
        content: 'Le conducteur a perdu le contrôle de son véhicule, qui a percuté des passants sur le trottoir; trois personnes ont été blessées.',
        expect: { attack: false },
      },
      {
        says: 'German: the driver lost control and drove into a group of people',
        title: 'Auto fährt in Menschengruppe in Hamm',
        content: 'Der Fahrer hatte die Kontrolle über seinen Wagen verloren und war in eine Menschengruppe gefahren, vier Menschen wurden verletzt.',
        expect: { attack: false },
      },
      {
        says: 'still no attack: a car that hits a tree',
        title: 'Driver dies after car hits tree',
        content: 'A driver died on Sunday when his car left the road and hit a tree near Leeds, police said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 25: attackers named as a group after the passive "by"',
    cases: [
      {
        says: 'a hamlet attacked by a band of armed insurgents',
        title: 'Villagers attacked in Jiribam district',
        content: 'A hamlet near Jiribam was attacked by a band of armed insurgents late on Thursday, police said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'two traders killed by a gang of suspected bandits',
        title: 'Two traders killed on the Kaduna road',
        content: 'Two grain traders were killed by a gang of suspected bandits on the highway near Kaduna on Sunday, residents said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'French: a post attacked by a group of jihadists',
        title: 'Un poste de gendarmerie visé dans le nord',
        content: 'Le poste de Djibo a été attaqué par un groupe de jihadistes lundi matin, selon une source sécuritaire.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'still no attack: a group of protesters greeted by a group of armed police',
        title: 'Protesters met by police in the capital',
        content: 'The marchers were greeted by a group of armed police at the square on Friday, and no one was hurt.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 25: a title dated to a past year over a lead that remembers is an anniversary piece',
    cases: [
      {
        says: 'a dated title over "11 years ago"',
        title: 'June 3, 2012: Car bomb near Nigerian church kills 15',
        content: 'A bomber steered an explosives-laden car at a church in Bauchi 11 years ago. At least 15 worshippers died.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: a dated title over "exactly 11 years ago"',
        title: '3 Juni 2012: Bom mobil meledak dekat gereja di Nigeria, 15 tewas',
        content: 'Tepat 11 tahun lalu, sebuah mobil berisi bom meledak di samping gereja di Bauchi, Nigeria. Sedikitnya 15 jemaat tewas.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a dated title over "20 years ago"',
        title: '11 de marzo de 2004: las bombas de los trenes de Madrid matan a 191 personas',
        content: 'Hace 20 años, diez bombas estallaron en cuatro trenes de cercanías en Madrid y mataron a 191 personas.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: a live page dated today whose lead reports the strike',
        title: 'Dec. 7, 2026: Russian missiles kill five in Kharkiv',
        content: 'Russian missiles struck Kharkiv on Sunday morning, killing five people, the regional governor said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 25: an encyclopedia entry in other languages, or under the site’s name',
    cases: [
      {
        says: 'Indonesian: a term defined with "merupakan" under the site’s name',
        title: 'Bom Mobil',
        content:
          'ENSIKLOPEDIA.COM - Bom mobil merupakan bahan peledak yang ditempatkan di dalam kendaraan lalu diledakkan. Bom jenis ini sering dipakai kelompok bersenjata untuk menewaskan banyak orang.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: a term defined with "adalah"',
        title: 'Serangan Drone',
        content: 'Serangan drone adalah serangan udara yang dilakukan dengan pesawat tanpa awak. Serangan seperti ini bisa menewaskan warga sipil.',
        expect: { attack: false },
      },
      {
        says: 'French: a term defined with "sont"',
        title: 'Les voitures piégées',
        content:
          'Les voitures piégées sont des véhicules chargés d’explosifs que l’on fait exploser près d’une cible. Elles ont tué des milliers de personnes.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: an Indonesian report under a dateline',
        title: 'Bom mobil meledak di Mogadishu',
        content: 'MOGADISHU - Bom mobil meledak di dekat pos pemeriksaan pada Selasa, menewaskan delapan orang.',
        expect: { attack: true },
      },
    ],
  },
];
