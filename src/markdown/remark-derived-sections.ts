/**
 * remark-derived-sections: cut a news story into sections (Incident, Official statements, …)
 * derived from what its paragraphs say, and expose the outline.
 *
 * Blocks are the top-level paragraphs, blockquotes and lists (blocks.ts), numbered from 1 in source order.
 * classify-blocks.ts gives each block a kind (see there for how); consecutive blocks of one kind
 * are wrapped in a `derivedSection` node that remark-rehype renders as
 * `<section class="derived-section" data-section-kind="incident"><h2>Incident</h2>…</section>`
 * (rehype-slug, run later, gives the `<h2>` its id). Nothing is reordered, dropped or
 * duplicated: other top-level nodes (code, html, rules) stay with the block before them, or at
 * the top when no block precedes them.
 *
 * The outline lands in `file.data.astro.frontmatter[outlineKey]`, which Astro hands back as
 * `remarkPluginFrontmatter` from `render(entry)`:
 * `[{ kind: 'incident', title: 'Incident', blocks: [1, 2], derived: true }, …]`.
 *
 * Author and editor control:
 * - An article with headings of its own keeps them and gets nothing derived; its outline lists its
 *   `##` headings (`kind: null`, `derived: false`) with the blocks under each.
 * - Frontmatter `sections: false` derives nothing (outline `[]`).
 * - Frontmatter `sections: { pin: { 8: prosecution } }` fixes the kind of block 8. An unknown kind,
 *   a block number that does not exist, or any other value throws a `SectionSettingsError`
 *   naming the field (lib/section-settings.ts, which the article schema reads the field with too).
 * - A story about none of the subject packs' subjects (sport, markets, a coal-mine accident) gets
 *   no sections (outline `[]`): classify-blocks.ts's subject gate reads the blocks and the title.
 *
 * Options:
 * - `packs` (default `subjectPacks` from src/subjects/): the subjects, their kinds and cues.
 * - `frontmatterKey` (default `'sections'`): the frontmatter key editors write settings under.
 * - `outlineKey` (default `'outline'`): the frontmatter key that receives the outline.
 * - `limits` (default `ANALYSIS_LIMITS`, lib/analysis-limits.ts: words a block, words an article):
 *   past them nothing is derived (outline `[]`) and a warning names the file, so one pasted data
 *   dump cannot hold the build up.
 * - Classifier thresholds, all optional: `ClassifierOptions` in classify-blocks.ts, which holds
 *   their defaults (`minScore`, `reportedSpeakerFactor`, `embeddedContentFactor`,
 *   `quotedContentFactor`, `mainPredicateBonus`, `minAnchorShare`, `minAnchorWeight`,
 *   `anchorWeightEnough`, `islandRatio`, `minQuotationWords`, `attributionVerbs`).
 *
 * Run it after plugins that read top-level paragraphs or count the text (remark-text-facts): once
 * sections are derived, the paragraphs sit inside them and the headings add words.
 */
import type { Data, Heading, Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { ANALYSIS_LIMITS, type AnalysisLimits, analysisLimitProblem } from '../lib/analysis-limits.ts';
import { projectPath } from '../lib/content-files.ts';
import { readSectionSettings, SectionSettingsError } from '../lib/section-settings.ts';
import { type SectionKind, type SubjectPack, sectionKinds, subjectPacks } from '../subjects/index.ts';
import { BLOCKS_PHRASE, blockText, isBlock } from './blocks.ts';
import { type ClassifierOptions, createClassifier, groupSections } from './classify-blocks.ts';
import { fileFrontmatter } from './file-frontmatter.ts';

interface RemarkDerivedSectionsOptions extends ClassifierOptions {
  /** The subjects whose kinds sections are derived from. Default `subjectPacks` (src/subjects/). */
  packs?: readonly SubjectPack[];
  /** Frontmatter key holding the editor's settings (`false`, or `{ pin }`). Default `'sections'`. */
  frontmatterKey?: string;
  /** Frontmatter key that receives the outline. Default `'outline'`. */
  outlineKey?: string;
  /** Past these, no sections are derived and a warning names the file. Default `ANALYSIS_LIMITS` (lib/analysis-limits.ts). */
  limits?: AnalysisLimits;
}

/** One section of the outline. Plain JSON, so Astro can hand it to pages. */
export interface OutlineEntry {
  /** Kind id for a derived section; null for a heading the author wrote. */
  kind: string | null;
  title: string;
  /** 1-based numbers of the top-level blocks (paragraphs, blockquotes, lists) in the section. */
  blocks: number[];
  derived: boolean;
}

interface DerivedSectionData extends Data {
  hName: 'section';
  hProperties: { className: string[]; dataSectionKind: string };
}

/** A derived section: its `<h2>` heading, then its blocks. */
interface DerivedSection extends Parent {
  type: 'derivedSection';
  children: RootContent[];
  data: DerivedSectionData;
}

declare module 'mdast' {
  interface RootContentMap {
    derivedSection: DerivedSection;
  }
  interface BlockContentMap {
    derivedSection: DerivedSection;
  }
}

/** The outline of the author's own `##` headings: each with the blocks up to the next heading of rank 1 or 2. */
function authorOutline(tree: Root): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  let current: OutlineEntry | undefined;
  let blockNumber = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      current = node.depth === 2 ? { kind: null, title: blockText(node), blocks: [], derived: false } : undefined;
      if (current) outline.push(current);
    } else if (isBlock(node)) {
      blockNumber++;
      current?.blocks.push(blockNumber);
    }
  }
  return outline;
}

