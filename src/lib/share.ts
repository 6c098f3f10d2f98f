/**
 * Share links: plain URLs to each service's own share page. Nothing is loaded
 * from those services until the reader follows a link: no scripts, no trackers.
 * Which services the menu lists, and in what order, is the site's `share` setting.
 */
import { site } from '../site.config.ts';

interface ShareTarget {
  /** Service name, shown as the link text. */
  name: string;
  href: string;
}

interface SharedPage {
  url: string;
  title: string;
}

const encode = encodeURIComponent;

/** Every service a link can be made for: its name and its share page for a page. */
const SHARE_SERVICES = {
  email: {
    name: 'Email',
    href: ({ url, title }) => `mailto:?subject=${encode(title)}&body=${encode(`${title}\n\n${url}`)}`,
  },
  x: { name: 'X', href: ({ url, title }) => `https://x.com/intent/post?url=${encode(url)}&text=${encode(title)}` },
  facebook: { name: 'Facebook', href: ({ url }) => `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}` },
  telegram: {
    name: 'Telegram',
    href: ({ url, title }) => `https://t.me/share/url?url=${encode(url)}&text=${encode(title)}`,
  },
  whatsapp: { name: 'WhatsApp', href: ({ url, title }) => `https://wa.me/?text=${encode(`${title} ${url}`)}` },
  linkedin: {
    name: 'LinkedIn',
    href: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`,
  },
} satisfies Record<string, { name: string; href: (page: SharedPage) => string }>;

/** A service of `SHARE_SERVICES`, as the site's `share` setting names it. */
export type ShareService = keyof typeof SHARE_SERVICES;

/** Links to share `page` on each of `services` (the site's `share`), in that order. */
export function shareTargets(page: SharedPage, services: readonly ShareService[] = site.share): ShareTarget[] {
  return services.map((service) => ({ name: SHARE_SERVICES[service].name, href: SHARE_SERVICES[service].href(page) }));
}
