/**
 * Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…, and the right-to-left blocks
 * beyond the Basic Multilingual Plane) and the bidi formatting characters (marks, embeddings, overrides,
 * isolates).
 */
const reordering = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;

/**
 * Whether a text can reorder the text around it when it is not isolated (<bdi>): only one with a
 * right-to-left letter or a bidi formatting character can. Czech and English text cannot, so it need
 * not pay for an isolating element (a fifth of a result card's layout).
 */
export function canReorderNeighbours(text: string): boolean {
  return reordering.test(text);
}
