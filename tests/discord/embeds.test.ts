import { describe, expect, it } from 'vitest';
import {
  alertEmbed,
  alertMessage,
  EMBED_LIMITS,
  embedLength,
  joinWithin,
  neutralise,
  rolesToMention,
  safeUrl,
  updateFollowUp,
} from '../../src/discord/embeds.js';
import { validateMessage } from '../fakes/discord/server.js';
import { makeAlert } from './helpers.js';

describe('alert embeds', () => {
  it('shows severity as colour and word, the linked title, places with OpenStreetMap links, and the incident id', () => {
    const e = alertEmbed(makeAlert({ severity: 'critical' }));
    expect(e.color).toBe(0xe74c3c);
    expect(e.fields!.find((f) => f.name === 'Severity')!.value).toBe('CRITICAL');
    expect(e.url).toBe('https://example.org/news/1');
    expect(e.fields!.find((f) => f.name === 'Places')!.value).toBe(
      '[Al-Harir Air Base](https://www.openstreetmap.org/?mlat=36.5300&mlon=44.3500#map=10/36.5300/44.3500) (IQ, base)',
    );
    expect(e.fields!.find((f) => f.name === 'Casualties')!.value).toBe('killed: 0\ninjured: 0');
    expect(e.footer!.text).toContain('Incident inc-');
  });

  it('keeps every field within Discord limits, whatever the input size', () => {
    const huge = 'x'.repeat(50_000);
    const places = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i} ${'y'.repeat(80)}`,
      country: 'IQ',
      lat: 33,
      lon: 44,
      kind: 'city' as const,
    }));
    const sources = Array.from({ length: 200 }, (_, i) => ({
      documentId: `d${i}`,
      feedId: `feed-${i}`,
      title: huge,
      link: `https://example.org/${i}`,
      published: '2026-11-25T10:00:00Z',
    }));
    const alert = makeAlert({
      kind: 'update',
      title: huge,
      summary: huge,
      places,
      actors: Array.from({ length: 100 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i} ${'z'.repeat(50)}`, role: 'perpetrator' as const })),
      sources,
      changes: Array.from({ length: 100 }, () => huge.slice(0, 300)),
      rules: Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, name: huge, guildId: null, reasons: Array.from({ length: 100 }, () => huge.slice(0, 500)) })),
    });
    const e = alertEmbed(alert);
    expect(e.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(e.fields!.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of e.fields!) {
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    }
    expect(embedLength(e)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(validateMessage({ content: '', embeds: [e] })).toBeNull();
    expect(e.fields!.find((f) => f.name === 'Places')!.value).toMatch(/…and \d+ more$/);
    expect(e.fields!.find((f) => f.name.startsWith('Sources'))!.name).toBe('Sources (200)');
  });

  it('makes untrusted text inert: Markdown, masked links, mentions', () => {
    expect(neutralise('@everyone and @here')).not.toMatch(/@everyone|@here/);
    expect(neutralise('hi <@123> <@&456> <#789>')).not.toMatch(/<@|<#/);
    expect(neutralise('**bold** _it_ `code` ~~s~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|');
    // The masked link escaped, and its address no bare link either.
    expect(neutralise('[click](https://evil.example)')).toBe('\\[click\\](https:\u200b//evil.example)');
    expect(neutralise('phish at https://evil.example/login or HTTP://x.example')).toBe('phish at https:\u200b//evil.example/login or HTTP:\u200b//x.example');
    expect(neutralise('# heading')).toBe('\\# heading');
  });

  it('escapes a numbered list by its dot or bracket (Discord shows a backslash before a digit as typed), and defuses timestamps and custom emoji', () => {
    expect(neutralise('1. Drone strike on Erbil')).toBe('1\\. Drone strike on Erbil');
    expect(neutralise('12) Rockets hit Baghdad')).toBe('12\\) Rockets hit Baghdad');
    expect(neutralise('2 killed. 1. not a list')).toBe('2 killed. 1. not a list');
    for (const markup of ['<t:1796640000:R>', '<:flag:123456789012345678>', '<a:spin:123456789012345678>', '<id:customize>'])
      expect(neutralise(`Attack ${markup}`)).toBe(`Attack <\u200b${markup.slice(1)}`);
  });

  it('never links anything but http(s)', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://a.example/x)y')).toBe('https://a.example/x%29y');
    expect(alertEmbed(makeAlert({ link: 'javascript:alert(1)' })).url).toBeUndefined();
  });

  it('mentions each subscription role once, only at or above its subscription severity, and nothing else', () => {
    const subs = [
      { ruleId: 'iraq-bases', mentionRole: '9', minSeverity: 'high' as const },
      { ruleId: 'iraq-bases', mentionRole: '7', minSeverity: 'low' as const },
      { ruleId: 'iraq-bases', mentionRole: '7', minSeverity: 'medium' as const },
      { ruleId: 'iraq-bases', mentionRole: null, minSeverity: 'low' as const },
    ];
    const lowAlert = makeAlert({ severity: 'low' });
    const low = alertMessage(lowAlert, rolesToMention(lowAlert, subs));
    expect(low.content).toBe('<@&7>');
    expect(low.allowed_mentions).toEqual({ parse: [], roles: ['7'] });
    const highAlert = makeAlert({ severity: 'high' });
    const high = alertMessage(highAlert, rolesToMention(highAlert, subs));
    expect(high.content).toBe('<@&9> <@&7>');
    expect(high.allowed_mentions).toEqual({ parse: [], roles: ['9', '7'] });
    const none = alertMessage(lowAlert, rolesToMention(lowAlert, [{ ruleId: 'iraq-bases', mentionRole: '9', minSeverity: 'high' }]));
    expect(none.content).toBeUndefined();
    expect(none.allowed_mentions).toEqual({ parse: [], roles: [] });
  });

  it('lists every rule of a message, and shows a report plainly, without severity', () => {
    const two = alertEmbed(
      makeAlert({
        rules: [
          { id: 'iraq-bases', name: 'Bases in Iraq', guildId: null, reasons: ['place Erbil'] },
          { id: 'drones', name: 'Drone attacks', guildId: null, reasons: ['attack type drone'] },
        ],
      }),
    );
    expect(two.fields!.find((f) => f.name === 'Rules (2)')!.value).toBe(
      'Bases in Iraq (`iraq-bases`): place Erbil\nDrone attacks (`drones`): attack type drone',
    );
    const report = alertEmbed(
      makeAlert({ style: 'report', attackTypes: [], casualties: { killed: null, injured: null }, severity: 'low', places: [], countries: [] }),
    );
    expect(report.color).toBeUndefined();
    expect(report.fields!.map((f) => f.name)).not.toEqual(expect.arrayContaining(['Severity']));
    expect(report.fields!.map((f) => f.name)).not.toContain('Attack');
    expect(report.fields!.map((f) => f.name)).not.toContain('Casualties');
    expect(report.footer!.text).toMatch(/^Report/);
  });

  it('says what changed when an update raised severity', () => {
    const body = updateFollowUp(
      makeAlert({ kind: 'update', severity: 'critical', previousSeverity: 'medium', changes: ['3 killed reported @everyone'] }),
      [],
      '55',
      null,
    );
    expect(body.content).toBe('Severity raised from **medium** to **critical**: 3 killed reported @\u200beveryone');
    expect(body.message_reference).toEqual({ message_id: '55', fail_if_not_exists: false });
  });

  it('joins whole lines within a limit and counts the rest', () => {
    expect(joinWithin(['aaaa', 'bbbb', 'cccc'], 100)).toBe('aaaa\nbbbb\ncccc');
    expect(joinWithin(['aaaa', 'bbbb', 'cccccccccc'], 18)).toBe('aaaa\n…and 2 more');
  });

  it('names a rule without a name by its id once', () => {
    const e = alertEmbed(
      makeAlert({
        rules: [
          { id: 'pipelines', name: 'pipelines', guildId: null, reasons: ['keyword "oil pipeline"'] },
          { id: 'iraq', name: 'Attacks in Iraq', guildId: null, reasons: ['country IQ'] },
        ],
      }),
    );
    expect(e.fields!.find((f) => f.name === 'Rules (2)')!.value).toBe('`pipelines`: keyword "oil pipeline"\nAttacks in Iraq (`iraq`): country IQ');
  });
});
