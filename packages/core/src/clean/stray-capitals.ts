import type { Flag } from '../model/index.ts';
import type { CleanContext } from './context.ts';
import { wordSpans } from './text-units.ts';

// `Sergei TKim invited him`: a stray capital glued to a name, as spinners and bad OCR leave.
const STRAY_CAPITAL_RE = /^\p{Lu}(\p{Lu}\p{Ll}{2,})$/u;
const MIN_NAME_COUNT = 3;

/**
 * Flag a word that is a stray capital before a name the corpus uses often (`TKim` beside many
 * `Kim`), when the glued form is rare and the name is never written in lowercase. Only flagged:
 * what stood there before the damage is unknown.
 *
 * @example
 * flagStrayCapitals('Sergei TKim said', context)[0]?.suggestion; // 'Kim'
 */
export function flagStrayCapitals(text: string, context: CleanContext): Flag[] {
  const flags: Flag[] = [];
  for (const word of wordSpans(text)) {
    const name = STRAY_CAPITAL_RE.exec(word.text)?.[1];
    if (!name || context.vocabulary.has(name.toLowerCase())) continue;
    if ((context.names.get(name)?.count ?? 0) < MIN_NAME_COUNT || (context.names.get(word.text)?.count ?? 0) > 1) continue;
    flags.push({
      kind: 'spelling',
      rule: 'stray-capital',
      start: word.start,
      end: word.end,
      text: word.text,
      message: `'${word.text}' looks like '${name}' (${context.names.get(name)?.count} times in the corpus) with a stray capital before it`,
      suggestion: name,
    });
  }
  return flags;
}
