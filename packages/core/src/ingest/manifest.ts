import { z } from 'zod';
import { IsoDateSchema } from '../model/index.ts';

/** `manifest.json` in a corpus folder: outlet names and dates the files themselves may not carry. */
export const CorpusManifestSchema = z.object({
  name: z.string().optional(),
  title: z.string().optional(),
  language: z.string().optional(),
  articles: z
    .array(
      z.object({
        file: z.string(),
        outlet: z.string().optional(),
        url: z.string().optional(),
        publishedAt: IsoDateSchema.optional(),
      }),
    )
    .default([]),
});
export type CorpusManifest = z.infer<typeof CorpusManifestSchema>;
export type ManifestEntry = CorpusManifest['articles'][number];

export const MANIFEST_FILE = 'manifest.json';
