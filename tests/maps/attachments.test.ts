import { describe, expect, it } from 'vitest';
import { attachmentName, locatorJob, uploadParts } from '../../src/discord/maps.js';
import { makeAlert } from '../discord/helpers.js';

describe('map attachments within Discord limits', () => {
  it('names files with the characters attachment:// accepts, short, always .png', () => {
    expect(attachmentName('map-inc_KTd6YaJHqrWUSXV9')).toBe('map-inc_KTd6YaJHqrWUSXV9.png');
    expect(attachmentName('map-../../etc/passwd x y')).toBe('map-etc-passwd-x-y.png');
    expect(attachmentName('خريطة')).toBe('map.png');
    const long = attachmentName(`map-${'x'.repeat(500)}`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[A-Za-z0-9_-]+\.png$/);
  });

  it('uploads one PNG per message, listed in attachments under its index', () => {
    const parts = uploadParts({ name: 'map-a.png', data: new Uint8Array([137, 80, 78, 71]) });
    expect(parts.files).toHaveLength(1);
    expect(parts.files[0]).toMatchObject({ name: 'map-a.png', contentType: 'image/png' });
    expect(parts.attachments).toEqual([{ id: 0, filename: 'map-a.png' }]);
  });

  it("draws an alert's places and its rule's circles, nothing else", () => {
    const job = locatorJob(makeAlert({ near: [{ label: 'Erbil', lat: 36.19, lon: 44.01, km: 100 }] }));
    expect(job).toEqual({
      kind: 'locator',
      places: [{ name: 'Al-Harir Air Base', country: 'IQ', lat: 36.53, lon: 44.35, kind: 'base' }],
      radii: [{ name: 'Erbil', lat: 36.19, lon: 44.01, km: 100 }],
    });
  });
});
