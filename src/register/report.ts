/** What an import did, and its plain-Czech text for the person running it. */
import type { Capacity, Contacts, Place, Register } from '../generated/catalogue-types.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ServiceMention {
  providerId: string;
  serviceId: string;
  name: string;
  portalId?: number;
}

export interface ImportReport {
  date: string;
  input: string;
  municipalityCount: number;
  recordsRead: number;
  candidates: number;
  added: ServiceMention[];
  newProviders: string[];
  updated: Array<{ providerId: string; serviceId?: string; name: string; changes: FieldChange[]; note?: string }>;
  ended: Array<ServiceMention & { validTo: string; newlyFlagged: boolean }>;
  withoutPlace: Array<ServiceMention & { reason: string }>;
  notInRegister: ServiceMention[];
  skipped: Array<{ recordNumber: number; portalId?: number; reason: string }>;
  warnings: Array<{ recordNumber?: number; portalId?: number; message: string }>;
  unknownCodes: Array<{ codebook: string; code: string; services: string[] }>;
  /** Registrations with a facility in the chosen municipalities that were not imported, by reason. */
  notImported: { registrationEnded: number; registrationNotStarted: number; facilitiesEnded: number };
  missingCodebooks: string[];
  writtenFiles: string[];
}

export function emptyReport(date: string, input: string, municipalityCount: number): ImportReport {
  return {
    date,
    input,
    municipalityCount,
    recordsRead: 0,
    candidates: 0,
    added: [],
    newProviders: [],
    updated: [],
    ended: [],
    withoutPlace: [],
    notInRegister: [],
    skipped: [],
    warnings: [],
    unknownCodes: [],
    notImported: { registrationEnded: 0, registrationNotStarted: 0, facilitiesEnded: 0 },
    missingCodebooks: [],
    writtenFiles: [],
  };
}

const FIELD_LABELS: Record<string, string> = {
  name: 'název',
  ico: 'IČO',
  contacts: 'kontakty',
  register: 'registrace',
  registered: 'registrovaná',
  kind: 'druh',
  forms: 'formy',
  targetGroups: 'cílové skupiny',
  ageGroups: 'věkové skupiny',
  capacity: 'kapacita',
  places: 'místa',
};

/** The report as plain Czech text, one fact per line. */
export function formatImportReport(report: ImportReport): string {
  const lines = [
    'Import z Registru poskytovatelů sociálních služeb (MPSV)',
    `Soubor: ${report.input}; stav k ${report.date}; obcí v katalogu: ${report.municipalityCount}`,
    `Přečteno záznamů: ${report.recordsRead}; z toho se obcí katalogu nebo známých služeb týká: ${report.candidates}`,
    '',
  ];
  section(lines, 'Přidané služby', report.added, (item) => `+ ${mention(item)}`);
  section(lines, 'Noví poskytovatelé (nové soubory)', report.newProviders, (id) => `+ providers/${id}.json`);
  section(lines, 'Aktualizované údaje', report.updated, (item) => {
    const subject = item.serviceId === undefined ? `poskytovatel ${item.providerId}` : `${item.providerId} › ${item.name} [${item.serviceId}]`;
    const header = `~ ${subject}${item.note === undefined ? '' : ` (${item.note})`}`;
    return [header, ...item.changes.map((change) => `    ${FIELD_LABELS[change.field] ?? change.field}: ${describeChange(change)}`)].join('\n');
  });
  section(lines, 'Ukončené registrace (služba ponechána, označena datem ukončení)', report.ended, (item) =>
    `! ${mention(item)}: registrace skončila ${item.validTo}${item.newlyFlagged ? ' (nově označeno)' : ''}`,
  );
  section(lines, 'Služby bez platného místa v obcích katalogu (ponechány beze změny, zkontrolujte)', report.withoutPlace, (item) => `? ${mention(item)}: ${item.reason}`);
  section(lines, 'Služby s údaji z registru, které v souboru registru nejsou (ponechány beze změny)', report.notInRegister, (item) => `? ${mention(item)}`);
  section(lines, 'Přeskočené záznamy (chybné)', report.skipped, (item) => `- ${recordLabel(item)}: ${item.reason}`);
  section(lines, 'Neznámé kódy číselníků (kód ponechán; obnovte číselníky volbou --codebooks-from)', report.unknownCodes, (item) =>
    `? ${item.codebook}/${item.code}: ${item.services.join(', ')}`,
  );
  section(lines, 'Chybějící číselníky (neznámé kódy nebyly kontrolovány)', report.missingCodebooks, (name) => `? ${name}`);
  section(lines, 'Upozornění (vynechané části záznamů)', report.warnings, (item) => `- ${recordLabel(item)}: ${item.message}`);
  const { registrationEnded, registrationNotStarted, facilitiesEnded } = report.notImported;
  lines.push(
    `Nepřevzato (v obcích katalogu, ale neplatné k ${report.date}): ukončená registrace ${registrationEnded}, registrace ještě nezačala ${registrationNotStarted}, všechna zařízení v obcích ukončena ${facilitiesEnded}`,
    report.writtenFiles.length === 0 ? 'Zapsané soubory: žádné (nic se nezměnilo)' : `Zapsané soubory (${report.writtenFiles.length}): ${listed(report.writtenFiles)}`,
  );
  return `${lines.join('\n')}\n`;
}

