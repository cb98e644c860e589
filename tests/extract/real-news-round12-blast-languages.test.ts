/**
 * Round 12, the agent-and-intent reading of blasts (src/extract/stages/agency.ts) in the other
 * languages the engine reads: an industrial or gas blast whose cause is named as an accident, or an
 * agentless blast at a works, a depot, a fuel station or a gas cylinder, is no attack; beside it,
 * a bombing in the same language, with a bomber, a planted bomb, a target or a claim, stays one.
 * Every sentence was written for this test (places, names and figures invented).
 */
import { describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { readsStories as reads } from '../helpers/extraction.js';

describe('Arabic: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast in a district put down to a short circuit in a store a sentence on is no attack',
      'انفجار يهز حيا في الموصل ويقتل ثلاثة',
      'قتل ثلاثة أشخاص وأصيب ستة يوم الخميس في انفجار هز حيا سكنيا في الموصل. وقال مسؤول في الدفاع المدني إن ماس كهربائي في مخزن قريب كان وراء الحادث.',
      false,
    ],
    [
      'an agentless blast inside a depot is no attack',
      'انفجار يقتل عاملين في الزرقاء',
      'قتل عاملان يوم الثلاثاء في انفجار وقع داخل مستودع في الزرقاء، وفتحت السلطات تحقيقا.',
      false,
    ],
    [
      'a gas-works blast caused by a leak is no attack',
      'انفجار في مصنع للغاز يقتل أربعة عمال',
      'قتل أربعة عمال وأصيب عشرة آخرون يوم الأحد في انفجار داخل مصنع للغاز في مدينة الزرقاء، وقال الدفاع المدني إن الانفجار نجم عن تسرب غاز.',
      false,
    ],
    [
      "a bomb planted on a patrol's road and claimed is an attack",
      'انفجار عبوة ناسفة يقتل خمسة جنود',
      'قتل خمسة جنود يوم الاثنين في انفجار عبوة ناسفة زرعها مسلحون على طريق دورية عسكرية قرب بلدة الرمادي، وتبنى تنظيم الدولة الهجوم.',
      true,
    ],
  ]);
});

describe('French: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast at a fuel station with no one behind it is no attack',
      'Explosion dans une station-service à Dakar, trois morts',
      "Trois personnes ont été tuées dimanche dans l'explosion d'une station-service à Dakar.",
      false,
    ],
    [
      'a blast whose lead names a gas leak is no attack',
      'Une explosion fait deux morts à Nantes',
      'Deux personnes sont mortes samedi dans une explosion qui a soufflé un immeuble à Nantes. Les enquêteurs privilégient une fuite de gaz.',
      false,
    ],
    [
      'a blast at a checkpoint claimed by a group is an attack',
      'Une explosion fait six morts à Gao',
      "Six personnes ont été tuées lundi dans une explosion près d'un poste de contrôle à Gao. L'attentat a été revendiqué par un groupe jihadiste.",
      true,
    ],
  ]);
});

describe('Spanish: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast whose cause firefighters name as a gas leak is no attack',
      'Una explosión deja tres muertos en Valparaíso',
      'Tres personas murieron el jueves por una explosión en un edificio de Valparaíso. Los bomberos señalaron un escape de gas como causa probable.',
      false,
    ],
    [
      'a blast against a patrol that a guerrilla claimed is an attack',
      'Una explosión deja cuatro policías muertos en Cúcuta',
      'Cuatro policías murieron el miércoles por una explosión al paso de su patrulla en Cúcuta. El ELN reivindicó el ataque.',
      true,
    ],
  ]);
});

describe('Portuguese: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast at a fuel station is no attack',
      'Explosão em posto de combustível deixa dois mortos',
      'Duas pessoas morreram e quatro ficaram feridas numa explosão num posto de combustível em Belém no domingo.',
      false,
    ],
    [
      'a flat blast put down to a gas leak is no attack',
      'Explosão mata dois em prédio de Manaus',
      'Duas pessoas morreram na sexta-feira numa explosão num prédio residencial de Manaus. Segundo os bombeiros, houve um vazamento de gás.',
      false,
    ],
    [
      'a market blast a group claimed is an attack',
      'Explosão mata três em mercado de Pemba',
      'Três pessoas morreram numa explosão num mercado de Pemba no sábado. O grupo jihadista reivindicou o atentado.',
      true,
    ],
    [
      'a bomb planted by insurgents is an attack',
      'Bomba mata quatro soldados em Cabo Delgado',
      'Quatro soldados morreram na segunda-feira quando uma bomba plantada por insurgentes explodiu à passagem de uma coluna militar em Cabo Delgado.',
      true,
    ],
  ]);
});

describe('Italian: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a block blast put down to a boiler fault is no attack',
      'Esplosione in una palazzina a Torino, un morto',
      "Un uomo è morto martedì in un'esplosione che ha sventrato una palazzina a Torino. I vigili del fuoco parlano di un guasto alla caldaia.",
      false,
    ],
    [
      'a mosque blast set off by a bomber is an attack',
      'Esplosione a Kabul, otto morti',
      "Otto persone sono morte domenica in un'esplosione davanti a una moschea di Kabul. Un attentatore si è fatto esplodere tra i fedeli.",
      true,
    ],
  ]);
});

