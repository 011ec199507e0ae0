/**
 * Drives one catalogue through headless Chromium: load, typing, filter toggles, heap, long tasks and the
 * fuse.js baseline, all in one page. See browser-page.ts for what each time means.
 */
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright';
import type { BareChromium } from './bare-chromium.js';
import { instrumentScript } from './browser-page.js';
import { distribution, type ScaleFigures } from './browser-report.js';

export interface ScaleRun {
  /** The page whose catalogue comes after a CDN-like delay; everything is measured there. */
  readonly pageUrl: string;
  readonly catalogueUrl: string;
  /** The same with the catalogue answered at once: only first results are measured. */
  readonly instantPageUrl: string;
  readonly instantCatalogueUrl: string;
  /** The first page with a municipality preset (the `municipality` attribute), as municipal sites embed it. */
  readonly presetPageUrl: string;
  readonly fuseUrl: string;
  readonly services: number;
  readonly queries: readonly string[];
  /** A query the filter toggles are repeated under. */
  readonly filterQuery: string;
  /** About how long the baseline's timed searches may take in all (one takes seconds at 7,000). */
  readonly baselineBudgetMs: number;
  readonly catalogueBytes: number;
  readonly catalogueGzip: number;
}

interface Record {
  readonly kind: 'keystroke' | 'filter';
  readonly start: number;
  /** The results on screen. */
  readonly end: number;
  /** The whole page of cards filled, also below the fold. */
  readonly complete: number;
}

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/**
 * Pages loaded per scale for first results, each in a fresh context: one load varies by tens of
 * milliseconds with what else the machine does, so the figure is their median. Of 5 loads, the real
 * catalogue's median moved between 26 and 50 ms from run to run of the same code (loads of 21–78 ms).
 */
const LOADS = 9;

/** Per option list, how many of its first options are toggled. */
const OPTIONS_PER_LIST = 2;

function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'cs-CZ', timezoneId: 'Europe/Prague' });
}

/** Opens the page and waits for its first results (the typing starts from there). */
async function openPage(page: Page, pageUrl: string): Promise<void> {
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.addInitScript({ content: instrumentScript });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__bench.firstResults !== undefined, undefined, { timeout: 60_000 });
}

/**
 * First results are timed in `bare` (a browser without Playwright's network instrumentation, see
 * bare-chromium.ts); everything else in one Playwright page of `browser`.
 */
export async function measureScale(browser: Browser, bare: BareChromium, run: ScaleRun): Promise<ScaleFigures> {
  const loads: number[] = [];
  const instantLoads: number[] = [];
  const presetLoads: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    instantLoads.push(await bare.firstResults(run.instantPageUrl, run.instantCatalogueUrl));
    presetLoads.push(await bare.firstResults(run.presetPageUrl, run.catalogueUrl));
    loads.push(await bare.firstResults(run.pageUrl, run.catalogueUrl));
  }
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openPage(page, run.pageUrl);
    await page.evaluate(() => window.__bench.idle());
    const loaded = await page.evaluate(() => performance.now());
    const heapAfterLoad = await heapUsed(cdp);

    const measureStart = await page.evaluate(() => performance.now());
    await typeQueries(page, run.queries);
    await toggleFilters(page, '');
    await typeQuery(page, run.filterQuery, false);
    await toggleFilters(page, run.filterQuery);
    const measureEnd = await page.evaluate(() => performance.now());
    // Idle callbacks wait for the pointer to leave and half a second without input.
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.__bench.idle());
    const heapAfterTyping = await heapUsed(cdp);

    const { records, mismatches, longTasks } = await page.evaluate(() => ({
      records: window.__bench.records,
      mismatches: window.__bench.mismatches.length,
      longTasks: window.__bench.longTasks,
    }));
    const baseline = await page.evaluate(
      ({ fuseUrl, catalogueUrl, queries, budgetMs }) => window.__bench.baseline(fuseUrl, catalogueUrl, queries, budgetMs),
      { fuseUrl: run.fuseUrl, catalogueUrl: run.catalogueUrl, queries: [...run.queries], budgetMs: run.baselineBudgetMs },
    );
    const latencies = (kind: Record['kind'], until: 'end' | 'complete' = 'end') => records.filter((r) => r.kind === kind).map((r) => r[until] - r.start);
    const within = (from: number, to: number) => longTasks.filter((task) => task.start + task.duration > from && task.start < to);
    return {
      services: run.services,
      keystroke: distribution(latencies('keystroke')),
      filterToggle: distribution(latencies('filter')),
      keystrokeFullPage: distribution(latencies('keystroke', 'complete')),
      filterToggleFullPage: distribution(latencies('filter', 'complete')),
      firstResults: distribution(loads),
      firstResultsInstant: distribution(instantLoads),
      firstResultsPreset: distribution(presetLoads),
      heapAfterLoad,
      heapAfterTyping,
      longTasks: longest(within(measureStart, measureEnd)),
      loadLongTasks: longest(within(0, loaded)),
      mismatches,
      catalogueBytes: run.catalogueBytes,
      catalogueGzip: run.catalogueGzip,
      baseline: { build: baseline.build, keystroke: distribution(baseline.times), every: baseline.every },
    };
  } finally {
    await context.close();
  }
}

