/**
 * Benchmark of the register import (issue 9): generates a register-shaped rpss.json with 7,000 services
 * (about 100 MB, deterministic) in a temp folder, runs `scripts/import-register.ts` on it as a child
 * process twice (a first import into empty provider data, then a refresh that changes nothing) and prints
 * wall time and peak RSS of each run. Budget: under 30 s and under 300 MB peak RSS on a 2-core machine.
 *
 *   npm run bench:import [-- --services 7000] [--keep]
 *
 * Exits 1 when a run fails or exceeds the budget.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { expectedIcoCheckDigit } from '../../src/catalogue/ico.js';
import { seededRandom } from '../lib/random.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TIME_BUDGET_SECONDS = 30;
const MEMORY_BUDGET_MB = 300;
const IMPORT_DATE = '2026-09-08';

/** Microregion municipalities (RÚIAN codes) and a few outside it, to place the synthetic facilities. */
const MICROREGION = ['545058', '542989', '545236', '544302', '500062', '544418'];
const ELSEWHERE = ['554499', '554782', '582786', '554821', '555134', '563889', '569810', '586846'];

function icoWithCheckDigit(seven: number): string {
  const digits = String(seven).padStart(7, '0');
  return `${digits}${String(expectedIcoCheckDigit(`${digits}0`))}`;
}

function registerService(index: number, next: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const portalId = 1000 + index;
  const providerNumber = Math.floor(index / 2.3);
  const inMicroregion = index % 40 === 7;
  const address = (municipality: string, n: number): unknown => ({
    cisloDomovni: int(1, 3000),
    cisloOrientacni: next() < 0.5 ? String(int(1, 80)) : null,
    dodatekAdresy: null,
    kodAdresnihoMista: next() < 0.964 ? 10_000_000 + index * 10 + n : null,
    psc: String(int(10000, 79999)),
    typCislaDomovniho: { id: 'TypStavebnihoObjektu/1' },
    kraj: { id: 'Kraj/141' },
    okres: { id: 'Okres/3810' },
    obec: { id: `Obec/${municipality}` },
    castObce: { id: `CastObce/${int(1000, 420000)}` },
    mestskyObvodMestskaCast: null,
    mestskyObvodVPraze: null,
    ulice: { nazev: `Testovací ${int(1, 500)}` },
  });
  const facilityCount = int(1, 5);
  const zarizeni = Array.from({ length: facilityCount }, (_, n) => ({
    id: null,
    portalId: null,
    identifikator: null,
    nazev: `Testovací zařízení ${index}-${n}`,
    adresa: address(inMicroregion && n === 0 ? pick(MICROREGION) : pick(ELSEWHERE), n),
    poskytujeOd: '2015-01-01',
    poskytujeDo: next() < 0.1 ? '2019-12-31' : null,
    vedouci: { titulPred: 'Bc.', jmeno: 'Testovací', prijmeni: `Vedoucí ${index}` },
  }));
  const timeRanges = Array.from({ length: 7 }, (_, day) => ({ denVTydnu: { id: `DenVTydnu/${day + 1}` }, od: '07:00', do: '15:30', poznamka: null }));
  const forms = pick([['ter'], ['amb'], ['pob'], ['amb', 'ter']]);
  const attachments = (kind: string, count: number): unknown[] =>
    Array.from({ length: count }, (_, n) => ({
      priloha: { id: `${portalId}-${kind}-${n}`, nazev: `testovaci-priloha-${kind}-${n}.pdf`, url: `https://www.mpsv.cz/agportal-server/rest/documents/${portalId}${n}/content`, velikost: int(10000, 900000), typ: 'application/pdf' },
      platnostOd: '2020-01-01',
      poznamka: 'Testovací poznámka k příloze, která jen dodává objem podobný skutečnému souboru registru.',
    }));
  return {
    portalId,
    id: 500_000 + index,
    identifikator: String(1_000_000 + index),
    datumPoskytovaniOd: '2015-01-01',
    datumPoskytovaniDo: next() < 0.15 ? '2020-12-31' : null,
    kontaktniAdresy: [address(pick(ELSEWHERE), 9)],
    druhSocialniSluzby: { id: `DruhSocialniSluzby/${pick([1, 3, 4, 8, 10, 13, 14, 15, 26, 33])}` },
    zarizeni,
    poskytovatel: {
      id: 900_000 + providerNumber,
      ico: icoWithCheckDigit(1_000_000 + providerNumber),
      nazev: `Testovací poskytovatel ${providerNumber}`,
      dic: null,
      pravniForma: { id: 'FormaPravniSubjektivity/706' },
      adresa: address(pick(ELSEWHERE), 8),
      weby: [{ web: `www.poskytovatel-${providerNumber}.example.cz`, poznamka: null }],
      emaily: [{ email: `info@poskytovatel-${providerNumber}.example.cz`, poznamka: null }],
      telefony: [{ telefon: `000 ${String(providerNumber % 1000).padStart(3, '0')} 000`, poznamka: null }],
      statutarniOrgany: Array.from({ length: int(1, 3) }, (_, n) => ({ titulPred: 'Mgr.', jmeno: 'Testovací', prijmeni: `Statutár ${n}`, titulZa: null, funkce: 'ředitel' })),
    },
    emaily: [{ email: `sluzba-${portalId}@example.org`, poznamka: null }],
    telefony: [{ telefon: `000000${String(index % 1000).padStart(3, '0')}`, poznamka: null }],
    faxy: [],
    weby: next() < 0.9 ? [{ web: `https://sluzba-${portalId}.example.org`, poznamka: null }] : [],
    ciloveSkupiny: Array.from(new Set(Array.from({ length: int(1, 6) }, () => int(1, 27)))).map((code) => ({ cilovaSkupina: { id: `CilovaSkupinaOsoby/${code}` } })),
    vekoveSkupiny: Array.from(new Set(Array.from({ length: int(1, 5) }, () => int(1, 10)))).map((code) => ({ vekovaSkupina: { id: `VekovaSkupinaOsoby/${code}` } })),
    doplnujiciInformaceVekoveSkupiny: null,
    formy: forms.map((form) => ({
      forma: { id: `FormaSocialniSluzby/${form}` },
      nepretrzitePoskytovani: form === 'pob',
      casoveRozsahy: form === 'pob' ? null : timeRanges,
      kapacity: [{ pocet: int(1, 120), popis: `Maximální kapacita s účinností od 01.0${int(1, 9)}.2020.`, typ: { id: `TypKapacitySocialniSluzby/${form === 'pob' ? 'luzka' : 'klient'}` } }],
    })),
    rozsirenePusobnostiVKraji: next() < 0.24 ? [{ kraj: { id: 'Kraj/141' } }] : [],
    doplnkoveUdaje: {
      realizacePoskytovani: attachments('realizace', int(2, 7)),
      planyFinancnihoZajisteni: attachments('financni', int(2, 7)),
      personalniZajisteni: attachments('personalni', int(2, 7)),
    },
  };
}

