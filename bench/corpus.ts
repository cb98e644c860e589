/**
 * A deterministic corpus of wire-style news articles for the benchmarks: attack reports composed
 * from varied sentence templates (attack types, places from the real gazetteer, actors from the
 * real catalogue, casualty figures, claims, blame, background) mixed with everyday news and hard
 * negatives (exercises, trials, drone deliveries). Same seed, same corpus.
 */
import type { ExtractionEngine } from '../src/extract/index.js';
import type { AttackType, PlaceKind } from '../src/vocabulary.js';

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Picks with a bias towards the front of the list (lists sorted by importance). */
  pickSkewed<T>(list: readonly T[]): T {
    const r = this.next();
    return list[Math.floor(r * r * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(list: readonly T[], n: number): T[] {
    const out = new Set<T>();
    while (out.size < Math.min(n, list.length)) out.add(this.pick(list));
    return [...out];
  }
}

export interface BenchPlace {
  name: string;
  kind: PlaceKind;
  country: string;
  countryName: string;
  population: number;
}

export interface BenchActor {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** The names the generators draw from: all real entries of the loaded gazetteer and actor catalogue. */
export interface BenchVocabulary {
  /** Cities by population, largest first. */
  cities: BenchPlace[];
  bases: BenchPlace[];
  regions: BenchPlace[];
  countries: { code: string; name: string }[];
  actors: BenchActor[];
}

/** Countries most attack news is about: drawn more often so the corpus looks like a security desk's day. */
export const CONFLICT_COUNTRIES = [
  'IQ',
  'SY',
  'YE',
  'UA',
  'RU',
  'IL',
  'PS',
  'LB',
  'AF',
  'PK',
  'SO',
  'NG',
  'ML',
  'BF',
  'NE',
  'SD',
  'CD',
  'MZ',
  'LY',
  'KE',
  'CM',
  'TD',
  'IN',
  'CO',
  'MX',
  'PH',
  'MM',
  'ET',
  'IR',
  'TR',
];

const MAX_CITIES = 6000;

export function vocabularyFromEngine(engine: ExtractionEngine): BenchVocabulary {
  const countryName = new Map(engine.gazetteer.countries().map((c) => [c.code, c.name]));
  const place = (e: { name: string; kind: PlaceKind; country: string; population: number }): BenchPlace => ({
    name: e.name,
    kind: e.kind,
    country: e.country,
    countryName: countryName.get(e.country) ?? e.country,
    population: e.population,
  });
  const entries = engine.gazetteer.entries;
  const cities = entries
    .filter((e) => e.kind === 'city' && countryName.has(e.country))
    .sort((a, b) => b.population - a.population)
    .slice(0, MAX_CITIES)
    .map(place);
  return {
    cities,
    bases: entries.filter((e) => e.kind === 'base').map(place),
    regions: entries
      .filter((e) => e.kind === 'region')
      .sort((a, b) => b.population - a.population)
      .map(place),
    countries: engine.gazetteer.countries().map((c) => ({ code: c.code, name: c.name })),
    actors: engine.actors.all().map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
  };
}

export interface BenchDocument {
  id: string;
  title: string;
  content: string;
  /** Whether the generator wrote it as an attack report (for the reader; not used to score). */
  attack: boolean;
}

// ------------------------------------------------------------------------------------------------
// Phrase pools

const ATTACK_NOUNS: Record<AttackType, readonly string[]> = {
  drone: ['a drone attack', 'an explosive-laden drone', 'armed drones', 'a swarm of kamikaze drones', 'a drone strike', 'one-way attack drones'],
  rocket: ['a rocket attack', 'Katyusha rockets', 'a barrage of rockets', 'rocket fire', 'Grad rockets'],
  missile: ['a missile strike', 'ballistic missiles', 'a cruise missile', 'a missile attack'],
  mortar_artillery: ['mortar shells', 'artillery shelling', 'mortar fire', 'heavy shelling'],
  airstrike: ['an airstrike', 'air strikes', 'an aerial bombardment', 'warplanes'],
  ied: ['a roadside bomb', 'a car bomb', 'an improvised explosive device', 'a landmine', 'a bomb planted on a motorcycle'],
  suicide_attack: ['a suicide bomber', 'a suicide car bomb', 'a suicide bombing'],
  armed_assault: ['gunmen', 'an ambush by armed men', 'a shooting', 'an armed raid', 'militants on motorbikes'],
  kidnapping: ['kidnappers', 'gunmen who abducted', 'an abduction'],
};
const ATTACK_HEADLINE: Record<AttackType, readonly string[]> = {
  drone: ['Drone attack', 'Drone strike', 'Drones'],
  rocket: ['Rocket attack', 'Rockets'],
  missile: ['Missile strike', 'Missiles'],
  mortar_artillery: ['Shelling', 'Mortar attack'],
  airstrike: ['Airstrike', 'Air strikes'],
  ied: ['Roadside bomb', 'Car bomb', 'Bomb blast'],
  suicide_attack: ['Suicide bombing', 'Suicide attack'],
  armed_assault: ['Gunmen', 'Ambush', 'Shooting'],
  kidnapping: ['Kidnappers', 'Gunmen abduct'],
};
const ATTACK_TYPES_WEIGHTED: readonly AttackType[] = [
  'drone',
  'drone',
  'rocket',
  'missile',
  'missile',
  'mortar_artillery',
  'airstrike',
  'airstrike',
  'ied',
  'ied',
  'suicide_attack',
  'armed_assault',
  'armed_assault',
  'kidnapping',
];
const TARGETS = [
  'a military convoy',
  'an army checkpoint',
  'a police station',
  'a market',
  'a village',
  'a power plant',
  'a fuel depot',
  'a bus carrying workers',
  'a mosque',
  'a government building',
  'an oil tanker off the coast',
  'the embassy compound',
  'a joint patrol',
  'a hospital',
  'a refugee camp',
  'a wedding party',
];
const DAYS = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'on Saturday',
  'on Sunday',
  'overnight',
  'early on Sunday',
  'late on Tuesday',
];
const SOURCES = [
  'officials said',
  'a security source told Reuters',
  'the interior ministry said in a statement',
  'local officials said',
  'a military spokesman said',
  'witnesses said',
  'police said',
  'the provincial governor said',
  'medical sources said',
  'a monitoring group said',
];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const KILLED = ['killing', 'leaving dead', 'killing at least'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens of'];
const VICTIMS = ['people', 'civilians', 'soldiers', 'police officers', 'workers', 'children', 'members of the security forces', 'villagers', 'pilgrims'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DOMESTIC_TOPICS = [
  (p: BenchPlace, r: Rng) =>
    `The central bank of ${p.countryName} raised its main interest rate by ${r.int(1, 20) * 25} basis points ${r.pick(DAYS)}, citing inflation that reached ${r.int(2, 40)}.${r.int(0, 9)} percent in ${r.pick(MONTHS)}.`,
  (p: BenchPlace, r: Rng) =>
    `Voters in ${p.name} head to the polls ${r.pick(DAYS)} in a municipal election seen as a test for the ruling party, with ${r.int(3, 14)} candidates on the ballot.`,
  (p: BenchPlace, r: Rng) =>
    `Heavy rain caused flooding across ${p.name} and the surrounding districts, forcing ${r.int(200, 9000)} families from their homes, ${r.pick(SOURCES)}.`,
  (p: BenchPlace, r: Rng) =>
    `Shares in ${p.countryName}'s largest telecom operator rose ${r.int(1, 12)}.${r.int(0, 9)} percent after the company reported quarterly revenue of $${r.int(1, 90)}.${r.int(0, 9)} billion.`,
  (p: BenchPlace, r: Rng) =>
    `${p.name} will host the regional football championship next ${r.pick(MONTHS)}, the organisers said, promising ${r.int(2, 9)} new stadiums.`,
  (p: BenchPlace, r: Rng) =>
    `Teachers in ${p.name} went on strike for a ${r.pick(['second', 'third', 'fourth'])} week to demand higher wages, closing ${r.int(20, 400)} schools.`,
  (p: BenchPlace, r: Rng) =>
    `The foreign minister of ${p.countryName} met his counterparts in ${r.pick(['Geneva', 'Brussels', 'Doha', 'Cairo', 'Ankara', 'Vienna'])} to discuss trade, energy and a long-delayed border agreement.`,
  (p: BenchPlace, r: Rng) =>
    `A new high-speed rail line linking ${p.name} with the capital opened ${r.pick(DAYS)}, cutting the journey to ${r.int(1, 5)} hours.`,
  (p: BenchPlace, r: Rng) =>
    `Doctors in ${p.name} reported ${r.int(30, 900)} new cases of cholera this week, and health officials urged residents to boil drinking water.`,
  (p: BenchPlace, r: Rng) =>
    `Wheat prices in ${p.countryName} fell for the ${r.pick(['second', 'third', 'fifth'])} month in a row as a record harvest of ${r.int(2, 60)} million tonnes came in.`,
];
/** Hard negatives: attack words in news that is not an attack. */
const HARD_NEGATIVES = [
  (p: BenchPlace, r: Rng) =>
    `The army held a military exercise near ${p.name}, firing artillery and launching drones in a drill that lasted ${r.int(2, 10)} days.`,
  (p: BenchPlace, r: Rng) => `A start-up began drone deliveries of medicine to clinics around ${p.name}, flying ${r.int(10, 200)} parcels a day.`,
  (p: BenchPlace, r: Rng) =>
    `The trial of ${r.int(2, 12)} men accused of the ${r.int(2004, 2019)} bombing in ${p.name} opened ${r.pick(DAYS)}, prosecutors said.`,
  (p: BenchPlace, r: Rng) =>
    `${p.countryName} signed a deal to buy ${r.int(6, 48)} missile defence systems and ${r.int(10, 300)} drones, the defence ministry said.`,
  (p: BenchPlace, r: Rng) => `Residents of ${p.name} marked the ${r.int(2, 30)}th anniversary of the siege with a minute of silence ${r.pick(DAYS)}.`,
  (p: BenchPlace, r: Rng) => `A gas explosion in a restaurant kitchen in ${p.name} injured ${r.int(2, 9)} people, and firefighters said it was an accident.`,
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function casualtyClause(r: Rng): string {
  if (r.chance(0.2)) return 'no casualties were reported';
  const killed = r.chance(0.5) ? String(r.int(1, 60)) : r.pick(NUMBER_WORDS);
  const injured = r.int(0, 120);
  return `${r.pick(KILLED)} ${killed} ${r.pick(VICTIMS)}${injured ? ` and wounding ${injured} others` : ''}`;
}

/** A place where something happens: mostly cities, sometimes bases and regions, mostly in conflict countries. */
function attackPlace(v: BenchVocabulary, byCountry: Map<string, BenchPlace[]>, r: Rng): BenchPlace {
  if (r.chance(0.15) && v.bases.length) return r.pick(v.bases);
  if (r.chance(0.1) && v.regions.length) return r.pickSkewed(v.regions);
  if (r.chance(0.75)) {
    const list = byCountry.get(r.pick(CONFLICT_COUNTRIES));
    if (list?.length) return r.pickSkewed(list);
  }
  return r.pickSkewed(v.cities);
}

function actorName(a: BenchActor, r: Rng): string {
  return r.chance(0.3) && a.aliases.length ? r.pick(a.aliases) : a.name;
}

function attackArticle(v: BenchVocabulary, byCountry: Map<string, BenchPlace[]>, r: Rng): { title: string; paragraphs: string[] } {
  const type = r.pick(ATTACK_TYPES_WEIGHTED);
  const place = attackPlace(v, byCountry, r);
  const near = byCountry.get(place.country)?.length ? r.pickSkewed(byCountry.get(place.country)!) : r.pickSkewed(v.cities);
  const actor = r.pick(v.actors);
  const other = r.pick(v.actors);
  const noun = r.pick(ATTACK_NOUNS[type]);
  const n = r.int(2, 45);
  const titles = [
    `${r.pick(ATTACK_HEADLINE[type])} kills ${n} in ${place.name}, ${place.countryName}`,
    `${actorName(actor, r)} claims ${noun.replace(/^(a|an) /, '')} near ${place.name}`,
    `${r.pick(ATTACK_HEADLINE[type])} hits ${r.pick(TARGETS).replace(/^(a|an|the) /, '')} in ${place.name}; ${r.chance(0.5) ? 'no casualties' : `${n} dead`}`,
    `${n} ${r.pick(VICTIMS)} killed in ${place.countryName} as ${noun.replace(/^(a|an) /, '')} strikes ${place.name}`,
    `${place.countryName}: ${r.pick(ATTACK_HEADLINE[type]).toLowerCase()} near ${near.name} leaves ${n} dead`,
  ];
  const title = r.pick(titles);
  const dateline = `${place.name.toUpperCase()}, ${place.countryName} (${r.pick(AGENCIES)}) - `;
  const lead = `${capitalise(noun)} struck ${r.pick(TARGETS)} in ${place.name} ${r.pick(DAYS)}, ${casualtyClause(r)}, ${r.pick(SOURCES)}.`;
  const details = [
    `The attack took place about ${r.int(3, 60)} km from ${near.name}, near the main road to ${r.pickSkewed(v.cities).name}.`,
    `No group immediately claimed responsibility, but officials blamed ${actorName(actor, r)}, which has carried out similar attacks in the region.`,
    `${actorName(actor, r)} said in a statement on Telegram that its fighters had carried out the attack.`,
    `${actorName(other, r)} denied any role in the attack and called for an investigation.`,
    `Ambulances took the wounded to hospitals in ${near.name}, where ${r.int(2, 30)} were in critical condition, ${r.pick(SOURCES)}.`,
    `Security forces sealed off the area and launched a search operation in the villages around ${place.name}.`,
    `It was the ${r.pick(['second', 'third', 'fourth', 'deadliest'])} attack in ${place.countryName} this ${r.pick(['week', 'month', 'year'])}.`,
    `Since ${r.pick(MONTHS)}, at least ${r.int(40, 900)} people have been killed in attacks across ${place.countryName}, according to a tally by the ${r.pick(['United Nations', 'Red Cross', 'Armed Conflict Location & Event Data Project'])}.`,
    `Footage shared on social media showed thick black smoke rising over ${place.name} and the wreckage of ${r.pick(['several vehicles', 'a burnt-out truck', 'a damaged building'])}.`,
    `The ${r.pick(['governor', 'mayor', 'prime minister', 'president'])} condemned the "cowardly attack" and promised to bring those responsible to justice.`,
    `In a separate incident, ${r.pick(ATTACK_NOUNS[r.pick(ATTACK_TYPES_WEIGHTED)])} targeted ${r.pick(TARGETS)} near ${r.pickSkewed(byCountry.get(place.country) ?? v.cities).name}, ${casualtyClause(r)}.`,
    `${place.countryName} has faced a surge of violence since ${actorName(actor, r)} expanded its operations from ${r.pickSkewed(v.regions.length ? v.regions : v.cities).name}.`,
    `Analysts said the attack showed the group could still strike targets far from its strongholds despite months of military operations.`,
  ];
  const paragraphs = [dateline + lead];
  const count = r.int(4, 11);
  for (let i = 0; i < count; i++) {
    const sentences = r.int(1, 3);
    const para: string[] = [];
    for (let j = 0; j < sentences; j++) para.push(r.chance(0.15) ? r.pick(DOMESTIC_TOPICS)(r.pickSkewed(v.cities), r) : r.pick(details));
    paragraphs.push(para.join(' '));
  }
  return { title, paragraphs };
}

function otherArticle(v: BenchVocabulary, r: Rng): { title: string; paragraphs: string[] } {
  const place = r.pickSkewed(v.cities);
  const hard = r.chance(0.25);
  const first = (hard ? r.pick(HARD_NEGATIVES) : r.pick(DOMESTIC_TOPICS))(place, r);
  const title = first.replace(/,.*$/, '').replace(/\.$/, '').slice(0, 110);
  const paragraphs = [`${place.name.toUpperCase()} (${r.pick(AGENCIES)}) - ${first}`];
  const count = r.int(3, 10);
  for (let i = 0; i < count; i++) {
    const sentences = r.int(1, 3);
    const para: string[] = [];
    for (let j = 0; j < sentences; j++) {
      const p = r.chance(0.6) ? place : r.pickSkewed(v.cities);
      para.push((r.chance(0.1) ? r.pick(HARD_NEGATIVES) : r.pick(DOMESTIC_TOPICS))(p, r));
    }
    paragraphs.push(para.join(' '));
  }
  return { title, paragraphs };
}

export interface CorpusOptions {
  seed: number;
  /** Stop once the corpus holds this many bytes of title and content (UTF-8)… */
  targetBytes?: number;
  /** …or this many documents. */
  documents?: number;
  /** Share of attack reports; the rest is other news with some hard negatives. */
  attackShare?: number;
}

/** Generates documents until `targetBytes` is reached. */
export function generateCorpus(vocab: BenchVocabulary, opts: CorpusOptions): BenchDocument[] {
  const r = new Rng(opts.seed);
  const byCountry = new Map<string, BenchPlace[]>();
  for (const c of vocab.cities) (byCountry.get(c.country) ?? byCountry.set(c.country, []).get(c.country)!).push(c);
  const docs: BenchDocument[] = [];
  let bytes = 0;
  const enough = () => bytes >= (opts.targetBytes ?? Infinity) || docs.length >= (opts.documents ?? Infinity);
  if (opts.targetBytes === undefined && opts.documents === undefined) throw new Error('generateCorpus needs targetBytes or documents');
  while (!enough()) {
    const attack = r.chance(opts.attackShare ?? 0.4);
    const a = attack ? attackArticle(vocab, byCountry, r) : otherArticle(vocab, r);
    const doc = { id: `doc-${docs.length}`, title: a.title, content: a.paragraphs.join('\n\n'), attack };
    bytes += documentBytes(doc);
    docs.push(doc);
  }
  return docs;
}

export function documentBytes(doc: { title: string; content: string }): number {
  return Buffer.byteLength(doc.title) + Buffer.byteLength(doc.content);
}
