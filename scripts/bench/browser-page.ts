/**
 * What the benchmark puts in the browser: a host page that embeds the built element as a municipal site
 * would, and an instrument script (plain JavaScript, injected before any page script) that times, in the
 * page's own clock:
 *
 * - a keystroke: from the `input` event of the search field (its `timeStamp`, seen by a capturing
 *   listener on window before the element's own handler) to the element's `catalogue-change` event for
 *   that same query — the element dispatches it in `updated()`, after the result list for the query is
 *   in the DOM — plus a forced style and layout of the page and of every card on screen (cards below the
 *   fold skip their layout), so the time covers everything before paint;
 * - a filter toggle: from the checkbox's `click` event to the next `catalogue-change`, the same way;
 * - first results: the first `li.result` in the element's shadow root, seen by a MutationObserver
 *   (which runs right after Lit commits the DOM), again with a forced layout; `firstResultsShown`
 *   resolves then.
 * Each measured change is checked: the list must hold min(result count, 50) services and every card
 * on screen must be filled, or it is counted as a mismatch (a list rendered later than the event
 * would hide latency). Cards below the fold may be filled after the paint: when the element's
 * `updateComplete` resolves, the whole page is complete, and that time is recorded too.
 * Long tasks come from a `longtask` PerformanceObserver. The baseline (fuse.js with default options
 * over every service) is timed in the same page, on the same catalogue, by `__bench.baseline`.
 */

/**
 * The page the element is measured in: only the element, its script and the catalogue it loads; with
 * `municipality`, preset to that municipality as a municipal site would.
 */
export function hostPage(catalogueUrl: string, municipality?: string): string {
  const preset = municipality === undefined ? '' : ` municipality="${municipality}"`;
  return `<!doctype html>
<html lang="cs">
  <head>
    <meta charset="utf-8" />
    <title>Benchmark</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/social-services-catalogue.js"></script>
  </head>
  <body>
    <social-services-catalogue src="${catalogueUrl}"${preset}></social-services-catalogue>
  </body>
</html>
`;
}

/** The page's default page size: a finished list shows this many services, or all when fewer. */
export const benchPageSize = 50;

