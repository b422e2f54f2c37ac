import type { Digest } from '@parallax/core';
import { Box, useApp } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { ParallaxClient } from './client.ts';
import { skippedFiles } from './commands/io.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Footer } from './components/footer.tsx';
import { MessageView } from './components/message-view.tsx';
import { TabBar } from './components/tab-bar.tsx';
import { ClientContext } from './hooks/client-context.ts';
import { useAppInput } from './hooks/use-app-input.ts';
import { DigestContext, useDigest } from './hooks/use-digest.ts';
import { LayoutContext } from './hooks/use-layout.ts';
import { currentRoute, routeKey, useNavigation, type Route } from './hooks/use-navigation.ts';
import { ViewMemoryContext, type ViewMemory } from './hooks/use-remembered-reducer.ts';
import { useTerminalSize } from './hooks/use-terminal-size.ts';
import { TypingContext } from './hooks/use-typing.ts';
import { hintsFor, type Scope } from './keymap.ts';
import { ArticleScreen } from './screens/article.tsx';
import { ClusterScreen } from './screens/cluster.tsx';
import { ClustersScreen } from './screens/clusters.tsx';
import { ConflictScreen } from './screens/conflict.tsx';
import { ConflictsScreen } from './screens/conflicts.tsx';
import { EventScreen } from './screens/event.tsx';
import { HelpScreen } from './screens/help.tsx';
import { OutletsScreen } from './screens/outlets.tsx';
import { OverviewScreen } from './screens/overview.tsx';
import { QuoteScreen } from './screens/quote.tsx';
import { QuotesScreen } from './screens/quotes.tsx';
import { SummaryLineScreen } from './screens/summary-line.tsx';
import { TimelineScreen } from './screens/timeline.tsx';
import type { TabId } from './tabs.ts';

/** How the session went, for the exit code and what to print once the UI is gone. */
export interface Outcome {
  error?: string;
  /** Messages naming the files that could not be read. */
  skipped: string[];
}

export interface AppProps {
  client: ParallaxClient;
  /** What is being read: the folder, or "the embedded corpus". */
  corpusLabel: string;
  onOutcome?(outcome: Outcome): void;
}

// Tab bar (2 rows) and footer (1 row); one row is left free so Ink never redraws the whole screen.
const CHROME_ROWS = 4;
const LIST_TABS = new Set<string>(['clusters', 'conflicts', 'outlets', 'quotes', 'timeline']);

/** The interactive UI: loads the digest through the router, then shows one view at a time. */
export function App({ client, corpusLabel, onOutcome }: AppProps) {
  const memory = useMemo<ViewMemory>(() => new Map(), []);
  return (
    <ClientContext.Provider value={client}>
      <ViewMemoryContext.Provider value={memory}>
        <Shell corpusLabel={corpusLabel} onOutcome={onOutcome} />
      </ViewMemoryContext.Provider>
    </ClientContext.Provider>
  );
}

function Shell({ corpusLabel, onOutcome }: Omit<AppProps, 'client'>) {
  const digest = useDigest();
  const { exit } = useApp();
  const [navigation, dispatch] = useNavigation();
  const [isTyping, setTyping] = useState(false);
  const typing = useMemo(() => ({ isTyping, setTyping }), [isTyping]);
  const { columns, rows } = useTerminalSize();
  useAppInput({ dispatch, onQuit: exit, isActive: !isTyping });
  useEffect(() => {
    if (digest.status === 'error') onOutcome?.({ error: digest.message, skipped: [] });
    if (digest.status === 'ready') onOutcome?.({ skipped: skippedFiles(digest.data.diagnostics).map((diagnostic) => diagnostic.message) });
  }, [digest, onOutcome]);

  const height = Math.max(3, rows - CHROME_ROWS);
  const route = currentRoute(navigation);
  const open = (next: Route) => dispatch({ type: 'open', route: next });
  const title = digest.status === 'ready' ? (digest.data.corpus.title ?? digest.data.corpus.name) : corpusLabel;
  const scopes: Scope[] = isTyping ? ['filter'] : navigation.isHelpOpen ? ['scroll', 'global'] : [...scopesOf(route), 'global'];
  const canGoBack = navigation.isHelpOpen || navigation.stacks[navigation.tab].length > 0;

  let content;
  if (digest.status === 'loading') content = <MessageView title={`Reading and analysing ${corpusLabel}…`} height={height} />;
  else if (digest.status === 'error') {
    content = <MessageView title="Could not load the corpus" detail={`${digest.message}\n\nPress q to quit.`} tone="error" height={height} />;
  } else {
    content = (
      <DigestContext.Provider value={digest.data}>
        <ErrorBoundary key={navigation.isHelpOpen ? 'help' : routeKey(route)} height={height}>
          {navigation.isHelpOpen ? <HelpScreen /> : <RouteView route={route} onOpen={open} />}
        </ErrorBoundary>
      </DigestContext.Provider>
    );
  }
  return (
    <TypingContext.Provider value={typing}>
      <LayoutContext.Provider value={{ width: columns, height, isActive: true }}>
        <Box flexDirection="column" width={columns} height={rows - 1}>
          <TabBar title={title} current={navigation.tab} counts={digest.status === 'ready' ? tabCounts(digest.data) : {}} width={columns} />
          <Box height={height} flexDirection="column">
            {content}
          </Box>
          <Footer hints={hintsFor(digest.status === 'ready' ? scopes : ['global'], canGoBack ? [] : ['back'])} />
        </Box>
      </LayoutContext.Provider>
    </TypingContext.Provider>
  );
}

/** The screen switch: one component per view. */
function RouteView({ route, onOpen }: { route: Route; onOpen(route: Route): void }) {
  switch (route.screen) {
    case 'overview':
      return <OverviewScreen onOpen={onOpen} />;
    case 'clusters':
      return <ClustersScreen onOpen={onOpen} />;
    case 'conflicts':
      return <ConflictsScreen onOpen={onOpen} />;
    case 'outlets':
      return <OutletsScreen onOpen={onOpen} />;
    case 'quotes':
      return <QuotesScreen onOpen={onOpen} />;
    case 'timeline':
      return <TimelineScreen onOpen={onOpen} />;
    case 'cluster':
      return <ClusterScreen id={route.id} />;
    case 'conflict':
      return <ConflictScreen id={route.id} />;
    case 'article':
      return <ArticleScreen id={route.id} />;
    case 'quote':
      return <QuoteScreen id={route.id} />;
    case 'event':
      return <EventScreen id={route.id} />;
    case 'line':
      return <SummaryLineScreen id={route.id} />;
  }
}

function scopesOf(route: Route): Scope[] {
  if (route.screen === 'overview') return ['entries'];
  if (LIST_TABS.has(route.screen)) return ['list'];
  return route.screen === 'article' ? ['scroll', 'article'] : ['scroll'];
}

function tabCounts(digest: Digest): Partial<Record<TabId, number>> {
  return {
    clusters: digest.clusters.length,
    conflicts: digest.conflicts.length,
    outlets: digest.outlets.length,
    quotes: digest.quotes.length,
    timeline: digest.timeline.length,
  };
}
