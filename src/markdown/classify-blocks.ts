/**
 * classify-blocks: decide the section kind of each top-level block of a news story from its text.
 * Pure: plain text in, kind ids out; the remark plugin does the Markdown. The text is read through
 * src/nlp/ (one parse per text, shared with the reader aids); the kinds, their cues and the
 * subject's vocabulary come from a subject pack (src/subjects/), so nothing here is about mines.
 *
 * Choosing the subject (`subjectGate`): a story gets a pack's sections only when the pack's anchor
 * vocabulary carries real weight in it: the anchor weight of its blocks (each at most 2) and of its
 * title (counted twice) reaches `minAnchorWeight` and `minAnchorShare` per block (never more than
 * `anchorWeightEnough`, so a long feature is not held to more than a short one). Anchors that
 * another sense of the word can take ("mine" in a coal-mine story) count for nothing where that
 * sense recurs. A story about no pack's subject gets no sections; pins choose the pack they name.
 *
 * Reading one block (`scoreBlock`):
 * 1. The block is cut into utterances: quotations of six words or more, each with the speaker
 *    named next to it ("…," the ministry added), and the sentences outside them. Each sentence's
 *    attribution is a speech verb (`attributionVerbs`) whose subject opens the sentence ("The
 *    ministry noted that …") or trails it after a comma ("…, the army said"), or "according to …".
 *    "It"/"we" as speaker is the last speaker named, in this block or an earlier one; a block
 *    that follows one ending in a colon ("… said in a statement:") is that speaker's words. A
 *    sentence in one of the writer's stock formulas ("It should be noted that …") is the writer's.
 * 2. Each kind scores each utterance: its `speakers` cues against who speaks, its `topics` cues
 *    against what is said. Who says what decides:
 *    - a stance ("denied", "urged") counts the speaker in full and its content at
 *      `embeddedContentFactor`: the ministry denying that soldiers were injured is a statement;
 *    - quoted words count the speaker in full and the content at `quotedContentFactor`;
 *    - a plain report of an event ("…, the ministry has reported" of a past-tense event) counts
 *      the speaker at `reportedSpeakerFactor` and the content in full: the reported fact is the
 *      news. A report of a view (no narrated event: "said the verdict sent a message") counts the
 *      speaker in full; a source credited with "according to", and a body telling how things
 *      stand (the fallback kind's matter: contamination, figures), are reports.
 *    A speaker counts once per block, by the head of the phrase naming them ("a village council
 *    member" is a person, not a council); "he said" after a sentence about a person is that person.
 *    A cue in the main predicate of a past-tense sentence ("sentenced a former soldier") adds
 *    `mainPredicateBonus`: what the sentence narrates outweighs what a side clause mentions.
 * 3. The block takes the kind with the highest score, if it reaches `minScore`; else it is
 *    unclassified for now.
 *
 * Settling the article (`settleKinds`), in this order:
 * - Pinned blocks take their pinned kind and keep it.
 * - A block that ends with a colon introduces the next one; both take the kind of their summed
 *   scores, so an introduction and its quotation stay in one section.
 * - A block that opens by referring back to the people of the block before ("She was
 *   airlifted …") stays in that block's section when its own best kind is only the fallback.
 * - A lone block of kind B between two blocks of kind A joins A when its own cues for A reach
 *   `islandRatio` of its cues for B: a weak aside does not split a section, a clear one does.
 * - An unclassified block joins a neighbour: the one it introduces, else the one whose kind it
 *   has the stronger (sub-threshold) cues for, else the one before. A run of two or more
 *   unclassified blocks between different kinds is context: it takes the `fallback` kind. A run
 *   of two or more closing the story ends in context: its last block takes the `fallback` kind,
 *   the others join the section before.
 *
 * Last, when the pack has a learned model (`model`, src/markdown/kind-model.ts), the model reads what
 * the rules chose, the evidence above and the block's words, and decides each block the editor did
 * not pin. The rules stay the model's main evidence, and a pack without a model uses them alone.
 *
 * Cost is linear in the text: each text is parsed once, and a run-on sentence of more than
 * `MAX_SENTENCE_WORDS` is read for its words only, not for who says it.
 */

import { countWords } from '../lib/text.ts';
import {
  type AttributionVerbs,
  connectives,
  attributionVerbs as defaultAttributionVerbs,
  peopleNouns,
  writerFormulas,
} from '../nlp/lexicon.ts';
import { compilePattern, hasPattern, matchableWords, type Pattern } from '../nlp/match.ts';
import { parseText, type Token } from '../nlp/parse.ts';
import { quotationSpans } from '../nlp/quotations.ts';
import { type VerbPhrase, verbPhrases } from '../nlp/verbs.ts';
import type { SectionKind, SubjectPack } from '../subjects/types.ts';
import { blockFeatures, fixedFeatureCount, predictKind, vocabularyIndex } from './kind-model.ts';

