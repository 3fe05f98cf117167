// Dossier's recognizer is trained on English news. Text in another language gets no
// annotations (wrong ones would be worse), and the analysis says which it looks like.

const ENGLISH = new Set(
  'the of and to in a is that for on with as was by at from it said his he be are has have an this not but were will who which their they its after been had more would also or over about than'.split(' '),
);

/** A cheap guess: "en" when common English function words are frequent enough, else "und"
 * (or the page's own declared language when it is given and not English). */
export function guessLanguage(text: string, declared?: string | null): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return declared?.slice(0, 2).toLowerCase() || 'en';
  let hits = 0;
  let latin = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) hits++;
    if (/^[a-z]/.test(w)) latin++;
  }
  if (latin / words.length > 0.5 && hits / words.length > 0.12) return 'en';
  const d = declared?.slice(0, 2).toLowerCase();
  return d && d !== 'en' ? d : 'und';
}
