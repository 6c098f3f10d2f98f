/**
 * Options for rehype-autolink-headings: a visible "#" link after every section
 * heading (`<h2>`), so a reader can copy the permalink of one section, and the
 * heading made focusable so following that link moves focus there.
 *
 * The link sits after the heading, not inside it, so the heading's accessible
 * name stays its text; the link's own name says what it is for.
 */
import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

export const sectionSelfLink: Options = {
  behavior: 'after',
  test: 'h2',
  // Focusable from a link (table of contents, shared #fragment) so keyboard and screen-reader
  // users land in the section, not just scroll to it.
  headingProperties: { tabIndex: -1 },
  group: () => ({ type: 'element', tagName: 'div', properties: { className: ['section-heading'] }, children: [] }),
  properties: (heading: Element) => ({
    className: ['section-link'],
    ariaLabel: `Link to the section “${hastToString(heading)}”`,
  }),
  content: {
    type: 'element',
    tagName: 'span',
    properties: { ariaHidden: 'true' },
    children: [{ type: 'text', value: '#' }],
  },
};