export interface ClassifierOptions {
  /** Lowest score that gives a block a kind on its own. Default `1.5`. */
  minScore?: number;
  /** Weight of a speaker who merely reports ("said", "reported"). Default `0.5`. */
  reportedSpeakerFactor?: number;
  /** Weight of topic cues in a stance ("denied claims that …"); quoted words have `quotedContentFactor`. Default `0.25`. */
  embeddedContentFactor?: number;
  /**
   * Weight of topic cues in quoted words: a spokesman quoted on what happened still tells what
   * happened, more than one who takes a stance about it. Default `0.5`.
   */
  quotedContentFactor?: number;
  /**
   * How much of the story its subject's anchors must carry for the pack's sections to be derived:
   * the anchor weight of the blocks (each block counting at most 2, the title twice) divided by the
   * number of blocks. Default `0.5`.
   */
  minAnchorShare?: number;
  /** Least anchor weight a story needs whatever its length. Default `3`. */
  minAnchorWeight?: number;
  /** Anchor weight that is enough whatever the story's length. Default `10`. */
  anchorWeightEnough?: number;
  /** How strong, relative to its own kind, a lone block's cues for its neighbours' kind must be to join them. Default `0.5`. */
  islandRatio?: number;
  /** Added to a kind whose topic cue is in a sentence's main predicate (a past-tense event). Default `2`. */
  mainPredicateBonus?: number;
  /** Quotations shorter than this many words are phrases in a sentence, not speech. Default `6`. */
  minQuotationWords?: number;
  /** Verbs that attribute a sentence to a speaker. Default `attributionVerbs` from src/nlp/lexicon.ts. */
  attributionVerbs?: AttributionVerbs;
}

/** One block's evidence: a score per kind, in the order of the kinds. */
export interface BlockScore {
  /** Score per kind from who speaks and what is said. */
  readonly scores: readonly number[];
  /** The block ends with a colon: it introduces the next block. */
  readonly introducesNext: boolean;
  /** The block opens by referring back to people just mentioned ("She was airlifted …", "The two men …"). */
  readonly continuesPrevious: boolean;
}

/** A run of consecutive blocks of one kind. Block numbers are 1-based, in source order. */
interface SectionGroup {
  readonly kind: string;
  readonly blocks: readonly number[];
}

/** Who is credited with a piece of text, and how. */
interface Utterance {
  /** Text naming the speaker ("the Kalbajar military prosecutor's office"); null when the writer speaks. */
  readonly speaker: string | null;
  /** Quoted words or a stance: the speaker's own act, so the speaker weighs most. */
  readonly firsthand: boolean;
  /** Within quotation marks (or a block introduced by "… said:"): the speaker's own words. */
  readonly quoted: boolean;
  /** The speaker is only credited as the source ("according to …"). */
  readonly source?: boolean;
  /** What is said. */
  readonly content: string;
}

interface Attribution {
  readonly speaker: string;
  readonly stance: boolean;
  readonly content: string;
  /** "according to …": a source credited, never a view of its own. */
  readonly source?: boolean;
}

interface CompiledCue {
  readonly pattern: Pattern;
  readonly weight: number;
}

interface CompiledKind {
  readonly kind: SectionKind;
  readonly speakers: readonly CompiledCue[];
  readonly topics: readonly CompiledCue[];
}

type Settings = Required<ClassifierOptions>;

const DEFAULTS: Settings = {
  minScore: 1.5,
  reportedSpeakerFactor: 0.5,
  embeddedContentFactor: 0.25,
  quotedContentFactor: 0.5,
  minAnchorShare: 0.5,
  minAnchorWeight: 3,
  anchorWeightEnough: 10,
  islandRatio: 0.5,
  mainPredicateBonus: 2,
  minQuotationWords: 6,
  attributionVerbs: defaultAttributionVerbs,
};

