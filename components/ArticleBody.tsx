import { useLayoutEffect, useRef } from 'preact/hooks';

interface ArticleBodyProps {
  /** Already-sanitized article DOM (from core's sanitizeToFragment); a copy is inserted, never markup strings. */
  content: Node;
}

/** The article's own markup, inserted as nodes so nothing is ever parsed from a string here. */
export function ArticleBody({ content }: ArticleBodyProps) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    container.current?.replaceChildren(content.cloneNode(true));
  }, [content]);
  return <div class="article-body" ref={container} />;
}
