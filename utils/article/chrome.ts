// Page chrome inside an article's text: share rows, promotions, credits, date lines, cookie and
// newsletter notices, footers, related-story lists. Told apart from the body by their words and
// shapes, so that they are dropped before recognition.
import type { Block } from './extract';
import { countWords } from './text';

export interface RawBlock {
  kind: Block['kind'];
  text: string;
  /** Characters of the block that sit inside links. */
  linked: number;
}


const CHROME_LINE =
  /^(?:advertisement|advert|ad|adchoices|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|share( this( article| story)?)?( on \w+)?|tweet|email|print|copy link|comments?|read more|more|see more|show more|load more|related( articles| stories| content)?|see also|recommended( for you)?|most (read|viewed|popular)|trending( now)?|follow us( on \w+)?|subscribe( now)?|sign up|sign in|log in|(sign up|subscribe) (for|to) (our|the) [\w\s-]{0,30}newsletters?|newsletter|back to top|skip to (main )?content|image|photo|video|watch|listen|play|close|menu|next|previous|loading\.*|click here|download( the)? app)[\s.!:…>»›|-]*$/i;
const FOOTER_LINE = /(©|\bcopyright\b|all rights reserved|terms of (use|service)|privacy policy|cookie policy|\buse of this (site|website)\b)/i;
const COOKIES = /\bcookies?\b/i;
const CONSENT = /\b(accept|consent|agree|opt[- ]out|privacy|settings)\b/i;
// Words that make up a row of share buttons, in a few languages.
const SHARE_WORDS = new Set('share shares sharing tweet twitter facebook whatsapp pinterest pin pint linkedin reddit tumblr telegram messenger email e-mail mail print copy link sms flipboard save comment comments compartilhar compartilhe baixar partager imprimer teilen drucken condividi stampa compartir imprimir x vk ok'.split(' '));

export function isChromeBlock(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (CHROME_LINE.test(t)) return true;
  const n = countWords(t);
  if (FOOTER_LINE.test(t) && n <= 40) return true;
  if (COOKIES.test(t) && CONSENT.test(t) && n <= 60) return true;
  const tokens = t.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
  return tokens.length <= 8 && tokens.every((w) => SHARE_WORDS.has(w.replace(/[^\p{L}-]/gu, '')) || !/\p{L}/u.test(w));
}

// Lines that introduce a block of links to other stories: they and the links after them go.
const RELATED_HEAD = /^(you (may|might) (also )?(like|enjoy)|related( (articles?|stories|coverage|content|news|posts|reading|links))?|more (from|on|stories|news|business news|in|like this)\b.{0,40}|recommended( for you| stories)?|(most )?(popular|read|viewed|shared)( now| stories| articles)?|trending( now| stories)?|what to read next|read next|up next|also (read|on|see)|see also|further reading|top stories|latest (news|stories|headlines)|don'?t miss|editor'?s picks|around the web|from our partners|sponsored (stories|links)|promoted stories)[\s.:…!]*$/i;
// Inline promotions and furniture inside the body.
// (No Unicode flag: a class like \p{Lu} under /iu is slow to compile, on every page load.)
const PROMO = /^(see more|read more|read also|also read|more|related|watch|watch now|listen|click here|related coverage|related article|recommended|trending|sign up|subscribe|don'?t miss|get [\w\s]{1,30} (on the go|newsletter))\s*[:>|»-]|\bclick(ing)? here\b|^(get|sign up for|subscribe to) [^.]{0,60}\bnewsletters?\b|^image \d+ (of|\/) ?\/? ?\d*$|^(caption|hide caption|toggle caption|expand|enlarge this image|close|open gallery|view gallery|\d+ photos?)$|^tags?\s*[:a-z\u00c0-\u024f]/i;
const CREDIT = /^(photo|image|picture|photograph|credit|video|source|foto|imagem)s?( by| credit)?\s*[:/]/i;
const ONLY_CONTACT = /^(\S+@\S+\.\w+|(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram)\.com\/\S+|@\w+)$/i;
const DATE_WORDS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|published|updated|posted|last|first|modified|date|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|[ecmp][sd]t|hst|ist|today|yesterday|ago|hours?|minutes?|mins?|days?|h|min|read|reading|time)\b\.?/gi;
/** A line that is nothing but a date or a time stamp ("Updated Nov. 20, 2019 1:35 a.m."). */
function isDateLine(t: string): boolean {
  if (countWords(t) > 16 || !/\d/.test(t)) return false;
  const rest = t.replace(DATE_WORDS, ' ').replace(/[\d\s,.:;|·•/()\-–—]+/g, ' ').trim();
  return rest.length <= 2;
}
const BREADCRUMB = /\S\s*[»›>]\s*\S.*[»›>]/;
const NEWSLETTER = /\b(newsletters?|inbox)\b/i;
const SUBSCRIBE = /\b(sign up|subscribe|delivered|get the latest|want more stories|in your inbox)\b/i;
// "A version of this article appears in print on Page A22 ... with the headline: ...": the
// print edition's note, whose other headline would be read as names.
const PRINT_NOTE = /\bappear(s|ed) in (the )?print\b/i;
// Invitations to follow a topic ("Interested in Tiger Woods?", "Add Tiger Woods as an interest
// to stay up to date ..."): their topic would count as a name of the article.
const FOLLOW_TOPIC = /^(interested in [^.?!]{1,60}\?|add [^.]{1,60} as an interest\b.*|add interest|follow (this )?(topic|story|author)s?\b.*)$/i;
const KICKER = (t: string) => countWords(t) <= 6 && !/\p{Ll}/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);

