/**
 * Writes the element's API reference into README.md, between `<!-- api:start -->` and `<!-- api:end -->`,
 * from custom-elements.json (made by `npm run analyze` from the JSDoc on the class). The JSDoc is the
 * one place the API is described; this keeps the README from drifting away from it.
 *
 *   npm run analyze && npx tsx scripts/update-readme-api.ts          rewrite the README section
 *   npx tsx scripts/update-readme-api.ts --check                     exit 1 if the README is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Described {
  name?: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}

interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<Described & { fieldName?: string }>;
  members?: Array<Described & { kind: string; privacy?: string; static?: boolean; attribute?: string }>;
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}

interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** A table cell: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function code(text: string | undefined): string {
  return text ? `\`${cell(text)}\`` : '';
}

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function section(title: string, body: string): string {
  return body ? `#### ${title}\n\n${body}` : '';
}

/** The Markdown for one custom element. */
function renderElementApi(element: Declaration): string {
  const publicFields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static,
  );
  const attributes = (element.attributes ?? []).map((attribute) => {
    const field = publicFields.find((member) => member.name === attribute.fieldName);
    return [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      cell(attribute.description ?? field?.description),
    ];
  });
  const propertiesOnly = publicFields
    .filter((member) => !member.attribute)
    .map((member) => [code(member.name), code(member.type?.text), cell(member.description)]);
  const events = (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), cell(event.description)]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  const properties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    cell(property.description),
  ]);
  const intro = [element.summary, element.description].filter(Boolean).join('\n\n');
  return [
    `### \`<${element.tagName ?? ''}>\``,
    intro,
    section('Attributes', table(['attribute', 'property', 'type', 'default', 'description'], attributes)),
    section('Properties (JavaScript only)', table(['property', 'type', 'description'], propertiesOnly)),
    section('Events', table(['event', 'type', 'description'], events)),
    section('CSS parts', table(['part', 'description'], parts)),
    section('CSS custom properties', table(['property', 'default', 'description'], properties)),
  ]
    .filter((block) => block !== '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function renderApi(manifest: Manifest): string {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  return elements.map(renderElementApi).join('\n\n');
}

/** The README with its API section replaced; throws if the markers are missing. */
function replaceApiSection(readme: string, api: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers.`);
  return `${readme.slice(0, start + START.length)}\n${api}\n${readme.slice(end)}`;
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const readmePath = resolve(root, 'README.md');
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const readme = readFileSync(readmePath, 'utf8');
  const updated = replaceApiSection(readme, renderApi(manifest));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the API section is out of date; run npm run analyze && npx tsx scripts/update-readme-api.ts');
      process.exit(1);
    }
    return;
  }
  if (updated !== readme) writeFileSync(readmePath, updated);
}

main();