/** Writes the register file item by item, as the real one is laid out (pretty-printed). */
async function generateRegister(file: string, services: number): Promise<void> {
  const out = createWriteStream(file, 'utf8');
  const next = seededRandom(20260908);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{\n  "polozky": [\n');
  for (let index = 0; index < services; index += 1) {
    await write(`${index === 0 ? '' : ',\n'}${JSON.stringify(registerService(index, next), null, 2)}`);
  }
  await write('\n  ]\n}\n');
  out.end();
  await once(out, 'finish');
}

interface RunFigures {
  seconds: number;
  peakMegabytes: number;
  output: string;
}

/** Runs the import as a child; /usr/bin/time -v measures it from outside when present. */
async function runImport(args: string[]): Promise<RunFigures> {
  const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const command = [process.execPath, '--import', 'tsx', path.join(ROOT, 'scripts', 'import-register.ts'), ...args, '--stats'];
  const [program, ...programArgs] = timeBinary === undefined ? command : [timeBinary, '-v', ...command];
  const child = spawn(program as string, programArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = performance.now();
  const [code] = (await once(child, 'close')) as [number | null];
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`import exited with ${String(code)}:\n${stderr}`);
  const rssKilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const statsPeak = /peak RSS (\d+) MB/.exec(stderr)?.[1];
  return {
    seconds: wall,
    peakMegabytes: rssKilobytes === undefined ? Number(statsPeak) : Number(rssKilobytes) / 1024,
    output: stdout,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { services: { type: 'string', default: '7000' }, keep: { type: 'boolean', default: false } } });
  const services = Number(values.services);
  const dir = await mkdtemp(path.join(tmpdir(), 'register-bench-'));
  try {
    const register = path.join(dir, 'rpss.json');
    const dataDir = path.join(dir, 'catalogue-data');
    await mkdir(dataDir, { recursive: true });
    // Municipalities and codebooks of the test fixture; no provider files yet: a first import.
    await cp(path.join(ROOT, 'test/fixtures/register/catalogue-data/municipalities.json'), path.join(dataDir, 'municipalities.json'));
    await cp(path.join(ROOT, 'test/fixtures/register/catalogue-data/codebooks'), path.join(dataDir, 'codebooks'), { recursive: true });

    const generationStarted = performance.now();
    await generateRegister(register, services);
    const size = (await stat(register)).size;
    console.log(`register file: ${services} services, ${(size / 1e6).toFixed(1)} MB, generated in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s`);

    const args = ['--input', register, '--data-dir', dataDir, '--date', IMPORT_DATE];
    let withinBudget = true;
    for (const label of ['first import', 'refresh (no changes)']) {
      const figures = await runImport(args);
      const files = (await readdir(path.join(dataDir, 'providers'))).length;
      const ok = figures.seconds < TIME_BUDGET_SECONDS && figures.peakMegabytes < MEMORY_BUDGET_MB;
      withinBudget &&= ok;
      console.log(
        `${label}: ${figures.seconds.toFixed(1)} s, peak RSS ${figures.peakMegabytes.toFixed(0)} MB, ${files} provider files ` +
          `(budget < ${TIME_BUDGET_SECONDS} s, < ${MEMORY_BUDGET_MB} MB: ${ok ? 'ok' : 'OVER'})`,
      );
      console.log(`  ${figures.output.split('\n').filter((line) => /^(Přečteno|Přidané|Zapsané)/.test(line)).join('\n  ')}`);
    }
    return withinBudget ? 0 : 1;
  } finally {
    if (values.keep) console.log(`kept: ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
