/**
 * zod/mini mirrors of the JSON Schemas in schema/ (the data contract). They must accept and reject
 * exactly what the JSON Schemas do: test/node/contract.test.ts runs one set of fixtures through both.
 * Where JSON Schema semantics differ from zod's defaults, small helpers below restore them:
 * lengths count code points, `integer` is any whole number, `uniqueItems` and `format: date` are checks.
 */
import * as z from 'zod/mini';
import { isSafeWebUrl } from './links.js';

// The element runs under a strict CSP without 'unsafe-eval': zod must not compile validators with new Function.
z.config({ jitless: true });

/** JSON Schema counts string length in code points, zod in UTF-16 units. */
function codePointLength(value: string): number {
  // Each astral character is one surrogate pair; a lone surrogate counts as one, as in ajv.
  return value.length - (value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/** A string with JSON Schema's minLength/maxLength (in code points) and an optional pattern. */
function text(options: { minLength?: number; maxLength?: number; pattern?: RegExp }) {
  const { minLength, maxLength, pattern } = options;
  const checks: Array<z.core.$ZodCheck<string>> = [];
  // A code point is at least one UTF-16 unit and at most two, so the cheap length tests decide most cases.
  if (minLength !== undefined) {
    checks.push(
      z.refine((s: string) => s.length >= minLength && (s.length >= 2 * minLength || codePointLength(s) >= minLength), {
        message: `min-length:${minLength}`,
      }),
    );
  }
  if (maxLength !== undefined) {
    checks.push(z.refine((s: string) => s.length <= maxLength || codePointLength(s) <= maxLength, { message: `max-length:${maxLength}` }));
  }
  if (pattern) checks.push(z.regex(pattern));
  return checks.length > 0 ? z.string().check(...checks) : z.string();
}

/** JSON Schema `integer`: any whole number (zod's z.int() also demands a safe integer). */
function integer(bounds: { minimum?: number; maximum?: number } = {}) {
  const checks: Array<z.core.$ZodCheck<number>> = [z.refine((n: number) => Number.isInteger(n), { message: 'integer' })];
  if (bounds.minimum !== undefined) checks.push(z.gte(bounds.minimum));
  if (bounds.maximum !== undefined) checks.push(z.lte(bounds.maximum));
  return z.number().check(...checks);
}

/** Lists this short are compared pairwise: quicker than building a Set for each of thousands of them. */
const PAIRWISE_UNIQUE_LIMIT = 16;

/** No two items are the same value (SameValueZero, as a Set counts them). */
function hasUniqueItems(items: readonly unknown[]): boolean {
  if (items.length > PAIRWISE_UNIQUE_LIMIT) return new Set(items).size === items.length;
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    for (let j = 0; j < i; j++) {
      const other = items[j];
      // NaN is the one value not equal to itself.
      if (item === other || (item !== item && other !== other)) return false;
    }
  }
  return true;
}

const uniqueItems = z.refine<readonly unknown[]>(hasUniqueItems, { message: 'unique-items' });

/** JSON Schema array with `minItems: 1`, typed as a non-empty tuple like the generated types. */
function nonEmptyArray<T extends z.core.SomeType>(item: T) {
  return z.tuple([item], item);
}

/** A real calendar date in the form YYYY-MM-DD (JSON Schema `format: date`, without a time zone). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

const calendarDate = z.refine<string>(isCalendarDate, { message: 'date' });

// Patterns copied from schema/*.schema.json; ajv compiles them with the `u` flag, so do we.
export const PATTERNS = {
  slug: /^[a-z0-9]+(-[a-z0-9]+)*$/u,
  notBlank: /\S/u,
  ico: /^[0-9]{8}$/u,
  date: /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/u,
  municipalityCode: /^[0-9]{6}$/u,
  districtCode: /^[0-9]{4}$/u,
  municipalityPartCode: /^[1-9][0-9]{0,5}$/u,
  webUrl: /^https?:\/\/[^\s/?#@]+\.[^\s/?#@]+([/?#][^\s]*)?$/u,
  email: /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-zA-Z]{2,}$/u,
  phone: /^\+?[0-9]( ?[0-9]){7,14}$/u,
  code: /^[a-z]+$/u,
  postcode: /^[0-9]{5}$/u,
  registerIdentifier: /^[0-9]{7}$/u,
  section: /^§ [0-9]+[a-z]?$/u,
  contentVersion: /^[0-9a-f]{16,64}$/u,
} as const;

// ---- provider.schema.json $defs ----

const slugSchema = text({ maxLength: 100, pattern: PATTERNS.slug });
const nameSchema = text({ minLength: 1, maxLength: 500, pattern: PATTERNS.notBlank });
const plainTextSchema = text({ minLength: 1, maxLength: 20000, pattern: PATTERNS.notBlank });
const icoSchema = text({ pattern: PATTERNS.ico });
const dateSchema = text({ pattern: PATTERNS.date }).check(calendarDate);
const municipalityCodeSchema = text({ pattern: PATTERNS.municipalityCode });
const districtCodeSchema = text({ pattern: PATTERNS.districtCode });
/** Beyond the contract's pattern: new URL must read it as http(s) without credentials (never plain z.url()). */
const webUrlSchema = text({ maxLength: 2000, pattern: PATTERNS.webUrl }).check(
  z.refine((url: string) => isSafeWebUrl(url), { message: 'web-url' }),
);
const emailSchema = text({ maxLength: 254, pattern: PATTERNS.email });
const phoneSchema = text({ pattern: PATTERNS.phone });

export const contactsSchema = z.strictObject({
  web: z.optional(nonEmptyArray(webUrlSchema).check(uniqueItems)),
  email: z.optional(nonEmptyArray(emailSchema).check(uniqueItems)),
  phone: z.optional(nonEmptyArray(phoneSchema).check(uniqueItems)),
});

const sourceSchema = z.strictObject({
  source: text({ minLength: 1, maxLength: 2000 }),
  fields: z.optional(z.array(text({ minLength: 1, maxLength: 100 })).check(uniqueItems)),
  retrieved: z.optional(dateSchema),
  note: z.optional(plainTextSchema),
});

const sourcesSchema = z.array(sourceSchema);

const capacitySchema = z.strictObject({
  form: text({ pattern: PATTERNS.code }),
  unit: text({ pattern: PATTERNS.code }),
  count: integer({ minimum: 0, maximum: 1000000 }),
  note: z.optional(plainTextSchema),
});

const coordinatesSchema = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});

