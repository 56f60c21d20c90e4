/**
 * Zod schemas for everything in `content/`. Each message says what is wrong and how to fix it,
 * because the people who read them are editors, not programmers. The schemas are factories:
 * the lists they check against (sources, topics, locales, organisations) come in as arguments.
 */
import { z } from 'zod';

export const SOURCE_HASH_PATTERN = /^[0-9a-f]{12}$/;

/** A calendar date written as YYYY-MM-DD (YAML may already have turned it into a Date). */
export function calendarDate(field: string) {
  return z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: `${field} is missing or not a date. Fix: write it as YYYY-MM-DD, for example 2025-12-17.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: `${field} must be written as YYYY-MM-DD, for example 2025-12-17.`,
        abort: true,
      })
      .refine((text) => isRealDate(text), {
        error: `${field} is not a real calendar date. Fix: check the month (01-12) and the day.`,
      })
      .transform((text) => new Date(`${text}T00:00:00Z`)),
  );
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A date as precise as the source allows: 2025, 2025-04 or 2025-04-17. */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z
    .string({ error: 'date is missing. Fix: write YYYY, YYYY-MM or YYYY-MM-DD.' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'date must be YYYY, YYYY-MM or YYYY-MM-DD, for example 2025-04.' }),
);

function oneOf<const T extends readonly string[]>(field: string, allowed: T, where: string) {
  return z
    .string({ error: `${field} is missing. Fix: use one of: ${allowed.join(', ')}.` })
    .refine((value): value is T[number] => allowed.includes(value), {
      error: (issue) => `${field} "${String(issue.input)}" is unknown. Fix: use one of ${where}: ${allowed.join(', ')}.`,
    });
}

export function sourceIdSchema(sourceIds: readonly string[]) {
  return z.string().refine((id) => sourceIds.includes(id), {
    error: (issue) =>
      `source "${String(issue.input)}" is not in content/sources.yaml. Fix: use an existing id (${sourceIds.join(', ')}) or add the source to content/sources.yaml.`,
  });
}

export function sourceListSchema(sourceIds: readonly string[]) {
  return z
    .array(sourceIdSchema(sourceIds), {
      error: 'sources is missing. Fix: add `sources: [id]` with ids from content/sources.yaml.',
    })
    .min(1, { error: 'Every page needs at least one source. Fix: add `sources: [id]` with ids from content/sources.yaml.' });
}

// ---------------------------------------------------------------------------------------------
// Sources registry: content/sources.yaml

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id must use a-z, 0-9 and hyphens only.' }),
  title: z.string({ error: 'title is missing. Fix: give the document title.' }).min(3),
  publisher: z.string({ error: 'publisher is missing. Fix: name who published the document.' }).min(2),
  date: partialDate,
  /** True when the source does not state its date exactly. */
  approximate: z.boolean().default(false),
  url: z.url({ error: 'url must be a full web address starting with https://' }).optional(),
  /** File name in ../shared/sources or similar; helps editors find the document. */
  file: z.string().optional(),
  /** What the document covers, in a few words (Dutch). */
  covers: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

// ---------------------------------------------------------------------------------------------
// Pages: content/<locale>/**/*.mdx

export const REVIEW_STATUSES = ['draft', 'ready', 'reviewed'] as const;
export const TRANSLATION_METHODS = ['machine', 'human'] as const;
export const TRANSLATION_REVIEWS = ['unchecked', 'checked'] as const;
export const PAGE_KINDS = ['article', 'route', 'card', 'site'] as const;
export const AUDIENCES = ['public', 'professional'] as const;

export interface PageSchemaOptions {
  localeCodes: readonly string[];
  sourceLocale: string;
  sourceIds: readonly string[];
  topicIds: readonly string[];
  organisationIds: readonly string[];
}

export const translationSchema = z.object({
  method: oneOf('translation.method', TRANSLATION_METHODS, 'these methods'),
  /** The hash of the Dutch text this translation was made from: `npm run content:stamp` shows it. */
  sourceHash: z
    .string({ error: 'translation.sourceHash is missing. Fix: run `npm run content:stamp` and copy the hash of the Dutch page.' })
    .regex(SOURCE_HASH_PATTERN, { error: 'translation.sourceHash must be 12 characters 0-9a-f. Fix: copy it from `npm run content:stamp`.' }),
  /** Checked by a native speaker. Never record who: reviewers may be undocumented. */
  review: oneOf('translation.review', TRANSLATION_REVIEWS, 'these values').default('unchecked'),
  checkedOn: calendarDate('translation.checkedOn').optional(),
});
export type Translation = z.infer<typeof translationSchema>;

/** Fields only the Dutch original has; a translation takes them from it. */
const SOURCE_ONLY_FIELDS = ['topic', 'kind', 'audience', 'sources', 'lastChecked', 'organisations', 'order', 'review'] as const;

export function pageSchema(options: PageSchemaOptions) {
  return z
    .object({
      /** Added by the loader from the folder name; editors never write it. */
      locale: oneOf('locale (the folder under content/)', options.localeCodes, 'the locales in src/config.ts'),
      title: z.string({ error: 'title is missing. Fix: add `title: ...` at the top of the file.' }).min(3).max(90, {
        error: 'title is longer than 90 characters. Fix: make it shorter.',
      }),
      summary: z
        .string({ error: 'summary is missing. Fix: add one plain sentence that answers the main question.' })
        .min(10)
        .max(240, { error: 'summary is longer than 240 characters. Fix: write one short sentence.' })
        .refine((text) => !/[.!?。።۔؟]\s+\S/.test(text.trim()), {
          error: 'summary must be one sentence. Fix: remove the second sentence or move it into the page.',
        }),
      keywords: z
        // YAML reads a year such as 1975 as a number; as a search word it is text.
        .array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().min(2)), {
          error: 'keywords is missing. Fix: list the everyday words people search with.',
        })
        .min(3, { error: 'keywords needs at least 3 everyday words people type when they search.' }),
      topic: oneOf('topic', options.topicIds, 'the topics in src/config.ts').optional(),
      kind: oneOf('kind', PAGE_KINDS, 'these kinds').optional(),
      audience: oneOf('audience', AUDIENCES, 'these audiences').optional(),
      sources: sourceListSchema(options.sourceIds).optional(),
      lastChecked: calendarDate('lastChecked').optional(),
      organisations: z
        .array(
          z.string().refine((id) => options.organisationIds.includes(id), {
            error: (issue) =>
              `organisation "${String(issue.input)}" has no file content/organisations/${String(issue.input)}.yaml. Fix: use an existing id or add the organisation.`,
          }),
        )
        .optional(),
      order: z.number().int().optional(),
      review: z
        .object({
          status: oneOf('review.status', REVIEW_STATUSES, 'these statuses').default('ready'),
          /** The date the Klankbordgroep reviewed the page. Never names. */
          reviewedOn: calendarDate('review.reviewedOn').optional(),
          /** When the page must be checked again; defaults to lastChecked + the review interval. */
          reviewBy: calendarDate('review.reviewBy').optional(),
        })
        .strict()
        .optional(),
      translation: translationSchema.strict().optional(),
    })
    .strict()
    .superRefine((page, ctx) => {
      // An unknown locale is reported on its own; the rules below depend on knowing it.
      if (!options.localeCodes.includes(page.locale)) return;
      const isSource = page.locale === options.sourceLocale;
      if (isSource) {
        if (page.translation) {
          ctx.addIssue({
            code: 'custom',
            path: ['translation'],
            message: `Dutch pages are the source and have no translation block. Fix: remove \`translation:\` from this ${options.sourceLocale} page.`,
          });
        }
        for (const field of ['topic', 'sources', 'lastChecked'] as const) {
          if (page[field] === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [field],
              message:
                field === 'sources'
                  ? 'Every page needs at least one source. Fix: add `sources: [id]` with ids from content/sources.yaml.'
                  : field === 'lastChecked'
                    ? 'lastChecked is missing. Fix: add the date you checked the page against its sources, as YYYY-MM-DD.'
                    : `topic is missing. Fix: add one of: ${options.topicIds.join(', ')}.`,
            });
          }
        }
        if (page.review?.status === 'reviewed' && !page.review.reviewedOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['review', 'reviewedOn'],
            message: 'review.status is reviewed but review.reviewedOn is missing. Fix: add the date of the Klankbordgroep review.',
          });
        }
        return;
      }
      if (!page.translation) {
        ctx.addIssue({
          code: 'custom',
          path: ['translation'],
          message:
            'A translated page needs `translation: { method: machine, sourceHash: ..., review: unchecked }`. Fix: add it; `npm run content:stamp` prints the sourceHash.',
        });
      }
      for (const field of SOURCE_ONLY_FIELDS) {
        if (page[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `A translation takes \`${field}\` from the Dutch page. Fix: remove \`${field}:\` from this file.`,
          });
        }
      }
      if (page.translation?.review === 'checked' && !page.translation.checkedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['translation', 'checkedOn'],
          message: 'translation.review is checked but translation.checkedOn is missing. Fix: add the date of the check.',
        });
      }
    });
}

