import type { Metadata } from 'next';
import { api } from '../server/api.ts';
import { DigestView } from '../views/digest-view.tsx';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { corpus } = await (await api()).digest.overview();
  return { title: corpus.title ?? corpus.name };
}

export default async function DigestPage({ searchParams }: Props) {
  const showAllClaims = 'all' in (await searchParams);
  return <DigestView digest={await (await api()).digest.get()} showAllClaims={showAllClaims} />;
}
