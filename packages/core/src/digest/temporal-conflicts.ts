import { positionOf, type ConflictDraft } from './conflict-draft.ts';
import type { DigestContext } from './context.ts';
import { groupMentions, type Mention, type MentionOptions } from './mentions.ts';
import { compareTimes, isVague, placeTime, type PlacedTime } from './times.ts';

// A time belongs to the event of its sentence, across commas; the claim's other times are left out
// so that two reports sharing `Tuesday` elsewhere are not one event.
const EVENT: MentionOptions = {
  reach: 'sentence',
  size: 8,
  pairThreshold: 0.3,
  linkThreshold: 0.26,
  mask: (mention) => mention.claim.times.filter((_, i) => i !== mention.index),
};
const DAY_GRAINS = new Set(['day', 'part-of-day', 'time']);

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
      if (isVague(time.text)) return;
      mentions.push({ claim, index, start: time.start, end: time.end });
      placed.push(placeTime(time, date));
    });
  }
  if (new Set(mentions.map((m) => m.claim.outletId)).size < 2) return [];
  const indexOf = new Map(mentions.map((mention, index) => [mention, index]));
  const groups = groupMentions(context, mentions, EVENT, (a, b) => !comparableGrains(a, b)).map((group) =>
    group.map((item) => indexOf.get(item.mention) ?? 0),
  );
  const drafts: ConflictDraft[] = [];
  for (const group of groups) {
    let worst: 'minor' | 'major' | null = null;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] ?? 0, group[j] ?? 0];
        const [ma, mb] = [mentions[a], mentions[b]];
        if (!ma || !mb || ma.claim.outletId === mb.claim.outletId || !comparableGrains(ma, mb)) continue;
        const verdict = compareTimes(placed[a] ?? { bounded: true }, placed[b] ?? { bounded: true });
        if (verdict === 'major' || (verdict === 'minor' && worst === null)) worst = verdict;
      }
    }
    if (!worst) continue;
    drafts.push({
      kind: 'temporal',
      severity: worst,
      positions: group.flatMap((i) => {
        const mention = mentions[i];
        return mention ? [positionOf(mention.claim, mention.claim.times[mention.index]?.text ?? mention.claim.text)] : [];
      }),
    });
  }
  return drafts;
}

/** Day-level times compare with each other; coarser ones only with the same grain (`2018` with `2019`). */
function comparableGrains(a: Mention, b: Mention): boolean {
  const [ga, gb] = [a.claim.times[a.index]?.grain, b.claim.times[b.index]?.grain];
  if (!ga || !gb) return false;
  return (DAY_GRAINS.has(ga) && DAY_GRAINS.has(gb)) || ga === gb;
}
