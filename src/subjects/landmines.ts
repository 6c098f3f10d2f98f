/**
 * section-kinds: the kinds of section a news story about landmines and their aftermath is cut
 * into, and the cues that recognise them. This file is data: extend a kind's cues, or add a kind,
 * here; the classifier (classify-blocks.ts) has no kind-specific code.
 *
 * Cues are compromise match patterns (https://github.com/spencermountain/compromise, match syntax):
 * - a plain word matches itself, case-insensitively: `explosion`
 * - `(a|b)` matches either word; `a b` is the phrase "a b"
 * - `{root}` matches any inflection of a root: `{detonate}` finds "detonated", "detonating"
 * - `.{0,3}` is zero to three words of anything; `#Value` is any number
 * Each cue counts once per sentence, whatever its number of matches. Weights: 1 is a hint,
 * 2 a clear sign, 3 decisive on its own.
 *
 * A kind has two lists of cues because the classifier weighs who says what:
 * - `speakers` are matched only against whom a sentence is attributed to ("…, the prosecutor's
 *   office said"), so a ministry mentioned in passing is not a statement;
 * - `topics` are matched against what the sentence says; inside a quotation or a denial they count
 *   at a discount, because there the speaker decides the kind.
 *
 * An id must equal the slug rehype-slug makes of the title (lower case, spaces to hyphens), since
 * the outline names a section by id and the page links to its heading by slug.
 */

/** A pattern that speaks for a kind, and how strongly. */
export interface Cue {
  /** compromise match pattern; see the module comment. */
  readonly match: string;
  /** 1 a hint, 2 a clear sign, 3 decisive on its own. */
  readonly weight: number;
}

export interface SectionKind {
  /** Stable id, used in frontmatter pins, the outline and `data-section-kind`; the slug of `title`. */
  readonly id: string;
  /** The `<h2>` text of a derived section. */
  readonly title: string;
  /** What belongs in the kind, for editors. */
  readonly description: string;
  /** Matched against who a sentence is attributed to. */
  readonly speakers: readonly Cue[];
  /** Matched against what a sentence says. */
  readonly topics: readonly Cue[];
  /**
   * Whether a block carrying this kind's cues shows the article is the kind of news these sections
   * are for. Statements and background turn up in any news (sport, city politics), so they don't.
   */
  readonly topical: boolean;
  /** The kind a run of blocks that carry no cues at all falls back to. At most one kind sets it. */
  readonly fallback?: boolean;
}

/** Lemmas of the verbs that attribute a sentence to a speaker ("said", "denied"). */
export interface AttributionVerbs {
  /** Crediting a source without taking a stance: the reported content is the news. */
  readonly reporting: readonly string[];
  /** A stance taken by the speaker: the act (a denial, an appeal) is the news, not the claim it is about. */
  readonly stance: readonly string[];
}

const cue = (match: string, weight: number): Cue => ({ match, weight });

