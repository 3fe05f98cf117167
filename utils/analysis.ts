// The analysis: the one value that the content script paints, the popup summarises, the
// library stores and the command line prints (see the analysis contract). Field names are fixed.

export interface Mention {
  text: string;
  /** UTF-16 offsets into Analysis.text, end exclusive. */
  start: number;
  end: number;
}

export interface Person {
  name: string;
  /** Stable across articles, spellings, case and honorifics: what related coverage matches on. */
  key: string;
  official: boolean;
  role: string | null;
  affiliation: string | null;
  mentions: Mention[];
}

export interface Organisation {
  name: string;
  key: string;
  mentions: Mention[];
}

export interface Quote {
  speaker: string;
  text: string;
}

export interface ArticleMeta {
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  byline: string[];
  lang: string;
  wordCount: number;
}

export interface Summary {
  keyPoints: string[];
  quotes: Quote[];
}

/** Places are not part of the contract's people/organisations but feed affiliation and related coverage. */
export interface Place {
  name: string;
  key: string;
  count: number;
}

export interface ArticleAnalysis {
  file?: string;
  isArticle: true;
  reason: string;
  article: ArticleMeta;
  text: string;
  people: Person[];
  organisations: Organisation[];
  places: Place[];
  summary: Summary;
}

export interface NotArticle {
  file?: string;
  isArticle: false;
  reason: string;
  article?: Partial<ArticleMeta>;
}

export type Analysis = ArticleAnalysis | NotArticle;
