/**
 * The landmine pack: stories about landmines, minefields, unexploded ordnance and other explosive
 * remnants of war, their victims, their clearance and the maps of where they lie. Data only (the
 * shape and the cue language: types.ts).
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
import model from './landmines.model.json' with { type: 'json' };
import type { Cue, SectionKind, SubjectPack } from './types.ts';

const cue = (match: string, weight: number): Cue => ({ match, weight });

const kinds: readonly SectionKind[] = [
  {
    id: 'incident',
    title: 'Incident',
    description: 'What happened: a blast or explosion, a mine struck, people injured, killed or taken to hospital.',
    // Eyewitnesses tell the incident; officials who merely report it are sources, weighed by what they say.
    speakers: [
      cue(
        '(witness|witnesses|eyewitness|eyewitnesses|villager|villagers|survivor|survivors|relative|relatives|neighbour|neighbours|neighbor|neighbors)',
        2,
      ),
      cue(
        '(father|mother|brother|sister|son|daughter|uncle|aunt|wife|husband|widow|cousin|grandmother|grandfather|parents|nephew|niece)',
        2,
      ),
    ],
    topics: [
      cue('(blast|blasts|explosion|explosions)', 2),
      cue('(explode|explodes|exploded|exploding|detonate|detonated|detonates|detonating)', 2),
      cue('(went|goes|go|going) off', 2),
      // Killed, injured, wounded: one sign (people were harmed), however many of the words a sentence uses.
      cue(
        '(injure|injured|injures|injuring|injury|injuries|wound|wounded|wounds|wounding|hurt|kill|killed|kills|killing|died|dies|die)',
        2,
      ),
      cue('(dead|death|deaths|body)', 1),
      cue('(hospital|hospitalized|hospitalised|hospitalization|hospitalisation|airlifted|evacuated)', 2),
      cue('(amputate|amputated|amputation|shrapnel|concussion|casualties|casualty)', 1),
      cue(
        '(lost|lose|loses|losing) (his|her|their|both|a|an|one) (leg|legs|arm|arms|foot|feet|hand|hands|eye|eyes|limb|limbs)',
        2,
      ),
      cue('(critical|serious|stable) condition', 1),
      cue('(step|steps|stepped|stepping|trod) on', 2),
      cue(
        '(hit|hits|struck|strike|strikes|ran over|run over|runs over|drove over) .{0,3} (mine|landmine|device|shell|ordnance|explosive)',
        3,
      ),
    ],
  },
  {
    id: 'official-statements',
    title: 'Official statements',
    description:
      'What authorities said: a ministry or spokesperson stating, denying, noting, urging; statements quoted from an official body.',
    speakers: [
      cue('(ministry|ministries|minister|ministers)', 2),
      cue('(spokesperson|spokesman|spokeswoman|spokespeople|spokesmen)', 2),
      cue('press (office|service|secretary|centre|center)', 2),
      cue('(government|governments|authorities|administration|presidency|president|governor|embassy)', 2),
      cue(
        '(defender|ombudsperson|association|federation|union|foundation|trust|alliance|coalition|network|ngo|society|institute|observatory)',
        1,
      ),
      cue(
        '(commissioner|ombudsman|chairman|chairwoman|chairperson|chair|director|head|deputy|mayor|ambassador|envoy|representative|coordinator|commander|chief|secretary)',
        2,
      ),
      // Officials and the bodies they speak for, under any name.
      cue(
        '(directorate|agency|service|department|committee|board|council|commission|mission|secretariat|bureau|inspectorate|nations|unicef|icrc|unhcr|undp|unmas)',
        2,
      ),
      cue(
        '(official|officials|army|military|office|centre|center|organisation|organization|group|programme|program|campaign|charity)',
        1,
      ),
      // A body named by its initials (ANAMA, UNMAS, CMAC).
      cue('^#Acronym', 1),
    ],
    topics: [
      cue('(statement|statements|communique|press release|briefing)', 1),
      cue('official information', 2),
      cue('officially .{0,2} (confirmed|denied)', 2),
      cue('social (media|networks)', 1),
      cue('(claims|rumours|rumors|misinformation|disinformation|suggestions)', 1),
      cue('(condolences|mourning)', 1),
      cue('(issued|issues|released|published|adopted) .{0,2} (statement|statements|communique|appeal|declaration)', 3),
      cue(
        '(expressed|expressing|expresses|voiced) .{0,3} (concern|condolences|regret|outrage|sympathy|solidarity|gratitude)',
        3,
      ),
      // Acts of a body taking a position, in any tense ("calls on", "has urged", "extends its condolences").
      cue('({urge}|{appeal}|{condemn}|{vow}|{pledge}|{promise}|{thank}|{welcome}|{deplore})', 1),
      cue('{call} (on|upon|for)', 2),
      cue('{extend} .{0,2} (condolences|sympathy|sympathies)', 3),
    ],
  },
  {
    id: 'prosecution',
    title: 'Prosecution',
    description: 'Prosecutors, criminal cases, investigations, articles of the criminal code, charges, courts.',
    speakers: [
      cue('(prosecutor|prosecutors|prosecution|attorney general)', 3),
      cue('(investigator|investigators|investigative committee|investigation|inquiry|probe|detectives)', 3),
      cue('(court|judge|judges|tribunal)', 3),
      cue('(lawyer|lawyers|attorney|counsel|defendant|indictment)', 2),
    ],
    topics: [
      cue('criminal (case|cases|proceedings|investigation|charges|responsibility|liability)', 3),
      cue('(criminal|penal) code', 2),
      cue('criminally', 2),
      cue(
        '(opened|launched|started|initiated|instituted|open|opens) .{0,3} (investigation|inquiry|probe|case|proceedings)',
        3,
      ),
      cue('(gave|give|gives|giving) evidence', 2),
      cue('(testified|testify|testimony|testimonies)', 2),
      cue('article #Value', 2),
      cue('(investigation|investigations|investigating|investigate|investigated|probe|inquiry)', 2),
      cue('(prosecutor|prosecutors|prosecuted|prosecute|indicted|indictment|charged|charges)', 2),
      cue('(court|trial|verdict|sentence|sentenced|convicted|acquitted|guilty|appeal|defendant)', 2),
      cue('(war crime|war crimes)', 2),
      cue('(prison|jail|imprisonment|arrested|suspect|suspects|lawyer)', 1),
      cue('(forensic|procedural|investigator|investigators)', 1),
      cue('(inspected|examined) the (scene|site)', 1),
    ],
  },
  {
    id: 'mine-map-exchanges',
    title: 'Mine-map exchanges',
    description:
      'Maps of mines or minefields handed over or exchanged, detainees or prisoners released in exchange, mines planted.',
    speakers: [],
    topics: [
      cue('(map|maps)', 3),
      cue(
        '(minefield|minefields|mine|mines) (records|data|locations|formularies|formulary|documents|coordinates|charts|schemes|sketches|plans)',
        3,
      ),
      cue('(formulary|formularies)', 3),
      cue(
        '(records|documents|data|coordinates|information|charts|sketches|plans|schemes|locations) (of|on|about|showing|detailing|for) .{0,4} (mine|mines|minefield|minefields|landmines|mined)',
        2,
      ),
      cue('(minefield|minefields)', 1),
      cue('(plant|planted|plants|planting|lay|laid|laying) .{0,3} (mine|mines|landmines|minefields|explosives)', 3),
      cue('(mine|mines|landmines|minefield|minefields) .{0,8} (planted|laid)', 3),
      cue('(laid|planted|placed|sown) by', 3),
      cue(
        '(was|were|had been|has been|have been) (mined|installed|sown|planted|laid|placed|booby-trapped|rigged) .{0,8} by',
        3,
      ),
      cue('({sow}|{seed}) .{0,6} (mine|mines|landmines|explosives|devices)', 3),
      cue('(booby-trapped|booby-trapping|rigged|rigging) .{0,8} (with|explosives|devices)', 2),
      // Records said to be handed over, or wrong: the records are the news.
      cue(
        '(records|formularies|maps|charts|sketches|notebooks|coordinates|files) .{0,8} (handed|passed|transferred|submitted|provided|delivered|given|received)',
        3,
      ),
      cue(
        '(records|record|formularies|maps|map|charts|sketches|drawings|coordinates) .{0,8} (wrong|inaccurate|incorrect|incomplete|accurate|matched|match)',
        2,
      ),
      cue('(sketch|sketches|notebooks|drawings)', 2),
      cue('in exchange for', 3),
      cue('in return', 3),
      cue(
        '(released|freed|repatriated|returned|handed) .{0,6} (servicemen|serviceman|soldiers|soldier|prisoners|detainees|captives|civilians)',
        2,
      ),
      cue(
        '(transfer|transferred|transfers|transferring|submitted|provided|passed|handed|released|release) .{0,5} (records|documents|data|coordinates|formularies|maps|charts|sketches)',
        3,
      ),
      cue('(exchange|exchanged|exchanges|swap|swapped|handover)', 2),
      cue('(hand|hands|handed|handing) over', 1),
      cue('(prisoners|detainees|captives|prisoner|detainee)', 2),
      cue('(location|locations) of .{0,3} (mine|mines)', 2),
    ],
  },
  {
    id: 'background',
    title: 'Background',
    description:
      'Context that fits none of the above: peace agreements, the history of the conflict, the scale of contamination.',
    speakers: [],
    topics: [
      cue('peace (agreement|deal|treaty|talks|process|accord|accords)', 3),
      cue('(ceasefire|truce|armistice|treaty|convention)', 2),
      cue('(signed|sign|signing) .{0,4} (agreement|treaty|deal|accord|convention)', 2),
      cue(
        '(war|conflict|fighting|invasion|occupation|offensive|insurgency|insurgents|rebellion|hostilities|uprising)',
        1,
      ),
      cue('(decades|history|historically|formerly)', 1),
      // A span of years, or a decade: history ("between 1964 and 1973", "in the 1990s").
      cue('(between|from) #Year (and|to|until|till) #Year', 3),
      cue('(in|during|since|by) the #Year', 2),
      cue('since #Value', 2),
      cue('since the', 2),
      // A tally told in the perfect ("have been killed since the war") is history, not an incident.
      cue('(have|has) been? #Adverb? (killed|injured|wounded|maimed|hurt)', 2),
      cue('(contaminated|contamination|heavily mined)', 2),
      // A tally over a period ("mines killed 18 people last year") is background, not an incident.
      cue('(last|past|previous) (year|years|decade|decades)', 1),
      cue(
        '(killed|injured|wounded|maimed|claimed|hurt|casualties|victims|victim) .{0,10} (last|past|previous|this|same) (year|years|decade|decades|period|month|months)',
        6,
      ),
      cue(
        '(killed|injured|wounded|maimed|hurt|casualties) .{0,10} (in|during|over|between) (#Year|recent|the years|the decades|the decade|the months)',
        6,
      ),
      cue(
        '^(in|during) (#Year|the past year|the last year) .{0,8} (killed|injured|wounded|maimed|casualties|victims)',
        6,
      ),
      cue('since (january|february|march|april|may|june|july|august|september|october|november|december)', 2),
      cue(
        'since (#Value|january|february|march|april|may|june|july|august|september|october|november|december|the) .{0,12} (killed|injured|wounded|maimed|victims|victim|casualties)',
        6,
      ),
      cue('(fallen|become|became|fell) (victim|victims)', 3),
      cue('(so far|since the start|since the beginning|each year|every year|a year|per year|annually)', 2),
      cue('in (#Value|recent years)', 1),
      cue('(total|tally|toll|overall|altogether|cumulative)', 1),
      cue('(annual report|landmine monitor)', 2),
      cue('(clearance|demining|cleared|clearing)', 1),
      cue('(estimate|estimates|figures|statistics)', 1),
      cue('(donors|funding)', 1),
    ],
    fallback: true,
  },
];

/** The landmine subject. */
export const landmines: SubjectPack = {
  id: 'landmines',
  description:
    'Landmines, minefields, unexploded ordnance and explosive remnants of war: victims, clearance, mine maps, prosecution.',
  anchors: [
    cue('(landmine|landmines|land-mine|land-mines|mined|demining|deminer|deminers|de-mining|sapper|sappers)', 2),
    cue('(minefield|minefields)', 2),
    cue(
      '(unexploded|ordnance|uxo|uxos|erw|bomblet|bomblets|submunition|submunitions|ied|ieds|booby-trap|booby-trapped|booby-traps)',
      2,
    ),
    // Minefield formularies: the military record of a minefield, a word with no other use.
    cue('(formulary|formularies)', 2),
    cue('booby (trap|traps|trapped)', 2),
    cue('(cluster) (munition|munitions|bomb|bombs)', 2),
    cue('(roadside|improvised) (bomb|bombs|bombing|bombings|device|devices|explosive|explosives|mine|mines)', 2),
    // Explosive remnants told plainly: "an abandoned socket bomb", "old shells", "leftover explosives".
    cue(
      '(abandoned|unexploded|leftover|left-over|discarded|wartime) #Noun? (bomb|bombs|shell|shells|explosive|explosives|grenade|grenades|device|devices|munition|munitions)',
      2,
    ),
    cue('(bomb|explosive|explosives|ordnance) disposal', 1),
    cue('explosive (remnants|remnant|device|devices|ordnance|hazards|objects|items)', 2),
    cue('(anti-personnel|anti-tank|antipersonnel|antitank|anti-vehicle) (mine|mines)?', 2),
    cue(
      '(mine|mines) (action|clearance|victims|victim|survivors|survivor|risk|awareness|explosion|blast|contamination|maps|map|ban)',
      2,
    ),
    // What only a landmine does: it is stepped on, it kills or maims by itself. Not ambiguous, so a
    // story of gold panners or miners killed by an old mine keeps its subject.
    cue(
      '(step|steps|stepped|stepping|trod|treading|drove|driving|ran|running) (on|over) (a|an|the) #Adjective? #Adjective? (mine|mines|device|devices|bomb|bombs)',
      2,
    ),
    cue('(killed|injured|wounded|maimed|hurt|blown up) by (a|an|the) #Adjective? (mine|mines)', 2),
    cue('(mine|mines)', 1),
    cue('(mortar|artillery) (shell|shells|round|rounds)', 1),
    cue('(shell|shells|grenade|grenades|rocket) .{0,3} (exploded|detonated|went off|unexploded|old|left)', 1),
    // Improvised mines by what they are, whatever the story calls them.
    cue(
      '(pressure-triggered|pressure-activated|pressure-plate|victim-activated|victim-operated|tripwire|trip-wire|tripwire-activated)',
      2,
    ),
    cue('(buried|hidden) (bomb|bombs|device|devices|explosive|explosives|charge|charges)', 2),
    cue(
      '(bomb|bombs|device|devices|explosive|explosives|charge|charges) .{0,3} (buried|hidden) (under|beneath|in|along|at|by|near|among|on)',
      2,
    ),
    cue('(stepped|trod|drove|ran) (on|over) .{0,2} (bomb|device|explosive|explosives)', 2),
  ],
  otherSenses: [
    cue(
      '(coal|gold|copper|diamond|salt|iron|silver|uranium|lithium|tin|zinc|nickel|bitcoin|crypto|opencast|open-pit|underground) (mine|mines|mining|miners)',
      2,
    ),
    cue('(miner|miners|mining|colliery|collieries|quarry|quarries|ore|methane|shaft|firedamp|pithead|seam)', 1),
    cue('(friend|friends|cousin|colleague|colleagues|idea|fault|choice) of mine', 2),
    // Mining as an industry: its output and its trade.
    cue('(throughput|tonnes|ounces|concentrate|smelter|output|production) .{0,6} (mine|mines)', 1),
    // "A minefield of rules", "it is a minefield": a figure of speech.
    cue('(a|an) #Adjective? (minefield|minefields) (of|for)', 2),
    // "a minefield of regulations", in a headline without its article; not "the minefields of Kovačevo".
    cue('(minefield|minefields) of #CommonNoun', 2),
    cue("(is|was|are|were|be|been|become|becomes|became|remains|remain|'s) #Adverb? (a|an) #Adjective? minefield", 2),
    // "Navigate a regulatory minefield", "a legal minefield": figures of speech for rules and risks.
    cue('(navigate|navigates|navigating|navigated) (a|an|the)? #Adjective? (minefield|minefields)', 2),
    cue(
      '(regulatory|legal|political|diplomatic|ethical|financial|bureaucratic|emotional|moral|commercial|procedural|tax|tariff) (minefield|minefields)',
      2,
    ),
  ],
  ambiguousAnchors: [
    '(mine|mines)',
    '(mine|mines) (action|clearance|victims|victim|survivors|survivor|risk|awareness|explosion|blast|contamination|maps|map|ban)',
    '(minefield|minefields)',
  ],
  kinds,
  // Learned from the tuning half of tests/fixtures/sections-eval/ by `npm run train:sections`.
  model,
};
