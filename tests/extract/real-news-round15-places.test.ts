/**
 * Round 15, places: the classes of place errors seen on real news this round, in reports written by
 * the project (invented names, numbers and wording): ports and terminals where ships and ports are
 * attacked, a town named with its district's word, the Persian ezafe written the news's ways, and
 * "Ras" for GeoNames' "Ra’s"; beside each, a look-alike that must not move (a town abroad that has a
 * port's name in another language, a website named for a region, a person's name).
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../helpers/extraction.js';

const sceneOf = (content: string, title = 'Attack reported') => {
  const x = extractStory(title, content);
  return { countries: x.countries, first: x.places.find((p) => p.kind !== 'country'), isAttack: x.isAttack };
};

describe('ports and terminals', () => {
  it('places attacks at ports that GeoNames lists no town for', () => {
    const cases: [string, string, string][] = [
      ['Two anti-ship missiles struck a bulk carrier about 20 nautical miles off Mokha on Friday, the maritime agency said.', 'YE', 'port:mokha-port'],
      ['Air strikes hit fuel tanks at the Ras Isa terminal overnight, killing 11 dock workers.', 'YE', 'port:ras-isa'],
      ['An unmanned boat exploded beside a ferry at Kavkaz port late on Sunday, injuring four crew members.', 'RU', 'port:port-kavkaz'],
      ['A missile strike on the port of Pivdennyi damaged a grain carrier and wounded three people.', 'UA', 'port:pivdennyi'],
      ['Drones set fire to a loading berth at the Sheskharis oil terminal, the regional governor said.', 'RU', 'port:sheskharis'],
      ['Militia fighters shelled storage tanks at Es Sider, halting exports for a week.', 'LY', 'port:es-sider'],
    ];
    for (const [content, country, id] of cases) {
      const got = sceneOf(content);
      expect(got.countries, content).toEqual([country]);
      expect(got.first?.id, content).toBe(id);
    }
  });

  it('finds them by their Arabic and Russian names', () => {
    expect(sceneOf('أصابت غارات جوية خزانات الوقود في ميناء رأس عيسى وقتل ستة عمال.', 'غارات على ميناء').countries).toEqual(['YE']);
    expect(sceneOf('Беспилотники атаковали нефтяной терминал Шесхарис ночью, ранены двое рабочих.', 'Атака на терминал').countries).toEqual(['RU']);
  });

  it('keeps a port town GeoNames has as that town', () => {
    expect(sceneOf('A drone hit a container ship moored at Hodeidah port, wounding a sailor.').first?.name).toBe('Al Ḩudaydah');
    expect(sceneOf('Sea drones struck a tanker at the port of Novorossiysk before dawn.').first?.name).toBe('Novorossiysk');
  });

  it('does not take a town abroad or a name that is no port for the port', () => {
    // Caucasia in Colombia lost "Kavkaz", the Russian word for the Caucasus, to the port.
    expect(sceneOf('Gunmen shot dead five miners near Caucasia, in Antioquia, on Saturday.').countries).toEqual(['CO']);
    // A site named like a region's word in a longer name is no scene ("the Kavkaz Centre website").
    expect(sceneOf('Gunmen killed two police officers in Nalchik, the Kavkaz Centre website reported.').first?.name).toBe('Nalchik');
  });
});

describe('a town named with its district’s word', () => {
  it('is the scene, with no country named', () => {
    expect(sceneOf('Bandits on motorbikes killed 14 farmers in Anka LGA on Tuesday.').countries).toEqual(['NG']);
    expect(sceneOf('Gunmen killed nine worshippers in Bokkos Local Government Area overnight.').countries).toEqual(['NG']);
    expect(sceneOf('A truck bomb killed six people in Tal Afar district on Wednesday.').countries).toEqual(['IQ']);
  });

  it('does not make a province named for a city the city, nor a region word a district', () => {
    expect(sceneOf('A car bomb killed four people in Kirkuk province on Monday.').first?.name).toBe('Kirkuk Governorate');
    expect(sceneOf('Guerrillas ambushed soldiers in the Catatumbo region, killing three.').countries).toEqual([]);
  });
});

describe('the Persian ezafe as the news writes it', () => {
  it('finds Afghan and Iranian towns by every form of it', () => {
    const cases: [string, string][] = [
      ['A roadside bomb tore through a police pickup in Puli Khumri, Afghanistan, killing two officers.', 'Pul-e Khumrī'],
      ['Two guards died when gunmen stormed a checkpoint outside Pul-i-Khumri in Afghanistan overnight.', 'Pul-e Khumrī'],
      ['A magnetic bomb killed a district official in Qala-e-Naw, in western Afghanistan, on Sunday.', 'Qala i Naw'],
      ['Gunmen shot dead three border guards near Qasr-i-Shirin in western Iran, state media said.', 'Qaşr-e Shīrīn'],
    ];
    for (const [content, name] of cases) expect(sceneOf(content).first?.name, content).toBe(name);
  });

  it('reads "Sari Pul" in the country the text names', () => {
    expect(sceneOf('Gunmen killed four aid workers in Sari Pul, Afghanistan, on Sunday.').first?.country).toBe('AF');
  });
});

describe('"Ras" for a cape', () => {
  it('finds a town GeoNames writes with "Ra’s"', () => {
    expect(sceneOf('An air strike hit a flat in Ras Beirut, Lebanon, killing two people.').first?.name).toBe('Ra’s Bayrūt');
  });
});
