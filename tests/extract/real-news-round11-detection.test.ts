/**
 * Round 11, attack or not on real news (issue 11): classes of how news is written that the
 * engine misread, each told in sentences written for this test (names, places and numbers
 * invented), beside the report it must not be confused with.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

describe('a weapon named alone, in any language', () => {
  it('an Arabic feature on what drones can do is no attack report', () => {
    const x = run(
      'الطائرات المسيرة سلاح المرحلة المقبلة في حروب المنطقة',
      'يرى خبراء أن الطائرات المسيرة ستغير شكل المعارك خلال السنوات القادمة بسبب كلفتها المنخفضة وسهولة تصنيعها.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('an Arabic drone attack that killed people is still one', () => {
    const x = run(
      'مقتل ثلاثة في هجوم بطائرة مسيرة على سيارة في مأرب',
      'قتل ثلاثة أشخاص اليوم في هجوم بطائرة مسيرة استهدف سيارة كانت تقلهم شرق مدينة مأرب، بحسب مصادر محلية.',
    );
    expect(x.isAttack).toBe(true);
  });

  it('a Turkish piece on a ballistic missile programme is no attack report', () => {
    const x = run(
      'Balistik füze programı yeni aşamaya geçti',
      'Savunma sanayii yetkilileri, yerli balistik füze projesinde seri üretime geçileceğini açıkladı.',
    );
    expect(x.isAttack).toBe(false);
  });
});
