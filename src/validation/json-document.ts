/**
 * Reading one JSON file for the validator: strict JSON (no comments, no trailing commas) with a parse tree,
 * so that every problem can be reported at its line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { Lang } from '../i18n/lang.js';
import type { DocumentKind, JsonPath } from './fields.js';
import type { Problem } from './problem.js';

export interface JsonDocument {
  file: string;
  kind: DocumentKind;
  value: unknown;
  tree: Node;
  lineStarts: number[];
}

export interface Position {
  line: number;
  column: number;
}

/** jsonc-parser recurses per level: refuse absurd nesting before it runs out of stack. */
export const MAX_NESTING = 200;

const BYTE_ORDER_MARK = '\uFEFF';

// Keyed by jsonc-parser's error names (its ParseErrorCode is a const enum, out of reach under verbatimModuleSyntax).
const syntaxDetails: Record<Lang, Record<string, string>> = {
  cs: {
    InvalidSymbol: 'neočekávaný znak (text musí být v dvojitých uvozovkách "…")',
    InvalidNumberFormat: 'neplatně zapsané číslo',
    PropertyNameExpected: 'tady má být název pole v dvojitých uvozovkách',
    ValueExpected: 'tady chybí hodnota',
    ColonExpected: 'za názvem pole chybí dvojtečka',
    CommaExpected: 'mezi položkami chybí čárka',
    CloseBraceExpected: 'chybí uzavírací složená závorka }',
    CloseBracketExpected: 'chybí uzavírací hranatá závorka ]',
    EndOfFileExpected: 'za koncem údajů následuje ještě další text',
    InvalidCommentToken: 'JSON nedovoluje komentáře',
    UnexpectedEndOfComment: 'neukončený komentář (JSON komentáře nedovoluje)',
    UnexpectedEndOfString: 'neukončený text: chybí uzavírací uvozovka, nebo je v textu nový řádek (napište ho jako \\n)',
    UnexpectedEndOfNumber: 'neúplné číslo',
    InvalidUnicode: 'neplatný zápis znaku \\u',
    InvalidEscapeCharacter: 'neplatný znak za zpětným lomítkem \\ (zpětné lomítko napište jako \\\\)',
    InvalidCharacter: 'v textu je řídicí znak (například tabulátor); napište ho jako \\t',
  },
  en: {
    InvalidSymbol: 'unexpected character (text must be in double quotes "…")',
    InvalidNumberFormat: 'an invalid number',
    PropertyNameExpected: 'a field name in double quotes is expected here',
    ValueExpected: 'a value is missing here',
    ColonExpected: 'a colon is missing after the field name',
    CommaExpected: 'a comma is missing between items',
    CloseBraceExpected: 'a closing curly bracket } is missing',
    CloseBracketExpected: 'a closing square bracket ] is missing',
    EndOfFileExpected: 'there is more text after the end of the data',
    InvalidCommentToken: 'JSON does not allow comments',
    UnexpectedEndOfComment: 'an unfinished comment (JSON does not allow comments)',
    UnexpectedEndOfString: 'unfinished text: a closing quote is missing, or the text has a line break (write it as \\n)',
    UnexpectedEndOfNumber: 'an incomplete number',
    InvalidUnicode: 'an invalid \\u character escape',
    InvalidEscapeCharacter: 'an invalid character after a backslash \\ (write a backslash as \\\\)',
    InvalidCharacter: 'a control character (such as a tab) inside text; write it as \\t',
  },
};

/** The syntax error's explanation in words (the message catalogue holds the sentence around it). */
export function syntaxDetail(lang: Lang, code: number): string {
  if (code < 0) return lang === 'cs' ? 'neplatný zápis' : 'invalid syntax';
  return syntaxDetails[lang][printParseErrorCode(code)] ?? syntaxDetail(lang, -1);
}

export type ParseOutcome = { document: JsonDocument; problems: Problem[] } | { document: undefined; problems: Problem[] };

