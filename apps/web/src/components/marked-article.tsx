import type { DigestArticle, Edit, EditKind } from '@parallax/core';
import { sentenceAnchor } from '../lib/anchors.ts';
import { markText, type Segment } from '../lib/article-marks.ts';
import { swappedLetters } from '../lib/code-points.ts';
import { truncate } from '../lib/format.ts';

/** Repairs too small to see, left unhighlighted (they are in the edit list). */
const QUIET_KINDS: ReadonlySet<EditKind> = new Set(['whitespace', 'unicode']);
const TIP_MAX = 240;

/** Visible whitespace inside a tooltip: a removed line break must not read as nothing. */
function shown(text: string): string {
  if (text === '') return '(nothing)';
  return truncate(text.replace(/\n/g, '⏎ ').replace(/\t/g, '⇥'), TIP_MAX);
}

function editTip(edit: Edit): string {
  const change = edit.after === '' ? `removed “${shown(edit.before)}”` : `“${shown(edit.before)}” → “${shown(edit.after)}”`;
  const letters = swappedLetters(edit.before, edit.after);
  return `${edit.kind} (${edit.rule}): ${change}${letters ? ` [${letters}]` : ''}${edit.evidence ? `. ${edit.evidence}` : ''}`;
}

function SegmentView({ segment, tipId }: { segment: Segment; tipId: string }) {
  switch (segment.type) {
    case 'text':
      return segment.text;
    case 'anchor':
      return <span id={sentenceAnchor(segment.sentenceId)} className="anchor" />;
    case 'edit':
      if (QUIET_KINDS.has(segment.edit.kind)) return segment.text;
      return (
        <mark className={`edit edit--${segment.edit.kind}${segment.text === '' ? ' edit--removed' : ''}`} tabIndex={0} aria-describedby={tipId}>
          {segment.text === '' ? <span aria-hidden="true">✂</span> : segment.text}
          <span role="tooltip" id={tipId} className="tip">
            {editTip(segment.edit)}
          </span>
        </mark>
      );
    case 'flag':
      return (
        <mark className={`flag flag--${segment.flag.kind}`} tabIndex={0} aria-describedby={tipId}>
          {segment.text}
          <span role="tooltip" id={tipId} className="tip">
            {`${segment.flag.kind} flag: ${segment.flag.message}${segment.flag.suggestion ? `; other outlets write “${segment.flag.suggestion}”` : ''}`}
          </span>
        </mark>
      );
  }
}

/**
 * An article's clean text with every visible repair highlighted (before → after on hover or focus)
 * and every flag marked, and an anchor at each sentence for receipts to link to.
 */
export function MarkedArticle({ article }: { article: Pick<DigestArticle, 'id' | 'cleanText' | 'edits' | 'flags' | 'spin' | 'sentences'> }) {
  const { segments, notInline } = markText(article.cleanText, article.edits, article.flags, article.spin, article.sentences);
  return (
    <>
      <div className="article-text">
        {segments.map((segment, index) => (
          <SegmentView key={index} segment={segment} tipId={`tip-${sentenceAnchor(article.id)}-${index}`} />
        ))}
      </div>
      {notInline > 0 ? <p className="section__note">{notInline} overlapping findings are listed below but not highlighted.</p> : null}
    </>
  );
}
