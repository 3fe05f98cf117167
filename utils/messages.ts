// Every message between the extension's contexts, typed in one place. Content scripts only
// ever talk to the background; the popup and library pages talk to the background, which
// relays to a tab when needed.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleAnalysis, Organisation, Person } from './analysis';
import type { Settings } from './settings';

/** What the analyser in the page sends: the extracted article, not the page. */
export interface ExtractedPayload {
  url: string;
  text: string;
  blocks: { kind: string; start: number; end: number }[];
  meta: Partial<ArticleAnalysis['article']>;
  wordCount: number;
  reason: string;
}

export interface ArticleRef {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  savedAt: number;
}

export interface RelatedItem extends ArticleRef {
  score: number;
  /** What the two articles share, best first. */
  shared: { key: string; name: string; kind: string }[];
}

export interface PageResult {
  analysis: ArticleAnalysis;
  related: RelatedItem[];
  /** Entity key -> earlier articles in the library that mention it. */
  history: Record<string, ArticleRef[]>;
  /** Whether the article was stored (not when recording is paused or the site excluded). */
  recorded: boolean;
  /** Why it was not recorded, or what storage had to do (eviction), for the reader. */
  notice: string | null;
  /** The library's part (related, history, recording) is still being worked out. */
  libraryPending?: boolean;
}

/** The library's part of a page result, which follows the analysis (see `libraryContext`). */
export type LibraryContext = Pick<PageResult, 'related' | 'history' | 'recorded' | 'notice'>;

/**
 * What the popup shows of an analysis: no article text and mention counts instead of offsets,
 * so the message that opens the popup (and the tab's session record) stays a few kilobytes.
 */
export interface PopupAnalysis extends Omit<ArticleAnalysis, 'text' | 'people' | 'organisations'> {
  people: (Omit<Person, 'mentions'> & { count: number })[];
  organisations: (Omit<Organisation, 'mentions'> & { count: number })[];
}

export interface PopupResult extends Omit<PageResult, 'analysis'> {
  analysis: PopupAnalysis;
}

export function forPopup(r: PageResult): PopupResult {
  const { text: _text, people, organisations, ...rest } = r.analysis;
  return {
    ...r,
    analysis: {
      ...rest,
      people: people.map(({ mentions, ...p }) => ({ ...p, count: mentions.length })),
      organisations: organisations.map(({ mentions, ...o }) => ({ ...o, count: mentions.length })),
    },
  };
}

export type TabState =
  | { status: 'none'; url: string | null; reason: string }
  | { status: 'pending'; url: string }
  | { status: 'not-article'; url: string; reason: string }
  | ({ status: 'article'; url: string } & PopupResult)
  | { status: 'error'; url: string | null; reason: string };

export interface LibraryQuery {
  search?: string;
  sort?: 'savedAt' | 'published' | 'publisher';
  limit?: number;
}

export interface EntityPage {
  key: string;
  name: string;
  kind: string;
  articles: (ArticleRef & { role: string | null; affiliation: string | null })[];
}

/**
 * The every-page detector (entrypoints/detector.ts) carries no messaging library, to stay
 * nearly free on pages that are not articles: its one message is a plain object, typed here.
 * (Why a page was left alone is read from the detector's own world on demand: inject.ts.)
 */
export interface CandidateMessage {
  /** detector -> background: the cheap test passed here; inject the analyser. */
  dossier: 'candidate';
  url: string;
  signal: string;
}

export interface ProtocolMap {
  /** analyser -> background: the full test said no. */
  notArticle(data: { url: string; reason: string }): void;
  /** analyser -> background: recognise; the answer comes before the library is consulted. */
  analyze(data: ExtractedPayload): PageResult;
  /** analyser -> background: the stored article's related coverage and entity histories. */
  libraryContext(data: { url: string }): LibraryContext | null;
  /** popup -> background. */
  getTabState(data: { tabId: number }): TabState;
  /** popup -> background -> analyser: scroll to and flash an entity's first mention. */
  revealEntity(data: { tabId: number; key: string }): boolean;
  /** background -> analyser (and its own tab): repaint after a settings change. */
  settingsChanged(data: Settings): void;
  /** library page -> background. */
  listArticles(data: LibraryQuery): ArticleRef[];
  entityPage(data: { key: string }): EntityPage | null;
  deleteArticle(data: { id: string }): void;
  clearLibrary(): void;
  exportLibrary(): string;
  importLibrary(data: { json: string }): { added: number; updated: number; skipped: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
