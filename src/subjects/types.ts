/**
 * The shape of a subject pack: what a story about one subject is cut into, and how to tell that a
 * story is about it. A pack is data (src/subjects/<subject>.ts); the classifier
 * (src/markdown/classify-blocks.ts) has no subject-specific code.
 *
 * Cues are patterns in the language of src/nlp/match.ts: plain words, `(a|b)` alternatives,
 * `{lemma}` for any inflection, `#Value` and other parts of speech, `.{0,3}` for a gap.
 * Each cue counts once per sentence (anchors: once per block), whatever its number of matches.
 * Weights: 1 is a hint, 2 a clear sign, 3 decisive on its own.
 */
import type { KindModel } from '../markdown/kind-model.ts';

/** A pattern that speaks for a kind or a subject, and how strongly. */
export interface Cue {
  readonly match: string;
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
  /** The kind a run of blocks that carry no cues at all falls back to. At most one kind of a pack sets it. */
  readonly fallback?: boolean;
}

export interface SubjectPack {
  readonly id: string;
  /** What the subject is, for editors. */
  readonly description: string;
  /**
   * The subject's own vocabulary. A story gets the pack's sections only when these carry real
   * weight in it (see `minAnchorShare`), not for one incidental word.
   */
  readonly anchors: readonly Cue[];
  /**
   * Words of another subject that shares an anchor's word ("coal mine", "miners"): where they
   * recur, anchors listed in `ambiguousAnchors` count for nothing.
   */
  readonly otherSenses: readonly Cue[];
  /** The `match` strings of anchors that another sense can take over. */
  readonly ambiguousAnchors: readonly string[];
  /** The kinds, in order of precedence on a tie. */
  readonly kinds: readonly SectionKind[];
  /**
   * A model learned from labelled stories that takes the last decision on each block (see
   * src/markdown/kind-model.ts); without one, the cues and settling rules decide. A JSON file
   * beside the pack, written by `npm run train:sections`.
   */
  readonly model?: KindModel;
}
