/**
 * Round 14, attack or not on real news (issue 11): the classes of the round's development set and
 * of how news is written besides — an attack first reported under a title about its arrest or
 * inquiry, thrown home-made bombs, fireworks works and old cluster bombs, weapons sold as products —
 * each told in sentences written for this test (names, places and numbers invented), beside the
 * look-alikes that must stay as they are.
 */
import { describe } from 'vitest';
import { readsStories as reads } from '../helpers/extraction.js';

describe('an attack first reported under a title about its arrest or inquiry', () => {
  reads([
    [
      'a gunman arrested after a spree whose lead tells the toll',
      'Gunman held after deadly shooting spree in two towns',
      'A gunman was arrested on Thursday after a shooting rampage across two towns left five people dead and two wounded, police said. Three of the victims were shot outside a petrol station in Carver on Wednesday night.',
      true,
      'armed_assault',
    ],
    [
      'a shooter detained after a killing spree, told by the sheriff',
      'Shooter detained after killing spree across county',
      'Deputies detained a man early on Monday after he shot dead four people at three homes across Brule County overnight, the sheriff said. A fifth victim was in hospital.',
      true,
      'armed_assault',
    ],
    [
      'police probe a car driven into pedestrians outside a palace',
      "Police investigate 'terror' car attack outside royal palace",
      'A car mounted the pavement and ploughed into pedestrians before hitting the gates of the royal palace in Lisvik on Friday morning. Four people were hurt and the driver, 34, was detained at the scene.',
      true,
      'armed_assault',
    ],
    [
      'an inquiry opened into a knife attack told in the lead as it happened',
      'Prosecutors open inquiry into knife attack at tram stop',
      'A man stabbed three people at a tram stop in Dorvel on Sunday evening before fleeing on foot, officials said. One of the victims is in a critical condition.',
      true,
      'armed_assault',
    ],
    [
      'a shooter arrested after a killing spree, the lead giving the toll',
      'Ohio shooter arrested after killing spree across three towns',
      'Dayton, Ohio - A gunman has been arrested after a shooting rampage across three towns left four people dead and two hurt, officials said early Friday.',
      true,
      'armed_assault',
    ],
    [
      'a knifeman arrested after a stabbing spree',
      'Knifeman arrested after stabbing spree in city centre',
      'A man has been arrested after three people were stabbed in separate attacks in the centre of Tarnow on Saturday afternoon, police said.',
      true,
      'armed_assault',
    ],
    [
      'a probe into a car that swerved into passers-by',
      "Police probe 'terrorist' car attack outside city hall",
      'A car swerved into pedestrians and then smashed into barriers in front of city hall in Marlow in a suspected terror attack on Wednesday. Two people were hurt.',
      true,
      'armed_assault',
    ],
    [
      'an arrest for an old shooting is no report',
      'Police arrest suspect in 2019 nightclub shooting',
      'Detectives arrested a 41-year-old man on Tuesday in connection with a shooting at a nightclub in 2019 that killed two people. He is due in court on Thursday.',
      false,
    ],
    [
      'police shooting a robbery suspect is no attack',
      'Police shoot dead armed robbery suspect after chase',
      'Officers shot dead a suspected armed robber in a shootout after a car chase through the city on Saturday, police said.',
      false,
    ],
    [
      'a trial of a gunman is no report',
      'Gunman goes on trial over mall shooting',
      'The man accused of shooting six shoppers at a mall in Tervo last year went on trial on Monday, pleading not guilty to all charges.',
      false,
    ],
  ]);
});

describe('home-made bombs thrown at people are a bombing, seized ones are not', () => {
  reads([
    [
      'crude home-made bombs thrown into a rally',
      'One dead, dozens hurt as bombs hit rally in Khulna',
      'One man died and more than 40 people were injured after home-made bombs were hurled into an opposition rally in Khulna on Friday evening.',
      true,
      'ied',
    ],
    [
      'locally made bombs thrown at a market',
      'Two hurt as bombs thrown at Sylhet market',
      'Assailants threw two locally made bombs at a crowded vegetable market in Sylhet on Tuesday, injuring two traders, police said. Officers later found a third bomb that had not gone off.',
      true,
      'ied',
    ],
    [
      'home-made bombs seized in a raid are no attack',
      'Police seize home-made bombs in Rajshahi raid',
      'Police recovered 14 home-made bombs and bomb-making materials from a house in Rajshahi on Wednesday and arrested two men.',
      false,
    ],
  ]);
});

describe('a fireworks works blast and an old cluster bomb are no attack', () => {
  reads([
    [
      'a blast among Spanish-language fireworks workshops',
      'Tres muertos por explosión en Zumpango',
      'Tres personas murieron y nueve resultaron heridas por la explosión ocurrida en un taller de material pirotécnico en Zumpango, informaron los servicios de emergencia.',
      false,
    ],
    [
      'a Portuguese fireworks store blast',
      'Explosão em depósito de fogos de artifício deixa dois mortos',
      'Duas pessoas morreram e cinco ficaram feridas após uma explosão num armazém de material pirotécnico em Alvorada na tarde desta segunda-feira.',
      false,
    ],
    [
      'an English fireworks workshop blast',
      'Four killed in blast at fireworks workshop',
      'Four workers died when an explosion ripped through a fireworks workshop on the edge of Sivakasi on Thursday afternoon, officials said.',
      false,
    ],
    [
      'children playing with an old cluster bomb',
      'Girl killed, brother hurt playing with cluster bomb',
      'A nine-year-old girl was killed and her brother injured in southern Laos after a cluster bomb they had found in a rice field exploded as they tried to prise it open, state media said.',
      false,
    ],
    [
      'boys wounded playing with a cluster bomb, told in the title',
      'Boy dies, three hurt playing with cluster bomb',
      'A boy of 11 was killed and three friends injured in a village of Quang Tri province after a cluster bomb went off as they tried to cut it open. They had found the unexploded ordnance while herding cattle.',
      false,
    ],
    [
      'a bomblet a farmer struck with a hoe',
      'Farmer dies as old cluster bomblet explodes in field',
      'A farmer was killed on Monday when his hoe struck a cluster bomblet dropped decades ago, which exploded in his field near the Plain of Jars.',
      false,
    ],
    [
      'a cluster bomb attack today is still an attack',
      'Cluster bombs hit market, killing 8',
      'Russian forces fired cluster munitions at a market in Kostiantynivka on Saturday morning, killing eight people and injuring 14, regional officials said.',
      true,
    ],
  ]);
});

describe('weapons sold, supplied or delivered are no attack', () => {
  reads([
    [
      'loitering munitions to be supplied under a contract',
      'Kamikaze drones to be delivered to navy by Larkspur Systems',
      'Larkspur Systems won a $120 million contract from the navy to supply kamikaze drones, the company said in a statement. Deliveries are due to start next year.',
      false,
    ],
    [
      'a deal for attack drones announced after a dateline',
      'Strike drones ordered for border units',
      'OSLO, Norway. The defence ministry signed an order with a local maker for 300 strike drones for its border units, the ministry announced on Tuesday.',
      false,
    ],
    [
      'a drone strike on a depot the drones came from is still an attack',
      'Drone strike hits arms depot, two killed',
      'Drones struck an arms depot near Tambov overnight, killing two guards, the regional governor said on Monday.',
      true,
      'drone',
    ],
  ]);
});