function longest(tasks: readonly LongTask[]): { count: number; max: number } {
  return { count: tasks.length, max: tasks.length === 0 ? Number.NaN : Math.max(...tasks.map((task) => task.duration)) };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const searchField = 'social-services-catalogue #query';

/** Types each query one character at a time, measured, clearing the field (unmeasured) between queries. */
async function typeQueries(page: Page, queries: readonly string[]): Promise<void> {
  for (const query of queries) await typeQuery(page, query, true);
  await clearQuery(page);
}

async function typeQuery(page: Page, query: string, measured: boolean): Promise<void> {
  await clearQuery(page);
  await setMeasuring(page, measured);
  for (const character of query) {
    await page.keyboard.type(character);
    await page.evaluate(() => window.__bench.settled());
  }
  await setMeasuring(page, false);
}

async function clearQuery(page: Page): Promise<void> {
  await page.locator(searchField).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.evaluate(() => window.__bench.quiet());
}

async function setMeasuring(page: Page, measuring: boolean): Promise<void> {
  await page.evaluate((on) => {
    window.__bench.measuring = on;
  }, measuring);
}

/**
 * Checks the first options of every option list one after another (OR within a list, AND across
 * lists), then unchecks them in reverse order; each click is one measured toggle.
 */
async function toggleFilters(page: Page, query: string): Promise<void> {
  const lists = await page.locator('social-services-catalogue ul.options').evaluateAll((elements) => elements.map((list) => list.id));
  const boxes = lists.flatMap((id) =>
    Array.from({ length: OPTIONS_PER_LIST }, (_, index) => page.locator(`social-services-catalogue ul.options#${id} input[type=checkbox]`).nth(index)),
  );
  const present = [];
  for (const box of boxes) if ((await box.count()) > 0) present.push(box);
  await setMeasuring(page, true);
  for (const box of [...present, ...[...present].reverse()]) {
    const measuredBefore = await page.evaluate(() => window.__bench.records.length);
    await clickAsAHand(page, box);
    await page.evaluate(() => window.__bench.settled());
    await page.evaluate(() => window.__bench.quiet());
    if ((await page.evaluate(() => window.__bench.records.length)) !== measuredBefore + 1) {
      throw new Error('a filter click was not measured: the press and release missed the checkbox');
    }
  }
  await setMeasuring(page, false);
  const value = await page.locator(searchField).inputValue();
  if (value !== query) throw new Error(`filter toggles changed the query to "${value}"`);
}

/**
 * Presses the mouse on the checkbox, lets the page finish with the press, then releases it, as a hand
 * does with some tens of milliseconds between the two. The click's time stamp is the release's, so
 * only what follows the release is measured. Playwright's locator.click() sends the press and the
 * release together and runs its own hit-target check in the page on the press: the press's work
 * (focus, that check, 1 to 3 ms here) fell inside the click's measured time, which no hand's click has.
 */
async function clickAsAHand(page: Page, box: Locator): Promise<void> {
  await box.scrollIntoViewIfNeeded();
  const bounds = await box.boundingBox();
  if (!bounds) throw new Error('a filter checkbox has no box to click');
  await page.mouse.move(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
  await page.mouse.down();
  await page.evaluate(() => window.__bench.quiet());
  await page.mouse.up();
}

interface PageBench {
  measuring: boolean;
  firstResults: number | undefined;
  firstResultsShown: Promise<void>;
  records: Record[];
  mismatches: Record[];
  idleTimeouts: number;
  longTasks: LongTask[];
  settled(): Promise<void>;
  idle(): Promise<void>;
  quiet(): Promise<void>;
  arrival(catalogueUrl: string): number | undefined;
  baseline(fuseUrl: string, catalogueUrl: string, queries: string[], budgetMs: number): Promise<{ build: number; times: number[]; every: number }>;
}

declare global {
  interface Window {
    __bench: PageBench;
  }
}
