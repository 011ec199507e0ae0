/**
 * The benchmark's figures against the budgets of issue 6, as a table and as JSON. Pure: no browser here.
 */
import type { BundlePart } from './bundle-parts.js';

/** Nearest-rank percentile (share 0.95 for p95); NaN for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}

export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export function distribution(values: readonly number[]): Distribution {
  return {
    count: values.length,
    min: values.length === 0 ? Number.NaN : Math.min(...values),
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/** Every figure one scale yields; times in ms, sizes in bytes. */
export interface ScaleFigures {
  readonly services: number;
  readonly keystroke: Distribution;
  readonly filterToggle: Distribution;
  /** Until every card of the page is filled, also those below the fold (filled after the paint). */
  readonly keystrokeFullPage: Distribution;
  readonly filterToggleFullPage: Distribution;
  /**
   * Last byte of the catalogue received → first result on screen (catalogue answered after a CDN-like
   * delay), over several loads of the page; the budget is held against their median.
   */
  readonly firstResults: Distribution;
  /** The same with the catalogue answered at once, while the element is still starting up. */
  readonly firstResultsInstant: Distribution;
  /** The same (catalogue after the delay) on a page that presets a municipality, as municipal sites do. */
  readonly firstResultsPreset: Distribution;
  readonly heapAfterLoad: number;
  readonly heapAfterTyping: number;
  /** Long tasks while typing and toggling filters. */
  readonly longTasks: { readonly count: number; readonly max: number };
  /** Long tasks from navigation until the page is idle after loading (for information). */
  readonly loadLongTasks: { readonly count: number; readonly max: number };
  /** Changes whose list did not show the services the event announced. */
  readonly mismatches: number;
  readonly catalogueBytes: number;
  readonly catalogueGzip: number;
  readonly baseline: { readonly build: number; readonly keystroke: Distribution; readonly every: number };
}

export type ScaleName = 'real' | '700' | '7000';

export interface BudgetRow {
  readonly figure: string;
  readonly unit: 'ms' | 'MB' | 'kB' | '';
  readonly value: (figures: ScaleFigures) => number;
  /** Budget per scale; the 700-service catalogue is held to the national (7,000) budget. */
  readonly budget: Partial<Record<ScaleName, number>>;
}

// Decimal units, as Vite prints sizes and the stricter reading of the budgets.
const MB = 1e6;
const KB = 1e3;

export const budgetRows: readonly BudgetRow[] = [
  { figure: 'keystroke → results on screen, p95', unit: 'ms', value: (f) => f.keystroke.p95, budget: { real: 4, '700': 16, '7000': 16 } },
  { figure: 'filter toggle → results on screen, p95', unit: 'ms', value: (f) => f.filterToggle.p95, budget: { real: 4, '700': 16, '7000': 16 } },
  { figure: 'catalogue arrival → first results, median', unit: 'ms', value: (f) => f.firstResults.p50, budget: { real: 50, '700': 300, '7000': 300 } },
  { figure: 'JS heap after load', unit: 'MB', value: (f) => f.heapAfterLoad / MB, budget: { '700': 40, '7000': 40 } },
  { figure: 'long tasks > 50 ms while typing/filtering', unit: '', value: (f) => f.longTasks.count, budget: { real: 0, '700': 0, '7000': 0 } },
  { figure: 'catalogue JSON, gzip', unit: 'kB', value: (f) => f.catalogueGzip / KB, budget: { real: 20, '700': 1500, '7000': 1500 } },
];

export const bundleBudgetKB = 35;

export interface BenchResults {
  readonly date: string;
  readonly environment: Readonly<Record<string, string | number>>;
  readonly bundle: { readonly bytes: number; readonly gzip: number; readonly parts: readonly BundlePart[] };
  readonly scales: Partial<Record<ScaleName, ScaleFigures>>;
}

