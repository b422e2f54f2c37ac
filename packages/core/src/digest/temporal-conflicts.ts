import { groupVectors } from './cluster.ts';
import { positionOf, type ConflictDraft } from './conflict-draft.ts';
import type { DigestContext } from './context.ts';
import { mentionContext, mentionVectors, shareClause, type Mention } from './mentions.ts';
import { compareTimes, placeTime, type PlacedTime } from './times.ts';

const SAME_EVENT = { pairThreshold: 0.3, linkThreshold: 0.22, maxPosting: 200, topK: 16 };

/**
 * Temporal conflicts: one event (the same clause wording around a time) placed at different times by
 * different outlets — different days, or the same day at different parts of it
 * (`Sunday afternoon` against `Sunday night`). Bounds (`as early as Tuesday`) never conflict.
 *
 * @example
 * temporalConflicts(context); // [{ kind: 'temporal', severity: 'minor', positions: [...] }]
 */
export function temporalConflicts(context: DigestContext): ConflictDraft[] {
  const mentions: Mention[] = [];
  const placed: PlacedTime[] = [];
  for (const claim of context.claims) {
    const date = context.articleById.get(claim.articleId)?.article.publishedAt;
    claim.times.forEach((time, index) => {
      mentions.push({ claim, index, start: time.start, end: time.end });
      placed.push(placeTime(time, date));
    });
  }
  if (new Set(mentions.map((m) => m.claim.outletId)).size < 2) return [];
  const contexts = mentions.map((mention) => mentionContext(context, mention));
  const verify = (a: number, b: number) => {
    const [ma, mb, ca, cb] = [mentions[a], mentions[b], contexts[a], contexts[b]];
    return !!ma && !!mb && !!ca && !!cb && ma.claim.outletId !== mb.claim.outletId && shareClause(ca, cb);
  };
  const groups = groupVectors(mentionVectors(contexts, mentions), mentions.map((m) => m.claim.articleId), SAME_EVENT, verify);
  const drafts: ConflictDraft[] = [];
  for (const group of groups) {
    let worst: 'minor' | 'major' | null = null;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] ?? 0, group[j] ?? 0];
        if (mentions[a]?.claim.outletId === mentions[b]?.claim.outletId) continue;
        const verdict = compareTimes(placed[a] ?? { bounded: true }, placed[b] ?? { bounded: true });
        if (verdict === 'major' || (verdict === 'minor' && worst === null)) worst = verdict;
      }
    }
    if (!worst) continue;
    drafts.push({
      kind: 'temporal',
      severity: worst,
      positions: group.map((i) => {
        const mention = mentions[i] as Mention;
        return positionOf(mention.claim, mention.claim.times[mention.index]?.text ?? mention.claim.text);
      }),
    });
  }
  return drafts;
}
