import type { Article, Credit, Diagnostic, Flag } from '../model/index.ts';
import { composeRepairs, type CleanState } from './compose.ts';
import type { CleanContext } from './context.ts';
import type { CleanPass, PassOutput } from './pass.ts';

// One repair can expose another (a deleted line joins two blank runs); rounds repeat until none does.
const MAX_ROUNDS = 5;

export interface PassesResult {
  state: CleanState;
  flags: Flag[];
  credits: Credit[];
  diagnostics: Diagnostic[];
}

/**
 * Run the passes in order, round after round, until a round changes nothing: that fixed point is
 * what makes cleaning idempotent. Flags come from the last round, whose text is the clean text.
 * A pass is a pure function of the text (the article and context stay the same), so a pass that
 * meets the text it last read gives back its last output without running again.
 */
export function runPasses(article: Article, context: CleanContext, passes: readonly CleanPass[]): PassesResult {
  let state: CleanState = { original: article.body, text: article.body, edits: [] };
  const credits = new Map<string, Credit>();
  for (const credit of article.credits) credits.set(creditKey(credit), credit);
  let flags: Flag[] = [];
  const diagnostics: Diagnostic[] = [];
  const last: Array<{ text: string; output: PassOutput } | undefined> = passes.map(() => undefined);
  for (let round = 0; ; round++) {
    flags = [];
    const before = state;
    for (const [i, pass] of passes.entries()) {
      const seen = last[i];
      const output = seen?.text === state.text ? seen.output : pass({ text: state.text, article, context });
      last[i] = { text: state.text, output };
      state = composeRepairs(state, output.repairs);
      flags.push(...(output.flags ?? []));
      for (const credit of output.credits ?? []) if (!credits.has(creditKey(credit))) credits.set(creditKey(credit), credit);
    }
    if (state === before) break;
    if (round + 1 >= MAX_ROUNDS) {
      diagnostics.push({
        stage: 'clean',
        rule: 'no-fixed-point',
        severity: 'warning',
        articleId: article.id,
        message: `cleaning '${article.source}' still changed the text after ${MAX_ROUNDS} rounds; cleaning it again may change more`,
      });
      break;
    }
  }
  const text = state.text;
  const valid = flags.filter((flag) => text.slice(flag.start, flag.end) === flag.text);
  return { state, flags: sortFlags(valid), credits: [...credits.values()], diagnostics };
}

function creditKey(credit: Credit): string {
  return `${credit.kind}:${credit.name.toLowerCase()}`;
}

function sortFlags(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags
    .filter((flag) => {
      const key = `${flag.kind}:${flag.rule}:${flag.start}:${flag.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
}
