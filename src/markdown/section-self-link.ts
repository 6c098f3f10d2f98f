/**
 * Options for rehype-autolink-headings: a visible "#" link after every section
 * heading (`<h2>`), so a reader can copy the permalink of one section.
 *
 * The link sits after the heading, not inside it, so the heading's accessible
 * name stays its text; the link's own name says what it is for.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

export const sectionSelfLink: Options = {
  behavior: 'after',
  test: 'h2',
  group: () => ({ type: 'element', tagName: 'div', properties: { className: ['section-heading'] }, children: [] }),
  properties: (heading: Element) => ({
    className: ['section-link'],
    ariaLabel: `Link to the section “${toString(heading)}”`,
  }),
  content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
};