export default function remarkDerivedSections(options: RemarkDerivedSectionsOptions = {}) {
  const {
    packs = subjectPacks,
    frontmatterKey = 'sections',
    outlineKey = 'outline',
    limits = ANALYSIS_LIMITS,
    ...classifierOptions
  } = options;
  const kinds = packs === subjectPacks ? sectionKinds : packs.flatMap((pack) => pack.kinds);
  const classifier = createClassifier(packs, classifierOptions);
  const kindById = new Map(kinds.map((kind) => [kind.id, kind]));
  const kindIds = [...kindById.keys()];

  return (tree: Root, file: VFile) => {
    const frontmatter = fileFrontmatter(file);
    const blocks = tree.children.filter(isBlock);
    const { settings, problems } = readSectionSettings(frontmatter[frontmatterKey], kindIds, {
      count: blocks.length,
      phrase: BLOCKS_PHRASE,
    });
    const [problem] = problems;
    if (problem) throw new SectionSettingsError(`${[frontmatterKey, ...problem.path].join('.')}: ${problem.message}`);
    if (tree.children.some((node) => node.type === 'heading')) {
      frontmatter[outlineKey] = authorOutline(tree);
      return;
    }
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
    const texts = blocks.map(blockText);
    const tooLarge = settings.enabled ? analysisLimitProblem(texts, limits) : undefined;
    if (tooLarge)
      console.warn(`${file.path ? projectPath(file.path) : 'an article'}: ${tooLarge}; derived sections skipped`);
    const blockKinds = settings.enabled && !tooLarge ? classifier.classify(texts, settings.pins, title) : null;
    if (!blockKinds || blockKinds.length === 0) {
      frontmatter[outlineKey] = [];
      return;
    }

    const groups = groupSections(blockKinds);
    const sections = groups.map((group) => derivedSection(kindById.get(group.kind) ?? unknownKind(group.kind)));
    const sectionOfBlock = groups.flatMap((group, index) => group.blocks.map(() => index));
    const children: RootContent[] = [];
    let current: DerivedSection | undefined;
    let blockIndex = 0;
    for (const node of tree.children) {
      if (isBlock(node)) {
        const section = sections[sectionOfBlock[blockIndex++] ?? 0];
        if (section && section !== current) {
          current = section;
          children.push(section);
        }
      }
      // Non-block nodes (code, html, rules) stay with the block before them, or at the top.
      if (current) current.children.push(node);
      else children.push(node);
    }
    tree.children = children;

    frontmatter[outlineKey] = groups.map(
      (group): OutlineEntry => ({
        kind: group.kind,
        title: kindById.get(group.kind)?.title ?? group.kind,
        blocks: [...group.blocks],
        derived: true,
      }),
    );
  };
}

function derivedSection(kind: SectionKind): DerivedSection {
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: kind.title }] };
  return {
    type: 'derivedSection',
    data: { hName: 'section', hProperties: { className: ['derived-section'], dataSectionKind: kind.id } },
    children: [heading],
  };
}

/** The classifier only returns ids of the kinds it was given; reaching this is a bug. */
function unknownKind(id: string): never {
  throw new Error(`remark-derived-sections: classifier returned unknown kind "${id}"`);
}