describe('German: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast at a filling station is no attack',
      'Explosion an Tankstelle: ein Toter',
      'Bei einer Explosion an einer Tankstelle in Kassel ist am Sonntag ein Mann getötet worden, drei weitere wurden verletzt.',
      false,
    ],
    [
      'a house blast put down to a gas cylinder is no attack',
      'Explosion in Wohnhaus: zwei Tote in Bremen',
      'Bei einer Explosion in einem Wohnhaus in Bremen sind am Freitag zwei Menschen gestorben. Die Feuerwehr geht von einer Verpuffung in einer Gasflasche aus.',
      false,
    ],
    [
      'a hotel blast that a militia claimed is an attack',
      'Explosion in Mogadischu: zehn Tote',
      'Bei einer Explosion vor einem Hotel in Mogadischu sind am Samstag zehn Menschen getötet worden. Die Shabaab-Miliz bekannte sich zu dem Anschlag.',
      true,
    ],
  ]);
});

describe('Russian: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast put down to gas in a boiler house is no attack',
      'Взрыв в Самаре: двое погибших',
      'Два человека погибли в четверг при взрыве в Самаре. По данным МЧС, причиной стал хлопок газа в котельной.',
      false,
    ],
    [
      'a blast set off by a suicide bomber at a police building is an attack',
      'Взрыв в Грозном: трое погибших',
      'Три человека погибли при взрыве у здания полиции в Грозном. Смертник привел в действие взрывное устройство.',
      true,
    ],
  ]);
});

describe('Ukrainian: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a blast put down to gas at a works boiler house is no attack',
      'Вибух у Дніпрі: двоє загиблих',
      'Двоє людей загинули у вівторок внаслідок вибуху у Дніпрі. Рятувальники повідомили про вибух газу в котельні підприємства.',
      false,
    ],
    [
      'a car blown up by unknown men is an attack',
      'Вибух в Одесі: загинув військовий',
      'В Одесі в середу загинув військовий внаслідок вибуху. Поліція повідомила, що невідомі підірвали його автомобіль.',
      true,
    ],
  ]);
});

describe('Turkish: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a factory blast caused by a gas leak is no attack',
      'Fabrikada patlama: 3 işçi öldü',
      "Kocaeli'de bir kimya fabrikasında meydana gelen patlamada 3 işçi hayatını kaybetti. İlk belirlemelere göre patlama doğalgaz kaçağından kaynaklandı.",
      false,
    ],
    [
      'a building blast put down to a short circuit is no attack',
      "Konya'da patlama: 2 ölü",
      "Konya'da bir binada meydana gelen patlamada 2 kişi hayatını kaybetti. İtfaiye yetkilileri patlamanın kısa devreden kaynaklandığını açıkladı.",
      false,
    ],
    [
      'a blast under a police vehicle that a group claimed is an attack',
      "Diyarbakır'da patlama: 3 polis şehit",
      "Diyarbakır'da polis aracının geçişi sırasında meydana gelen patlamada 3 polis şehit oldu. Saldırıyı terör örgütü üstlendi.",
      true,
    ],
  ]);
});

describe('Urdu: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a building blast put down to a short circuit is no attack',
      'لاہور میں دھماکہ، دو افراد جاں بحق',
      'لاہور میں ایک عمارت میں دھماکے سے دو افراد جاں بحق ہو گئے۔ ریسکیو حکام کے مطابق دھماکہ شارٹ سرکٹ کے باعث ہوا۔',
      false,
    ],
    [
      'a market blast by a suicide bomber is an attack',
      'پشاور میں دھماکہ، پانچ افراد جاں بحق',
      'پشاور میں بازار میں دھماکے سے پانچ افراد جاں بحق ہو گئے۔ پولیس کے مطابق خودکش حملہ آور نے خود کو اڑا لیا۔',
      true,
    ],
  ]);
});

describe('Hindi: an accidental blast is no attack, a bombing is one', () => {
  reads([
    [
      'a gas cylinder blast caused by a leak is no attack',
      'सिलेंडर फटने से धमाका, तीन की मौत',
      'कानपुर में एक घर में गैस सिलेंडर फटने से हुए धमाके में तीन लोगों की मौत हो गई। पुलिस के अनुसार धमाका गैस रिसाव के कारण हुआ।',
      false,
    ],
    [
      'a house blast put down to a short circuit is no attack',
      'लखनऊ में धमाका, दो की मौत',
      'लखनऊ में एक मकान में हुए धमाके में दो लोगों की मौत हो गई। पुलिस के अनुसार धमाका शॉर्ट सर्किट से हुआ।',
      false,
    ],
    [
      'a market blast aimed at the security forces is an attack',
      'श्रीनगर में धमाका, तीन घायल',
      'श्रीनगर के एक बाजार में हुए धमाके में तीन लोग घायल हो गए। पुलिस ने कहा कि आतंकियों ने सुरक्षाबलों को निशाना बनाया।',
      true,
    ],
  ]);
});

describe('the cues are read by the blast reading, not elsewhere', () => {
  it('reads an Arabic short circuit as the cause and a store as the setting', () => {
    const { trace } = ExtractionEngine.load().explain(
      prepareDocument({
        title: 'انفجار يهز حيا في الموصل ويقتل ثلاثة',
        content:
          'قتل ثلاثة أشخاص وأصيب ستة يوم الخميس في انفجار هز حيا سكنيا في الموصل. وقال مسؤول في الدفاع المدني إن ماس كهربائي في مخزن قريب كان وراء الحادث.',
      }),
    );
    expect(trace.blastReading?.cues).toEqual(expect.arrayContaining(['accidental_cause', 'accident_setting']));
    expect(trace.blastReading?.attack).toBe(false);
  });
});
