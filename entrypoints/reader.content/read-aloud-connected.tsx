/**
 * Connects the read-aloud controls to the speech engine. The engine finds
 * what to read in the overlay the controls sit in: the article's title, then
 * every article body (the first page's and any following pages').
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readingBlocks } from '../../core/speech/blocks';
import { primaryOf } from '../../core/speech/voices';
import type { Translate } from '../../components/i18n';
import { ReadAloudControls, type ReadAloudStatus } from '../../components/reader/ReadAloudControls';
import { readAloudSetting } from '../shared/settings/read-aloud';
import { ReadAloud } from './read-aloud';

interface ConnectedReadAloudProps {
  win: Window & typeof globalThis;
  t: Translate;
  lang: string;
}

/** The title and article bodies of the overlay holding `el` (its shadow root), in reading order. */
function readingRoots(el: Element | null): Element[] {
  const root = el?.getRootNode() as ParentNode | undefined;
  if (!root || typeof root.querySelectorAll !== 'function') return [];
  const title = root.querySelector('article h1');
  return [...(title ? [title] : []), ...Array.from(root.querySelectorAll('.article-body'))];
}

export function ConnectedReadAloud({ win, t, lang }: ConnectedReadAloudProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<ReadAloudStatus>({ state: 'idle' });
  const supported = ReadAloud.isSupported(win);
  const engine = useMemo(
    () => supported
      ? new ReadAloud({
          win,
          lang,
          blocks: () => readingBlocks(readingRoots(anchor.current)),
          settings: async () => {
            const settings = await readAloudSetting.get();
            return { voiceUri: settings.voices[primaryOf(lang)] ?? null, rate: settings.rate };
          },
          onStatus: setStatus,
        })
      : null,
    [win, lang, supported],
  );
  useEffect(() => () => engine?.stop(), [engine]); // closing the reader stops the voice
  const actions = engine ? { play: () => void engine.play(), pause: () => engine.pause(), stop: () => engine.stop() } : undefined;
  return (
    <div class="read-aloud-anchor" ref={anchor}>
      <ReadAloudControls status={status} t={t} {...(actions ? { actions } : {})} />
    </div>
  );
}