const placeSchema = z.strictObject({
  name: z.optional(nameSchema),
  address: plainTextSchema,
  municipality: municipalityCodeSchema,
  municipalityPart: z.optional(nameSchema),
  postcode: z.optional(text({ pattern: PATTERNS.postcode })),
  addressPointCode: z.optional(integer({ minimum: 1 })),
  coordinates: z.optional(coordinatesSchema),
});

const serviceAreaSchema = z.strictObject({
  districts: z.optional(z.array(districtCodeSchema).check(uniqueItems)),
  municipalities: z.optional(z.array(municipalityCodeSchema).check(uniqueItems)),
  description: z.optional(plainTextSchema),
});

const registerSchema = z.strictObject({
  identifier: z.optional(text({ pattern: PATTERNS.registerIdentifier })),
  portalId: z.optional(integer({ minimum: 1 })),
  validFrom: z.optional(dateSchema),
  validTo: z.optional(dateSchema),
});

export const serviceSchema = z
  .strictObject({
    id: slugSchema,
    registered: z.boolean(),
    register: z.optional(registerSchema),
    name: nameSchema,
    kind: z.optional(integer({ minimum: 1 })),
    forms: z.optional(nonEmptyArray(text({ pattern: PATTERNS.code })).check(uniqueItems)),
    targetGroups: z.optional(nonEmptyArray(integer({ minimum: 1 })).check(uniqueItems)),
    ageGroups: z.optional(nonEmptyArray(integer({ minimum: 1 })).check(uniqueItems)),
    capacity: z.optional(nonEmptyArray(capacitySchema)),
    serviceArea: z.optional(serviceAreaSchema),
    places: z.optional(nonEmptyArray(placeSchema)),
    description: z.optional(plainTextSchema),
    contacts: z.optional(contactsSchema),
    openingHours: z.optional(plainTextSchema),
    sources: z.optional(sourcesSchema),
  })
  .check(
    // JSON Schema: if registered is true then kind is required.
    z.superRefine((service, context) => {
      if (service.registered && service.kind === undefined) {
        context.addIssue({ code: 'custom', message: 'kind-required', path: ['kind'], input: service });
      }
    }),
  );

/** The provider's own fields; `services` is checked item by item by the callers that need leniency. */
export const providerShape = {
  $schema: z.optional(z.string()),
  id: slugSchema,
  name: nameSchema,
  ico: z.optional(icoSchema),
  contacts: z.optional(contactsSchema),
  reviewed: z.optional(dateSchema),
  sources: z.optional(sourcesSchema),
};

