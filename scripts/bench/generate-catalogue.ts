/**
 * A synthetic national-scale catalogue for benchmarks and scale tests: every Czech municipality with
 * its parts (Czech Post list), the project's codebooks, and made-up providers and services whose names
 * and descriptions are built from the codebooks. Deterministic from the seed. Nothing in it is a real
 * provider: contacts are fake (+420 000 …, example.cz) and every provider cites this generator as source.
 *
 *   tsx scripts/bench/generate-catalogue.ts --services 7000 --providers 2600 --seed 1 --out bench/catalogue-7000.json
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type {
  Capacity,
  Catalogue,
  CodebookFile,
  Municipality,
  Place,
  ProviderFile,
  Service,
} from '../../src/generated/catalogue-types.js';
import { serializeCatalogue } from '../lib/catalogue-build.js';
import { seededRandom, type Random } from '../lib/random.js';

export interface GenerateOptions {
  services: number;
  providers: number;
  seed: number;
  /** The day the data is dated; review dates fall in the 20 months before it. */
  built?: string;
  /** Czech Post list of municipality parts with postcodes (cz-casti-obci-psc.csv). */
  municipalitiesCsv?: string;
  /** Folder with the project's codebook files (kinds.json, forms.json, …). */
  codebooksDir?: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const defaultMunicipalitiesCsv = resolve(repoRoot, '../shared/reference/cz-casti-obci-psc.csv');
const defaultCodebooksDir = resolve(repoRoot, 'catalogue-data/codebooks');
const DEFAULT_BUILT = '2026-09-01';

export function generateCatalogue(options: GenerateOptions): Catalogue {
  if (options.providers < 1 || options.services < options.providers) {
    throw new RangeError('Need at least one provider and at least one service per provider.');
  }
  const random = seededRandom(options.seed);
  const built = options.built ?? DEFAULT_BUILT;
  const codebooks = readCodebooks(options.codebooksDir ?? defaultCodebooksDir);
  const towns = readTowns(options.municipalitiesCsv ?? defaultMunicipalitiesCsv);
  const world: World = {
    random,
    built,
    seed: options.seed,
    towns,
    kindLabels: new Map(codebooks.kinds.map((kind) => [kind.code, kind.label.cs])),
    targetGroupLabels: new Map(codebooks.targetGroups.map((group) => [group.code, group.label.cs])),
    serviceIds: new Set(),
  };

  const providers = makeProviders(world, options.providers);
  const perProvider = spreadServices(world, providers, options.services);
  const providerFiles = providers.map((provider, index) => providerFile(world, provider, perProvider[index] ?? 1));

  const withoutVersion = {
    formatVersion: 1 as const,
    built,
    codebooks,
    municipalities: towns.municipalities,
    providers: providerFiles,
  };
  const version = createHash('sha256').update(JSON.stringify(withoutVersion)).digest('hex');
  return { formatVersion: 1, version, built, codebooks, municipalities: towns.municipalities, providers: providerFiles };
}

// ---------------------------------------------------------------- randomness

function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('Cannot pick from an empty list.');
  return item;
}

/** A chooser over weighted items: cumulative weights once, then a binary search per pick. */
function weightedPicker<T>(items: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, weight] of items) cumulative.push((sum += weight));
  return (random) => {
    const point = random() * sum;
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) <= point) low = middle + 1;
      else high = middle;
    }
    return (items[low] as readonly [T, number])[0];
  };
}

function weighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  return weightedPicker(items)(random);
}

/** `count` distinct items in random order (or all of them, if fewer). */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const size = Math.min(count, copy.length);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, size);
}

// ---------------------------------------------------------------- reference data

type Codebooks = Catalogue['codebooks'];

function readCodebook(dir: string, file: string): CodebookFile['entries'] {
  return (JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as CodebookFile).entries;
}

function readCodebooks(dir: string): Codebooks {
  const label = (entry: CodebookFile['entries'][number]) => ({ cs: entry.label.cs, en: entry.label.en ?? entry.label.cs });
  const numeric = (file: string) =>
    readCodebook(dir, file).map((entry) => ({ code: Number(entry.code), label: label(entry) }));
  return {
    kinds: readCodebook(dir, 'kinds.json').map((entry) => ({
      code: Number(entry.code),
      label: label(entry),
      group: entry.group ?? 'care',
      ...(entry.section ? { section: entry.section } : {}),
    })),
    forms: readCodebook(dir, 'forms.json').map((entry) => ({ code: String(entry.code), label: label(entry) })),
    targetGroups: numeric('target-groups.json'),
    ageGroups: numeric('age-groups.json'),
    capacityUnits: readCodebook(dir, 'capacity-units.json').map((entry) => ({
      code: String(entry.code),
      label: label(entry),
      ...(entry.forms ? { forms: [...entry.forms] } : {}),
    })),
  };
}

