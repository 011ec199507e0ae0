/**
 * Public entry: registers <social-services-catalogue> and exports its class, events and data types.
 * Registration is guarded, so a page that loads the script twice (or two versions of it) does not throw.
 */
import { SocialServicesCatalogue } from './social-services-catalogue.js';

export const tagName = 'social-services-catalogue';

if (!customElements.get(tagName)) customElements.define(tagName, SocialServicesCatalogue);

export { SocialServicesCatalogue };
export { CatalogueChangeEvent, CatalogueErrorEvent, CatalogueLoadEvent } from './events.js';
export type { FilterKey, FilterState } from './filters/state.js';
export type { LoadErrorKind } from './i18n/messages.js';
export type { Catalogue, ProviderFile, Service } from './generated/catalogue-types.js';
