export { quickCheck, type QuickResult } from './quick';
export { readMetadata, bylineNames, isoDate, cleanTitle, jsonLd, titleCase, type PageMeta } from './metadata';
export { detectArticle, urlKind, ARTICLE_TYPES, type BodyStats, type Detection } from './detect';
export { extractArticle, isChromeBlock, countWords, MAX_PAGE_CHARS, MAX_PAGE_ELEMENTS, type Extracted, type Block } from './extract';