/**
 * ", who oversees the service," or ", commenting on the incidents," — a relative clause or an aside
 * inside the subject, not a clause of its own.
 */
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|whom|[a-z]+ing)\b[^,]*,/gi;
/** Speakers that stand for the last speaker named. */
const PRONOUN_SPEAKER = /^(it|he|she|they|we|i|the latter)$/i;
/** Openings that refer back to people just mentioned: a personal pronoun, "both …", or "the (two) (wounded) men". */
const REFERS_BACK = [
  '^(he|she|they|him|her|both|his|their)',
  `^the #Value? #Adjective? (${peopleNouns.join('|')})`,
].map(compilePattern);
/** A sentence the writer states in a stock formula, after any connective ("Moreover, it should be noted that …"). */
const WRITER_FORMULA = new RegExp(
  `^\\s*(?:(?:${connectives.join('|')})\\s*,?\\s*)*(?:${writerFormulas.join('|')})\\b\\s*(?:that\\b)?\\s*,?\\s*`,
  'i',
);
/** Verb forms that narrate an event. */
const NARRATIVE_FORMS: ReadonlySet<string> = new Set([
  'simple-past',
  'passive-past',
  'past-progressive',
  'past-perfect',
]);
/** The object after a main verb: up to the first preposition, conjunction or clause mark. */
const PREDICATE_OBJECT =
  /^.*?(?=[,;:.!?]|\s(?:in|on|at|to|for|from|with|by|of|after|before|during|when|while|as|and|but|or|who|which|that|since|under|near|because|until)\b|$)/i;
/** Longest sentence read for its attribution and main predicate (news sentences run to about 60 words). */
const MAX_SENTENCE_WORDS = 150;
/** Longest speaker phrase that still reads as an attribution rather than a clause of its own. */
const MAX_SPEAKER_WORDS = 16;

/**
 * Build a classifier for subject packs. Patterns are compiled once here, so a site build can
 * reuse one classifier for every article.
 */
export function createClassifier(packs: readonly SubjectPack[], options: ClassifierOptions = {}) {
  const settings: Settings = { ...DEFAULTS, ...withoutUndefined(options) };
  const scorers = packs.map((pack) => ({
    pack,
    gate: subjectGate(pack, settings),
    scorer: kindScorer(pack.kinds, settings),
    vocabulary: pack.model ? checkedModelVocabulary(pack) : null,
  }));

  /**
   * What the cues and rules make of a story: the pack it is about, each block's evidence and the
   * kinds the settling rules chose; null when the story is about none of the packs' subjects.
   * `pins` maps 1-based block numbers to kind ids the editor fixed: pins choose the pack whose
   * kinds they name, and skip the subject test (the editor asked for sections).
   */
  function analyse(texts: readonly string[], pins: ReadonlyMap<number, string> = new Map(), title = '') {
    const pinnedIds = new Set(pins.values());
    const chosen =
      pinnedIds.size > 0
        ? scorers.find(({ pack }) => [...pinnedIds].every((id) => pack.kinds.some((kind) => kind.id === id)))
        : scorers.find(({ gate }) => gate(texts, title));
    if (!chosen) return null;
    const blocks = chosen.scorer(texts);
    const kinds = settleKinds(blocks, chosen.pack.kinds, settings, pins);
    return kinds === null ? null : { ...chosen, blocks, kinds };
  }

  /**
   * The kind id of every block, or null when the story is about none of the packs' subjects. A
   * pack with a learned model (kind-model.ts) has the model take the last decision on every block
   * the editor did not pin.
   */
  function classify(
    texts: readonly string[],
    pins: ReadonlyMap<number, string> = new Map(),
    title = '',
  ): string[] | null {
    if (texts.length === 0) return [];
    const analysis = analyse(texts, pins, title);
    if (analysis === null) return null;
    const { pack, blocks, kinds, vocabulary } = analysis;
    if (!pack.model || vocabulary === null) return kinds;
    const ids = pack.kinds.map((kind) => kind.id);
    const rules = kinds.map((id) => ids.indexOf(id));
    const features = blockFeatures(blocks, rules, texts, ids.length, vocabulary);
    return kinds.map((id, index) =>
      pins.has(index + 1) ? id : (ids[predictKind(pack.model!.weights, features[index]!)] ?? id),
    );
  }

  return { classify, analyse };
}

/** The model's word index, after checking the model was trained for the pack's kinds and features. */
function checkedModelVocabulary(pack: SubjectPack): Map<string, number> {
  const model = pack.model!;
  const ids = pack.kinds.map((kind) => kind.id);
  const width = fixedFeatureCount(ids.length) + model.vocabulary.length;
  if (
    model.kinds.join() !== ids.join() ||
    model.weights.length !== ids.length ||
    model.weights.some((row) => row.length !== width)
  ) {
    throw new Error(
      `the model of subject pack "${pack.id}" does not fit its kinds or features: run npm run train:sections`,
    );
  }
  return vocabularyIndex(model);
}

/**
 * Whether a story is about the pack's subject: its anchors carry real weight (module comment of
 * ClassifierOptions.minAnchorShare). Anchors another sense can take over ("mine" in a coal-mine
 * story, "a minefield of rules") count for nothing in a block (or the title) that uses that sense,
 * and nowhere in the story when it recurs (in two blocks or more, the title counting as one).
 */
