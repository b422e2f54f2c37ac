import type { Metadata } from 'next';
import { api } from '../server/api.ts';
import { DigestView } from '../views/digest-view.tsx';

export async function generateMetadata(): Promise<Metadata> {
  const { corpus } = await (await api()).digest.overview();
  return { title: corpus.title ?? corpus.name };
}

export default async function DigestPage() {
  return <DigestView digest={await (await api()).digest.get()} />;
}