export function verdict(value: number, budget: number | undefined): 'met' | 'NOT met' | '—' {
  if (budget === undefined) return '—';
  return value <= budget ? 'met' : 'NOT met';
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = unit === 'ms' && value < 10 ? 1 : unit === 'MB' ? 1 : 0;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** A Markdown table: every figure per scale, each against its budget. */
export function resultsTable(results: BenchResults): string {
  const scales = (['real', '700', '7000'] as const).filter((name) => results.scales[name]);
  const heading = (name: ScaleName) => (name === 'real' ? `real (${results.scales.real?.services} services)` : `${name} services`);
  const lines = [
    `| figure | ${scales.map(heading).join(' | ')} |`,
    `|---|${scales.map(() => '---|').join('')}`,
  ];
  const cell = (text: string, budget: number | undefined, unit: string, value: number) =>
    budget === undefined ? text : `${text} (≤ ${format(budget, unit)}: ${verdict(value, budget)})`;
  for (const row of budgetRows) {
    const cells = scales.map((name) => {
      const figures = results.scales[name];
      if (!figures) return '';
      const value = row.value(figures);
      return cell(format(value, row.unit), row.budget[name], row.unit, value);
    });
    lines.push(`| ${row.figure} | ${cells.join(' | ')} |`);
  }
  const info = (figure: string, value: (f: ScaleFigures) => string) =>
    lines.push(`| ${figure} | ${scales.map((name) => { const figures = results.scales[name]; return figures ? value(figures) : ''; }).join(' | ')} |`);
  const spread = (d: Distribution) => `${format(d.min, 'ms')} – ${format(d.max, 'ms')} (${d.count})`;
  info('first results: fastest – slowest load (n)', (f) => spread(f.firstResults));
  info('arrival → first results, catalogue answered at once: median; fastest – slowest', (f) => `${format(f.firstResultsInstant.p50, 'ms')}; ${spread(f.firstResultsInstant)}`);
  info('arrival → first results, municipality preset: median; fastest – slowest', (f) => `${format(f.firstResultsPreset.p50, 'ms')}; ${spread(f.firstResultsPreset)}`);
  info('keystroke p50 / max (n)', (f) => `${format(f.keystroke.p50, 'ms')} / ${format(f.keystroke.max, 'ms')} (${f.keystroke.count})`);
  info('filter toggle p50 / max (n)', (f) => `${format(f.filterToggle.p50, 'ms')} / ${format(f.filterToggle.max, 'ms')} (${f.filterToggle.count})`);
  info('keystroke → all 50 cards filled, p50 / p95', (f) => `${format(f.keystrokeFullPage.p50, 'ms')} / ${format(f.keystrokeFullPage.p95, 'ms')}`);
  info('filter toggle → all 50 cards filled, p50 / p95', (f) => `${format(f.filterToggleFullPage.p50, 'ms')} / ${format(f.filterToggleFullPage.p95, 'ms')}`);
  info('longest task while typing', (f) => (f.longTasks.count === 0 && !Number.isFinite(f.longTasks.max) ? 'none' : format(f.longTasks.max, 'ms')));
  info('long tasks while loading (n, longest)', (f) => `${f.loadLongTasks.count}, ${f.loadLongTasks.count > 0 ? format(f.loadLongTasks.max, 'ms') : '—'}`);
  info('JS heap after typing', (f) => format(f.heapAfterTyping / MB, 'MB'));
  info('lists not matching their count', (f) => String(f.mismatches));
  info('catalogue JSON, raw', (f) => format(f.catalogueBytes / KB, 'kB'));
  info('baseline fuse.js: build', (f) => format(f.baseline.build, 'ms'));
  info('baseline fuse.js: search p50 / p95 (n, every k-th keystroke)', (f) => `${format(f.baseline.keystroke.p50, 'ms')} / ${format(f.baseline.keystroke.p95, 'ms')} (${f.baseline.keystroke.count}, k = ${f.baseline.every})`);
  info('baseline p95 ÷ element keystroke p95', (f) => `${(f.baseline.keystroke.p95 / f.keystroke.p95).toFixed(1)}×`);
  const bundleKB = results.bundle.gzip / KB;
  lines.push(
    `| element bundle, gzip (everything inside) | ${format(bundleKB, 'kB')} (≤ ${bundleBudgetKB} kB: ${verdict(bundleKB, bundleBudgetKB)}); ${format(results.bundle.bytes / KB, 'kB')} raw |${scales.slice(1).map(() => ' |').join('')}`,
    `| of which, gzip | ${results.bundle.parts.map((part) => `${part.name} ${(part.gzip / KB).toFixed(1)} kB`).join(', ')} |${scales.slice(1).map(() => ' |').join('')}`,
  );
  return lines.join('\n');
}

/** Whether every budget in the results is met. */
export function allBudgetsMet(results: BenchResults): boolean {
  const scalesMet = (['real', '700', '7000'] as const).every((name) => {
    const figures = results.scales[name];
    return !figures || budgetRows.every((row) => verdict(row.value(figures), row.budget[name]) !== 'NOT met');
  });
  return scalesMet && results.bundle.gzip / KB <= bundleBudgetKB;
}
