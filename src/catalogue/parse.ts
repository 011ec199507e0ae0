/**
 * Runtime validation of a fetched catalogue for the element. The envelope (format version, codebooks,
 * municipalities) must be right; then every provider and every service is checked on its own, so one
 * broken entry is skipped and reported instead of blanking the whole catalogue.
 *
 * Keys the contract does not name are ignored, wherever they are: a catalogue published after the
 * contract gained a field (sites pin the element's version, the catalogue is republished on every
 * change) must still show everything this version knows. `npm run validate` and the data build stay
 * strict, so a misspelt key never gets that far from catalogue-data/; formatVersion marks changes an
 * older element cannot read.
 */
import * as z from 'zod/mini';
import type { Catalogue, CatalogueLifeSituation, ProviderFile, Service } from '../generated/catalogue-types.js';
import { acceptor, type Acceptor } from './fast-validation.js';
import { catalogueEnvelopeShape, lifeSituationSchema, providerShape, serviceSchema } from './schema.js';
import { isRecord } from './is-record.js';

export interface SkippedEntry {
  /** What was left out: a provider (with its services), one service, or one life situation. */
  entry: 'provider' | 'service' | 'life-situation';
  providerId?: string;
  serviceId?: string;
  /** Where the entry sits in the catalogue, e.g. `providers[3].services[2]`. */
  path: string;
  problems: string[];
}

export type CatalogueParseResult =
  | { ok: true; catalogue: Catalogue; skipped: SkippedEntry[] }
  | { ok: false; error: 'not-a-catalogue' | 'unsupported-format'; problems: string[] };

const SUPPORTED_FORMAT_VERSION = 1;
const MAX_PROBLEMS_PER_ENTRY = 20;

const envelopeSchema = z.strictObject({
  ...catalogueEnvelopeShape,
  providers: z.array(z.unknown()),
  lifeSituations: z.optional(z.array(z.unknown())),
});
const providerHeadSchema = z.strictObject({ ...providerShape, services: z.array(z.unknown()) });

type Checked<T> = { success: true; data: T } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };

/**
 * `schema.safeParse(value)`, except that keys the schema does not name are let through: the fast pass
 * first, and a value it accepts is its own parse result. Whatever it is unsure of (or throws on), zod
 * decides and words; its strict objects then list unknown keys among the entry's other problems.
 */
function checker<T>(schema: z.ZodMiniType<T>): (value: unknown) => Checked<T> {
  const accepts: Acceptor | undefined = acceptor(schema, { unknownKeys: 'ignore' });
  return (value) => {
    try {
      if (accepts?.(value)) return { success: true, data: value as T };
    } catch {
      // Not sure, then: zod reads it again and reports.
    }
    return schema.safeParse(value);
  };
}

const checkEnvelope = checker(envelopeSchema);
const checkProviderHead = checker(providerHeadSchema);
const checkService = checker(serviceSchema);
const checkLifeSituation = checker(lifeSituationSchema);