/** The Dutch page's own fields, with the defaults filled in. */
export function sourcePageMeta(data: PageData) {
  return {
    topic: data.topic!,
    kind: data.kind ?? 'article',
    audience: data.audience ?? 'public',
    sources: data.sources!,
    lastChecked: data.lastChecked!,
    organisations: data.organisations ?? [],
    order: data.order ?? 100,
    review: data.review ?? { status: 'ready' as const },
  };
}
export type SourcePageMeta = ReturnType<typeof sourcePageMeta>;
export type PageData = z.infer<ReturnType<typeof pageSchema>>;

// ---------------------------------------------------------------------------------------------
// Directory: content/organisations/<id>.yaml (one file per organisation, Dutch texts)

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const HOURS_LABELS = ['open', 'day-programme', 'evening-programme', 'consultation'] as const;
export const COSTS = ['free', 'cak', 'deposit', 'own-cost'] as const;
export const ACCESS = ['walk-in', 'appointment', 'referral', 'via-organisation'] as const;
export const ORGANISATION_KINDS = ['ngo', 'municipality', 'government', 'care', 'education', 'fund', 'self-organised', 'police'] as const;

export interface OrganisationSchemaOptions {
  sourceIds: readonly string[];
  topicIds: readonly string[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function organisationSchema(options: OrganisationSchemaOptions) {
  const source = sourceIdSchema(options.sourceIds);
  /** A single fact with where it comes from. `unverified`: taken from an old source, not checked since. */
  const fact = <T extends z.ZodType>(value: T) =>
    z.object({ value, source, asOf: partialDate.optional(), unverified: z.boolean().default(false) }).strict();

  const slot = z
    .object({
      days: z
        .array(oneOf('hours day', WEEKDAYS, 'these days'), { error: 'days is missing. Fix: list days like [mo, tu, we].' })
        .min(1),
      opens: z.string().regex(TIME, { error: 'opens must be a time like 09:30 (24-hour clock).' }).optional(),
      closes: z.string().regex(TIME, { error: 'closes must be a time like 17:00 (24-hour clock).' }).optional(),
      label: oneOf('hours label', HOURS_LABELS, 'these labels').default('open'),
    })
    .strict()
    .superRefine((s, ctx) => {
      if (Boolean(s.opens) !== Boolean(s.closes)) {
        ctx.addIssue({ code: 'custom', message: 'Give both opens and closes, or neither (when the source gives no times).' });
      }
      if (s.opens && s.closes && s.opens >= s.closes) {
        ctx.addIssue({ code: 'custom', path: ['closes'], message: `closes (${s.closes}) must be later than opens (${s.opens}).` });
      }
    });

  return z
    .object({
      name: z.string({ error: 'name is missing. Fix: write the name as the organisation writes it.' }).min(2),
      shortName: z.string().optional(),
      kind: oneOf('kind', ORGANISATION_KINDS, 'these kinds'),
      status: oneOf('status', ['active', 'stopped'], 'these values').default('active'),
      stopped: z.object({ date: partialDate, source }).strict().optional(),
      topics: z
        .array(oneOf('topic', options.topicIds, 'the topics in src/config.ts'), { error: 'topics is missing. Fix: list at least one topic.' })
        .min(1),
      /** What it does for whom, in plain Dutch. */
      about: z.object({ text: z.string().min(10), sources: sourceListSchema(options.sourceIds) }).strict(),
      services: z.array(z.object({ title: z.string().min(3), text: z.string().min(10), source }).strict()).default([]),
      website: fact(z.url({ error: 'website must be a full address starting with https://' })).optional(),
      district: fact(z.string()).optional(),
      address: fact(z.string()).optional(),
      hours: z.object({ source, asOf: partialDate.optional(), slots: z.array(slot).min(1) }).strict().optional(),
      languages: fact(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/))).optional(),
      cost: fact(oneOf('cost', COSTS, 'these values')).optional(),
      access: fact(oneOf('access', ACCESS, 'these values')).optional(),
      /** When an editor last checked this organisation's facts against the sources. */
      lastChecked: calendarDate('lastChecked'),
      safety: z
        .object({
          idNeeded: fact(z.boolean()).optional(),
          anonymous: fact(z.boolean()).optional(),
          costsViaCak: fact(z.boolean()).optional(),
          freeInFreeOut: fact(z.boolean()).optional(),
        })
        .strict()
        .default({}),
    })
    .strict()
    .superRefine((org, ctx) => {
      if (org.status === 'stopped' && !org.stopped) {
        ctx.addIssue({ code: 'custom', path: ['stopped'], message: 'status is stopped. Fix: add `stopped: { date: YYYY-MM, source: id }`.' });
      }
      if (org.status === 'active' && org.stopped) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'stopped is filled in, so status must be `stopped`.' });
      }
    });
}
export type OrganisationData = z.infer<ReturnType<typeof organisationSchema>>;

