import { useMemo } from 'react';
import { MessageView } from '../components/message-view.tsx';
import { useArticleInput } from '../hooks/use-article-input.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { useRememberedReducer } from '../hooks/use-remembered-reducer.ts';
import { articleEditLines, articleTextLines } from './article-lines.ts';
import { LinesScreen } from './lines-screen.tsx';

type Mode = 'text' | 'edits';

const toggle = (mode: Mode): Mode => (mode === 'text' ? 'edits' : 'text');

/** One article: clean text with its repairs highlighted, or (e) the list of edits. */
export function ArticleScreen({ id }: { id: string }) {
  const digest = useLoadedDigest();
  const { width, height, isActive } = useLayout();
  const [mode, dispatch] = useRememberedReducer<Mode, void>(`article-mode:${id}`, toggle, 'text');
  useArticleInput({ onToggleEdits: () => dispatch(), isActive });
  const article = digest.articles.find((candidate) => candidate.id === id);
  const lines = useMemo(() => {
    if (!article) return [];
    return mode === 'text' ? articleTextLines(article, digest, width - 1) : articleEditLines(article, digest, width - 1);
  }, [article, digest, mode, width]);
  if (!article) return <MessageView title={`No article with id '${id}'`} tone="error" height={height} />;
  return <LinesScreen key={mode} viewKey={`article:${id}:${mode}`} lines={lines} />;
}