/** Parses the text of one file; syntax problems come back with their offset. */
export function parseJsonDocument(file: string, kind: DocumentKind, rawText: string): ParseOutcome {
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(1) : rawText;
  // Offsets and line starts are taken in the text without the byte order mark, which editors do not show.
  const fileProblem = (code: Problem['code'], params: Problem['params'] = {}, offset = 0): ParseOutcome => ({
    document: undefined,
    problems: [{ file, kind, path: [], severity: 'error', code, params, offset }],
  });
  if (text.trim() === '') return fileProblem('emptyFile');
  if (nestingDepth(text) > MAX_NESTING) return fileProblem('tooDeep', { max: MAX_NESTING });

  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const firstError = errors[0];
  if (firstError) {
    const comma = trailingCommaBefore(text, firstError);
    if (comma !== undefined) return fileProblem('syntaxTrailingComma', {}, comma);
    const common = commonMistake(text, firstError);
    if (common) return fileProblem(common.code, common.params, common.offset);
    return fileProblem('syntaxError', { syntaxCode: firstError.error }, firstError.offset);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // jsonc-parser accepted what JSON.parse did not: say so at the start rather than guess a position.
    return fileProblem('syntaxError', { syntaxCode: -1 });
  }
  if (!tree) return fileProblem('emptyFile');
  const document: JsonDocument = { file, kind, value, tree, lineStarts: computeLineStarts(text) };
  const problems = duplicateKeys(tree).map(
    (node): Problem => ({ file, kind, path: [], severity: 'error', code: 'duplicateKey', params: { key: String(node.value) }, offset: node.offset }),
  );
  return { document, problems };
}

/** The deepest nesting of brackets outside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === '}' || char === ']') {
      depth--;
    }
  }
  return deepest;
}

/** A trailing comma shows up as "value/property expected" at a closing bracket: report the comma itself. */
function trailingCommaBefore(text: string, error: ParseError): number | undefined {
  const name = printParseErrorCode(error.error);
  if (name !== 'ValueExpected' && name !== 'PropertyNameExpected') return undefined;
  const closing = text[error.offset];
  if (closing !== '}' && closing !== ']') return undefined;
  const index = lastNonSpaceBefore(text, error.offset);
  return text[index] === ',' ? index : undefined;
}

/** The offset of the last character before `offset` that is not white space (-1 when there is none). */
function lastNonSpaceBefore(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index] ?? '')) index--;
  return index;
}

const WORD = /^[\p{L}]+/u;
const YES_NO = new Set(['ano', 'ne', 'yes', 'no']);

/**
 * Mistakes people who do not write JSON make, which the parser's own finding ("unexpected character",
 * "missing comma") would send them looking for the wrong thing:
 * - straight quotes inside a text ("Občanská poradna "Pod křídly"") end it early;
 * - True, FALSE, ano, ne, or a word without quotes as a value;
 * - a number with a leading zero (01), which the parser reads as 0 followed by 1.
 */
function commonMistake(text: string, error: ParseError): { code: Problem['code']; params: Problem['params']; offset: number } | undefined {
  const name = printParseErrorCode(error.error);
  const word = WORD.exec(text.slice(error.offset))?.[0];
  if (name === 'InvalidSymbol' && word) {
    const before = lastNonSpaceBefore(text, error.offset);
    if (text[before] === '"') return { code: 'syntaxQuoteInText', params: {}, offset: before };
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') return { code: 'syntaxLowerCase', params: { word, fixed: lower }, offset: error.offset };
    if (YES_NO.has(lower)) return { code: 'syntaxYesNo', params: { word }, offset: error.offset };
    return { code: 'syntaxBareWord', params: { word }, offset: error.offset };
  }
  const digits = /^0(\d+)/.exec(text.slice(error.offset - 1))?.[1];
  const sign = text[error.offset - 2];
  if (name === 'CommaExpected' && digits && !/[\d.]/.test(sign ?? '')) {
    return { code: 'syntaxLeadingZero', params: { fixed: `${sign === '-' ? '-' : ''}${String(Number(digits))}` }, offset: error.offset - 1 };
  }
  return undefined;
}

function duplicateKeys(root: Node): Node[] {
  const found: Node[] = [];
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'object') {
      const seen = new Set<unknown>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(key.value)) found.push(key);
        if (key) seen.add(key.value);
      }
    }
    pending.push(...(node.children ?? []));
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Where each line starts (after \n, \r\n or a lone \r), in the text without a byte order mark. */
export function computeLineStarts(rawText: string): number[] {
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(1) : rawText;
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return starts;
}

/** 1-based line and column of an offset in the original text. */
export function positionOfOffset(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/** The text offset a problem points at: its value, its key, or the nearest enclosing value that exists. */
export function offsetOfPath(document: JsonDocument, path: JsonPath, atKey = false): number {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(document.tree, path.slice(0, length) as Array<string | number>);
    if (!node) continue;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return atKey && length === path.length && key ? key.offset : node.offset;
  }
  return document.tree.offset;
}
