import type { Claim, Modality } from '@parallax/core';
import type { DigestIndex } from '../data/digest-index.ts';
import { note, receipt } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, OUTLET } from '../lines/styles.ts';
import { wrapText } from '../lines/wrap.ts';

/** A source sentence and the article it sits in (the router's `SentenceReceipt` has this shape). */
export interface ReceiptSentence {
  sentenceId: string;
  articleId: string;
  text: string;
}

export interface ReceiptsInput {
  /** Outlets in the order to show them; outlets of claims not listed here follow. */
  outletIds: readonly string[];
  claims: readonly Claim[];
  sentences: readonly ReceiptSentence[];
  /** How sure each outlet is, shown beside its name. */
  modalityByOutlet?: Readonly<Record<string, Modality>>;
}

/**
 * Receipts, outlet by outlet: each claim with the exact source sentence it rests on and where that
 * sentence sits; a sentence given with no claim of its own is shown under its outlet too.
 *
 * @example
 * receiptLines({ outletIds, claims, sentences }, indexDigest(digest), 80);
 * // ['', '  Valley Courier · asserted', '    │ The bridge will close on Monday.', '      courier-1 · sentence 2']
 */
export function receiptLines(input: ReceiptsInput, index: DigestIndex, width: number): Line[] {
  const lines: Line[] = [];
  const bySentence = new Map(input.sentences.map((sentence) => [sentence.sentenceId, sentence]));
  const outletOf = (sentence: ReceiptSentence) => index.article(sentence.articleId)?.outletId ?? '';
  const order = [...new Set([...input.outletIds, ...input.claims.map((claim) => claim.outletId), ...input.sentences.map(outletOf)])];
  const claimed = new Set(input.claims.map((claim) => claim.sentenceId));
  for (const outletId of order) {
    const claims = input.claims.filter((claim) => claim.outletId === outletId);
    const loose = input.sentences.filter((sentence) => outletOf(sentence) === outletId && !claimed.has(sentence.sentenceId));
    if (claims.length === 0 && loose.length === 0) continue;
    const modality = input.modalityByOutlet?.[outletId];
    lines.push([], [{ text: `  ${index.outletName(outletId)}`, style: OUTLET }, { text: modality ? ` · ${modality}` : '', style: DIM }]);
    for (const claim of claims) {
      const source = bySentence.get(claim.sentenceId);
      if (!source || !sameWording(source.text, claim.text)) lines.push(...wrapText(`claim: ${claim.text}`, width, { indent: 4, style: DIM }));
      if (source) lines.push(...receipt(source.text, width), ...where(source.articleId, index.sentence(source.sentenceId)?.sentence.index, width));
      else lines.push(...note(`(source sentence ${claim.sentenceId} not found)`, width, 4));
    }
    for (const sentence of loose) lines.push(...receipt(sentence.text, width), ...where(sentence.articleId, index.sentence(sentence.sentenceId)?.sentence.index, width));
  }
  return lines;
}

/** `article-id · sentence 4`: where a receipt sits in its article. */
export function where(articleId: string, sentenceIndex: number | undefined, width: number): Line[] {
  const position = sentenceIndex === undefined ? '' : ` · sentence ${sentenceIndex + 1}`;
  return wrapText(`${articleId}${position}`, width, { indent: 6, style: DIM });
}

/** The same words, give or take the full stop a claim adds to a headline. */
function sameWording(a: string, b: string): boolean {
  const plain = (text: string) => text.trim().replace(/[.!?]+$/, '');
  return plain(a) === plain(b);
}
