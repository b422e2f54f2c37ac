import type { CleanArticle, Edit } from '@parallax/core';
import { count, countEditsByKind, editCountsText } from './describe.ts';

const SHOWN_CHARS = 60;

/** `== story.txt: Title` — heads each article when a command prints several. */
export function articleHeading(clean: CleanArticle): string {
  return `== ${clean.article.source}: ${clean.title}`;
}

/**
 * One line per edit: kind, span in the original, before -> after (quoted so invisible characters
 * show), then the rule and evidence.
 *
 * @example
 * formatEdit(edit); // 'homoglyph     120-124  "mееt" -> "meet"  mixed-script-token'
 */
export function formatEdit(edit: Edit): string {
  const span = `${edit.start}-${edit.end}`;
  const change = `${shown(edit.before)} -> ${shown(edit.after)}`;
  const why = [edit.rule, edit.evidence].filter(Boolean).join('; ');
  return `${edit.kind.padEnd(13)} ${span.padEnd(11)} ${change}${why ? `  (${why})` : ''}`;
}

/** The per-article report: edits counted by kind, flags, spin score. */
export function formatReport(clean: CleanArticle): string {
  const counts = Object.keys(clean.editCounts).length > 0 ? clean.editCounts : countEditsByKind(clean.edits);
  const lines = [
    `  ${count(clean.edits.length, 'edit')}${clean.edits.length > 0 ? `: ${editCountsText(counts, ', ')}` : ''}`,
    `  ${count(clean.flags.length, 'flag')} · spin ${clean.spin.score.toFixed(2)} (${count(clean.spin.substitutions.length, 'substitution')})`,
  ];
  for (const credit of clean.credits) lines.push(`  credit: ${credit.kind} ${credit.name}`);
  return lines.join('\n');
}

/** Everything `clean --edits` prints for one article. */
export function formatEditList(clean: CleanArticle): string {
  const edits = clean.edits.length > 0 ? clean.edits.map(formatEdit) : ['(no edits: the text was already clean)'];
  const flags = clean.flags.map((flag) => `flag ${flag.kind.padEnd(8)} ${flag.start}-${flag.end}  ${shown(flag.text)}  ${flag.message}`);
  return [...edits, ...flags, formatReport(clean)].join('\n');
}

function shown(text: string): string {
  return JSON.stringify(truncateRaw(text, SHOWN_CHARS));
}

/** Keep whitespace visible (JSON escapes it) but cut long chrome blocks. */
function truncateRaw(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
