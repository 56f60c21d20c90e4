import { describe, expect, it } from 'vitest';
import { organisationSchema, pageSchema } from '../../src/lib/content-schema';

const options = {
  localeCodes: ['nl', 'en', 'ar'],
  sourceLocale: 'nl',
  sourceIds: ['rib-2025'],
  topicIds: ['zorg'],
  organisationIds: ['kruispost'],
};
const schema = pageSchema(options);
const dutch = {
  locale: 'nl',
  title: 'Naar de huisarts',
  summary: 'Ook zonder papieren mag u naar de huisarts.',
  topic: 'zorg',
  keywords: ['dokter', 'ziek', 'huisarts'],
  sources: ['rib-2025'],
  lastChecked: '2026-11-23',
};
const messages = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('page schema', () => {
  it('accepts a complete Dutch page and fills in defaults', () => {
    const page = schema.parse(dutch);
    expect(page.lastChecked).toEqual(new Date('2026-11-23T00:00:00Z'));
  });

  it('explains a missing source', () => {
    expect(messages({ ...dutch, sources: [] })).toEqual(['sources: Every page needs at least one source. Fix: add `sources: [id]` with ids from content/sources.yaml.']);
    expect(messages({ ...dutch, sources: undefined })).toEqual([expect.stringMatching(/^sources: Every page needs at least one source/)]);
  });

  it('names an unknown source id and the ids that exist', () => {
    expect(messages({ ...dutch, sources: ['rib-2024'] })).toEqual([
      'sources.0: source "rib-2024" is not in content/sources.yaml. Fix: use an existing id (rib-2025) or add the source to content/sources.yaml.',
    ]);
  });

  it('explains a bad date', () => {
    expect(messages({ ...dutch, lastChecked: '23-11-2026' })).toEqual(['lastChecked: lastChecked must be written as YYYY-MM-DD, for example 2025-12-17.']);
    expect(messages({ ...dutch, lastChecked: '2026-02-30' })).toEqual([
      'lastChecked: lastChecked is not a real calendar date. Fix: check the month (01-12) and the day.',
    ]);
  });

  it('explains an unknown locale', () => {
    expect(messages({ ...dutch, locale: 'xx' })).toEqual([
      'locale: locale (the folder under content/) "xx" is unknown. Fix: use one of the locales in src/config.ts: nl, en, ar.',
    ]);
  });

  it('requires a translation block on translations, and nothing the Dutch page owns', () => {
    expect(messages({ locale: 'en', title: 'To the GP', summary: 'You may see a GP without papers.', keywords: ['doctor', 'ill', 'GP'] })).toEqual([
      expect.stringMatching(/^translation: A translated page needs/),
    ]);
    const translation = { method: 'machine', sourceHash: '0123456789ab', review: 'unchecked' };
    expect(messages({ ...dutch, locale: 'en', translation })).toEqual(
      expect.arrayContaining(['topic: A translation takes `topic` from the Dutch page. Fix: remove `topic:` from this file.']),
    );
  });

  it('refuses a second sentence in the summary', () => {
    expect(messages({ ...dutch, summary: 'Dit is één zin. Dit is er nog een.' })).toEqual([
      'summary: summary must be one sentence. Fix: remove the second sentence or move it into the page.',
    ]);
  });
});

describe('organisation schema', () => {
  const org = organisationSchema({ sourceIds: ['rib-2025'], topicIds: ['zorg'] });
  const base = {
    name: 'Hushu House',
    kind: 'ngo',
    topics: ['zorg'],
    about: { text: 'Een plek om elkaar te ontmoeten.', sources: ['rib-2025'] },
    lastChecked: '2026-11-23',
  };

  it('refuses opening hours that close before they open', () => {
    const result = org.safeParse({ ...base, hours: { source: 'rib-2025', slots: [{ days: ['mo'], opens: '17:00', closes: '10:00' }] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('closes (10:00) must be later than opens (17:00).');
  });

  it('refuses an unknown topic and a fact without a source', () => {
    const result = org.safeParse({ ...base, topics: ['sport'], website: { value: 'https://example.org/' } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['topics.0', 'website.source']);
  });
});
