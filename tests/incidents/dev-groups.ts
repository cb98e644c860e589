import type { ReportSpec } from './fixtures.js';

/**
 * Development set for the grouping: 44 reports of 23 attacks, mostly several outlets each, worded
 * differently, plus singletons that must stay alone. `group` is the attack a report is about.
 * Annotations (types, places, …) are what the extraction engine is expected to find.
 */
export const DEV_REPORTS: Array<ReportSpec & { group: string }> = [
  // — Seed article: three attacks on US forces in Iraq on one Thursday.
  { group: 'mosul-ied', id: 'd01', feed: 'wire-a', at: '2026-11-19T09:10:00Z', types: ['ied'], places: ['mosul'], targets: ['base'], killed: 0, injured: 0,
    title: 'Roadside bomb hits US-Iraqi patrol near Mosul, no casualties',
    content: 'An explosive device struck a joint patrol of US forces and the Iraqi counter-terrorism service near Mosul on Thursday, damaging a vehicle. No one was hurt, security sources said.' },
  { group: 'mosul-ied', id: 'd02', feed: 'kurdish-news', at: '2026-11-19T10:05:00Z', types: ['ied'], places: ['mosul'], killed: 0,
    title: 'IED targets coalition convoy outside Mosul',
    content: 'A convoy of the US-led coalition and Iraqi CTS troops was hit by an improvised explosive device on the outskirts of Mosul. A military vehicle was damaged; there were no casualties.' },
  { group: 'mosul-ied', id: 'd03', feed: 'regional-daily', at: '2026-11-19T13:40:00Z', types: ['ied'], places: ['mosul', 'iraq'], actors: [['iran-backed-militias', 'blamed']],
    title: 'Blast damages American vehicle in northern Iraq',
    content: 'A bomb planted by the roadside exploded as an American patrol passed near Mosul in northern Iraq, officials said, blaming Iran-aligned groups.' },

  { group: 'harir-drones', id: 'd04', feed: 'wire-a', at: '2026-11-19T08:30:00Z', types: ['drone'], places: ['harir', 'erbil'], targets: ['base'], killed: 0,
    title: 'Drones attack Harir air base in Erbil',
    content: 'Armed drones attacked the al-Harir airbase in Erbil province, which houses US and international forces. The drones were intercepted by air defences and no casualties were reported.' },
  { group: 'harir-drones', id: 'd05', feed: 'kurdish-news', at: '2026-11-19T09:15:00Z', types: ['drone'], places: ['harir'], targets: ['base', 'infrastructure'],
    title: 'Fire breaks out in fuel depot after drone strike on Harir base',
    content: 'The counter-terrorism service of the Kurdistan Region said a drone attack on Harir base caused a fire in one of its fuel depots. The base had been evacuated by US-led forces on October 20.' },
  { group: 'harir-drones', id: 'd06', feed: 'regional-daily', at: '2026-11-19T11:00:00Z', types: ['drone'], places: ['erbil'], targets: ['base'], actors: [['islamic-resistance-in-iraq', 'claimed']],
    title: 'Islamic Resistance in Iraq claims drone attack on base in Erbil',
    content: 'The Islamic Resistance in Iraq said in a statement it had launched drones at a base hosting American troops in Erbil.' },

  { group: 'asad-drones', id: 'd07', feed: 'wire-a', at: '2026-11-19T08:45:00Z', types: ['drone'], places: ['asad'], targets: ['base'], killed: 0,
    title: 'Drones target Ain al-Asad airbase west of Baghdad',
    content: 'Two drones targeted the Ain al-Asad airbase in Anbar, west of Baghdad, which hosts US troops. Air defences shot them down and no casualties were reported.' },
  { group: 'asad-drones', id: 'd08', feed: 'defense-blog', at: '2026-11-19T12:20:00Z', types: ['drone'], places: ['asad', 'iraq'], targets: ['base'], injured: 2,
    title: 'Two US service members lightly hurt in Ain al-Asad drone attack, official says',
    content: 'A US defense official said two service members suffered minor injuries in Thursday\'s one-way drone attack on Al Asad Air Base in western Iraq.' },

  // — Kabul, one day, two attacks: a suicide bombing at a mosque in the morning, gunmen at a hotel at night.
  { group: 'kabul-mosque', id: 'd10', feed: 'wire-a', at: '2026-11-12T06:40:00Z', types: ['suicide_attack'], places: ['kabul'], targets: ['civilians'], killed: 5,
    title: 'Suicide bomber strikes Kabul mosque during prayers',
    content: 'A suicide bomber blew himself up inside a Shia mosque in western Kabul during morning prayers, killing at least five worshippers, police said.' },
  { group: 'kabul-mosque', id: 'd11', feed: 'south-asia-times', at: '2026-11-12T08:10:00Z', types: ['suicide_attack'], places: ['kabul'], targets: ['civilians'], killed: 12, injured: 30,
    title: 'Death toll in Kabul mosque bombing rises to 12',
    content: 'At least 12 people were killed and 30 wounded when a suicide bomber attacked a mosque in Dasht-e-Barchi, Kabul, health officials said. No group has claimed the blast.' },
  { group: 'kabul-mosque', id: 'd12', feed: 'wire-b', at: '2026-11-12T13:30:00Z', types: ['suicide_attack'], places: ['kabul'], targets: ['civilians'], killed: 21, actors: [['islamic-state-khorasan', 'claimed']],
    title: 'Islamic State claims Kabul mosque attack that killed 21',
    content: 'Islamic State Khorasan Province claimed responsibility for the suicide bombing of a mosque in Kabul, which killed 21 worshippers, according to its Amaq news agency.' },
  { group: 'kabul-hotel', id: 'd13', feed: 'wire-a', at: '2026-11-12T19:20:00Z', types: ['armed_assault'], places: ['kabul'], targets: ['civilians'],
    title: 'Gunmen storm hotel in central Kabul',
    content: 'Gunfire and explosions were heard as armed men stormed a hotel popular with foreigners in Shahr-e-Naw, central Kabul, witnesses said. Security forces surrounded the building.' },
  { group: 'kabul-hotel', id: 'd14', feed: 'south-asia-times', at: '2026-11-12T22:45:00Z', types: ['armed_assault'], places: ['kabul'], targets: ['civilians'], killed: 3,
    title: 'Three guests killed as Taliban forces end Kabul hotel siege',
    content: 'Taliban security forces ended a four-hour siege at the Kabul hotel, killing the three attackers. Three guests were killed, a spokesman said.' },

  // — Baghdad, one day: a car bomb at a market in the morning, rockets on the Green Zone at night.
  { group: 'baghdad-market', id: 'd20', feed: 'wire-b', at: '2026-11-05T07:30:00Z', types: ['ied'], places: ['baghdad'], targets: ['civilians'], killed: 8, injured: 20,
    title: 'Car bomb kills eight at Baghdad market',
    content: 'A car bomb exploded in a crowded vegetable market in Sadr City, Baghdad, killing eight people and wounding 20, police and medical sources said.' },
  { group: 'baghdad-market', id: 'd21', feed: 'regional-daily', at: '2026-11-05T09:50:00Z', types: ['ied'], places: ['baghdad'], targets: ['civilians'], killed: 11, injured: 26,
    title: 'Sadr City market blast toll climbs to 11',
    content: 'The toll from a car bomb in a Sadr City market has climbed to 11 dead and 26 wounded, the interior ministry said.' },
  { group: 'baghdad-green-zone', id: 'd22', feed: 'wire-b', at: '2026-11-05T20:15:00Z', types: ['rocket'], places: ['baghdad'], targets: ['diplomatic'],
    title: 'Rockets fall near US embassy in Baghdad Green Zone',
    content: 'Three Katyusha rockets landed in the Green Zone near the US embassy in Baghdad late on Tuesday, security sources said. The embassy C-RAM defence system was activated.' },
  { group: 'baghdad-green-zone', id: 'd23', feed: 'defense-blog', at: '2026-11-05T21:05:00Z', types: ['missile'], places: ['baghdad'], targets: ['diplomatic'],
    title: 'Embassy air defences engage projectiles over Baghdad',
    content: 'Air defences at the US embassy in Baghdad engaged incoming projectiles on Tuesday night. Sirens sounded across the Green Zone.' },

  // — Mogadishu: an IED on a convoy and, the same day, an al-Shabaab raid on a hotel.
  { group: 'mogadishu-convoy', id: 'd30', feed: 'africa-wire', at: '2026-11-08T06:00:00Z', types: ['ied'], places: ['mogadishu'], killed: 4, actors: [['al-shabaab', 'blamed']],
    title: 'Roadside bomb kills four soldiers in Mogadishu',
    content: 'A roadside bomb struck a military convoy on the outskirts of Mogadishu, killing four Somali soldiers. Officials blamed al-Shabaab.' },
  { group: 'mogadishu-convoy', id: 'd31', feed: 'wire-b', at: '2026-11-08T07:30:00Z', types: ['ied'], places: ['mogadishu'], killed: 4, actors: [['al-shabaab', 'claimed']],
    title: 'Al-Shabaab claims Mogadishu convoy bombing',
    content: 'Al-Shabaab said it was behind the explosion that hit an army convoy near Mogadishu, killing four soldiers.' },
  { group: 'mogadishu-hotel', id: 'd32', feed: 'africa-wire', at: '2026-11-08T17:00:00Z', types: ['armed_assault', 'suicide_attack'], places: ['mogadishu'], targets: ['civilians'], actors: [['al-shabaab', 'perpetrator']],
    title: 'Al-Shabaab fighters attack hotel in Mogadishu',
    content: 'Al-Shabaab militants detonated a suicide car bomb at the gate of a hotel near the presidential palace in Mogadishu before storming the building.' },
  { group: 'mogadishu-hotel', id: 'd33', feed: 'wire-b', at: '2026-11-08T18:10:00Z', types: ['armed_assault'], places: ['mogadishu'], targets: ['civilians'], killed: 6, actors: [['al-shabaab', 'claimed']],
    title: 'Siege under way at Mogadishu hotel, six dead',
    content: 'Gunmen were holed up inside a Mogadishu hotel after a car bomb blast at its entrance; six people have been killed so far, police said.' },

  // — Ukraine: missile strike on Odesa port, drones on Kharkiv the same night.
  { group: 'odesa-port', id: 'd40', feed: 'eu-wire', at: '2026-11-14T02:10:00Z', types: ['missile'], places: ['odesa'], targets: ['infrastructure'], killed: 2,
    title: 'Russian missile strike hits Odesa port, two killed',
    content: 'A Russian missile strike on port infrastructure in Odesa killed two people and damaged grain warehouses, the regional governor said.' },
  { group: 'odesa-port', id: 'd41', feed: 'kyiv-news', at: '2026-11-14T05:40:00Z', types: ['missile'], places: ['odesa', 'ukraine'], targets: ['infrastructure', 'shipping'], killed: 4, injured: 9,
    title: 'Odesa: four dead after overnight ballistic missile attack on port',
    content: 'Four people were killed and nine injured when an Iskander ballistic missile struck the port of Odesa overnight, hitting a civilian cargo vessel and warehouses.' },
  { group: 'kharkiv-drones', id: 'd42', feed: 'kyiv-news', at: '2026-11-14T03:30:00Z', types: ['drone'], places: ['kharkiv'], targets: ['civilians'], injured: 7,
    title: 'Shahed drones hit residential buildings in Kharkiv',
    content: 'Russia attacked Kharkiv with Shahed drones overnight, damaging apartment buildings and injuring seven people, mayor Ihor Terekhov said.' },
  { group: 'kharkiv-drones', id: 'd43', feed: 'eu-wire', at: '2026-11-14T07:00:00Z', types: ['drone'], places: ['kharkiv'], targets: ['civilians'], injured: 9,
    title: 'Nine hurt as drones strike Kharkiv apartment blocks',
    content: 'Nine people were hurt in a drone attack on apartment blocks in the Kyivskyi district of Kharkiv, local officials said.' },

  // — Gaza: airstrikes on Khan Younis and Rafah, 6 km apart, the same morning (two attacks).
  { group: 'khan-younis-strike', id: 'd50', feed: 'mideast-wire', at: '2026-11-16T05:00:00Z', types: ['airstrike'], places: ['khanyounis'], targets: ['civilians'], killed: 9,
    title: 'Israeli airstrike on Khan Younis home kills nine',
    content: 'An Israeli airstrike on a house in Khan Younis killed nine members of one family, the Gaza health ministry said.' },
  { group: 'khan-younis-strike', id: 'd51', feed: 'wire-a', at: '2026-11-16T07:30:00Z', types: ['airstrike'], places: ['khanyounis'], targets: ['civilians'], killed: 11,
    title: 'Family of 11 killed in strike on Khan Younis house, medics say',
    content: 'Medics said 11 members of a family were killed when a strike hit their house in Khan Younis in southern Gaza.' },
  { group: 'rafah-school', id: 'd52', feed: 'mideast-wire', at: '2026-11-16T11:20:00Z', types: ['airstrike'], places: ['rafah'], targets: ['civilians', 'infrastructure'], killed: 15,
    title: 'Strike on school shelter in Rafah kills 15',
    content: 'At least 15 displaced people sheltering in a UN school in Rafah were killed in an Israeli strike, the civil defence agency said.' },

  // — Red Sea: Houthi missile on a tanker; reports with and without a precise place.
  { group: 'red-sea-tanker', id: 'd60', feed: 'maritime-news', at: '2026-11-18T14:00:00Z', types: ['missile'], places: ['redsea', 'hodeidah'], targets: ['shipping'], actors: [['houthis', 'perpetrator']],
    title: 'Houthi missile hits tanker off Hodeidah',
    content: 'A tanker was hit by an anti-ship missile 50 nautical miles west of Hodeidah in the Red Sea, UKMTO said. The crew were reported safe and the vessel is proceeding to its next port.' },
  { group: 'red-sea-tanker', id: 'd61', feed: 'wire-b', at: '2026-11-18T16:30:00Z', types: ['missile'], places: ['redsea'], targets: ['shipping'], actors: [['houthis', 'claimed']],
    title: "Yemen's Houthis claim missile attack on tanker in Red Sea",
    content: "Yemen's Houthis claimed an anti-ship missile attack on a tanker in the Red Sea west of Hodeidah, their military spokesman said. UKMTO said the crew were reported safe." },

  // — Syria: rockets on the Conoco base; a drone on al-Tanf the next day.
  { group: 'conoco-rockets', id: 'd70', feed: 'defense-blog', at: '2026-11-21T18:00:00Z', types: ['rocket'], places: ['conoco'], targets: ['base'],
    title: 'Rockets fired at US base at Conoco gas field in Syria',
    content: 'Several rockets were fired at the US military base at the Conoco gas field in Deir ez-Zor province, causing no casualties, a monitor said.' },
  { group: 'conoco-rockets', id: 'd71', feed: 'syria-monitor', at: '2026-11-21T19:10:00Z', types: ['rocket', 'mortar_artillery'], places: ['conoco', 'syria'], targets: ['base'],
    title: 'Explosions heard at Conoco field base in Deir ez-Zor',
    content: 'Loud explosions were heard at the Conoco field base housing US forces after rocket and mortar shells hit it, the Syrian Observatory reported.' },
  { group: 'tanf-drone', id: 'd72', feed: 'defense-blog', at: '2026-11-22T15:00:00Z', types: ['drone'], places: ['tanf'], targets: ['base'],
    title: 'Drone shot down near al-Tanf garrison',
    content: 'A drone was shot down as it approached the al-Tanf garrison in southern Syria, a coalition statement said.' },

  // — Lebanon: a drone strike on a car near Tyre; one report names only the region.
  { group: 'tyre-drone', id: 'd80', feed: 'mideast-wire', at: '2026-11-17T10:00:00Z', types: ['drone'], places: ['tyre'], killed: 2,
    title: 'Israeli drone strike on car near Tyre kills two',
    content: 'An Israeli drone struck a car on the coastal road near Tyre, killing two people, Lebanese state media reported.' },
  { group: 'tyre-drone', id: 'd81', feed: 'wire-a', at: '2026-11-17T12:00:00Z', types: ['drone'], places: ['southlebanon'], killed: 2, actors: [['hezbollah', 'involved']],
    title: 'Two Hezbollah members killed in Israeli drone strike in south Lebanon',
    content: 'Two Hezbollah members were killed when an Israeli drone struck their car near Tyre in south Lebanon, a security source said.' },

  // — Nigeria, Pakistan, Mali.
  { group: 'maiduguri', id: 'd90', feed: 'africa-wire', at: '2026-11-10T16:00:00Z', types: ['suicide_attack'], places: ['maiduguri'], targets: ['civilians'], killed: 6, actors: [['boko-haram', 'blamed']],
    title: 'Suicide bombers kill six in Maiduguri market',
    content: 'Two female suicide bombers blew themselves up at a market in Maiduguri, killing six people, a militia leader said, blaming Boko Haram.' },
  { group: 'maiduguri', id: 'd91', feed: 'wire-b', at: '2026-11-10T19:30:00Z', types: ['suicide_attack', 'ied'], places: ['maiduguri'], targets: ['civilians'], killed: 9, injured: 23,
    title: 'Twin blasts at Nigerian market kill nine',
    content: 'Twin explosions at a market in Maiduguri, capital of Borno state, killed nine people and injured 23, emergency services said.' },
  { group: 'peshawar', id: 'd92', feed: 'south-asia-times', at: '2026-11-11T09:00:00Z', types: ['ied'], places: ['peshawar'], targets: ['civilians'], killed: 3,
    title: 'Blast near police van in Peshawar kills three',
    content: 'A remote-controlled bomb exploded near a police van in Peshawar, killing three people including two policemen.' },
  { group: 'peshawar', id: 'd93', feed: 'wire-a', at: '2026-11-11T10:30:00Z', types: ['ied'], places: ['peshawar'], killed: 3, injured: 8, actors: [['ttp', 'blamed']],
    title: 'Bomb targets police in northwest Pakistan',
    content: 'Three people were killed and eight wounded when a bomb targeted a police vehicle in Peshawar, officials said, blaming the Pakistani Taliban.' },
  { group: 'quetta', id: 'd94', feed: 'south-asia-times', at: '2026-11-11T12:00:00Z', types: ['ied'], places: ['quetta'], killed: 5,
    title: 'Five killed in Quetta bombing',
    content: 'A bomb attached to a motorcycle exploded near a checkpoint in Quetta, killing five people.' },
  { group: 'kati', id: 'd95', feed: 'africa-wire', at: '2026-11-09T04:00:00Z', types: ['armed_assault', 'suicide_attack'], places: ['kati'], targets: ['base'], actors: [['jnim', 'claimed']],
    title: 'JNIM claims attack on Kati military camp near Bamako',
    content: 'The al-Qaeda-linked JNIM claimed an attack by suicide bombers and gunmen on the Kati military camp, 15 km from Bamako.' },
  { group: 'kati', id: 'd96', feed: 'wire-b', at: '2026-11-09T06:30:00Z', types: ['armed_assault'], places: ['kati', 'bamako'], targets: ['base'],
    title: 'Gunfire at main army base outside Mali capital',
    content: 'Heavy gunfire was heard at dawn at the Kati camp, the main army base outside Bamako, residents said.' },
  { group: 'bamako-kidnap', id: 'd97', feed: 'africa-wire', at: '2026-11-09T15:00:00Z', types: ['kidnapping'], places: ['bamako'],
    title: 'Two foreign engineers kidnapped in Bamako',
    content: 'Gunmen abducted two foreign engineers from a construction site in Bamako, security sources said.' },

  // — Kirkuk: a single report, nothing else that day.
  { group: 'kirkuk-mortar', id: 'd98', feed: 'kurdish-news', at: '2026-11-19T22:00:00Z', types: ['mortar_artillery'], places: ['kirkuk'],
    title: 'Mortar rounds land near Kirkuk airport',
    content: 'Three mortar rounds landed near Kirkuk airport late on Thursday, causing no casualties.' },
];