const DISTRICT_SEAT_WEIGHT = 40;

interface Town {
  readonly municipality: Municipality;
  readonly district: string;
  /** District seats and places with many parts get more providers. */
  readonly weight: number;
}

interface Towns {
  municipalities: Municipality[];
  list: Town[];
  byCode: Map<string, Town>;
  byDistrict: Map<string, Town[]>;
}

function readTowns(csvPath: string): Towns {
  const [header, ...rows] = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter(Boolean).map(parseCsvLine);
  const column = (name: string): number => {
    const index = header?.indexOf(name) ?? -1;
    if (index < 0) throw new Error(`${csvPath}: no column ${name}`);
    return index;
  };
  const [partCode, partName, postcode, code, name, district, districtCode] = ['kodcobce', 'nazcobce', 'psc', 'kodobce', 'nazobce', 'nazokresu', 'kodokresu'].map(
    column,
  ) as [number, number, number, number, number, number, number];
  const raw = new Map<string, { name: string; district: string; districtCode: string; parts: Map<string, { name: string; postcodes: Set<string> }> }>();
  for (const row of rows) {
    const municipalityCode = (row[code] ?? '').padStart(6, '0');
    let municipality = raw.get(municipalityCode);
    if (!municipality) {
      municipality = { name: row[name] ?? '', district: row[district] ?? '', districtCode: row[districtCode] ?? '', parts: new Map() };
      raw.set(municipalityCode, municipality);
    }
    // Part codes are written without leading zeros, as in RÚIAN.
    const key = String(Number(row[partCode] ?? ''));
    let part = municipality.parts.get(key);
    if (!part) {
      part = { name: row[partName] ?? '', postcodes: new Set() };
      municipality.parts.set(key, part);
    }
    if (/^[0-9]{5}$/.test(row[postcode] ?? '')) part.postcodes.add(row[postcode] ?? '');
  }
  const list: Town[] = [...raw.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([municipalityCode, m]) => ({
      municipality: {
        code: municipalityCode,
        name: m.name,
        district: m.district,
        districtCode: m.districtCode,
        parts: [...m.parts.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([partCodeValue, part]) => ({ code: partCodeValue, name: part.name, postcodes: [...part.postcodes].sort() })),
      },
      district: m.district,
      weight: m.name === m.district ? DISTRICT_SEAT_WEIGHT : m.parts.size >= 6 ? 4 : 1,
    }));
  const byDistrict = new Map<string, Town[]>();
  for (const town of list) byDistrict.set(town.district, [...(byDistrict.get(town.district) ?? []), town]);
  const byCode = new Map(list.map((town) => [town.municipality.code, town]));
  return { municipalities: list.map((town) => town.municipality), list, byCode, byDistrict };
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

// ---------------------------------------------------------------- vocabulary

interface World {
  random: Random;
  built: string;
  seed: number;
  towns: Towns;
  kindLabels: Map<number, string>;
  targetGroupLabels: Map<number, string>;
  /** Service ids are unique across the whole catalogue. */
  serviceIds: Set<string>;
}

type ProviderType = 'charity' | 'diaconia' | 'city' | 'home' | 'centre' | 'institute' | 'municipality' | 'association' | 'family' | 'hospital' | 'helpline';

interface ProviderTypeSpec {
  weight: number;
  /** How many more services than one such a provider tends to run. */
  size: number;
  name: (town: string, motif: string) => string;
  /** Hospitals and helplines sit in district towns. */
  bigTownOnly?: boolean;
  kinds: ReadonlyArray<readonly [number, number]>;
}

const motifs = [
  'Slunečnice', 'Duha', 'Kotva', 'Maják', 'Lávka', 'Archa', 'Domino', 'Klíček', 'Pramen', 'Rozkvět', 'Most',
  'Krok', 'Oáza', 'Podané ruce', 'Zahrada', 'Studánka', 'Pohoda', 'Jitřenka', 'Světluška', 'Poutník', 'Vlnka',
  'Skřivánek', 'Radost', 'Úsměv', 'Sluníčko', 'Horizont', 'Kompas', 'Mozaika', 'Naděje pro všechny', 'Barevný svět',
];

const providerTypes: Readonly<Record<ProviderType, ProviderTypeSpec>> = {
  charity: { weight: 10, size: 5, name: (t) => `Charita ${t}`, kinds: [[4, 6], [3, 3], [8, 3], [1, 3], [26, 2], [24, 2], [20, 2], [28, 2], [32, 2], [25, 2], [15, 1], [30, 1], [10, 1], [5, 1]] },
  diaconia: { weight: 4, size: 4, name: (t) => `Diakonie – středisko ${t}`, kinds: [[4, 4], [3, 3], [8, 3], [10, 2], [14, 2], [15, 2], [33, 2], [1, 2], [7, 1], [17, 1], [29, 1]] },
  city: { weight: 9, size: 2, name: (t) => `Sociální služby města ${t}`, kinds: [[4, 6], [13, 4], [14, 2], [10, 2], [8, 1], [9, 1], [29, 1]] },
  home: { weight: 8, size: 1, name: (t, m) => `Domov ${m} ${t}, příspěvková organizace`, kinds: [[13, 5], [14, 4], [12, 3], [15, 1], [8, 1]] },
  centre: { weight: 6, size: 2, name: (t) => `Centrum sociálních služeb ${t}, o. p. s.`, kinds: [[4, 3], [1, 2], [9, 2], [10, 2], [7, 1], [30, 1], [33, 2]] },
  institute: { weight: 7, size: 1, name: (t, m) => `${m} ${t}, z. ú.`, kinds: [[33, 3], [30, 2], [7, 2], [15, 2], [17, 1], [6, 1], [19, 1], [29, 1], [35, 1]] },
  municipality: { weight: 9, size: 0, name: (t) => `Obec ${t}`, kinds: [[4, 10], [29, 1]] },
  association: { weight: 6, size: 1, name: (t, m) => `Spolek ${m} ${t}, z. s.`, kinds: [[25, 3], [32, 2], [22, 2], [31, 1], [21, 1], [9, 1], [1, 1], [23, 1]] },
  family: { weight: 5, size: 1, name: (t, m) => `Rodinné centrum ${m} ${t}, z. s.`, kinds: [[28, 5], [1, 3], [17, 1], [34, 1], [23, 1]] },
  hospital: { weight: 1, size: 0, bigTownOnly: true, name: (t) => `Nemocnice ${t}, a. s.`, kinds: [[16, 10]] },
  helpline: { weight: 1, size: 0, bigTownOnly: true, name: (t) => `Linka důvěry ${t}, z. s.`, kinds: [[18, 5], [23, 2], [34, 1]] },
};

/** What a service of each kind is called (the codebook names the kind in the plural). */
const serviceNames: Readonly<Record<number, readonly string[]>> = {
  1: ['Odborné sociální poradenství', 'Občanská poradna', 'Poradna pro rodinu', 'Poradna pro pečující', 'Dluhová poradna', 'Poradna pro osoby se zdravotním postižením'],
  3: ['Osobní asistence'],
  4: ['Pečovatelská služba', 'Terénní pečovatelská služba'],
  5: ['Tísňová péče'],
  6: ['Průvodcovská a předčitatelská služba'],
  7: ['Podpora samostatného bydlení'],
  8: ['Odlehčovací služba', 'Odlehčovací služby – terénní', 'Pobytová odlehčovací služba'],
  9: ['Centrum denních služeb'],
  10: ['Denní stacionář'],
  11: ['Týdenní stacionář'],
  12: ['Domov pro osoby se zdravotním postižením'],
  13: ['Domov pro seniory'],
  14: ['Domov se zvláštním režimem'],
  15: ['Chráněné bydlení'],
  16: ['Sociální lůžka', 'Sociálně zdravotní lůžka'],
  17: ['Raná péče'],
  18: ['Linka důvěry', 'Krizová linka'],
  19: ['Tlumočnické služby pro neslyšící'],
  20: ['Azylový dům pro muže', 'Azylový dům pro matky s dětmi', 'Azylový dům pro rodiny'],
  21: ['Dům na půl cesty'],
  22: ['Kontaktní centrum'],
  23: ['Krizová pomoc', 'Krizové centrum'],
  24: ['Nízkoprahové denní centrum'],
  25: ['Nízkoprahové zařízení pro děti a mládež', 'Nízkoprahový klub'],
  26: ['Noclehárna', 'Noclehárna pro muže', 'Noclehárna pro ženy'],
  27: ['Služby následné péče'],
  28: ['Sociálně aktivizační služby pro rodiny s dětmi'],
  29: ['Sociálně aktivizační služby pro seniory'],
  30: ['Sociálně terapeutická dílna'],
  31: ['Terapeutická komunita'],
  32: ['Terénní programy', 'Terénní program'],
  33: ['Sociální rehabilitace'],
  34: ['Intervenční centrum'],
  35: ['Centrum duševního zdraví'],
};

const unregisteredNames = ['Půjčovna kompenzačních pomůcek', 'Svépomocná skupina pro pečující', 'Klub seniorů', 'Dobrovolnické centrum'];

interface KindProfile {
  forms: ReadonlyArray<readonly string[]>;
  targetGroups: readonly number[];
  ageGroups: readonly number[];
}

const seniors = [24, 11, 17, 15, 13];
const disabled = [17, 14, 15, 13, 12, 16, 18, 10, 11];
const adultsAtRisk = [6, 19, 21, 20, 9, 22];
const youth = [1, 23, 20, 25, 21];
const families = [23, 19, 3, 20, 26];

const kindProfiles: Readonly<Record<number, KindProfile>> = {
  1: { forms: [['amb'], ['amb', 'ter']], targetGroups: [19, 23, 17, 24, 26, 20, 5, 3], ageGroups: [5, 6, 7, 8] },
  3: { forms: [['ter']], targetGroups: [...disabled, 24], ageGroups: [3, 4, 5, 6, 7, 8] },
  4: { forms: [['ter'], ['ter', 'amb']], targetGroups: [24, 17, 11, 15, 23], ageGroups: [6, 7, 8] },
  5: { forms: [['ter']], targetGroups: [24, 17, 11], ageGroups: [6, 7, 8] },
  6: { forms: [['ter'], ['amb', 'ter']], targetGroups: [18, 16, 24, 17], ageGroups: [5, 6, 7, 8] },
  7: { forms: [['ter']], targetGroups: [14, 10, 13, 17], ageGroups: [5, 6] },
  8: { forms: [['ter'], ['amb'], ['pob'], ['amb', 'pob']], targetGroups: [24, 17, 13, 14, 11, 27], ageGroups: [1, 2, 3, 4, 6, 7, 8] },
  9: { forms: [['amb']], targetGroups: [24, 17, 10, 14], ageGroups: [6, 7, 8] },
  10: { forms: [['amb']], targetGroups: [24, 14, 13, 10, 17], ageGroups: [5, 6, 7, 8] },
  11: { forms: [['pob']], targetGroups: [14, 13, 24], ageGroups: [4, 5, 6] },
  12: { forms: [['pob']], targetGroups: [14, 13, 15, 17], ageGroups: [4, 5, 6, 7] },
  13: { forms: [['pob']], targetGroups: [24, 11, 17], ageGroups: [7, 8] },
  14: { forms: [['pob']], targetGroups: [10, 24, 9, 14], ageGroups: [6, 7, 8] },
  15: { forms: [['pob']], targetGroups: [14, 10, 13, 15], ageGroups: [5, 6, 7] },
  16: { forms: [['pob']], targetGroups: [11, 24, 12, 27], ageGroups: [6, 7, 8] },
  17: { forms: [['ter'], ['ter', 'amb']], targetGroups: [23, 13, 14, 15, 18, 16], ageGroups: [10, 1] },
  18: { forms: [['ter']], targetGroups: [19, 1, 3, 5, 24], ageGroups: [9] },
  19: { forms: [['ter'], ['amb', 'ter']], targetGroups: [16], ageGroups: [5, 6, 7, 8] },
  20: { forms: [['pob']], targetGroups: [6, 23, 3, 19], ageGroups: [1, 2, 3, 5, 6] },
  21: { forms: [['pob']], targetGroups: [7, 6, 21], ageGroups: [5] },
  22: { forms: [['amb'], ['amb', 'ter']], targetGroups: [9, 21, 6], ageGroups: [4, 5, 6] },
  23: { forms: [['amb'], ['amb', 'ter'], ['amb', 'pob']], targetGroups: [19, 3, 5, 4], ageGroups: [5, 6, 7] },
  24: { forms: [['amb']], targetGroups: [6, 21, 9], ageGroups: [5, 6, 7] },
  25: { forms: [['amb'], ['amb', 'ter']], targetGroups: [1, 20, 21], ageGroups: [2, 3, 4, 5] },
  26: { forms: [['amb']], targetGroups: [6], ageGroups: [5, 6, 7] },
  27: { forms: [['amb'], ['pob'], ['amb', 'ter']], targetGroups: [9, 10, 21], ageGroups: [5, 6] },
  28: { forms: [['ter'], ['amb', 'ter']], targetGroups: [23, 20, 1, 19], ageGroups: [1, 2, 3, 4, 6] },
  29: { forms: [['amb'], ['amb', 'ter']], targetGroups: [24, 17, 16, 18], ageGroups: [6, 7, 8] },
  30: { forms: [['amb']], targetGroups: [14, 10, 13], ageGroups: [5, 6] },
  31: { forms: [['pob']], targetGroups: [9, 10, 21], ageGroups: [5, 6] },
  32: { forms: [['ter']], targetGroups: [...adultsAtRisk, ...youth.slice(0, 2)], ageGroups: [4, 5, 6] },
  33: { forms: [['amb'], ['ter'], ['amb', 'ter']], targetGroups: [...disabled, 20], ageGroups: [5, 6, 7] },
  34: { forms: [['amb'], ['amb', 'ter']], targetGroups: [3, 5, 19], ageGroups: [5, 6, 7, 8] },
  35: { forms: [['amb', 'ter']], targetGroups: [10, 19], ageGroups: [5, 6, 7] },
};
const unregisteredProfile: KindProfile = { forms: [['amb']], targetGroups: [...seniors, ...families], ageGroups: [9] };

/** Sentences about what each kind does, two or three of which go into a description. */
const kindSentences: Readonly<Record<number, readonly string[]>> = {
  1: ['Poskytujeme informace, rady a pomoc při řešení obtížné životní situace.', 'Pomůžeme s dluhy, bydlením, sociálními dávkami a jednáním s úřady.', 'Poradenství je bezplatné, diskrétní a na přání anonymní.'],
  3: ['Asistenti pomáhají klientům v domácnosti, ve škole, v zaměstnání i při volnočasových aktivitách.', 'Podporujeme samostatnost a zapojení do běžného života.', 'Službu je možné využít i o víkendech a svátcích.'],
  4: ['Pomáháme s osobní hygienou, přípravou a dovozem jídla, nákupy a úklidem domácnosti.', 'Cílem je, aby klienti mohli co nejdéle zůstat ve svém domácím prostředí.', 'Pečovatelky dojíždějí za klienty domů podle dohodnutého rozpisu.'],
  5: ['Klient má u sebe tlačítko, kterým v nouzi přivolá pomoc kdykoli ve dne i v noci.', 'Dispečink je v provozu nepřetržitě a v případě potřeby zajistí zásah záchranné služby.'],
  6: ['Doprovázíme klienty k lékaři, na úřady a při nákupech a předčítáme jim.', 'Služba pomáhá lidem se zrakovým postižením zvládat běžné záležitosti.'],
  7: ['Podporujeme klienty v samostatném bydlení, v hospodaření s penězi a v péči o domácnost.', 'Pracovníci za klienty dochází do jejich bytu.'],
  8: ['Umožňujeme pečujícím odpočinout si, zatímco se o jejich blízkého postaráme.', 'Odlehčovací pobyt lze sjednat na několik dní až tři měsíce.', 'Pomáháme s péčí o vlastní osobu, stravou a aktivizací.'],
  9: ['Nabízíme pomoc s osobní hygienou, poradenství a aktivizační činnosti.', 'Centrum je otevřené v pracovní dny.'],
  10: ['Klienti tráví den v bezpečném prostředí s programem a odbornou péčí, večer se vracejí domů.', 'Součástí služby je strava a aktivizační programy.', 'Dovoz do stacionáře zajistíme vlastním vozem.'],
  11: ['Klienti u nás bydlí v pracovním týdnu a na víkend se vracejí do rodin.'],
  12: ['Poskytujeme celoroční pobyt, péči a podporu lidem, kteří potřebují pravidelnou pomoc druhé osoby.', 'Klienti bydlí v jedno- a dvoulůžkových pokojích.'],
  13: ['Nabízíme celoroční pobyt seniorům, kteří již nemohou žít ve vlastní domácnosti.', 'Zajišťujeme ubytování, stravu, ošetřovatelskou péči a volnočasové aktivity.', 'Domov má zahradu, kapli a bezbariérové pokoje.'],
  14: ['Pečujeme o lidi s Alzheimerovou chorobou a jinými typy demence.', 'Režim domova je přizpůsoben specifickým potřebám klientů.'],
  15: ['Klienti žijí v bytech v běžné zástavbě a s podporou asistentů se učí samostatnosti.'],
  16: ['Služba navazuje na hospitalizaci a připravuje návrat klienta domů nebo do zařízení sociálních služeb.'],
  17: ['Podporujeme rodiny dětí se zdravotním postižením nebo ohroženým vývojem od narození do sedmi let.', 'Poradkyně rané péče dojíždějí do rodin.'],
  18: ['Na lince vám vyslechneme a pomůžeme najít řešení, kdykoli to potřebujete.', 'Hovor je anonymní a zdarma.'],
  19: ['Zajišťujeme tlumočení do českého znakového jazyka při jednání u lékaře, na úřadě nebo v soudu.'],
  20: ['Poskytujeme přechodné ubytování a pomoc při hledání bydlení a zaměstnání.', 'Ubytování je možné až na jeden rok.'],
  21: ['Pomáháme mladým lidem po odchodu z dětského domova nebo pěstounské péče začít samostatný život.'],
  22: ['Nabízíme výměnu injekčního materiálu, testování, poradenství a hygienický servis.', 'Kontaktní centrum je bezpečným místem pro lidi ohrožené závislostí.'],
  23: ['Pomáháme lidem v akutní krizi, po ztrátě blízkého nebo po traumatické události.', 'Krizová intervence je k dispozici bez objednání.'],
  24: ['Lidé bez domova se u nás mohou ohřát, najíst, vyprat si a osprchovat.', 'Sociální pracovníci pomáhají s doklady a hledáním ubytování.'],
  25: ['Klub je otevřený dětem a mládeži, kteří chtějí trávit volný čas bezpečně.', 'Nabízíme hry, doučování, sport i rozhovor s pracovníkem.'],
  26: ['Noclehárna poskytuje přenocování, hygienu a čisté prádlo lidem bez přístřeší.', 'Příjem klientů probíhá každý večer.'],
  27: ['Pomáháme lidem po léčbě závislosti udržet abstinenci a vrátit se do běžného života.'],
  28: ['Podporujeme rodiny s dětmi v obtížné situaci při péči o děti, hospodaření a jednání s úřady.', 'Pracovnice dochází do rodin a pomáhají s výchovou a vzděláváním dětí.'],
  29: ['Nabízíme aktivizační programy, kurzy a setkávání, které pomáhají udržet soběstačnost.', 'Pořádáme přednášky, výlety a trénink paměti.'],
  30: ['V dílně klienti získávají pracovní návyky při práci s keramikou, textilem a dřevem.'],
  31: ['Dlouhodobý pobyt v komunitě pomáhá klientům překonat závislost.'],
  32: ['Terénní pracovníci vyhledávají lidi v ohrožení přímo v ulicích a v lokalitách.', 'Pomáháme s doklady, zdravím, bydlením a kontaktem s úřady.'],
  33: ['Učíme klienty dovednosti potřebné pro samostatný život: hospodaření, vaření, cestování i hledání práce.', 'Pracujeme individuálně i ve skupinách.'],
  34: ['Pomáháme osobám ohroženým domácím násilím, zejména po vykázání násilné osoby policií.', 'Zajistíme bezpečnostní plán a doprovod k soudu.'],
  35: ['Multidisciplinární tým poskytuje komunitní péči lidem s duševním onemocněním.'],
};

const generalSentences = [
  'Služba je poskytována bezplatně.',
  'Úhrada se řídí platným ceníkem služby.',
  'Respektujeme přání a soukromí každého klienta.',
  'Na schůzku se můžete objednat telefonicky nebo e-mailem.',
  'Zájemce nejprve navštíví sociální pracovnice a společně se domluví na rozsahu služby.',
  'Spolupracujeme s praktickými lékaři, obecními úřady a dalšími poskytovateli.',
  'Budova je bezbariérová.',
  'Pracovníci služby se pravidelně vzdělávají.',
];

const streets = ['Nádražní', 'Školní', 'Zahradní', 'Komenského', 'Masarykova', 'Husova', 'Palackého', 'Tyršova', 'Sokolská', 'Lidická', 'Luční', 'Polní', 'Havlíčkova', 'Jiráskova', 'Nová', 'Krátká', 'Družstevní', 'Zámecká', 'Vrbenská', 'Sadová'];

const openingHours = ['Po–Pá 7:00–15:30', 'Po–Pá 8:00–16:00', 'Po, St 8:00–17:00, Út, Čt 8:00–14:00, Pá 8:00–12:00', 'denně 7:00–19:00', 'Po–Pá 7:30–15:00, jinak po dohodě', 'nepřetržitě', 'Po–Čt 9:00–17:00'];

// ---------------------------------------------------------------- providers and services

interface ProviderPlan {
  id: string;
  name: string;
  type: ProviderType;
  town: Town;
}

function makeProviders(world: World, count: number): ProviderPlan[] {
  const { random, towns } = world;
  const anyTown = weightedPicker(towns.list.map((town) => [town, town.weight] as const));
  const seatTown = weightedPicker(towns.list.filter((town) => town.weight === DISTRICT_SEAT_WEIGHT).map((town) => [town, 1] as const));
  const type = weightedPicker((Object.keys(providerTypes) as ProviderType[]).map((key) => [key, providerTypes[key].weight] as const));
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  const plans: ProviderPlan[] = [];
  while (plans.length < count) {
    const kind = type(random);
    const town = kind === 'municipality' ? pick(random, towns.list) : providerTypes[kind].bigTownOnly ? seatTown(random) : anyTown(random);
    const name = providerTypes[kind].name(town.municipality.name, pick(random, motifs));
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    plans.push({ id: uniqueSlug(name, usedIds), name, type: kind, town });
  }
  return plans;
}

/** Every provider gets one service; the rest go to providers in proportion to their type's size. */
function spreadServices(world: World, providers: readonly ProviderPlan[], services: number): number[] {
  const counts = providers.map(() => 1);
  const choose = weightedPicker(providers.map((provider, index) => [index, 0.2 + providerTypes[provider.type].size] as const));
  for (let left = services - providers.length; left > 0; left--) {
    const index = choose(world.random);
    counts[index] = (counts[index] ?? 1) + 1;
  }
  return counts;
}

function providerFile(world: World, plan: ProviderPlan, serviceCount: number): ProviderFile {
  const { random } = world;
  const services: Service[] = [];
  for (let i = 0; i < serviceCount; i++) services.push(makeService(world, plan));
  const [first, ...rest] = services;
  if (!first) throw new Error('A provider needs a service.');
  return {
    id: plan.id,
    name: plan.name,
    contacts: {
      web: [`https://${plan.id}.example.cz`],
      email: [`info@${plan.id}.example.cz`],
      phone: [fakePhone(random)],
    },
    reviewed: daysBefore(world.built, integer(random, 0, 600)),
    sources: [{ source: `Synthetic benchmark data: scripts/bench/generate-catalogue.ts, seed ${world.seed}` }],
    services: [first, ...rest],
  };
}

function makeService(world: World, plan: ProviderPlan): Service {
  const { random, serviceIds } = world;
  const registered = random() > 0.03;
  const kind = registered ? weighted(random, providerTypes[plan.type].kinds) : undefined;
  const profile = kind === undefined ? unregisteredProfile : (kindProfiles[kind] ?? unregisteredProfile);
  const name = serviceName(world, plan, kind);
  const forms = [...pick(random, profile.forms)] as [string, ...string[]];
  const targetGroups = sample(random, profile.targetGroups, integer(random, 1, 4)).sort((a, b) => a - b) as [number, ...number[]];
  const ageGroups = sample(random, profile.ageGroups, integer(random, 1, profile.ageGroups.length)).sort((a, b) => a - b) as [number, ...number[]];
  const places = makePlaces(world, plan, forms);
  const served = servedMunicipalities(world, places[0], forms);
  const service: Service = {
    id: uniqueSlug(`${plan.id}-${name}`, serviceIds),
    registered,
    ...(registered ? { register: { identifier: `0${integer(random, 100000, 999999)}`, validFrom: daysBefore(world.built, integer(random, 200, 6000)) } } : {}),
    name,
    ...(kind === undefined ? {} : { kind }),
    forms,
    targetGroups,
    ageGroups,
    ...(registered ? { capacity: capacities(random, kind ?? 0, forms) } : {}),
    ...(served ? { serviceArea: served.area } : {}),
    places,
    description: describe(world, { name, kind, forms, targetGroups, places, served: served?.codes ?? [] }),
    openingHours: forms.includes('pob') ? 'nepřetržitě' : pick(random, openingHours),
  };
  if (random() < 0.3) service.contacts = { phone: [fakePhone(random)], email: [`sluzba${serviceIds.size}@${plan.id}.example.cz`] };
  return service;
}

function serviceName(world: World, plan: ProviderPlan, kind: number | undefined): string {
  const { random } = world;
  const base = pick(random, kind === undefined ? unregisteredNames : (serviceNames[kind] ?? ['Sociální služba']));
  const town = plan.town.municipality.name;
  if (plan.type === 'charity' && kind === 4 && random() < 0.5) return `Charitní pečovatelská služba ${town}`;
  return weighted<string>(random, [
    [`${base} ${town}`, 4],
    [`${base} ${pick(random, motifs)}`, 3],
    [base, 2],
    [`${base} ${pick(random, motifs)} ${town}`, 1],
  ]);
}

function makePlaces(world: World, plan: ProviderPlan, forms: readonly string[]): [Place, ...Place[]] {
  const { random, towns } = world;
  const neighbours = towns.byDistrict.get(plan.town.district) ?? [plan.town];
  const count = forms.includes('ter') ? 1 : weighted(random, [[1, 8], [2, 2]] as const);
  const places: Place[] = [];
  for (let i = 0; i < count; i++) {
    const town = i === 0 ? plan.town : pick(random, neighbours);
    const part = pick(random, town.municipality.parts);
    const postcode = part.postcodes?.[0];
    const where = part.name === town.municipality.name ? '' : `${part.name}, `;
    const postal = postcode ? `${postcode.slice(0, 3)} ${postcode.slice(3)} ` : '';
    places.push({
      address: `${pick(random, streets)} ${integer(random, 1, 1800)}, ${where}${postal}${town.municipality.name}`,
      municipality: town.municipality.code,
      municipalityPart: part.name,
      ...(postcode ? { postcode } : {}),
    });
  }
  return places as [Place, ...Place[]];
}

interface ServedArea {
  area: NonNullable<Service['serviceArea']>;
  /** Every municipality served, a whole district's included. */
  codes: string[];
}

/**
 * Field services list the municipalities they drive to, one in ten of them its whole district (named
 * by its code, as providers write "celý okres"); many others leave it to their places.
 */
function servedMunicipalities(world: World, home: Place | undefined, forms: readonly string[]): ServedArea | undefined {
  const { random, towns } = world;
  if (!home || (!forms.includes('ter') && random() < 0.6)) return undefined;
  const homeTown = towns.byCode.get(home.municipality);
  const district = towns.byDistrict.get(homeTown?.district ?? '') ?? [];
  const wholeDistrict = forms.includes('ter') && random() < 0.1;
  const others = wholeDistrict ? district : sample(random, district, integer(random, 0, forms.includes('ter') ? 30 : 4));
  const codes = [...new Set([home.municipality, ...others.map((town) => town.municipality.code)])].sort();
  if (wholeDistrict && homeTown) {
    return { area: { districts: [homeTown.municipality.districtCode ?? ''], description: `celý okres ${homeTown.district}` }, codes };
  }
  return { area: { municipalities: codes }, codes };
}

function capacities(random: Random, kind: number, forms: readonly string[]): [Capacity, ...Capacity[]] {
  const unitFor = (form: string): string => {
    if (form === 'pob') return 'luzka';
    if (kind === 18) return 'hovor';
    if ([22, 24, 25, 32].includes(kind)) return 'kontakt';
    if ([1, 23, 34].includes(kind)) return 'interv';
    return 'klient';
  };
  const list = forms.map((form) => ({ form, unit: unitFor(form), count: integer(random, form === 'pob' ? 4 : 1, form === 'pob' ? 160 : 60) }));
  return list as [Capacity, ...Capacity[]];
}

interface DescriptionInput {
  name: string;
  kind: number | undefined;
  forms: readonly string[];
  targetGroups: readonly number[];
  places: readonly Place[];
  served: readonly string[];
}

const formPhrases: Readonly<Record<string, string>> = {
  amb: 'ambulantně v našem zařízení',
  ter: 'terénně přímo v domácnostech klientů',
  pob: 'pobytovou formou',
};

function describe(world: World, input: DescriptionInput): string {
  const { random, towns, kindLabels, targetGroupLabels } = world;
  const targetLength = integer(random, 200, 800);
  const groups = input.targetGroups.map((code) => targetGroupLabels.get(code) ?? '').filter(Boolean);
  const kindLabel = input.kind === undefined ? 'doplňkovou službu' : `sociální službu ${kindLabels.get(input.kind) ?? ''}`;
  const how = input.forms.map((form) => formPhrases[form] ?? form).join(' i ');
  const served = input.served.map((code) => towns.byCode.get(code)?.municipality.name ?? '').filter(Boolean);
  const sentences = [`${input.name} poskytuje ${kindLabel} ${how}.`, `Služba je určena pro tyto cílové skupiny: ${groups.join(', ')}.`];
  const pool = [...sample(random, kindSentences[input.kind ?? 0] ?? [], 3), ...sample(random, generalSentences, 4)];
  if (served.length > 1) {
    const listed = served.slice(0, 6).join(', ');
    pool.splice(1, 0, served.length > 6 ? `Působíme v obcích ${listed} a v dalších ${served.length - 6} obcích okolí.` : `Působíme v obcích ${listed}.`);
  } else if (input.places[0]) {
    pool.splice(1, 0, `Najdete nás na adrese ${input.places[0].address}.`);
  }
  for (const sentence of pool) {
    if (sentences.join(' ').length >= targetLength) break;
    sentences.push(sentence);
  }
  let text = sentences.join(' ');
  if (text.length > 800) text = `${text.slice(0, text.lastIndexOf(' ', 797))}…`;
  return text;
}

// ---------------------------------------------------------------- small helpers

function fakePhone(random: Random): string {
  return `+420 000 ${integer(random, 100, 999)} ${integer(random, 100, 999)}`;
}

function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

const MAX_SLUG_LENGTH = 100;

function uniqueSlug(text: string, used: Set<string>): string {
  const base = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH - 6)
    .replace(/-+$/, '');
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

// ---------------------------------------------------------------- command line

function main(): void {
  const { values } = parseArgs({
    options: {
      services: { type: 'string', default: '7000' },
      providers: { type: 'string', default: '2600' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/catalogue.json' },
    },
  });
  const catalogue = generateCatalogue({ services: Number(values.services), providers: Number(values.providers), seed: Number(values.seed) });
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  // Written as `npm run build:data` writes a catalogue, so a generated one loads like a built one.
  writeFileSync(out, serializeCatalogue(catalogue));
  const services = catalogue.providers.reduce((sum, provider) => sum + provider.services.length, 0);
  console.log(`${out}: ${catalogue.providers.length} providers, ${services} services, ${catalogue.municipalities.length} municipalities`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
