// What the reader does not see, judged from markup alone (extraction works on a copy of the
// page, which has no styles): shared by extraction, which leaves it out of the text, and the
// highlighter's text index, which must read the live page the same way to find the text again.
//
// Text the reader never sees unless they hover or it is switched on: hover cards about a name
// ("Kristi Noem" opens a card with her full name and her latest stories), tooltips' text,
// elements hidden by attribute or inline style. Readability keeps them inside paragraphs,
// where their text would run into the sentence. A selector finds candidates at native speed;
// a class then counts only when it names the card's own part ("rollover-people-block",
// "tooltip-text", "hovercard"), not the visible word it hangs on ("rollover-people",
// "tooltip", "has-tooltip", "tooltip-trigger").
//
// Text for screen readers only ("visually-hidden", "sr-only"): a label such as "Credit" or
// "Image" before a photo credit, which on the page runs into the name after it ("CreditChang
// W. Lee") with no space between.
export const MAYBE_HIDDEN = '[hidden],[aria-hidden="true"],[style*="display:none"],[style*="display: none"],[class*="rollover"],[class*="tooltip"],[class*="popover"],[class*="hovercard"],[class*="hover-card"],[class*="hidden"],[class*="sr-only"],[class*="screen-reader"]';
const CARD_WIDGET = /tooltip|popover|hover-?card|rollover/;
const MAYBE_CLASS = /tooltip|popover|hover-?card|rollover|hidden|sr-only|screen-reader/;
const SCREEN_READER = /^(visually-?hidden|sr-only|screen-reader-(text|only)|a11y-hidden)$/;
const CARD_PART = /block|content|card|body|box|inner|panel|popup|text|bubble/;
const CARD_HANDLE = /trigger|link|toggle|anchor|target|wrap|has-/;

export function isHidden(el: Element): boolean {
  // Readability drops these three from the copy it reads, so the live page's index must too.
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display:\s*none/.test(style)) return true;
  const cls = el.getAttribute('class');
  if (!cls || !MAYBE_CLASS.test(cls)) return false;
  for (const t of cls.toLowerCase().split(/\s+/)) {
    if (SCREEN_READER.test(t)) return true;
    if (CARD_WIDGET.test(t) && CARD_PART.test(t.replace(/tooltip|popover|rollover/g, '')) && !CARD_HANDLE.test(t)) return true;
  }
  return false;
}

