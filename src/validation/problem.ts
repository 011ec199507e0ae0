/** One thing the validator found: where it is, how serious, and which message explains it. */
import type { DocumentKind, JsonPath } from './fields.js';
import type { MessageCode, MessageParams } from './messages.js';
import { isRecord } from '../catalogue/is-record.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file as the user named it (relative path). */
  file: string;
  kind: DocumentKind;
  /** Where in the document; [] for the file as a whole. */
  path: JsonPath;
  severity: Severity;
  code: MessageCode;
  params: MessageParams;
  /** Point at the key of the last path segment rather than at its value (unknown or repeated fields). */
  atKey?: boolean;
  /** A position in the text, for problems found before there is a parse tree (syntax errors). */
  offset?: number;
}

const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const MAX_SHOWN = 80;

/**
 * A value as it appears in a message: invisible and control characters spelled out (a right-to-left
 * override must not reorder the terminal line), long values shortened.
 */
export function displayValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) text = '';
  else text = JSON.stringify(value) ?? String(value);
  const visible = text.replace(INVISIBLE, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  const codePoints = Array.from(visible.slice(0, MAX_SHOWN * 2));
  return codePoints.length > MAX_SHOWN || visible.length > MAX_SHOWN * 2 ? `${codePoints.slice(0, MAX_SHOWN).join('')}…` : visible;
}

/** The value at `path` inside a parsed JSON document, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The value as a JSON object, or undefined: the checks read raw documents that may have any shape. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** The value as a list, or an empty one. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
