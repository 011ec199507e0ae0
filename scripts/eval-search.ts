/**
 * `npm run eval:search [-- --misses]`: recall@5 and mean reciprocal rank of the search, without and
 * with life situations, for the held-out queries of test/fixtures/search-eval.json, on the real
 * catalogue (built from catalogue-data/) and on the synthetic national one (7,000 services, 2,600
 * providers); then what matching the situations costs per keystroke. `--misses` lists the queries
 * with no hit in the first five.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCatalogue } from './bench/generate-catalogue.js';
import { buildCatalogueFromDirectory } from './lib/catalogue-build.js';
import { defaultDataDir, repositoryRoot } from './lib/catalogue-files.js';
import { buildCatalogueModel, type CatalogueModel } from '../src/catalogue/model.js';
import type { Catalogue, CatalogueLifeSituation } from '../src/generated/catalogue-types.js';
import { createSearchIndex } from '../src/search/engine.js';
import { compareSearches, type EvalQuery, type EvalSummary } from '../src/search/situation-eval.js';
import { createSituationSearch, situationServices } from '../src/search/situation-search.js';
import { createSituationIndex } from '../src/search/situations.js';

interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** Every prefix of every query, as typing produces them. */
function keystrokes(queries: readonly EvalQuery[]): string[] {
  return queries.flatMap(({ query }) => Array.from(query, (_, i) => query.slice(0, i + 1)));
}

/** Times `run` on each input; `warmUp` first runs the same inputs on another instance, as a page compiles the code once. */
function timeEach(inputs: readonly string[], warmUp: (input: string) => unknown, run: (input: string) => unknown): Timing {
  for (const input of inputs) warmUp(input);
  const times = inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: times[times.length - 1] ?? 0 };
}

/** The keystroke path without and with situations, each on fresh indexes (the engine keeps words between keystrokes). */
function searchTimings(model: CatalogueModel, situations: readonly CatalogueLifeSituation[], inputs: readonly string[]): { plain: Timing; withSituations: Timing } {
  const plain = () => createSearchIndex(model.searchDocuments);
  const withSituations = () => createSituationSearch(plain(), createSituationIndex(situations), situationServices(model.services));
  const [warmPlain, measuredPlain, warm, measured] = [plain(), plain(), withSituations(), withSituations()];
  return {
    plain: timeEach(inputs, (query) => warmPlain.search(query), (query) => measuredPlain.search(query)),
    withSituations: timeEach(inputs, (query) => warm.search(query), (query) => measured.search(query)),
  };
}

function formatTiming({ median, p95, max }: Timing): string {
  return `median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${max.toFixed(3)} ms`;
}

const LABEL_WIDTH = 52;

function row(label: string, summary: EvalSummary): string {
  const cells = [
    label.padEnd(LABEL_WIDTH),
    String(summary.evaluated).padStart(7),
    String(summary.unreachable).padStart(11),
    summary.recall.toFixed(3).padStart(8),
    summary.meanReciprocalRank.toFixed(3).padStart(5),
  ];
  return `| ${cells.join(' | ')} |`;
}

function misses(summary: EvalSummary): string[] {
  return summary.outcomes
    .filter((outcome) => outcome.firstHit === undefined || outcome.firstHit > summary.cutoff)
    .map((outcome) => `    "${outcome.query}": ${outcome.firstHit === undefined ? 'no hit' : `first hit at ${outcome.firstHit}`}`);
}

function serviceCount(catalogue: Catalogue): number {
  return catalogue.providers.reduce((sum, provider) => sum + provider.services.length, 0);
}

async function main(argv: readonly string[]): Promise<number> {
  const evalSet = JSON.parse(readFileSync(join(repositoryRoot, 'test/fixtures/search-eval.json'), 'utf8')) as { queries: EvalQuery[] };
  const { queries } = evalSet;
  const { catalogue: real, errors } = await buildCatalogueFromDirectory(defaultDataDir);
  if (errors.length > 0) console.warn(`catalogue-data/ has ${errors.length} problems (npm run validate); evaluating what is valid.`);
  const situations = real.lifeSituations ?? [];
  if (situations.length === 0) {
    console.error('No life situations in the built catalogue: is catalogue-data/life-situations.json there and valid?');
    return 1;
  }
  const national = generateCatalogue({ services: 7000, providers: 2600, seed: 1 });
  const catalogues = [
    { name: `real (${serviceCount(real)} services)`, catalogue: real },
    { name: `national synthetic (${serviceCount(national)} services)`, catalogue: national },
  ];

  console.log(`${queries.length} held-out queries, ${situations.length} life situations. A query is hit at rank r when the`);
  console.log('service at rank r is of an expected kind; "left out" queries expect only kinds no service in that');
  console.log('catalogue has, so they cannot be hit and are not counted in recall or MRR.\n');
  console.log(`| ${'catalogue, search'.padEnd(LABEL_WIDTH)} | queries | left out    | recall@5 | MRR   |`);
  console.log(`|${'-'.repeat(LABEL_WIDTH + 2)}|---------|-------------|----------|-------|`);
  const missLines: string[] = [];
  const timings: string[] = [];
  const inputs = keystrokes(queries);
  for (const { name, catalogue } of catalogues) {
    const model = buildCatalogueModel(catalogue, 'cs', new Date(`${catalogue.built}T12:00:00Z`));
    const { plain, withSituations } = compareSearches(model, situations, queries);
    console.log(row(`${name}, plain`, plain));
    console.log(row(`${name}, with situations`, withSituations));
    missLines.push(`  ${name}, with situations, not hit in the first five:`, ...misses(withSituations));
    const timing = searchTimings(model, situations, inputs);
    timings.push(`  ${name}, plain search: ${formatTiming(timing.plain)}`);
    timings.push(`  ${name}, search with situations: ${formatTiming(timing.withSituations)}`);
  }
  const [warm, measured] = [createSituationIndex(situations), createSituationIndex(situations)];
  const expansion = timeEach(inputs, (query) => warm.match(query), (query) => measured.match(query));
  console.log(`\nPer keystroke (every prefix of every query, ${inputs.length} in all, in Node):`);
  console.log(`  matching the situations alone: ${formatTiming(expansion)}`);
  console.log(timings.join('\n'));
  if (argv.includes('--misses')) console.log(`\n${missLines.join('\n')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
