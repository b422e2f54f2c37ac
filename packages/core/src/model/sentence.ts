import { z } from 'zod';

/** A sentence of an article's clean text. `text === cleanText.slice(start, end)`. */
export const SentenceSchema = z.object({
  /** `${articleId}#s${index}`: unique across a corpus. */
  id: z.string(),
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The paragraph (blank-line or line block) the sentence sits in, from 0. */
  paragraph: z.number().int().nonnegative(),
  /** True for the headline and other lines without a full stop that read as titles. */
  isHeading: z.boolean(),
});
export type Sentence = z.infer<typeof SentenceSchema>;
