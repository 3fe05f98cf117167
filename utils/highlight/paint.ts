// Painting through the CSS Custom Highlight API: the page's elements and text stay exactly as
// they were. The registry is shared with the page, so names are distinctive; the matching
// ::highlight() rules ship in public/dossier-highlights.css, injected by the background.
import type { EntityKind } from '../settings';

export const HIGHLIGHT_NAMES: Record<EntityKind, string> = {
  official: 'dossier-ext-official',
  person: 'dossier-ext-person',
  org: 'dossier-ext-org',
};
export const FLASH_NAME = 'dossier-ext-flash';

export function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function paint(ranges: Record<EntityKind, Range[]>, visible: Record<EntityKind, boolean>): void {
  if (!supported()) return;
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as EntityKind[]) {
    const name = HIGHLIGHT_NAMES[kind];
    if (visible[kind] && ranges[kind].length) CSS.highlights.set(name, new Highlight(...ranges[kind]));
    else CSS.highlights.delete(name);
  }
}

export function clear(): void {
  if (!supported()) return;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FLASH_NAME]) CSS.highlights.delete(name);
}

/** Briefly mark one range, for "show me where" from the popup or the card. */
export function flash(range: Range, reducedMotion: boolean): void {
  if (!supported()) return;
  CSS.highlights.set(FLASH_NAME, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(FLASH_NAME), reducedMotion ? 2500 : 1200);
}
