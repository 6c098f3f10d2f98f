/**
 * lexicon: the words the text-analysis layer knows the use of, whatever the story's subject.
 * Data only; src/nlp/ and the readers of its analysis (sections, aids) use it.
 * Words are lower case; verbs are lemmas (`say`, not "said"), as the parse gives them.
 */

/** Verbs that attribute what follows or precedes to a speaker. */
export interface AttributionVerbs {
  /** Crediting a source without taking a stance: the reported content is the news. */
  readonly reporting: readonly string[];
  /** A stance taken by the speaker: the act (a denial, an appeal) is the news, not the claim it is about. */
  readonly stance: readonly string[];
}

export const attributionVerbs: AttributionVerbs = {
  reporting: [
    'say',
    'tell',
    'report',
    'add',
    'write',
    'post',
    'state',
    'explain',
    'announce',
    'believe',
    'estimate',
    'quote',
    'inform',
    'specify',
    'publish',
    'comment',
    'remark',
    'indicate',
    'mention',
    'observe',
    'testify',
  ],
  stance: [
    'deny',
    'note',
    'urge',
    'stress',
    'emphasize',
    'emphasise',
    'warn',
    'condemn',
    'reject',
    'insist',
    'reiterate',
    'clarify',
    'dismiss',
    'welcome',
    'call',
    'express',
    'assure',
    'promise',
    'pledge',
    'vow',
    'accuse',
    'demand',
    'declare',
    'confirm',
    'regret',
    'appeal',
    'criticize',
    'criticise',
    'underline',
    'recall',
    'point',
    'argue',
    'blame',
    'deplore',
    'protest',
    'affirm',
    'assert',
    'thank',
    'praise',
    'acknowledge',
    'admit',
    'caution',
    'ask',
    'reply',
    'respond',
    'threaten',
    'defend',
  ],
};

/**
 * Verbs that attribute only a quotation next to them ("…," he continued): not a sign of speech in
 * a sentence of its own ("demining continued").
 */
const quotingVerbs: readonly string[] = ['continue', 'claim', 'reply', 'ask', 'answer', 'recall', 'tell'];

/** Past forms that do not add -ed (lemma → forms). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  give: ['gave', 'given'],
  regret: ['regretted'],
  admit: ['admitted'],
};

/** The written forms of a verb: `deny` → deny, denies, denied, denying. */
function verbForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = IRREGULAR[lemma] ?? [/[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`];
  return [lemma, third, ...past, `${stem}ing`];
}

/** Every written form of every verb of saying: what the aids look for next to a quotation. */
export const speechVerbForms: readonly string[] = [
  ...new Set([...attributionVerbs.reporting, ...attributionVerbs.stance, ...quotingVerbs].flatMap(verbForms)),
].filter((form) => !form.endsWith('ing'));

/**
 * The writer's stock formulas: a sentence opening with one is the writer's own statement, never
 * the last speaker's, whatever verb of saying it holds ("It should be noted that …").
 * Each is a phrase of lower-case words, matched at the start of a sentence.
 */
export const writerFormulas: readonly string[] = [
  'it should be noted',
  'it must be noted',
  'it is worth noting',
  'it is worth mentioning',
  'it was noted',
  'it is noted',
  'it should be recalled',
  'it should be reminded',
  'it is known',
  'it is reported',
  'it was reported',
  'it was also noted',
  'it should be stressed',
  'it should be emphasized',
  'it should be emphasised',
  'it bears mentioning',
  'recall that',
  'note that',
  'to recall',
  'as a reminder',
];

/** Openings that hand the sentence on from the one before without naming a speaker. */
export const connectives: readonly string[] = [
  'moreover',
  'furthermore',
  'in addition',
  'additionally',
  'also',
  'besides',
  'meanwhile',
  'at the same time',
  'however',
  'previously',
  'earlier',
  'later',
  'separately',
  'to date',
  'overall',
  'in turn',
  'then',
  'thus',
  'therefore',
];

/**
 * Nouns for people, the heads a sentence uses to refer back to those just named ("The two men
 * were working …", "The soldier was taken …").
 */
export const peopleNouns: readonly string[] = [
  'man',
  'men',
  'woman',
  'women',
  'boy',
  'boys',
  'girl',
  'girls',
  'child',
  'children',
  'teenager',
  'teenagers',
  'person',
  'people',
  'victim',
  'victims',
  'soldier',
  'soldiers',
  'serviceman',
  'servicemen',
  'deminer',
  'deminers',
  'sapper',
  'sappers',
  'farmer',
  'farmers',
  'shepherd',
  'shepherds',
  'driver',
  'drivers',
  'worker',
  'workers',
  'villager',
  'villagers',
  'resident',
  'residents',
  'civilian',
  'civilians',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'son',
  'sons',
  'daughter',
  'daughters',
  'father',
  'mother',
  'husband',
  'wife',
  'family',
  'couple',
  'pair',
  'trio',
  'officer',
  'officers',
  'student',
  'students',
  'herder',
  'herders',
  'passenger',
  'passengers',
  'survivor',
  'survivors',
  'injured',
  'wounded',
  'dead',
  'pupil',
  'pupils',
  'youth',
  'youths',
  'fisherman',
  'fishermen',
  'labourer',
  'labourers',
  'laborer',
  'member',
  'members',
  'trader',
  'traders',
  'shopkeeper',
  'teacher',
  'teachers',
  'nurse',
  'doctor',
  'passer-by',
  'passers-by',
  'uncle',
  'aunt',
  'widow',
  'widower',
  'cousin',
  'grandmother',
  'grandfather',
  'parents',
  'nephew',
  'niece',
  'grandson',
  'granddaughter',
];

/** Auxiliaries that make a verb phrase future or hypothetical: what it says has not happened. */
export const futureAuxiliaries: readonly string[] = ['will', 'shall', 'would', "'ll", 'wo'];

/** Modal auxiliaries: what the verb phrase says may, must or could happen. */
export const modalAuxiliaries: readonly string[] = ['can', 'could', 'may', 'might', 'must', 'should', 'ought'];

/** Month names, and their short forms as news copy writes them ("Sept."). */
export const months: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Weekday names. */
export const weekdays: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Head words of the names of bodies (`the Ministry of Defence`, `Kalbajar military prosecutor's office`). */
export const institutionWords: readonly string[] = (
  'ministry office court council committee commission agency army forces force police party parliament assembly government ' +
  'company corporation group centre center service services department bank fund authority administration organisation ' +
  'organization institute university school hospital union alliance coalition movement front brigade battalion regiment ' +
  'division unit guard navy prosecutor prosecutors embassy mission secretariat directorate inspectorate bureau board cabinet ' +
  'presidency programme program'
).split(' ');

/** Head words of the names of documents and events (`the Criminal Code`, `the Ottawa Convention`, `the World Cup`). */
export const documentAndEventWords: readonly string[] = (
  'code convention treaty agreement accord act law constitution charter protocol resolution times post news war day week cup ' +
  'league games olympics'
).split(' ');