function subjectGate(pack: SubjectPack, settings: Settings) {
  const anchors = pack.anchors.map((anchor) => ({
    ...compileCue(anchor),
    ambiguous: pack.ambiguousAnchors.includes(anchor.match),
  }));
  const otherSenses = pack.otherSenses.map(compileCue);
  return (texts: readonly string[], title: string): boolean => {
    const readings = texts.map(cueText);
    const headline = cueText(title);
    const hasOtherSense = (reading: CueText) => otherSenses.some((cue) => hasCue(reading, cue));
    const otherSense = [headline, ...readings].filter(hasOtherSense).length >= 2;
    const weightOf = (reading: CueText) => {
      const voided = otherSense || hasOtherSense(reading);
      return Math.min(
        2,
        anchors.reduce(
          (sum, anchor) => ((anchor.ambiguous && voided) || !hasCue(reading, anchor) ? sum : sum + anchor.weight),
          0,
        ),
      );
    };
    const weight = readings.reduce((sum, reading) => sum + weightOf(reading), 0) + 2 * weightOf(headline);
    // A long feature needs the subject's words throughout, up to `anchorWeightEnough`: past that,
    // the evidence is plain however long the story.
    const needed = Math.min(
      settings.anchorWeightEnough,
      Math.max(settings.minAnchorWeight, settings.minAnchorShare * texts.length),
    );
    return weight >= needed;
  };
}

