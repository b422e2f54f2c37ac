// Discourse openers that tie a sentence to the one before; a claim stands alone without them.
const OPENER_RE =
  /^(?:however|additionally|notably|meanwhile|moreover|furthermore|in addition|also|but|and|so|still|yet|indeed|instead|in return|in exchange|worryingly|earlier|separately|nonetheless|nevertheless),?\s+/i;
const BULLET_RE = /^(?:[-•*–—]|\d+[.)])\s+/;

/**
 * A clause as a plain declarative statement: bullets and discourse openers dropped, first letter
 * capitalised, closed with a full stop (a question keeps its mark).
 *
 * @example
 * plainStatement('However, neither nation has disclosed details'); // 'Neither nation has disclosed details.'
 */
export function plainStatement(clause: string): string {
  let text = dropUnpairedQuoteMarks(clause.trim().replace(BULLET_RE, ''));
  const opened = text.replace(OPENER_RE, '');
  if (opened.length > 0 && opened !== text) text = opened;
  text = text.replace(/[\s,;:–—-]+$/, '').replace(/,(["”’])$/, '$1');
  if (!/[.!?]["”’)]*$/.test(text)) text = `${text}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence cut from a longer quote keeps a mark at one end only: `“It will be a visit.` -> `It will be a visit.` */
function dropUnpairedQuoteMarks(text: string): string {
  const opens = (text.match(/[“"]/g) ?? []).length;
  const closes = (text.match(/[”"]/g) ?? []).length;
  if (opens === closes) return text;
  return text.replace(/^[“"]\s*/, '').replace(/\s*[”"]\s*$/, '').replace(/,?[”"](?=\s)/, '');
}
