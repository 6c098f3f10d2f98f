/**
 * What Pagefind reads of a built page, as a page of its own: the search document.
 *
 * Pagefind indexes the text of the `data-pagefind-body` elements, the filters, metadata and sort
 * keys marked anywhere on the page (`data-pagefind-filter`, `-meta`, `-default-meta`, `-sort`),
 * the first non-empty `<h1>` as the title (the first `<title>` when there is none) and the first
 * `<img>` after the title as the image (Pagefind 1.x, `fossick/parser.rs`). Everything else —
 * navigation, the related-article list, the share row, the scripts — never reaches the index.
 *
 * `searchDocument` keeps exactly those parts, byte for byte, in document order and inside the
 * elements that held them (their tag names and `data-pagefind-*` attributes only, so `<footer>`,
 * `<nav>` and ignored elements keep their meaning), and drops the rest. The search index is built
 * from this document, not from the page, so a key made of it covers everything the index holds: a
 * page whose related list or navigation changed gives the same document; a page whose text,
 * byline, topics or title changed does not. `tests/build/search-shards.test.ts` checks that
 * Pagefind writes the same index from the document as from the page.
 *
 * It reads the page with a tokenizer of its own rather than a DOM: built pages are well-formed
 * (every element closed, as Astro writes them), and at 14,000 pages a DOM parse (node-html-parser,
 * 3 ms a page) cost 40 s per build, a scan a tenth of that.
 */

import { decodeHTMLAttribute } from 'entities';

/** Attributes that mark a filter, metadata or sort key; their value says where the value comes from. */
const VALUE_ATTRIBUTES = [
  'data-pagefind-filter',
  'data-pagefind-meta',
  'data-pagefind-default-meta',
  'data-pagefind-sort',
];
/** `name[attribute]`: the value is read from another attribute of the element (Pagefind's ATTRIBUTE_MATCH). */
const FROM_ATTRIBUTE = /^\s*([^:[\]]+)\[(.+)\]\s*$/;
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT_TAGS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'noscript',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);
/** A comment, a doctype or processing instruction, an end tag (1), or a start tag (2) with its attributes (3). */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>|<\/([a-zA-Z][^\s/>]*)[^>]*>|<([a-zA-Z][^\s/>]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const MARKED = /data-pagefind-/i;
/** Stands for the page's `<title>` until the walk knows whether Pagefind would fall back to it. */
const PAGE_TITLE = '\u0000page-title\u0000';

interface Attribute {
  /** Lowercase. */
  name: string;
  value: string;
  /** As written in the page. */
  source: string;
}

interface Element {
  tag: string;
  /** The start tag's attributes as written, read into `attributes` when first asked for. */
  attributeSource: string;
  attributes?: Attribute[];
  /** Offsets in the page: `<`, after the start tag's `>`, the end tag's `<` (or the end of what the element holds). */
  start: number;
  contentStart: number;
  contentEnd: number;
  children: Element[];
}

/** How a `data-pagefind-filter`-like value finds its parts: in the element's text, literally (`name:value`), or in attributes. */
export interface ValueParts {
  fromText: boolean;
  attributes: string[];
}

/**
 * The parts of an attribute value as Pagefind splits them (`parse_attr_string`): everything after
 * the first colon is the last part's literal value; before it, parts are separated by commas, and a
 * part `name[attribute]` reads the attribute.
 */
export function valueParts(value: string): ValueParts {
  const colon = value.indexOf(':');
  const named = (colon === -1 ? value : value.slice(0, colon)).split(',');
  const parts: ValueParts = { fromText: false, attributes: [] };
  named.forEach((part, index) => {
    const fromAttribute = FROM_ATTRIBUTE.exec(part);
    if (fromAttribute) parts.attributes.push(fromAttribute[2]!.toLowerCase());
    // The last part before a colon takes the literal after it; any other bare name reads the text.
    else if (!(colon !== -1 && index === named.length - 1)) parts.fromText = true;
  });
  return parts;
}

function readAttributes(source: string): Attribute[] {
  return [...source.matchAll(ATTRIBUTE)].map((match) => ({
    name: match[1]!.toLowerCase(),
    value: decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? ''),
    source: match[0],
  }));
}

/** The elements of a page as a tree (under a root of tag ''). An end tag closes the nearest open element of its name and those inside it. */
function readTree(html: string): Element {
  const root: Element = {
    tag: '',
    attributeSource: '',
    start: 0,
    contentStart: 0,
    contentEnd: html.length,
    children: [],
  };
  const open: Element[] = [root];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, endTag, startTag, attributes = ''] = match;
    if (endTag) {
      const tag = endTag.toLowerCase();
      const at = open.findLastIndex((element) => element.tag === tag);
      if (at > 0) for (const element of open.splice(at)) element.contentEnd = match.index;
    } else if (startTag) {
      const tag = startTag.toLowerCase();
      const end = match.index + token.length;
      const element: Element = {
        tag,
        attributeSource: attributes,
        start: match.index,
        contentStart: end,
        contentEnd: end,
        children: [],
      };
      open.at(-1)!.children.push(element);
      if (RAW_TEXT_TAGS.has(tag)) {
        const close = new RegExp(`</${tag}[\\s/>]`, 'gi');
        close.lastIndex = end;
        element.contentEnd = close.exec(html)?.index ?? html.length;
        TOKEN.lastIndex = element.contentEnd;
      } else if (!VOID_TAGS.has(tag) && !attributes.trimEnd().endsWith('/')) {
        element.contentEnd = html.length;
        open.push(element);
      }
    }
  }
  return root;
}