/** Scores every block of an article by the kinds of one pack. */
function kindScorer(kinds: readonly SectionKind[], settings: Settings) {
  const fallbackIndex = kinds.findIndex((kind) => kind.fallback);
  const compiled: CompiledKind[] = kinds.map((kind) => ({
    kind,
    speakers: kind.speakers.map(compileCue),
    topics: kind.topics.map(compileCue),
  }));
  const reporting = new Set(settings.attributionVerbs.reporting);
  const stance = new Set(settings.attributionVerbs.stance);

  /** Per-kind sums of the topic cues found in a text. */
  function topicScores(text: string): number[] {
    if (!/\p{L}/u.test(text)) return compiled.map(() => 0);
    const candidate = cueText(text);
    return compiled.map((kind) =>
      kind.topics.reduce((sum, cue) => (hasCue(candidate, cue) ? sum + cue.weight : sum), 0),
    );
  }

  /** The kind a speaker phrase stands for: its strongest speaker cue, first kind on a tie. */
  function speakerKind(speaker: string): { index: number; weight: number } | null {
    const candidate = cueText(speakerHead(speaker));
    const scores = compiled.map((kind) =>
      Math.max(0, ...kind.speakers.filter((cue) => hasCue(candidate, cue)).map(({ weight }) => weight)),
    );
    const best = Math.max(...scores);
    return best > 0 ? { index: scores.indexOf(best), weight: best } : null;
  }

  /**
   * The attribution of one sentence, if a speech verb's subject opens it or trails it:
   * "The ministry denied that …", "…, the army said.", "…, said a spokesman.", "according to …".
   * A speech verb inside the content ("claims that officials said …") is not an attribution.
   */
  function findAttribution(sentence: string): Attribution | null {
    const verbs = verbsOf(sentence);
    const inRelativeClause = relativeClauseTest(sentence);
    // "The spokeswoman said the ministry regretted …": a reported stance is still a stance.
    const takesStance = (verb: VerbPhrase) =>
      verbs.some((other) => stance.has(other.lemma) && (other === verb || other.start > verb.start));
    for (const verb of verbs) {
      if (!stance.has(verb.lemma) && !reporting.has(verb.lemma)) continue;
      const before = sentence.slice(0, verb.start);
      const after = sentence.slice(verb.end);
      const verbsBefore = verbs.some((other) => other.start < verb.start && !inRelativeClause(other.start));
      if (!/\p{L}/u.test(before)) {
        // Inverted at the start of a clause: `said Maria Santos, a spokeswoman for …` after a quotation.
        const speaker = invertedSpeaker(after);
        if (speaker !== null) return { speaker, stance: stance.has(verb.lemma), content: '' };
        continue;
      }
      const subject = subjectPhrase(before);
      if (!verbsBefore && subject !== null) {
        // Leading: "Moreover, the prosecutor's office said that …". An opening connective stays in
        // the speaker phrase; it matches no speaker cue.
        return { speaker: subject, stance: takesStance(verb), content: after.replace(/^[\s,]*(that\b)?/i, '') };
      }
      const boundary = Math.max(...[',', ';', ':', '"', '”', '»', '“'].map((mark) => before.lastIndexOf(mark)));
      if (boundary < 0) continue;
      const region = before.slice(boundary + 1);
      const regionHasVerb = verbs.some((other) => other.start > boundary && other.start < verb.start);
      if (regionHasVerb || countWords(region) > MAX_SPEAKER_WORDS) continue;
      // Trailing: "…, the ministry has reported." Whatever follows the verb is content only when it
      // has a verb of its own (", adding that …"); "in a statement" is part of the attribution.
      const afterHasVerb = verbs.some((other) => other.start >= verb.end);
      const content = before.slice(0, boundary) + (afterHasVerb ? ` ${after}` : '');
      if (/\p{L}/u.test(region)) return { speaker: region.trim(), stance: takesStance(verb), content };
      // Inverted: "…, said the ministry's spokesman."
      const speaker = invertedSpeaker(after);
      if (speaker !== null) return { speaker, stance: stance.has(verb.lemma), content: before.slice(0, boundary) };
    }
    const accordingTo = /\baccording to ([^,.;:]+)/i.exec(sentence);
    if (accordingTo?.[1]) {
      return {
        speaker: accordingTo[1].trim(),
        stance: false,
        content: sentence.replace(accordingTo[0], ''),
        source: true,
      };
    }
    return null;
  }

  /**
   * Kinds with a topic cue in the sentence's main predicate, when it narrates a past event: the
   * main verb and its object ("sentenced a former soldier", "planted mines"). Cues in a relative
   * or adverbial clause ("…, who was killed by a mine") describe a participant, not the event.
   * Perfect and present tenses state tallies and conditions ("have killed 20,000 since 1979"),
   * so they get no such weight.
   */
  function predicateKinds(sentence: string): number[] {
    if (countWords(sentence) > MAX_SENTENCE_WORDS) return [];
    const inRelativeClause = relativeClauseTest(sentence);
    // "the device that killed Sulaiman was a bomb": the verb of a relative clause is not the main one.
    const main = verbsOf(sentence).find(
      (verb) => !inRelativeClause(verb.start) && !/\b(?:that|who|which)\s+$/i.test(sentence.slice(0, verb.start)),
    );
    if (!main || !NARRATIVE_FORMS.has(main.form)) return [];
    const object = PREDICATE_OBJECT.exec(sentence.slice(main.end))?.[0] ?? '';
    const predicate = cueText(sentence.slice(main.start, main.end) + object);
    return compiled.flatMap((kind, index) => (kind.topics.some((cue) => hasCue(predicate, cue)) ? [index] : []));
  }

  /** Cut a block into who-said-what pieces, in reading order. */
  function utterancesOf(
    text: string,
    introducedBy: string | null,
    previousSpeaker: string | null,
  ): { utterances: Utterance[]; lastSpeaker: string | null } {
    const utterances: Utterance[] = [];
    let lastSpeaker = introducedBy ?? previousSpeaker;
    const resolve = (speaker: string | null) =>
      speaker !== null && PRONOUN_SPEAKER.test(speaker) ? lastSpeaker : speaker;

    const addSentences = (prose: string, quotedBy: string | null) => {
      for (const sentence of sentencesOf(prose)) {
        // "It should be noted that …" is the writer's: no speaker, and the last speaker stays.
        const formula = quotedBy === null ? WRITER_FORMULA.exec(sentence) : null;
        if (formula) {
          utterances.push({
            speaker: null,
            firsthand: false,
            quoted: false,
            content: sentence.slice(formula[0].length),
          });
          continue;
        }
        // Who says what is read within a sentence; a run-on "sentence" is read for its words only,
        // so the cost stays linear in the text.
        const attribution = countWords(sentence) <= MAX_SENTENCE_WORDS ? findAttribution(sentence) : null;
        if (attribution) {
          const speaker = resolve(attribution.speaker) ?? attribution.speaker;
          // Inside a quotation, "we urge" is the quoted speaker's stance; the words stay firsthand.
          utterances.push({
            speaker: quotedBy ?? speaker,
            firsthand: quotedBy !== null || attribution.stance,
            quoted: quotedBy !== null && !attribution.stance,
            source: attribution.source === true && quotedBy === null,
            content: attribution.content,
          });
          if (quotedBy === null) lastSpeaker = speaker;
        } else {
          utterances.push({
            speaker: quotedBy,
            firsthand: quotedBy !== null,
            quoted: quotedBy !== null,
            content: sentence,
          });
          // "The boys' father had spent the morning at the market. '…,' he said": "he" is the
          // person the writer has just told of.
          const person = quotedBy === null ? personSubject(sentence) : null;
          if (person !== null) lastSpeaker = person;
        }
      }
    };

    // A block introduced by "… said:" is the speaker's words throughout.
    if (introducedBy !== null) {
      addSentences(text, introducedBy);
      return { utterances, lastSpeaker };
    }

    let cursor = 0;
    for (const { open, close } of quotationSpans(text)) {
      const words = text.slice(open + 1, close);
      if (countWords(words) < settings.minQuotationWords || open < cursor) continue;
      const start = open;
      const end = Math.min(text.length, close + 1);
      let prose = text.slice(cursor, start);
      // The speaker is named after the quotation ("…," the ministry added.) or before it ("He said: …").
      // Named after it only in the news form `"…," the ministry added.`: a comma (or ? !) closes the
      // quoted words or opens the clause; otherwise the next sentence is a sentence of its own.
      const trailing = /^[^.!?“”"«»„]*[.!?]?/.exec(text.slice(end))?.[0] ?? '';
      const handsOver = /[,?!]\s*$/.test(words) || /^\s*,/.test(trailing);
      const trailingAttribution = handsOver && /\p{L}/u.test(trailing) ? findAttribution(trailing) : null;
      let attribution = trailingAttribution;
      if (!attribution) {
        const lastBreak = Math.max(...['.', '!', '?'].map((mark) => prose.lastIndexOf(mark)));
        const lead = prose.slice(lastBreak + 1);
        if (/[:,]\s*$/.test(lead)) {
          attribution = findAttribution(lead.replace(/[:,]\s*$/, ''));
          if (attribution) prose = prose.slice(0, lastBreak + 1);
        }
      }
      addSentences(prose, null);
      // No speaker named: the quotation goes on from the last one (`"…," he said. "…"`), and is
      // quoted words even when nobody can be named.
      const speaker = attribution ? (resolve(attribution.speaker) ?? attribution.speaker) : lastSpeaker;
      addSentences(words, speaker ?? '');
      if (speaker) lastSpeaker = speaker;
      cursor = end + (trailingAttribution ? trailing.length : 0);
    }
    addSentences(text.slice(cursor), null);
    return { utterances, lastSpeaker };
  }

  /**
   * Score one block. `introducedBy` is the speaker of a previous block ending in a colon;
   * `previousSpeaker` the last speaker named before the block, whom "he" or "it" may stand for.
   */
  function scoreBlock(
    text: string,
    introducedBy: string | null = null,
    previousSpeaker: string | null = null,
  ): BlockScore & { lastSpeaker: string | null } {
    const { utterances, lastSpeaker } = utterancesOf(text, introducedBy, previousSpeaker);
    const scores = compiled.map(() => 0);
    const speakerWeights = new Map<string, number>();
    for (const utterance of utterances) {
      const topics = topicScores(utterance.content);
      // In firsthand speech the sentence's event is the speaking; the predicate of what is said is not.
      const predicate = utterance.firsthand ? [] : predicateKinds(utterance.content);
      for (const kind of predicate) topics[kind] = (topics[kind] ?? 0) + settings.mainPredicateBonus;
      const speaker = utterance.speaker === null ? null : speakerKind(utterance.speaker);
      const contentFactor = utterance.quoted
        ? settings.quotedContentFactor
        : utterance.firsthand
          ? settings.embeddedContentFactor
          : 1;
      topics.forEach((score, index) => {
        scores[index] = (scores[index] ?? 0) + score * contentFactor;
      });
      if (speaker) {
        // A source credited with an event ("…, the ministry said") is weighed less than the event;
        // one credited with a view ("the minister said the verdict sent a message") is the news.
        // A body reporting how things stand (contamination, figures: the fallback kind's matter) is
        // reporting too.
        const bestTopic = topics.indexOf(Math.max(...topics));
        const reportsContext = fallbackIndex >= 0 && bestTopic === fallbackIndex && (topics[fallbackIndex] ?? 0) > 0;
        const view = predicate.length === 0 && !utterance.source && !reportsContext;
        const speakerFactor = utterance.firsthand || view ? 1 : settings.reportedSpeakerFactor;
        // A speaker counts once per block, however many sentences of theirs it quotes.
        const key = `${utterance.speaker}\u0000${speaker.index}`;
        speakerWeights.set(key, Math.max(speakerWeights.get(key) ?? 0, speaker.weight * speakerFactor));
      }
    }
    for (const [key, weight] of speakerWeights) {
      const index = Number(key.slice(key.indexOf('\u0000') + 1));
      scores[index] = (scores[index] ?? 0) + weight;
    }
    const parsed = parseText(text);
    const first = parsed.sentences[0];
    const opening = first ? matchableWords(parsed.tokens.slice(first.tokens[0], first.tokens[1])) : [];
    const continuesPrevious = REFERS_BACK.some((pattern) => hasPattern(opening, pattern));
    return { scores, introducesNext: /:\s*$/.test(text), continuesPrevious, lastSpeaker };
  }

  /** Score every block of an article, passing speakers on: to the block a colon introduces, and to pronouns. */
  function scoreBlocks(texts: readonly string[]): BlockScore[] {
    let lastSpeaker: string | null = null;
    let introducedBy: string | null = null;
    return texts.map((text) => {
      const { lastSpeaker: speaker, ...score } = scoreBlock(text, introducedBy, lastSpeaker);
      lastSpeaker = speaker;
      introducedBy = score.introducesNext ? speaker : null;
      return score;
    });
  }

  return scoreBlocks;
}

/** Turn block scores into one kind per block; see the module comment for the steps. */
export function settleKinds(
  blocks: readonly BlockScore[],
  kinds: readonly SectionKind[],
  options: ClassifierOptions = {},
  pins: ReadonlyMap<number, string> = new Map(),
): string[] | null {
  const settings: Settings = { ...DEFAULTS, ...withoutUndefined(options) };
  if (blocks.length === 0) return [];

  const kindIndex = new Map(kinds.map((kind, index) => [kind.id, index]));
  const pinned = blocks.map((_, index) => {
    const id = pins.get(index + 1);
    return id === undefined ? undefined : kindIndex.get(id);
  });
  const scoreOf = (block: number, kind: number) => blocks[block]?.scores[kind] ?? 0;

  // Chains of blocks where each introduces the next are judged on their summed scores.
  const scores = blocks.map((block) => [...block.scores]);
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (blocks[end]?.introducesNext && end + 1 < blocks.length) end++;
    if (end === start) continue;
    const summed = kinds.map((_, kind) => range(start, end).reduce((sum, block) => sum + scoreOf(block, kind), 0));
    for (const block of range(start, end)) scores[block] = [...summed];
    start = end;
  }

  const fallback = kinds.findIndex((kind) => kind.fallback);
  const chosen: (number | null)[] = [];
  scores.forEach((blockScores, index) => {
    const pin = pinned[index];
    if (pin !== undefined) {
      chosen.push(pin);
      return;
    }
    const best = Math.max(...blockScores);
    const own = best >= settings.minScore ? blockScores.indexOf(best) : null;
    // Background is what fits no other kind; a block that goes on about the people of the block
    // before ("The two men … were working on a slope") is still that block's story.
    const previous = chosen[index - 1] ?? null;
    const continues = blocks[index]?.continuesPrevious && previous !== null && previous !== fallback;
    chosen.push(continues && (own === null || own === fallback) ? previous : own);
  });

  // A weak lone block does not split a section.
  for (let index = 1; index + 1 < chosen.length; index++) {
    const [before, own, after] = [chosen[index - 1], chosen[index], chosen[index + 1]];
    if (pinned[index] !== undefined || own == null || before == null || before !== after || own === before) continue;
    const blockScores = scores[index] ?? [];
    if ((blockScores[before] ?? 0) >= settings.islandRatio * (blockScores[own] ?? 0)) chosen[index] = before;
  }

  // Unclassified blocks join a neighbour, or form a fallback section when there are several.
  for (let start = 0; start < chosen.length; start++) {
    if (chosen[start] !== null) continue;
    let end = start;
    while (end + 1 < chosen.length && chosen[end + 1] === null) end++;
    const before = start > 0 ? (chosen[start - 1] ?? null) : null;
    const after = end + 1 < chosen.length ? (chosen[end + 1] ?? null) : null;
    for (const index of range(start, end)) {
      chosen[index] = joinNeighbour(index, end > start, before, after);
    }
    start = end;
  }

  function joinNeighbour(index: number, inRun: boolean, before: number | null, after: number | null): number | null {
    // A closing run of blocks with no cues is the story's context, even after one block.
    if (after === null && before !== null && fallback >= 0 && index === blocks.length - 1 && inRun) return fallback;
    if (before === null || after === null || before === after) return before ?? after;
    if (inRun && fallback >= 0) return fallback;
    if (blocks[index]?.introducesNext) return after;
    const blockScores = scores[index] ?? [];
    return (blockScores[after] ?? 0) > (blockScores[before] ?? 0) ? after : before;
  }

  // Still unclassified here only when no block reached a kind at all: nothing to derive.
  const ids: string[] = [];
  for (const kind of chosen) {
    const id = kind === null ? undefined : kinds[kind]?.id;
    if (id === undefined) return null;
    ids.push(id);
  }
  return ids;
}

