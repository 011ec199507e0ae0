/**
 * The heading level of a service's name, so that the cards fit the host page's outline: under the
 * page's h1 they are h2, under a section's h2 they are h3 (the default). Anything else falls back.
 */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

const defaultHeadingLevel = 3;

export function serviceHeadingTag(level: number | undefined): HeadingTag {
  const usable = level !== undefined && Number.isInteger(level) && level >= 2 && level <= 6;
  return `h${usable ? level : defaultHeadingLevel}` as HeadingTag;
}