/** Validates a parsed JSON value as a catalogue. Never throws, whatever the input. */
export function parseCatalogue(input: unknown): CatalogueParseResult {
  try {
    const steps = parseSteps(input);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch {
    return unreadable();
  }
}

/**
 * Whether what every view of the catalogue shows besides its services passes the checks: the envelope
 * (format version, codebooks, municipalities) and the life situations. Then a big catalogue's first
 * results can be shown before all of it is checked, each shown service checked first (isValidEntry).
 */
export function frameIsValid(input: unknown): boolean {
  try {
    const envelope = readEnvelope(input);
    return envelope.ok && (envelope.data.lifeSituations ?? []).every((situation) => checkLifeSituation(situation).success);
  } catch {
    return false;
  }
}

/** Whether a service and the head of its provider (everything but the other services) pass the checks. */
export function isValidEntry(provider: unknown, service: unknown): boolean {
  try {
    return checkProviderHead(provider).success && checkService(service).success;
  } catch {
    return false;
  }
}

/**
 * How long validation may hold the main thread before it lets the page handle input and paint. Under
 * the 50 ms of a long task with room to spare: a slice ends at the first look at the clock past this,
 * and slices of 50 ms took 50–54 ms, each a long task (7,000 services: 1 or 2 in most loads).
 */
const SLICE_MS = 40;
/**
 * Steps (a provider or a service each, some microseconds) between two looks at the clock: in Chromium
 * performance.now() costs about a microsecond, which at every one of a national catalogue's ~9,600 steps
 * was 10–15 ms (timed in a page: 9,600 steps with the clock read at each 15 ms, at every 16th 5 ms).
 */
const STEPS_PER_CLOCK_READ = 16;

/**
 * parseCatalogue in slices of about 40 ms with a macrotask between them, so a catalogue of many
 * megabytes does not freeze the page while it is checked. Rejects with the signal's reason when the
 * load is cancelled between slices; otherwise never rejects, whatever the input.
 */
export async function parseCatalogueInSlices(input: unknown, signal?: AbortSignal): Promise<CatalogueParseResult> {
  const steps = parseSteps(input);
  let sliceStart = performance.now();
  for (let count = 1; ; count++) {
    let step: IteratorResult<void, CatalogueParseResult>;
    try {
      step = steps.next();
    } catch {
      return unreadable();
    }
    if (step.done) return step.value;
    if (count % STEPS_PER_CLOCK_READ === 0 && performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

// Hostile input (a getter that throws, a revoked proxy) must not take the page down.
function unreadable(): CatalogueParseResult {
  return { ok: false, error: 'not-a-catalogue', problems: ['The catalogue could not be read.'] };
}

type CatalogueFailure = Extract<CatalogueParseResult, { ok: false }>;

/** The envelope (format version, codebooks, municipalities), with the providers and life situations unchecked. */
function readEnvelope(input: unknown): { ok: true; data: z.infer<typeof envelopeSchema> } | CatalogueFailure {
  if (!isRecord(input)) {
    return { ok: false, error: 'not-a-catalogue', problems: [`Expected a JSON object, got ${describeType(input)}.`] };
  }
  if ('formatVersion' in input && input['formatVersion'] !== SUPPORTED_FORMAT_VERSION) {
    return {
      ok: false,
      error: 'unsupported-format',
      problems: [`formatVersion ${safeJson(input['formatVersion'])} is not supported (expected ${SUPPORTED_FORMAT_VERSION}).`],
    };
  }
  const envelope = checkEnvelope(input);
  if (!envelope.success) {
    return { ok: false, error: 'not-a-catalogue', problems: describeIssues(envelope.error.issues, []) };
  }
  return { ok: true, data: envelope.data };
}

/** The validation, one provider or service per step: the callers decide whether to pause between steps. */
function* parseSteps(input: unknown): Generator<void, CatalogueParseResult> {
  const envelope = readEnvelope(input);
  if (!envelope.ok) return envelope;

  const skipped: SkippedEntry[] = [];
  const providers: ProviderFile[] = [];
  const providerIds = new Set<string>();
  const serviceIds = new Set<string>();

  const rawProviders = envelope.data.providers;
  for (let providerIndex = 0; providerIndex < rawProviders.length; providerIndex++) {
    yield;
    const rawProvider = rawProviders[providerIndex];
    // Paths and ids are worked out only for an entry that is skipped: most are not.
    const providerPath = () => `providers[${providerIndex}]`;
    const skip = (problems: string[], extra: Partial<SkippedEntry> = {}) => {
      const providerId = idOf(rawProvider);
      skipped.push({ entry: 'provider', ...(providerId === undefined ? {} : { providerId }), path: providerPath(), problems, ...extra });
    };

    const head = checkProviderHead(rawProvider);
    if (!head.success) {
      skip(describeIssues(head.error.issues, ['providers', providerIndex]));
      continue;
    }
    if (providerIds.has(head.data.id)) {
      skip([`${providerPath()}.id: duplicate provider id "${head.data.id}"; the first provider with this id is kept.`]);
      continue;
    }
    providerIds.add(head.data.id);

    const services: Service[] = [];
    const rawServices = head.data.services;
    for (let serviceIndex = 0; serviceIndex < rawServices.length; serviceIndex++) {
      yield;
      const rawService = rawServices[serviceIndex];
      const servicePath = () => `${providerPath()}.services[${serviceIndex}]`;
      const skipService = (problems: string[]) => {
        const serviceId = idOf(rawService);
        skip(problems, { entry: 'service', path: servicePath(), ...(serviceId === undefined ? {} : { serviceId }) });
      };

      const service = checkService(rawService);
      if (!service.success) {
        skipService(describeIssues(service.error.issues, ['providers', providerIndex, 'services', serviceIndex]));
      } else if (serviceIds.has(service.data.id)) {
        skipService([`${servicePath()}.id: duplicate service id "${service.data.id}"; the first service with this id is kept.`]);
      } else {
        serviceIds.add(service.data.id);
        services.push(service.data);
      }
    }

    const [first, ...rest] = services;
    if (first === undefined) {
      // A provider whose services were all skipped is accounted for by them: one entry each, none more.
      if (rawServices.length === 0) skip([`${providerPath()}.services: no service, so the provider is left out.`]);
      continue;
    }
    providers.push({ ...head.data, services: [first, ...rest] });
  }

  const { lifeSituations: rawSituations, ...rest } = envelope.data;
  if (rawSituations === undefined) return { ok: true, catalogue: { ...rest, providers }, skipped };
  const lifeSituations: CatalogueLifeSituation[] = [];
  const situationIds = new Set<string>();
  for (const [situationIndex, rawSituation] of rawSituations.entries()) {
    yield;
    const path = `lifeSituations[${situationIndex}]`;
    const situation = checkLifeSituation(rawSituation);
    if (!situation.success) {
      skipped.push({ entry: 'life-situation', path, problems: describeIssues(situation.error.issues, ['lifeSituations', situationIndex]) });
    } else if (situationIds.has(situation.data.id)) {
      skipped.push({ entry: 'life-situation', path, problems: [`${path}.id: duplicate life situation id "${situation.data.id}"; the first one is kept.`] });
    } else {
      situationIds.add(situation.data.id);
      lifeSituations.push(situation.data);
    }
  }
  return { ok: true, catalogue: { ...rest, providers, lifeSituations }, skipped };
}

function idOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const id = value['id'];
  return typeof id === 'string' ? id.slice(0, 100) : undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function safeJson(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? describeType(value) : json.slice(0, 40);
}

/** `providers[2].services[0].contacts.web[1]` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: ReadonlyArray<PropertyKey>): string[] {
  const problems = issues.slice(0, MAX_PROBLEMS_PER_ENTRY).map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return `${path || '(root)'}: ${describeIssue(issue)}`;
  });
  if (issues.length > MAX_PROBLEMS_PER_ENTRY) problems.push(`… and ${issues.length - MAX_PROBLEMS_PER_ENTRY} more problems`);
  return problems;
}

/** A short English description for developers (the browser console); users see a count of skipped entries. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.slice(0, 5).map((key) => `"${key.slice(0, 40)}"`).join(', ')}`;
    case 'too_small':
      return `too short or too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too long or too large (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return 'wrong format';
    case 'invalid_value':
      return `not one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'custom':
      return `fails the check "${issue.message}"`;
    default:
      return 'invalid value';
  }
}
