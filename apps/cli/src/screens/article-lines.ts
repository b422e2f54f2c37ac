import type { Digest, DigestArticle } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { count, countEditsByKind, editCountsText, truncate } from '../format/describe.ts';
import { bullet, heading, note } from '../lines/blocks.ts';
import { highlightEdits } from '../lines/highlight.ts';
import type { Line } from '../lines/line.ts';
import { DIM, EDITED, FLAGGED, OUTLET, REMOVED, TITLE } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';

const SHOWN_CHARS = 70;

/** Title, where the article comes from, and its integrity at a glance. */
function headerLines(article: DigestArticle, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const origin = [article.source, article.publishedAt, article.url].filter(Boolean).join(' · ');
  const spin = article.spin;
  const lines: Line[] = [
    ...wrapText(article.title, width, { style: TITLE }),
    ...wrapSegments([{ text: index.outletName(article.outletId), style: OUTLET }, { text: ` · ${origin}`, style: DIM }], width),
    ...wrapText(
      `Integrity: ${count(article.edits.length, 'edit')}${article.edits.length > 0 ? ` (${editCountsText(countEditsByKind(article.edits))})` : ''} · ${count(article.flags.length, 'flag')} · spin ${spin.score.toFixed(2)} (${count(spin.substitutions.length, 'substitution')}, ${count(spin.alignedSentences, 'aligned sentence')})`,
      width,
    ),
  ];
  if (article.credits.length > 0) {
    lines.push(...wrapText(`Credits: ${article.credits.map((credit) => `${credit.name} (${credit.kind})`).join('; ')}`, width, { style: DIM }));
  }
  return lines;
}

/** The clean text with every repair shown in place. */
export function articleTextLines(article: DigestArticle, digest: Digest, width: number): Line[] {
  const lines = headerLines(article, digest, width);
  lines.push(
    ...wrapSegments(
      [
        { text: 'Key: ', style: DIM },
        { text: 'repaired', style: EDITED },
        { text: '  ' },
        { text: '‸', style: REMOVED },
        { text: ' removed  ', style: DIM },
        { text: 'flagged', style: FLAGGED },
        { text: '  · e lists the edits', style: DIM },
      ],
      width,
    ),
  );
  if (article.summary.length > 0) {
    lines.push(...heading('Summary'));
    for (const sentence of article.summary) lines.push(...bullet(sentence, width));
  }
  lines.push(...heading('Clean text'));
  lines.push(...wrapSegments(highlightEdits(article.cleanText, article.edits, article.flags), width));
  return lines;
}

/** Every edit (before -> after, rule, evidence), every flag and the spinner's substitutions. */
export function articleEditLines(article: DigestArticle, digest: Digest, width: number): Line[] {
  const lines = headerLines(article, digest, width);
  lines.push(...heading(`Edits · ${article.edits.length}`));
  if (article.edits.length === 0) lines.push(...note('No edits: the text was already clean.', width));
  for (const edit of article.edits) {
    lines.push(
      ...wrapSegments(
        [
          { text: edit.kind.padEnd(13), style: { bold: true } },
          { text: `${shown(edit.before)} → `, style: { color: 'red' } },
          { text: shown(edit.after), style: { color: 'green' } },
          { text: `  ${edit.rule} · ${edit.start}-${edit.end}`, style: DIM },
        ],
        width,
        { indent: 2 },
      ),
    );
    if (edit.evidence) lines.push(...wrapText(edit.evidence, width, { indent: 15, style: DIM }));
  }
  if (article.flags.length > 0) {
    lines.push(...heading(`Flags · ${article.flags.length}`));
    for (const flag of article.flags) {
      const suggestion = flag.suggestion ? ` (suggest ${shown(flag.suggestion)})` : '';
      lines.push(...wrapSegments([{ text: flag.kind.padEnd(13), style: { bold: true } }, { text: shown(flag.text), style: FLAGGED }, { text: `  ${flag.message}${suggestion}`, style: DIM }], width, { indent: 2 }));
    }
  }
  if (article.spin.substitutions.length > 0) {
    lines.push(...heading(`Spin · ${article.spin.score.toFixed(2)}`));
    for (const substitution of article.spin.substitutions) {
      lines.push(
        ...wrapSegments(
          [{ text: substitution.original, style: { color: 'red' } }, { text: ' where others write ', style: DIM }, { text: substitution.common, style: { color: 'green' } }, { text: `  (${substitution.alignedArticleId})`, style: DIM }],
          width,
          { indent: 2 },
        ),
      );
    }
  }
  return lines;
}

/** Quoted so that spaces and invisible characters show; long removals cut. */
function shown(text: string): string {
  return JSON.stringify(text.length > SHOWN_CHARS ? `${truncate(text, SHOWN_CHARS)}` : text);
}
