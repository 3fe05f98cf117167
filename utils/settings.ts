// The reader's choices, kept in extension storage under a versioned item (WXT storage runs the
// migrations when an update finds an older version).
import { storage } from '#imports';

export type EntityKind = 'official' | 'person' | 'org';

export interface Settings {
  /** Highlight entities on article pages. */
  highlight: boolean;
  /** Which kinds to highlight. */
  kinds: Record<EntityKind, boolean>;
  /** Hostnames where highlighting is off. */
  noHighlightSites: string[];
  /** Stop adding articles to the library. */
  paused: boolean;
  /** Hostnames never recorded. */
  neverRecordSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  highlight: true,
  kinds: { official: true, person: true, org: true },
  noHighlightSites: [],
  paused: false,
  neverRecordSites: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  const s = await settingsItem.getValue();
  // Settings written by a newer or damaged build: keep what is valid, default the rest.
  return { ...DEFAULT_SETTINGS, ...s, kinds: { ...DEFAULT_SETTINGS.kinds, ...(s?.kinds ?? {}) } };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function hostOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export function highlightsOn(s: Settings, url: string): boolean {
  return s.highlight && !s.noHighlightSites.includes(hostOf(url));
}

export function recordingOn(s: Settings, url: string): boolean {
  return !s.paused && !s.neverRecordSites.includes(hostOf(url));
}