const attributesOf = (element: Element) =>
  (element.attributes ??= element.attributeSource.trim() ? readAttributes(element.attributeSource) : []);
const attribute = (element: Element, name: string) => attributesOf(element).find((a) => a.name === name)?.value;
/** Whether an element carries any `data-pagefind-*` attribute: most do not, and are passed over without reading their attributes. */
const isMarked = (element: Element) => MARKED.test(element.attributeSource);
const hasText = (html: string) => /\S/.test(html.replace(/<[^>]*>/g, ''));

/**
 * The search document of a page: a smaller HTML page that Pagefind indexes exactly as it indexes
 * `html`, or undefined when the page has no `data-pagefind-body` (Pagefind leaves such pages out
 * of a site whose pages have one, as it does redirects at old article paths).
 */
export function searchDocument(html: string): string | undefined {
  let hasBody = false;
  let titleSeen = false;
  let imageSeen = false;
  let pageTitle: string | undefined;
  const inner = (element: Element) => html.slice(element.contentStart, element.contentEnd);
  const whole = (element: Element) =>
    `${html.slice(element.start, element.contentStart)}${inner(element)}${VOID_TAGS.has(element.tag) ? '' : `</${element.tag}>`}`;

  // What the title and image rules see inside a subtree that is kept whole (a body, a filter's text).
  const notice = (element: Element) => {
    if (element.tag === 'h1' && !titleSeen && hasText(inner(element))) titleSeen = true;
    if (element.tag === 'img' && titleSeen && !imageSeen && attribute(element, 'src') !== undefined) imageSeen = true;
    if (isMarked(element)) {
      if (attribute(element, 'data-pagefind-body') !== undefined) hasBody = true;
      const meta = attribute(element, 'data-pagefind-meta');
      if (meta !== undefined && /(^|,)\s*title\s*(\[|:|,|$)/.test(meta)) titleSeen = true;
    }
    element.children.forEach(notice);
  };

  const walk = (element: Element): string => {
    const { tag } = element;
    const kept = new Set<string>();
    let fromText = false;
    if (isMarked(element)) {
      if (attribute(element, 'data-pagefind-ignore')?.toLowerCase() === 'all') return '';
      if (attribute(element, 'data-pagefind-body') !== undefined) {
        notice(element);
        return whole(element);
      }
      for (const { name } of attributesOf(element)) if (name.startsWith('data-pagefind-')) kept.add(name);
      for (const name of VALUE_ATTRIBUTES) {
        const value = attribute(element, name);
        if (value === undefined) continue;
        const parts = valueParts(value);
        fromText ||= parts.fromText;
        for (const from of parts.attributes) kept.add(from);
      }
    }
    if (tag === 'html') kept.add('lang');
    const isTitle = tag === 'h1' && !titleSeen && hasText(inner(element));
    const isImage = tag === 'img' && titleSeen && !imageSeen && attribute(element, 'src') !== undefined;
    if (isImage) kept.add('src').add('alt');
    const keptAttributes = kept.size > 0 ? attributesOf(element).filter(({ name }) => kept.has(name)) : [];
    const open = `<${tag}${keptAttributes.map(({ source }) => ` ${source}`).join('')}>`;
    if (fromText || isTitle) {
      // The value is the element's text: keep what it holds whole, as Pagefind would read it.
      notice(element);
      return `${open}${inner(element)}</${tag}>`;
    }
    if (isImage) imageSeen = true;
    if (tag === 'title') {
      // The first <title> only (an inline SVG's come later).
      if (pageTitle !== undefined) return '';
      pageTitle = `${open}${inner(element)}</title>`;
      return PAGE_TITLE;
    }
    if (VOID_TAGS.has(tag)) return keptAttributes.length > 0 ? open : '';
    const content = element.children.map(walk).join('');
    const structural = tag === 'html' || tag === 'head' || tag === 'body';
    return content || keptAttributes.length > 0 || structural ? `${open}${content}</${tag}>` : '';
  };

  const document = readTree(html).children.map(walk).join('');
  if (!hasBody) return undefined;
  // Pagefind takes the page's <title> only when no heading or metadata gave a title.
  return `<!DOCTYPE html>${document.replace(PAGE_TITLE, titleSeen ? '' : (pageTitle ?? ''))}`;
}
