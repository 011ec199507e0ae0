/**
 * Search with life situations: the services a query matches directly, then the services of the
 * kinds its situations lead to. Direct matches always rank above services reached only through a
 * situation, and each of those says which situation and which kind brought it.
 */
import type { ServiceView } from '../catalogue/model.js';
import type { CatalogueLifeSituation, SituationLabel } from '../generated/catalogue-types.js';
import type { SearchIndex } from './engine.js';
import type { SituationIndex, SituationMatch } from './situations.js';

/** What the ranking needs to know about a service besides its texts. */
export interface SituationService {
  readonly id: string;
  readonly kind?: number;
  readonly targetGroups: readonly number[];
}

/** Why a service is in the results although its texts do not match the query. */
export interface SituationReason {
  readonly situationId: string;
  readonly situationLabel: SituationLabel;
  /** The kind of service (DruhSocialniSluzby code) the situation leads to. */
  readonly kind: number;
}

export interface SituationSearchHit {
  readonly id: string;
  /** Only on services reached through a situation, not on direct matches. */
  readonly reason?: SituationReason;
}

export interface SituationSearch {
  /** Direct matches best first, then services reached through situations; `within` limits both. */
  search(query: string, within?: ReadonlySet<string>): SituationSearchHit[];
  /** The situations the query describes, best first, for suggestions while typing. */
  suggest(query: string, limit?: number): CatalogueLifeSituation[];
}

/** How many situations may widen one query. */
const EXPANDED_SITUATIONS = 4;
const DEFAULT_SUGGESTIONS = 4;
/** Each further service of one kind scores this much less than its kind: 1/(1 + discount × n). */
const KIND_REPEAT_DISCOUNT = 0.1;
/** The highest weight of a kind in a situation (life-situations.schema.json). */
const MAX_KIND_WEIGHT = 3;

interface KindRoute {
  readonly kind: number;
  /** The situation's score times the kind's weight, from 0 to 1. */
  readonly score: number;
  readonly situation: CatalogueLifeSituation;
}

/**
 * `services` are the same services the index was built from, in the order ties should keep
 * (the catalogue's display order).
 */
export function createSituationSearch(
  index: SearchIndex,
  situations: SituationIndex,
  services: readonly SituationService[],
): SituationSearch {
  const kindOf = new Map(services.map((service) => [service.id, service.kind]));
  const servicesByKind = new Map<number, number[]>();
  services.forEach((service, position) => {
    if (service.kind === undefined) return;
    const list = servicesByKind.get(service.kind);
    if (list) list.push(position);
    else servicesByKind.set(service.kind, [position]);
  });

  /**
   * Per situation and kind, that kind's services with the most target groups in common first, then
   * those that state none, then those whose stated groups are all others: a counselling service for
   * families of autistic children is not what "dluhy" asks for, a counselling service that has not said
   * whom it serves may be.
   */
  const rankedCache = new Map<string, readonly number[]>();
  function rankedServices(situation: CatalogueLifeSituation, kind: number): readonly number[] {
    const key = `${situation.id} ${kind}`;
    let ranked = rankedCache.get(key);
    if (!ranked) {
      const groups = new Set(situation.targetGroups ?? []);
      const fit = (position: number) => {
        const stated = services[position]?.targetGroups ?? [];
        const overlap = stated.reduce((count, group) => count + (groups.has(group) ? 1 : 0), 0);
        return overlap > 0 || stated.length === 0 || groups.size === 0 ? overlap : -1;
      };
      ranked = [...(servicesByKind.get(kind) ?? [])].sort((a, b) => fit(b) - fit(a) || a - b);
      rankedCache.set(key, ranked);
    }
    return ranked;
  }

  return {
    search(query, within) {
      const direct = index.search(query, within);
      const routes = kindRoutes(situations.match(query, EXPANDED_SITUATIONS));
      if (routes.length === 0) return direct.map(({ id }) => ({ id }));

      const routed = new Set(routes.map((route) => route.kind));
      const directIds = new Set(direct.map((hit) => hit.id));
      // Among direct matches, those of a kind the situations lead to first: both signals agree.
      const hits: SituationSearchHit[] = [
        ...direct.filter((hit) => routed.has(kindOf.get(hit.id) ?? 0)).map(({ id }) => ({ id })),
        ...direct.filter((hit) => !routed.has(kindOf.get(hit.id) ?? 0)).map(({ id }) => ({ id })),
      ];
      const candidates = routes.map((route) => ({
        route,
        reason: { situationId: route.situation.id, situationLabel: route.situation.label, kind: route.kind },
        services: rankedServices(route.situation, route.kind).filter((position) => {
          const id = services[position]?.id ?? '';
          return !directIds.has(id) && (within === undefined || within.has(id));
        }),
        next: 0,
      }));
      // Merge the kinds by score, each next service of a kind a little lower: kinds that fit about
      // equally well alternate, so the first page shows each of them.
      for (;;) {
        let best: (typeof candidates)[number] | undefined;
        let bestScore = 0;
        for (const candidate of candidates) {
          if (candidate.next >= candidate.services.length) continue;
          const score = candidate.route.score / (1 + KIND_REPEAT_DISCOUNT * candidate.next);
          if (score > bestScore) {
            best = candidate;
            bestScore = score;
          }
        }
        if (!best) break;
        hits.push({ id: services[best.services[best.next++] ?? 0]?.id ?? '', reason: best.reason });
      }
      return hits;
    },

    suggest(query, limit = DEFAULT_SUGGESTIONS) {
      return situations.match(query, limit).map((match) => match.situation);
    },
  };
}

/** The display model's services as the situation ranking needs them. */
export function situationServices(services: readonly ServiceView[]): SituationService[] {
  return services.map((service) => ({
    id: service.key,
    kind: service.kind?.code,
    targetGroups: service.targetGroups.map((group) => group.code),
  }));
}

/** Each kind the matched situations lead to, once, by its best score: situation score × kind weight. */
function kindRoutes(matches: readonly SituationMatch[]): KindRoute[] {
  const best = new Map<number, KindRoute>();
  for (const { situation, score } of matches) {
    for (const { kind, weight } of situation.kinds) {
      const route = { kind, score: (score * weight) / MAX_KIND_WEIGHT, situation };
      if (route.score > (best.get(kind)?.score ?? 0)) best.set(kind, route);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
