/**
 * Reader aids for one article: derive the timeline, key figures, quotes and
 * places from its paragraphs (see each module for its rules), then apply the
 * editor's corrections from frontmatter.
 *
 * Editors' corrections (`AidSettings`): `aids: false` switches every aid off; else one optional
 * key per aid (`AidOverrides`):
 *
 * ```yaml
 * aids:
 *   quotes: false              # never show this aid
 *   timeline:
 *     hide: [0]                # drop derived items, by 0-based position in the derived list
 *     edit:                    # replace fields of a derived item, by the same positions
 *       2: { label: Maps of 92,000 mines handed over }
 *     add:                     # items the text supports but the derivation missed
 *       - { date: '2022-07-28', label: Serviceman discharged, paragraphId: p-4 }   # quote dates: YAML reads bare ones as timestamps
 *   places:
 *     add: [{ name: Lachin }]
 * ```
 *
 * Positions refer to the derived list before any change (what the page shows
 * with no corrections), so `hide` and `edit` never shift each other. A position
 * that does not exist is an error naming the aid: the text has changed, and the
 * correction must be looked at again. The timeline is re-sorted by date after
 * corrections; the publication entry stays last on its day.
 */
import { analysisLimitProblem } from '../analysis-limits.ts';
import { deriveFigures } from './figures.ts';
import { derivePlaces } from './places.ts';
import { deriveQuotes } from './quotes.ts';
import { deriveTimeline } from './timeline.ts';
import type { ArticleClock, AttributedQuote, KeyFigure, Paragraph, Place, ReaderAids, TimelineEntry } from './types.ts';

export type * from './types.ts';

/** Corrections to one aid's list (see the module comment). */
interface AidListOverride<Item, Added = Item> {
  hide?: number[];
  edit?: Record<number, Partial<Item>>;
  add?: Added[];
}

/** A timeline entry an editor adds: always an event; `paragraphId` optional. */
type AddedTimelineEntry = Omit<TimelineEntry, 'kind' | 'paragraphId'> & { paragraphId?: string | null };
/** A place an editor adds; `paragraphIds` optional. */
type AddedPlace = Omit<Place, 'paragraphIds'> & { paragraphIds?: string[] };

/** Editor corrections from frontmatter: `false` switches an aid off. */
interface AidOverrides {
  timeline?: false | AidListOverride<Omit<TimelineEntry, 'kind'>, AddedTimelineEntry>;
  figures?: false | AidListOverride<KeyFigure>;
  quotes?: false | AidListOverride<AttributedQuote>;
  places?: false | AidListOverride<Place, AddedPlace>;
}

/** What an editor writes under `aids`: `false` for no aids at all, or corrections per aid. */
export type AidSettings = false | AidOverrides;

const ALL_AIDS_OFF: AidOverrides = { timeline: false, figures: false, quotes: false, places: false };

/** `aids: false` is every aid switched off. */
function overridesOf(settings: AidSettings): AidOverrides {
  return settings === false ? ALL_AIDS_OFF : settings;
}

/** A correction that does not fit the derived aids. */
export class AidOverrideError extends Error {
  override name = 'AidOverrideError';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function correctList<Item extends object, Added>(
  aid: string,
  items: Item[],
  override: AidListOverride<Item, Added> | undefined,
  fromAdded: (added: Added) => Item,
): Item[] {
  if (!override) return items;
  const position = (key: string | number, what: string): number => {
    const n = Number(key);
    if (!Number.isInteger(n) || n < 0 || n >= items.length) {
      throw new AidOverrideError(
        `aids.${aid}.${what}: there is no item ${String(key)} (the derived ${aid} has ${items.length} item${items.length === 1 ? '' : 's'}, numbered from 0)`,
      );
    }
    return n;
  };
  const edited = items.map((item) => ({ ...item }));
  for (const [key, fields] of Object.entries(override.edit ?? {})) {
    const n = position(key, 'edit');
    edited[n] = { ...edited[n]!, ...(fields as Partial<Item>) };
  }
  const hidden = new Set((override.hide ?? []).map((key) => position(key, 'hide')));
  return [...edited.filter((_, n) => !hidden.has(n)), ...(override.add ?? []).map(fromAdded)];
}

function byDate(entries: TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((x, y) => {
      if (x.entry.date !== y.entry.date) return x.entry.date < y.entry.date ? -1 : 1;
      const px = x.entry.kind === 'publication' ? 1 : 0;
      const py = y.entry.kind === 'publication' ? 1 : 0;
      return px - py || x.order - y.order;
    })
    .map(({ entry }) => entry);
}

/** Apply editors' corrections to derived aids (pure: returns new lists). */
export function applyAidOverrides(aids: ReaderAids, settings: AidSettings = {}): ReaderAids {
  const overrides = overridesOf(settings);
  const timeline =
    overrides.timeline === false
      ? []
      : byDate(
          correctList<TimelineEntry, AddedTimelineEntry>(
            'timeline',
            aids.timeline,
            overrides.timeline,
            (added: AddedTimelineEntry): TimelineEntry => {
              if (!ISO_DAY.test(added.date) || (added.endDate !== undefined && !ISO_DAY.test(added.endDate))) {
                throw new AidOverrideError(`aids.timeline.add: "${added.date}" is not a date such as 2022-07-26`);
              }
              return { ...added, paragraphId: added.paragraphId ?? null, kind: 'event' };
            },
          ),
        );
  return {
    timeline,
    figures:
      overrides.figures === false ? [] : correctList('figures', aids.figures, overrides.figures, (f: KeyFigure) => f),
    quotes:
      overrides.quotes === false ? [] : correctList('quotes', aids.quotes, overrides.quotes, (q: AttributedQuote) => q),
    places:
      overrides.places === false
        ? []
        : correctList(
            'places',
            aids.places,
            overrides.places,
            (p: AddedPlace): Place => ({ ...p, paragraphIds: p.paragraphIds ?? [] }),
          ),
  };
}

/** Derive every aid the editor did not switch off from the article's paragraphs, then apply the corrections. */
export function deriveReaderAids(paragraphs: Paragraph[], clock: ArticleClock, settings: AidSettings = {}): ReaderAids {
  const overrides = overridesOf(settings);
  if (aidsSkipReason(paragraphs))
    return applyAidOverrides({ timeline: [], figures: [], quotes: [], places: [] }, overrides);
  const derived: ReaderAids = {
    timeline: overrides.timeline === false ? [] : deriveTimeline(paragraphs, clock),
    figures: overrides.figures === false ? [] : deriveFigures(paragraphs),
    quotes: overrides.quotes === false ? [] : deriveQuotes(paragraphs),
    places: overrides.places === false ? [] : derivePlaces(paragraphs),
  };
  return applyAidOverrides(derived, overrides);
}

/** Why no aids are derived from these paragraphs (past `ANALYSIS_LIMITS`), or undefined: for the build to warn. */
export function aidsSkipReason(paragraphs: readonly Paragraph[]): string | undefined {
  return analysisLimitProblem(paragraphs.map((paragraph) => paragraph.text));
}

/** A timeline worth showing: one that dates something besides the publication itself. */
export function hasTimelineEvents(timeline: TimelineEntry[]): boolean {
  return timeline.some((entry) => entry.kind !== 'publication');
}

/** Whether the page should show the aids at all: some aid says more than the dateline does. */
export function hasContent(aids: ReaderAids): boolean {
  return (
    hasTimelineEvents(aids.timeline) || aids.figures.length > 0 || aids.quotes.length > 0 || aids.places.length > 0
  );
}

export { deriveFigures, derivePlaces, deriveQuotes, deriveTimeline };
