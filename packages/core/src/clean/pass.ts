import type { Article, Credit, Flag } from '../model/index.ts';
import type { CleanContext } from './context.ts';
import type { Repair } from './edits.ts';

/** What every pass reads: the text as the earlier passes left it, the raw article, corpus evidence. */
export interface PassInput {
  text: string;
  article: Article;
  context: CleanContext;
}

/** What a pass finds: repairs in `text` coordinates, uncertain findings, credits it moved out. */
export interface PassOutput {
  repairs: Repair[];
  flags?: Flag[];
  credits?: Credit[];
}

export type CleanPass = (input: PassInput) => PassOutput;
