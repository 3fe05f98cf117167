// Whitespace and word counts as the extractor and the chrome filters see them.
export const collapse = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
export const countWords = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
