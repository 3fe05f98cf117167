// A recognised name's place in the text: what the tagger emits and every rule after it rewrites.

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  type: EntityType;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  /** Typed from where it stands (a team opening a results row), not to be outvoted by the
   * same name's other mentions. */
  fixed: boolean;
  /** Its trailing "'s" is part of the name ("Boatmen's", short for Boatmen's Bancshares). */
  ownPossessive: boolean;
}

/** Every span is made here (or copied from one made here), with every field set in one order,
 * so all spans share one hidden class in V8. Spans made as literals of several shapes, with
 * fields added later, kept the hot rules polymorphic and made them deoptimise on every pass. */
export function newSpan(type: EntityType, tokenStart: number, tokenEnd: number, start: number, end: number, text: string, fixed = false): Span {
  return { type, start, end, tokenStart, tokenEnd, text, fixed, ownPossessive: false };
}

/** A copy of `s`, with `change` applied. Not `{ ...s }`: a spread builds its object another
 * way, with another hidden class (fields out of line), and the rules' reads went megamorphic. */
export function spanWith(s: Span, change?: Partial<Span>): Span {
  const c = newSpan(s.type, s.tokenStart, s.tokenEnd, s.start, s.end, s.text, s.fixed);
  c.ownPossessive = s.ownPossessive;
  return change ? Object.assign(c, change) : c;
}