const MAX_LISTED_FILES = 20;

function listed(files: readonly string[]): string {
  const shown = files.slice(0, MAX_LISTED_FILES).join(', ');
  return files.length > MAX_LISTED_FILES ? `${shown} a dalších ${files.length - MAX_LISTED_FILES}` : shown;
}

function section<T>(lines: string[], title: string, items: readonly T[], line: (item: T) => string): void {
  if (items.length === 0) return;
  lines.push(`${title}: ${items.length}`, ...items.map(line), '');
}

function recordLabel(item: { recordNumber?: number; portalId?: number }): string {
  const parts = [item.recordNumber === undefined ? undefined : `záznam č. ${item.recordNumber}`, item.portalId === undefined ? undefined : `portalId ${item.portalId}`];
  return parts.filter((part) => part !== undefined).join(', ') || 'import';
}

function mention(item: ServiceMention): string {
  return `${item.providerId} › ${item.name} [${item.serviceId}${item.portalId === undefined ? '' : `, portalId ${item.portalId}`}]`;
}

/** "old → new"; when the short forms read the same, the full values show what actually changed. */
function describeChange(change: FieldChange): string {
  const before = describe(change.field, change.before);
  const after = describe(change.field, change.after);
  return before === after ? `${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}` : `${before} → ${after}`;
}

/** A short human form of a field value for "old → new" lines. */
export function describe(field: string, value: unknown): string {
  if (value === undefined) return '(nic)';
  switch (field) {
    case 'capacity':
      return (value as Capacity[]).map((capacity) => `${capacity.form} ${capacity.count} ${capacity.unit}`).join('; ');
    case 'places':
      return (value as Place[]).map((place) => (place.name === undefined ? place.address : `${place.name}, ${place.address}`)).join('; ');
    case 'contacts': {
      const contacts = value as Contacts;
      return (['web', 'email', 'phone'] as const)
        .flatMap((kind) => (contacts[kind] === undefined ? [] : [`${kind}: ${contacts[kind].join(', ')}`]))
        .join('; ');
    }
    case 'register': {
      const register = value as Register;
      return [
        register.identifier === undefined ? undefined : `identifikátor ${register.identifier}`,
        register.portalId === undefined ? undefined : `portalId ${register.portalId}`,
        register.validFrom === undefined ? undefined : `od ${register.validFrom}`,
        register.validTo === undefined ? undefined : `do ${register.validTo}`,
      ]
        .filter((part) => part !== undefined)
        .join(', ');
    }
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
