/**
 * Search latency per keystroke in Node: real-looking Czech queries typed one character at a time
 * against synthetic catalogues of 250, 700 and 7,000 services, for the project's engine and for the
 * baseline (fuse.js with default options over every record, same keys). Prints a table.
 *
 *   tsx scripts/bench/search-bench.ts [--sizes 250,700,7000] [--baseline-every 5] [--seed 1]
 *
 * At 7,000 services one baseline search takes most of a second, so there the baseline is timed
 * only on every fifth keystroke (`--baseline-every`) to keep the run to a couple of minutes. Index
 * build times are for the first build (cold, as on a page) and for a second one.
 */
import Fuse from 'fuse.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalogueModel } from '../../src/catalogue/model.js';
import { createSearchIndex, type SearchDocument } from '../../src/search/engine.js';
import { generateCatalogue } from './generate-catalogue.js';

/** What people type: with and without diacritics, with typos, inflected, narrowed by a place. */
export const benchQueries: readonly string[] = [
  'pečovatelská služba',
  'pecovatelska sluzba',
  'pecovatelksa',
  'osobní asistence',
  'osobni asistnce',
  'odlehčovací služby',
  'odlehcovaci sluzby',
  'domov pro seniory',
  'domov pro senory',
  'noclehárna',
  'azylový dům pro matky s dětmi',
  'denní stacionář',
  'chráněné bydlení',
  'raná péče',
  'poradna pro pečující',
  'pečovatelská Kelč',
  'Valašské Meziříčí',
  'valasske mezirici',
  'krizová pomoc',
  'kontaktní centrum',
  'tísňová péče',
  'seniorům',
  'bez přístřeší',
  'osoby s mentálním postižením',
  'sociální rehabilitace Vsetín',
  'nizkoprahove zarizeni pro deti a mladez',
  'tlumocnicke sluzby',
  'charita',
];

const SERVICES_PER_PROVIDER = 7000 / 2600;

/** The baseline of issue 6: fuse.js with its default options over all records and the same keys. */
export function createBaselineSearch(documents: readonly SearchDocument[]): { search(query: string): string[] } {
  const fuse = new Fuse(documents, {
    keys: ['fields.name', 'fields.provider', 'fields.kind', 'fields.targetGroups', 'fields.municipalities', 'fields.description'],
  });
  return { search: (query) => fuse.search(query).map((result) => result.item.id) };
}

interface Timings {
  firstBuild: number;
  build: number;
  keystrokes: number[];
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

function typeEveryQuery(search: (query: string) => unknown, every: number): number[] {
  const timings: number[] = [];
  let keystroke = 0;
  for (const query of benchQueries) {
    for (let length = 1; length <= query.length; length++) {
      if (keystroke++ % every === 0) timings.push(time(() => search(query.slice(0, length))));
    }
  }
  return timings;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

function summary(timings: Timings): { p50: number; p95: number; max: number } {
  const sorted = [...timings.keystrokes].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

function measure(services: number, seed: number, baselineEvery: number): { engine: Timings; baseline: Timings } {
  const catalogue = generateCatalogue({ services, providers: Math.max(1, Math.round(services / SERVICES_PER_PROVIDER)), seed });
  // Through JSON, as the element receives it, and into the documents the element builds.
  const received = JSON.parse(JSON.stringify(catalogue)) as typeof catalogue;
  const documents = buildCatalogueModel(received, 'cs', new Date(`${received.built}T12:00:00Z`)).searchDocuments;
  // The engine first, then the baseline, so neither runs on the other's garbage.
  const engine = timeSearch(() => createSearchIndex(documents), 1);
  const baseline = timeSearch(() => createBaselineSearch(documents), baselineEvery);
  return { engine, baseline };
}

/** Builds twice (the first build is cold, as on a page), then types every query into the second. */
function timeSearch(build: () => { search(query: string): unknown }, every: number): Timings {
  const start = performance.now();
  let built = build();
  const firstBuild = performance.now() - start;
  const again = time(() => {
    built = build();
  });
  return { firstBuild, build: again, keystrokes: typeEveryQuery((query) => built.search(query), every) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '250,700,7000' },
      seed: { type: 'string', default: '1' },
      'baseline-every': { type: 'string', default: '5' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const keystrokes = benchQueries.reduce((sum, query) => sum + query.length, 0);
  console.log(`${benchQueries.length} queries typed one character at a time: ${keystrokes} keystrokes. Times in ms.`);
  console.log('Keystroke = the search call alone (no rendering); build = first / second index build.\n');
  const format = (value: number) => value.toFixed(value < 10 ? 2 : 0).padStart(6);
  console.log('| services | engine build | p50 | p95 | max | fuse.js build | p50 | p95 | max | keystrokes timed | p95 ratio |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const every = size >= 7000 ? Number(values['baseline-every']) : 1;
    const { engine, baseline } = measure(size, Number(values.seed), every);
    const ours = summary(engine);
    const theirs = summary(baseline);
    console.log(
      `| ${size} | ${format(engine.firstBuild)} / ${format(engine.build)} | ${format(ours.p50)} | ${format(ours.p95)} | ${format(ours.max)} | ` +
        `${format(baseline.firstBuild)} / ${format(baseline.build)} | ${format(theirs.p50)} | ${format(theirs.p95)} | ${format(theirs.max)} | ` +
        `${engine.keystrokes.length} / ${baseline.keystrokes.length} | ${(theirs.p95 / ours.p95).toFixed(0)}× |`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