// ---------------------------------------------------------------------------------------------
// Glossary: content/glossary.yaml (Dutch, one entry per meaning)

export function glossaryEntrySchema(options: { sourceIds: readonly string[] }) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id must use a-z, 0-9 and hyphens only, e.g. aangifte-politie.' }),
      term: z.string().min(2),
      /** Words in a text that link to this entry on their first use. Empty: only <Term id="..."> links. */
      forms: z.array(z.string().min(2)).default([]),
      definition: z.string().min(10).max(400, { error: 'definition is too long. Fix: keep it to one or two short sentences.' }),
      sources: z.array(sourceIdSchema(options.sourceIds)).default([]),
      lastChecked: calendarDate('lastChecked'),
    })
    .strict();
}
export type GlossaryEntry = z.infer<ReturnType<typeof glossaryEntrySchema>>;

// ---------------------------------------------------------------------------------------------
// What changed: content/changes.yaml (Dutch, newest first)

export function changeSchema(options: { sourceIds: readonly string[] }) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id must use a-z, 0-9 and hyphens only.' }),
      /** As precise as the source: 2025-12-17, or 2025-04 when the source names only the month. */
      date: partialDate,
      title: z.string().min(5).max(120),
      text: z.string().min(10).max(600),
      sources: sourceListSchema(options.sourceIds),
      /** Pages that explain the change, as slugs like zorg/huisarts. */
      pages: z.array(z.string()).default([]),
      lastChecked: calendarDate('lastChecked'),
    })
    .strict();
}
export type ChangeEntry = z.infer<ReturnType<typeof changeSchema>>;

