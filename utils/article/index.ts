export { quickCheck, type QuickResult } from './quick';
export { readMetadata, type PageMeta } from './metadata';
export { detectArticle } from './detect';
export { extractArticle, type Extracted, type Block } from './extract';