/** Injected with `page.addInitScript`; kept as plain JavaScript so nothing a TypeScript build adds can break it. */
export const instrumentScript = `
(() => {
  const pageSize = ${benchPageSize};
  const bench = {
    measuring: false,
    pending: undefined,
    waiters: [],
    records: [],
    mismatches: [],
    unfinished: 0,
    firstResults: undefined,
    longTasks: [],
  };
  window.__bench = bench;
  let showFirstResults;
  bench.firstResultsShown = new Promise((resolve) => {
    showFirstResults = resolve;
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const element = () => document.querySelector('social-services-catalogue');
  // Reading a box forces the style and layout the next paint would otherwise do. Cards skip their
  // content's layout while off screen (content-visibility: auto), and a card just added is still skipped
  // after the list's layout: reading a box inside each card on screen lays out what the paint would.
  const layout = (root) => {
    root.querySelector('.results')?.getBoundingClientRect();
    for (const card of root.querySelectorAll('li.result')) {
      const box = card.getBoundingClientRect();
      if (box.top < innerHeight && box.bottom > 0) card.firstElementChild?.getBoundingClientRect();
    }
  };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName === 'social-services-catalogue') {
      const observer = new MutationObserver(() => {
        if (bench.firstResults !== undefined || !root.querySelector('li.result > article')) return;
        layout(root);
        bench.firstResults = performance.now();
        showFirstResults();
        observer.disconnect();
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };

  const inputOf = (event) => {
    const target = event.composedPath()[0];
    return target instanceof HTMLInputElement ? target : undefined;
  };
  addEventListener('input', (event) => {
    const input = inputOf(event);
    if (!bench.measuring || input?.id !== 'query') return;
    bench.pending = { kind: 'keystroke', start: event.timeStamp, query: input.value };
  }, true);
  addEventListener('click', (event) => {
    const input = inputOf(event);
    if (!bench.measuring || input?.type !== 'checkbox') return;
    bench.pending = { kind: 'filter', start: event.timeStamp, query: undefined };
  }, true);
  addEventListener('catalogue-change', (event) => {
    const pending = bench.pending;
    if (!pending || (pending.kind === 'keystroke' && event.query !== pending.query)) return;
    bench.pending = undefined;
    const host = event.target;
    const root = host.shadowRoot;
    layout(root);
    const end = performance.now();
    const cards = [...root.querySelectorAll('li.result')];
    // Cards may be filled after the paint, but none that is on screen: that would be latency hidden.
    const emptyOnScreen = cards.filter((card) => !card.firstElementChild && card.getBoundingClientRect().top < innerHeight).length;
    const record = { kind: pending.kind, query: event.query, start: pending.start, end, complete: undefined, resultCount: event.resultCount, shown: cards.length, emptyOnScreen };
    bench.records.push(record);
    if (cards.length !== Math.min(event.resultCount, pageSize) || emptyOnScreen > 0) bench.mismatches.push(record);
    bench.unfinished++;
    // The whole page of cards, also those below the fold.
    host.updateComplete.then(() => {
      record.complete = performance.now();
      bench.unfinished--;
      for (const resolve of bench.waiters.splice(0)) resolve();
    });
  });

  /** Resolves when the measured change has reached the screen and its page is complete (at once when none is waiting). */
  bench.settled = (timeoutMs = 20000) =>
    bench.pending === undefined && bench.unfinished === 0
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          bench.waiters.push(resolve);
          setTimeout(() => reject(new Error('no catalogue-change for ' + JSON.stringify(bench.pending))), timeoutMs);
        });

  /**
   * Resolves when the page has had two long idle periods in a row, so work left in slices or idle
   * callbacks is done; gives up after 5 s (counted in idleTimeouts) rather than hang the run.
   */
  bench.idleTimeouts = 0;
  bench.idle = async () => {
    const giveUp = performance.now() + 5000;
    for (let calm = 0; calm < 2; ) {
      if (performance.now() > giveUp) {
        bench.idleTimeouts++;
        break;
      }
      const roomy = await new Promise((resolve) =>
        requestIdleCallback((deadline) => resolve(!deadline.didTimeout && deadline.timeRemaining() > 40), { timeout: 1000 }),
      );
      calm = roomy ? calm + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await element()?.updateComplete;
  };

  /**
   * Resolves after two frames and a task: what a change started by input leaves for later has run.
   * (Idle callbacks are no use between inputs: Chromium holds them back for about half a second after each.)
   */
  bench.quiet = async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve));
    await element()?.updateComplete;
  };

  /** The moment the last byte of the catalogue arrived (Resource Timing), on the page's clock. */
  bench.arrival = (catalogueUrl) =>
    performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(catalogueUrl))?.responseEnd;

  /**
   * The baseline: fuse.js with its default options over every service of the same catalogue, keys name,
   * provider, kind, target groups and municipalities; one search per keystroke of the same typing. At
   * national scale one search can take seconds, so only every n-th keystroke is timed, n chosen from
   * three trial searches so that the timed ones take about \`budgetMs\` in all.
   */
  bench.baseline = async (fuseUrl, catalogueUrl, queries, budgetMs) => {
    const { default: Fuse } = await import(fuseUrl);
    const catalogue = await (await fetch(catalogueUrl)).json();
    const kinds = new Map(catalogue.codebooks.kinds.map((kind) => [kind.code, kind.label.cs]));
    const groups = new Map(catalogue.codebooks.targetGroups.map((group) => [group.code, group.label.cs]));
    const municipalities = new Map(catalogue.municipalities.map((m) => [m.code, m.name]));
    // A whole district stands for every municipality in it, as the element reads it.
    const byDistrict = new Map();
    for (const m of catalogue.municipalities) {
      if (!byDistrict.has(m.districtCode)) byDistrict.set(m.districtCode, []);
      byDistrict.get(m.districtCode).push(m.code);
    }
    const served = (area, places) => {
      const codes = [...(area?.districts ?? []).flatMap((district) => byDistrict.get(district) ?? []), ...(area?.municipalities ?? [])];
      return codes.length > 0 ? [...new Set(codes)] : places.map((place) => place.municipality);
    };
    const records = catalogue.providers.flatMap((provider) =>
      provider.services.map((service) => ({
        name: service.name,
        provider: provider.name,
        kind: kinds.get(service.kind) ?? '',
        targetGroups: (service.targetGroups ?? []).map((code) => groups.get(code) ?? ''),
        municipalities: served(service.serviceArea, service.places ?? []).map((code) => municipalities.get(code) ?? code),
      })),
    );
    const buildStart = performance.now();
    const fuse = new Fuse(records, { keys: ['name', 'provider', 'kind', 'targetGroups', 'municipalities'] });
    const build = performance.now() - buildStart;
    const prefixes = queries.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
    const timed = (prefix) => {
      const start = performance.now();
      fuse.search(prefix);
      return performance.now() - start;
    };
    const trial = [prefixes[0], prefixes[Math.floor(prefixes.length / 2)], prefixes[prefixes.length - 1]].map(timed);
    const every = Math.max(1, Math.ceil((prefixes.length * (trial.reduce((a, b) => a + b) / trial.length)) / budgetMs));
    const times = [];
    for (let i = 0; i < prefixes.length; i += every) {
      times.push(timed(prefixes[i]));
      // The page may breathe between searches; each search stays one task, as it would be.
      await new Promise((resolve) => setTimeout(resolve));
    }
    return { build, times, every };
  };
})();
`;