export const providerFileSchema = z.strictObject({
  ...providerShape,
  services: nonEmptyArray(serviceSchema),
});

// ---- codebook.schema.json ----

const codebookLabelSchema = z.strictObject({
  cs: text({ minLength: 1 }),
  en: z.optional(text({ minLength: 1 })),
});

const kindGroupSchema = z.enum(['counselling', 'care', 'prevention']);
const sectionSchema = text({ pattern: PATTERNS.section });
const formatDateSchema = z.string().check(calendarDate);

const codebookEntrySchema = z.strictObject({
  code: z.union([integer(), z.string()]),
  label: codebookLabelSchema,
  group: z.optional(kindGroupSchema),
  section: z.optional(sectionSchema),
  forms: z.optional(nonEmptyArray(text({ pattern: PATTERNS.code })).check(uniqueItems)),
  validFrom: z.optional(formatDateSchema),
  validTo: z.optional(formatDateSchema),
});

export const codebookFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: z.enum(['DruhSocialniSluzby', 'FormaSocialniSluzby', 'CilovaSkupinaOsoby', 'VekovaSkupinaOsoby', 'TypKapacitySocialniSluzby']),
  source: text({ minLength: 1 }),
  entries: nonEmptyArray(codebookEntrySchema),
});

// ---- municipalities.schema.json ----

const municipalityPartSchema = z.strictObject({
  code: z.optional(text({ pattern: PATTERNS.municipalityPartCode })),
  name: text({ minLength: 1 }),
  postcodes: z.optional(z.array(text({ pattern: PATTERNS.postcode })).check(uniqueItems)),
});

const municipalitySchema = z.strictObject({
  code: municipalityCodeSchema,
  name: text({ minLength: 1 }),
  district: z.optional(text({ minLength: 1 })),
  districtCode: z.optional(districtCodeSchema),
  parts: z.array(municipalityPartSchema),
});

export const municipalitiesFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  source: text({ minLength: 1 }),
  municipalities: nonEmptyArray(municipalitySchema),
});

// ---- catalogue.schema.json ----

const numericCodeSchema = z.strictObject({ code: integer({ minimum: 1 }), label: codebookLabelSchema });
const textCodeSchema = z.strictObject({ code: text({ pattern: PATTERNS.code }), label: codebookLabelSchema });

const kindEntrySchema = z.strictObject({
  code: integer({ minimum: 1 }),
  label: codebookLabelSchema,
  group: kindGroupSchema,
  section: z.optional(sectionSchema),
});

const capacityUnitEntrySchema = z.strictObject({
  code: text({ pattern: PATTERNS.code }),
  label: codebookLabelSchema,
  forms: z.optional(z.array(text({ pattern: PATTERNS.code }))),
});

/** Everything of the built catalogue except the providers, which the element checks one by one. */
export const catalogueEnvelopeShape = {
  $schema: z.optional(z.string()),
  formatVersion: z.literal(1),
  version: text({ pattern: PATTERNS.contentVersion }),
  built: dateSchema,
  codebooks: z.strictObject({
    kinds: z.array(kindEntrySchema),
    forms: z.array(textCodeSchema),
    targetGroups: z.array(numericCodeSchema),
    ageGroups: z.array(numericCodeSchema),
    capacityUnits: z.array(capacityUnitEntrySchema),
  }),
  municipalities: z.array(municipalitySchema),
};

// ---- life-situations.schema.json $defs, as the built catalogue carries them (catalogue.schema.json $defs/lifeSituation) ----

const situationLabelSchema = z.strictObject({
  cs: text({ minLength: 3, maxLength: 120 }),
  en: z.optional(text({ minLength: 3, maxLength: 120 })),
});

const situationKindSchema = z.strictObject({
  kind: integer({ minimum: 1 }),
  weight: integer({ minimum: 1, maximum: 3 }),
});

/** One life situation; the element checks them one by one, like services. */
export const lifeSituationSchema = z.strictObject({
  id: slugSchema,
  label: situationLabelSchema,
  phrases: nonEmptyArray(text({ minLength: 2, maxLength: 80, pattern: PATTERNS.notBlank })),
  kinds: nonEmptyArray(situationKindSchema),
  targetGroups: z.optional(z.array(integer({ minimum: 1 }))),
});

export const catalogueSchema = z.strictObject({
  ...catalogueEnvelopeShape,
  providers: z.array(providerFileSchema),
  lifeSituations: z.optional(z.array(lifeSituationSchema)),
});
