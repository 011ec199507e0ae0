/**
 * Registered capacity in words: "12 lůžek", "1 klient". Labelled by the caller as registered capacity,
 * because it is the maximum in the register, never the number of free places.
 */
import type { Lang } from '../i18n/lang.js';
import { messagesFor } from '../i18n/messages.js';

export interface CapacityAmount {
  readonly count: number;
  /** A unit code of the codebook TypKapacitySocialniSluzby: luzka, klient, interv, kontakt, hovor. */
  readonly unit: string;
}

/** The count with its unit in the right plural form; an unknown unit code follows the number as it is. */
export function formatCapacity(lang: Lang, capacity: CapacityAmount): string {
  return messagesFor(lang).capacityCount(capacity.count, capacity.unit);
}