/** Consecutive blocks of one kind, with 1-based block numbers. */
export function groupSections(kindIds: readonly string[]): SectionGroup[] {
  const groups: { kind: string; blocks: number[] }[] = [];
  kindIds.forEach((kind, index) => {
    const last = groups.at(-1);
    if (last && last.kind === kind) last.blocks.push(index + 1);
    else groups.push({ kind, blocks: [index + 1] });
  });
  return groups;
}

function compileCue({ match, weight }: { match: string; weight: number }): CompiledCue {
  return { pattern: compilePattern(match), weight };
}

/** A text to test cues against: its words, and the set of their lower-case forms for the cheap test. */
interface CueText {
  readonly words: readonly Token[];
  readonly lower: ReadonlySet<string>;
}

function cueText(text: string): CueText {
  const words = matchableWords(parseText(text).tokens);
  const lower = new Set<string>();
  for (const word of words) {
    lower.add(word.lower);
    // "anti-tank" is also "anti" and "tank"; "Kalbajar's" also "kalbajar".
    if (word.lower.includes('-')) for (const part of word.lower.split('-')) lower.add(part);
  }
  return { words, lower };
}

/** Whether the text has the cue: the cheap test on its words first. */
function hasCue(text: CueText, cue: CompiledCue): boolean {
  return hasPattern(text.words, cue.pattern, text.lower);
}

