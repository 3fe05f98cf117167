// Which entity each anchored mention belongs to, grouped by highlight kind.
import type { ArticleAnalysis, Person, Organisation } from '../analysis';
import type { EntityKind } from '../settings';
import { anchorMentions, type Block } from './anchor';

export interface EntityRef {
  key: string;
  name: string;
  kind: EntityKind;
  role: string | null;
  affiliation: string | null;
  entity: Person | Organisation;
}

export interface Painted {
  range: Range;
  entity: EntityRef;
  /** Index of this mention among the entity's anchored mentions. */
  nth: number;
}

export function entityRefs(a: ArticleAnalysis): EntityRef[] {
  return [
    ...a.people.map((p): EntityRef => ({ key: p.key, name: p.name, kind: p.official ? 'official' : 'person', role: p.role, affiliation: p.affiliation, entity: p })),
    ...a.organisations.map((o): EntityRef => ({ key: o.key, name: o.name, kind: 'org', role: null, affiliation: null, entity: o })),
  ];
}

/** Anchor every mention of every entity in the live page, in document order. */
export function anchorAll(root: Node, a: ArticleAnalysis, blocks: Block[]): Painted[] {
  const refs = entityRefs(a);
  const owner = new Map<number, EntityRef>();
  const mentions = refs.flatMap((r) => r.entity.mentions.map((m) => (owner.set(m.start, r), m)));
  const anchored = anchorMentions(root, a.text, blocks, mentions);
  const counts = new Map<string, number>();
  return anchored.map(({ mention, range }) => {
    const entity = owner.get(mention.start)!;
    const nth = counts.get(entity.key) ?? 0;
    counts.set(entity.key, nth + 1);
    return { range, entity, nth };
  });
}

export function byKind(painted: Painted[]): Record<EntityKind, Range[]> {
  const out: Record<EntityKind, Range[]> = { official: [], person: [], org: [] };
  for (const p of painted) out[p.entity.kind].push(p.range);
  return out;
}