/**
 * Past the decision, what a reader would not count as the article: promotions and "related"
 * strips, link-only lines, photo credits, date stamps, contact lines, and exact repeats.
 */
export function cleanBody(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  const seen = new Set<string>();
  let skippingLinks = false;
  // Several ALL-CAPS kickers ("TIME TRAVELLER") are teasers for other stories, each with its
  // headline on the next line.
  const teaser = (i: number) => KICKER(blocks[i].text) && (blocks[i].linked > 0 || (blocks[i + 1] && blocks[i + 1].linked >= 0.5 * blocks[i + 1].text.length));
  const kickers = blocks.filter((_, i) => teaser(i)).length >= 3;
  let afterKicker = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const t = b.text;
    const n = countWords(t);
    const linkShare = t.length ? b.linked / t.length : 0;
    if (RELATED_HEAD.test(t)) {
      skippingLinks = true;
      continue;
    }
    if (skippingLinks) {
      // The run of headlines after "Related": short lines, or lines that are links.
      if ((n <= 16 && !/[.!?"”]$/.test(t)) || linkShare > 0.6) continue;
      skippingLinks = false;
    }
    if (kickers && teaser(i)) {
      afterKicker = true;
      continue;
    }
    if (afterKicker) {
      afterKicker = false;
      if (n <= 20 && !/[.!?]$/.test(t)) continue;
    }
    if (n <= 20 && linkShare >= 0.9 && b.kind !== 'quote') continue;
    if (n <= 15 && BREADCRUMB.test(t)) continue;
    if (n <= 30 && NEWSLETTER.test(t) && SUBSCRIBE.test(t)) continue;
    if (n <= 20 && PROMO.test(t)) continue;
    if (n <= 60 && PRINT_NOTE.test(t)) continue;
    if (n <= 40 && FOLLOW_TOPIC.test(t)) continue;
    if (n <= 16 && CREDIT.test(t)) continue;
    if (ONLY_CONTACT.test(t)) continue;
    if (isDateLine(t)) continue;
    // A repeated caption or sentence is a carousel or a duplicated widget; short lines (a
    // recipe's "1 cup rice", a score) may honestly repeat.
    const key = t.toLowerCase();
    if (seen.has(key) && (b.kind === 'caption' || n >= 8)) continue;
    seen.add(key);
    out.push(b);
  }
  return out;
}
