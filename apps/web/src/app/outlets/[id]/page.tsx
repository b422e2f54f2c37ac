import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { routeParam } from '../../../lib/anchors.ts';
import { api } from '../../../server/api.ts';
import { outletPageData } from '../../../server/page-data.ts';
import { OutletView } from '../../../views/outlet-view.tsx';

interface Props {
  params: Promise<{ id: string }>;
}

async function load(params: Props['params']) {
  const data = await outletPageData(await api(), routeParam((await params).id));
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).outlet.name };
}

export default async function OutletPage({ params }: Props) {
  return <OutletView {...await load(params)} />;
}
