/**
 * The subject packs the site knows. A new subject is a new data file beside this one (see
 * types.ts and landmines.ts), listed here.
 */
import { landmines } from './landmines.ts';
import type { SectionKind, SubjectPack } from './types.ts';

export type * from './types.ts';

export const subjectPacks: readonly SubjectPack[] = [landmines];

/** Every kind of every pack, first pack first; an id shared by two packs is listed once. */
export const sectionKinds: readonly SectionKind[] = subjectPacks
  .flatMap((pack) => pack.kinds)
  .filter((kind, index, all) => all.findIndex((other) => other.id === kind.id) === index);

/** The ids of `sectionKinds`, in order. */
export const sectionKindIds: readonly string[] = sectionKinds.map((kind) => kind.id);
