import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  ClaimSchema,
  DigestSchema,
  EditSchema,
  type Claim,
  type Digest,
  type Edit,
  type EditKind,
  type Modality,
} from './index.ts';

describe('public schema types', () => {
  it('derives every type from its schema', () => {
    expectTypeOf<Digest>().toEqualTypeOf<z.infer<typeof DigestSchema>>();
    expectTypeOf<Claim>().toEqualTypeOf<z.infer<typeof ClaimSchema>>();
    expectTypeOf<Edit>().toEqualTypeOf<z.infer<typeof EditSchema>>();
  });

  it('keeps the JSON contract fields scripts rely on', () => {
    expectTypeOf<Digest['articles'][number]>().toHaveProperty('cleanText').toEqualTypeOf<string>();
    expectTypeOf<Digest['clusters'][number]['status']>().toEqualTypeOf<'corroborated' | 'single-source' | 'disputed'>();
    expectTypeOf<NonNullable<Claim['quote']>>().toExtend<{ text: string; speaker: string | null }>();
    expectTypeOf<null>().toExtend<Claim['quote']>();
    expectTypeOf<Modality>().toEqualTypeOf<'asserted' | 'reported' | 'hedged' | 'denied' | 'question'>();
    expectTypeOf<EditKind>().toExtend<string>();
    expectTypeOf<Digest['conflicts'][number]['positions'][number]>().toHaveProperty('value').toEqualTypeOf<number | undefined>();
    expectTypeOf<Digest['summaryLines'][number]>().toExtend<{ text: string; kind: 'cluster' | 'conflict'; sentenceIds: string[] }>();
  });
});
