import type { Modality } from '../model/index.ts';

export interface CheckworthinessInput {
  wordCount: number;
  quantityCount: number;
  resolvedTimeCount: number;
  entityCount: number;
  isAttributed: boolean;
  hasQuote: boolean;
  modality: Modality;
  isHeading: boolean;
}

const WEIGHTS = {
  base: 0.2,
  quantity: 0.25,
  time: 0.1,
  entity: 0.1,
  secondEntity: 0.05,
  attributed: 0.15,
  quote: 0.05,
  hedgedOrQuestion: -0.15,
  heading: -0.35,
  short: -0.15,
};
const SHORT_WORDS = 6;

/**
 * How much a fact-checker would want to check a claim, 0..1: numbers, dates, named actors and named
 * sources raise it; hedges, questions, headlines and short scene-setting lower it.
 *
 * @example
 * scoreCheckworthiness({ wordCount: 20, quantityCount: 1, resolvedTimeCount: 1, entityCount: 2,
 *   isAttributed: true, hasQuote: false, modality: 'reported', isHeading: false }); // 0.85
 */
export function scoreCheckworthiness(input: CheckworthinessInput): number {
  let score = WEIGHTS.base;
  if (input.quantityCount > 0) score += WEIGHTS.quantity;
  if (input.resolvedTimeCount > 0) score += WEIGHTS.time;
  if (input.entityCount > 0) score += WEIGHTS.entity;
  if (input.entityCount > 1) score += WEIGHTS.secondEntity;
  if (input.isAttributed) score += WEIGHTS.attributed;
  if (input.hasQuote) score += WEIGHTS.quote;
  if (input.modality === 'hedged' || input.modality === 'question') score += WEIGHTS.hedgedOrQuestion;
  if (input.isHeading) score += WEIGHTS.heading;
  if (input.wordCount < SHORT_WORDS) score += WEIGHTS.short;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
