/**
 * A fast first pass over catalogue entries, built from the same zod/mini schemas (so there is one
 * description of the contract): it walks the schema's definition once into plain predicates, and runs
 * each of the schema's own checks (patterns, bounds, refinements) on the value. It can only say "valid
 * as it is" or "ask zod": an entry it is unsure of goes through zod's `safeParse`, which decides and
 * words the problems. Zod itself costs about 40 µs a service without its JIT (the element must run
 * under a CSP without 'unsafe-eval'), which at 7,000 services was most of a second.
 *
 * Only definitions whose parse returns the input unchanged are compiled: strict objects, optional,
 * string, number, boolean, literal, enum, union, array, tuple, unknown. Anything else (a transform,
 * a default, a stripping object) makes `acceptor` return undefined, and the caller uses zod alone.
 */
import type * as z from 'zod/mini';
import { isRecord } from './is-record.js';

/** True only for values the schema accepts exactly as they are; false means "not sure". */
export type Acceptor = (value: unknown) => boolean;

interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

type Definition = z.core.$ZodTypeDef & {
  readonly checks?: ReadonlyArray<z.core.$ZodCheck<never>>;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly items?: readonly z.core.$ZodType[];
  readonly rest?: z.core.$ZodType | null;
  readonly options?: readonly z.core.$ZodType[];
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
};

export interface AcceptorOptions {
  /**
   * 'reject' (the default) says "not sure" for a key an object's schema does not name, as zod's strict
   * objects do. 'ignore' lets such keys through: the element reading a catalogue built for a newer
   * version of the contract then shows what it knows instead of dropping the entry.
   */
  readonly unknownKeys?: 'reject' | 'ignore';
}

/** Compiles `schema` into an acceptor, or undefined when it uses something this pass does not cover. */
export function acceptor(schema: z.core.$ZodType, options: AcceptorOptions = {}): Acceptor | undefined {
  return compile(schema, options.unknownKeys === 'ignore');
}

function compile(schema: z.core.$ZodType, ignoreUnknownKeys: boolean): Acceptor | undefined {
  const def = schema._zod.def as Definition;
  const base = typeAcceptor(def, ignoreUnknownKeys);
  if (!base) return undefined;
  const checks = (def.checks ?? []).map(checkAcceptor);
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    // Every check must pass (zod may skip some after a failure): running more can only say "not sure" more often.
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

interface CheckDefinition {
  readonly type?: string;
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: unknown;
  readonly fn?: unknown;
  readonly value?: unknown;
  readonly inclusive?: boolean;
}

/**
 * One of a schema's checks as a predicate that is true when the check would report nothing. The kinds
 * the schemas use most (a refinement, a pattern, a bound) call what zod's check would call, without the
 * payload and issue objects zod builds for each value; any other check runs as zod runs it.
 */
function checkAcceptor(check: z.core.$ZodCheck<never>): Acceptor {
  const def = check._zod.def as CheckDefinition;
  if (def.check === 'custom' && def.type === 'custom' && typeof def.fn === 'function') {
    const refinement = def.fn as (value: unknown) => unknown;
    return (value) => {
      const result = refinement(value);
      return !(result instanceof Promise) && Boolean(result);
    };
  }
  if (def.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  const bound = def.value;
  if ((def.check === 'greater_than' || def.check === 'less_than') && typeof bound === 'number') {
    const inclusive = def.inclusive === true;
    if (def.check === 'greater_than') return (value) => (inclusive ? (value as number) >= bound : (value as number) > bound);
    return (value) => (inclusive ? (value as number) <= bound : (value as number) < bound);
  }
  const run = check._zod.check as (payload: CheckPayload) => unknown;
  return (value) => {
    const payload: CheckPayload = { value, issues: [] };
    const result = run(payload);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}

function typeAcceptor(def: Definition, ignoreUnknownKeys: boolean): Acceptor | undefined {
  const inner = (schema: z.core.$ZodType) => compile(schema, ignoreUnknownKeys);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'literal': {
      const values = def.values ?? [];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => allowed.has(value);
    }
    case 'optional': {
      const optional = def.innerType && inner(def.innerType);
      return optional && ((value) => value === undefined || optional(value));
    }
    case 'union': {
      const options = (def.options ?? []).map(inner);
      if (options.some((option) => option === undefined)) return undefined;
      return (value) => options.some((option) => option?.(value));
    }
    case 'array': {
      const element = def.element && inner(def.element);
      return element && ((value) => Array.isArray(value) && value.every((item) => element(item)));
    }
    case 'tuple':
      return tupleAcceptor(def, inner);
    case 'object':
      return objectAcceptor(def, inner, ignoreUnknownKeys);
    default:
      return undefined;
  }
}

type Compile = (schema: z.core.$ZodType) => Acceptor | undefined;

function tupleAcceptor(def: Definition, inner: Compile): Acceptor | undefined {
  const items = (def.items ?? []).map(inner);
  const rest = def.rest ? inner(def.rest) : null;
  if (items.some((item) => item === undefined) || rest === undefined) return undefined;
  return (value) => {
    if (!Array.isArray(value) || value.length < items.length || (rest === null && value.length > items.length)) return false;
    for (let i = 0; i < value.length; i++) {
      const accepts = i < items.length ? items[i] : rest;
      if (!accepts?.(value[i])) return false;
    }
    return true;
  };
}

/** Strict objects only: their parse keeps the input's keys, all of them known (or, when told, ignored). */
function objectAcceptor(def: Definition, inner: Compile, ignoreUnknownKeys: boolean): Acceptor | undefined {
  if ((def.catchall?._zod.def as Definition | undefined)?.type !== 'never') return undefined;
  const fields: Array<[string, Acceptor]> = [];
  for (const [key, schema] of Object.entries(def.shape ?? {})) {
    const accepts = inner(schema);
    if (!accepts) return undefined;
    fields.push([key, accepts]);
  }
  const known = new Set(fields.map(([key]) => key));
  const keys = fields.map(([key]) => key);
  const acceptors = fields.map(([, accepts]) => accepts);
  return (value) => {
    if (!isRecord(value)) return false;
    // for…in, as zod's strict check reads keys.
    if (!ignoreUnknownKeys) for (const key in value) if (!known.has(key)) return false;
    for (let i = 0; i < keys.length; i++) if (!(acceptors[i] as Acceptor)(value[keys[i] as string])) return false;
    return true;
  };
}
