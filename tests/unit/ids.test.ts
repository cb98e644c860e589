import { describe, expect, it } from 'vitest';
import { stableId } from '../../src/ids.js';

// Ids are stored (documents, incidents, outbox rows): a new way of computing them must give the
// ids already written. These are the ids of a SHA-256 fed each part and a NUL, one update at a time.
describe('stableId', () => {
  it('gives the ids stored before, part by part', () => {
    expect(stableId('doc', 'feed-7', 'https://example.test/a')).toBe('doc_TwZIEV3VjH0GqgCZ');
    expect(stableId('x', 'é', '', 'Київ')).toBe('x_LZ7OX8ETh4e21Qjt');
  });

  it('tells no parts from one empty part', () => {
    expect(stableId('out')).toBe('out_47DEQpj8HBSa-_TI');
    expect(stableId('out', '')).toBe('out_bjQLnP-zepicpUTm');
  });

  it('keeps parts apart: the same text cut differently is another id', () => {
    expect(stableId('doc', 'ab', 'c')).not.toBe(stableId('doc', 'a', 'bc'));
  });
});