// ---------------------------------------------------------------------------------------------
// Translations of data: content/<locale>/{glossary,directory,changes}.yaml

const fileTranslationSchema = z
  .object({
    method: oneOf('translation.method', TRANSLATION_METHODS, 'these methods'),
    review: oneOf('translation.review', TRANSLATION_REVIEWS, 'these values').default('unchecked'),
    checkedOn: calendarDate('translation.checkedOn').optional(),
  })
  .strict();

const itemHash = z.string().regex(SOURCE_HASH_PATTERN, {
  error: 'sourceHash must be 12 characters 0-9a-f. Fix: copy it from `npm run content:stamp`.',
});

function translatedItems<T extends z.ZodRawShape>(shape: T) {
  return z.record(z.string(), z.object({ ...shape, sourceHash: itemHash }).strict());
}

export function dataTranslationSchema(localeCodes: readonly string[]) {
  const locale = oneOf('locale (the folder under content/)', localeCodes, 'the locales in src/config.ts');
  return {
    glossary: z
      .object({
        locale,
        translation: fileTranslationSchema,
        terms: translatedItems({ term: z.string().min(1), forms: z.array(z.string().min(1)).default([]), definition: z.string().min(5).max(500) }),
      })
      .strict(),
    directory: z
      .object({
        locale,
        translation: fileTranslationSchema,
        organisations: translatedItems({
          about: z.string().min(5),
          services: z.array(z.object({ title: z.string().min(1), text: z.string().min(1) }).strict()).default([]),
        }),
      })
      .strict(),
    changes: z
      .object({ locale, translation: fileTranslationSchema, changes: translatedItems({ title: z.string().min(3), text: z.string().min(5) }) })
      .strict(),
  };
}
export type FileTranslation = z.infer<typeof fileTranslationSchema>;