export const sectionKinds: readonly SectionKind[] = [
  {
    id: 'incident',
    title: 'Incident',
    description: 'What happened: a blast or explosion, a mine struck, people injured, killed or taken to hospital.',
    // Eyewitnesses tell the incident; officials who merely report it are sources, weighed by what they say.
    speakers: [cue('(witness|witnesses|eyewitness|eyewitnesses|villager|villagers|survivor|survivors|relative|relatives|neighbour|neighbours|neighbor|neighbors)', 2)],
    topics: [
      cue('(blast|blasts|explosion|explosions)', 2),
      cue('(explode|explodes|exploded|exploding|detonate|detonated|detonates|detonating)', 2),
      cue('(went|goes|go|going) off', 2),
      // Killed, injured, wounded: one sign (people were harmed), however many of the words a sentence uses.
      cue('(injure|injured|injures|injuring|injury|injuries|wound|wounded|wounds|wounding|hurt|kill|killed|kills|killing|died|dies|die)', 2),
      cue('(dead|death|deaths|body)', 1),
      cue('(hospital|hospitalized|hospitalised|hospitalization|hospitalisation|airlifted|evacuated)', 2),
      cue('(amputate|amputated|amputation|shrapnel|concussion|casualties|casualty)', 1),
      cue('(lost|lose|loses|losing) (his|her|their|both|a|an|one) (leg|legs|arm|arms|foot|feet|hand|hands|eye|eyes|limb|limbs)', 2),
      cue('(critical|serious|stable) condition', 1),
      cue('(step|steps|stepped|stepping|trod) on', 2),
      cue('(hit|hits|struck|strike|strikes|ran over|run over|runs over|drove over) .{0,3} (mine|landmine|device|shell|ordnance|explosive)', 3),
    ],
    topical: true,
  },
  {
    id: 'official-statements',
    title: 'Official statements',
    description: 'What authorities said: a ministry or spokesperson stating, denying, noting, urging; statements quoted from an official body.',
    speakers: [
      cue('(ministry|ministries|minister|ministers)', 2),
      cue('(spokesperson|spokesman|spokeswoman|spokespeople|spokesmen)', 2),
      cue('press (office|service|secretary|centre|center)', 2),
      cue('(government|governments|authorities|administration|presidency|president|governor|embassy)', 2),
      cue('(official|officials|army|military|directorate|agency|service|department|office|centre|center|committee)', 1),
    ],
    topics: [
      cue('(statement|statements|communique|press release|briefing)', 1),
      cue('official information', 2),
      cue('officially .{0,2} (confirmed|denied)', 2),
      cue('social (media|networks)', 1),
      cue('(claims|rumours|rumors|misinformation|disinformation|suggestions)', 1),
      cue('(condolences|mourning)', 1),
    ],
    topical: false,
  },
  {
    id: 'prosecution',
    title: 'Prosecution',
    description: 'Prosecutors, criminal cases, investigations, articles of the criminal code, charges, courts.',
    speakers: [
      cue('(prosecutor|prosecutors|prosecution|attorney general)', 3),
      cue('(investigator|investigators|investigative committee)', 3),
      cue('(court|judge|judges|tribunal)', 3),
      cue('(lawyer|lawyers|attorney|counsel|defendant|indictment)', 2),
    ],
    topics: [
      cue('criminal (case|cases|proceedings|investigation|charges|responsibility|liability)', 3),
      cue('(criminal|penal) code', 2),
      cue('criminally', 2),
      cue('article #Value', 2),
      cue('(investigation|investigations|investigating|investigate|investigated|probe|inquiry)', 2),
      cue('(prosecutor|prosecutors|prosecuted|prosecute|indicted|indictment|charged|charges)', 2),
      cue('(court|trial|verdict|sentence|sentenced|convicted|acquitted|guilty|appeal|defendant)', 2),
      cue('(war crime|war crimes)', 2),
      cue('(prison|jail|imprisonment|arrested|suspect|suspects|lawyer)', 1),
      cue('(forensic|procedural|investigator|investigators)', 1),
      cue('(inspected|examined) the (scene|site)', 1),
    ],
    topical: true,
  },
  {
    id: 'mine-map-exchanges',
    title: 'Mine-map exchanges',
    description: 'Maps of mines or minefields handed over or exchanged, detainees or prisoners released in exchange, mines planted.',
    speakers: [],
    topics: [
      cue('(map|maps)', 3),
      cue('(minefield|minefields) (records|data|locations)', 2),
      cue('(minefield|minefields)', 1),
      cue('(plant|planted|plants|planting|lay|laid|laying) .{0,3} (mine|mines|landmines|minefields|explosives)', 3),
      cue('(mine|mines|landmines) .{0,3} (planted|laid)', 3),
      cue('in exchange for', 3),
      cue('(exchange|exchanged|exchanges|swap|swapped|handover)', 2),
      cue('(hand|hands|handed|handing) over', 1),
      cue('(prisoners|detainees|captives|prisoner|detainee)', 2),
      cue('(location|locations) of .{0,3} (mine|mines)', 2),
    ],
    topical: true,
  },
  {
    id: 'background',
    title: 'Background',
    description: 'Context that fits none of the above: peace agreements, the history of the conflict, the scale of contamination.',
    speakers: [],
    topics: [
      cue('peace (agreement|deal|treaty|talks|process|accord|accords)', 3),
      cue('(ceasefire|truce|armistice|treaty|convention)', 2),
      cue('(signed|sign|signing) .{0,4} (agreement|treaty|deal|accord|convention)', 2),
      cue('(war|conflict|fighting|invasion|occupation|offensive)', 1),
      cue('(decades|history|historically|formerly)', 1),
      cue('since (#Value|the)', 2),
      // A tally told in the perfect ("have been killed since the war") is history, not an incident.
      cue('(have|has) been? #Adverb? (killed|injured|wounded|maimed|hurt)', 2),
      cue('(contaminated|contamination|heavily mined)', 2),
      cue('(clearance|demining|cleared|clearing)', 1),
      cue('(estimate|estimates|figures|statistics)', 1),
      cue('(donors|funding)', 1),
    ],
    topical: false,
    fallback: true,
  },
];

/** The ids of `sectionKinds`, in order. */
export const sectionKindIds: readonly string[] = sectionKinds.map((kind) => kind.id);

/** Verbs that make a sentence somebody's statement. Lemmas, as compromise gives them. */
export const attributionVerbs: AttributionVerbs = {
  reporting: ['say', 'tell', 'report', 'add', 'write', 'post', 'state', 'explain', 'announce', 'believe', 'estimate', 'quote'],
  stance: [
    'deny', 'note', 'urge', 'stress', 'emphasize', 'emphasise', 'warn', 'condemn', 'reject', 'insist',
    'reiterate', 'inform', 'clarify', 'dismiss', 'welcome', 'call', 'express', 'assure', 'promise',
    'pledge', 'vow', 'accuse', 'demand', 'declare', 'confirm', 'regret',
  ],
};