/** The verb phrases of a sentence, with offsets into it. */
function verbsOf(sentence: string): readonly VerbPhrase[] {
  return verbPhrases(parseText(sentence).tokens);
}

/** People a sentence can be about: the people nouns of the lexicon and roles people speak in. */
const PERSON_HEAD = compilePattern(`(${peopleNouns.join('|')})`);

/** The subject of a sentence when it is a person ("The boys' father, Joseph Lado Wani,"), else null. */
function personSubject(sentence: string): string | null {
  const main = verbsOf(sentence)[0];
  if (!main) return null;
  const subject = sentence.slice(0, main.start).trim();
  if (countWords(subject) === 0 || countWords(subject) > MAX_SPEAKER_WORDS) return null;
  return hasPattern(matchableWords(parseText(subject).tokens), PERSON_HEAD) ? subject : null;
}

const PEOPLE: ReadonlySet<string> = new Set(peopleNouns);

/**
 * The part of a speaker phrase that says who speaks: without the relative clause that describes
 * them ("a trader who was riding behind the bus"); a person named by a body they belong to ("a
 * village council member") is just the person.
 */
function speakerHead(speaker: string): string {
  const core = speaker.replace(/,?\s+(?:who|whose|whom)\b.*$/is, '').trim();
  const last =
    core
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase()
      .replace(/['’]s$/, '') ?? '';
  return PEOPLE.has(last) ? last : core;
}

/** Whether an offset in the sentence falls inside a comma-enclosed relative clause. */
function relativeClauseTest(sentence: string): (offset: number) => boolean {
  const clauses = [...sentence.matchAll(RELATIVE_CLAUSE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  return (offset) => clauses.some(({ start, end }) => offset >= start && offset < end);
}

/**
 * The speaker after an inverted speech verb ("said Maria Santos, a spokeswoman for the HALO
 * Trust, which …"): up to a relative clause or the end, appositions included, since the role
 * ("spokeswoman") usually follows the name.
 */
function invertedSpeaker(after: string): string | null {
  const speaker = after.split(/,?\s+(?:who|which|whose|where)\b|,\s*(?:adding|saying)\b|[;.!?]/i)[0]?.trim() ?? '';
  return /\p{L}/u.test(speaker) && countWords(speaker) <= MAX_SPEAKER_WORDS ? speaker : null;
}

/**
 * The subject phrase before a leading speech verb, or null when the words before it cannot be a
 * subject: nothing, too many words, or an opening prepositional phrase with no comma to end it
 * ("In a message posted …" is not someone posting).
 */
function subjectPhrase(before: string): string | null {
  let subject = before.trim();
  if (/^\p{L}/u.test(subject) && parseText(subject).tokens[0]?.pos === 'ADP') {
    const comma = subject.indexOf(',');
    if (comma < 0) return null;
    subject = subject.slice(comma + 1).trim();
  }
  return /\p{L}/u.test(subject) && countWords(subject) <= MAX_SPEAKER_WORDS ? subject : null;
}

/** The sentences of a text, as strings; an empty text has none. */
function sentencesOf(text: string): string[] {
  if (!/\p{L}/u.test(text)) return [];
  const parsed = parseText(text);
  return parsed.sentences.map(({ start, end }) => text.slice(start, end)).filter((sentence) => /\p{L}/u.test(sentence));
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
