/**
 * Connects the read-aloud controls to the speech engine. The engine finds
 * what to read from where the controls sit: the overlay's title and article
 * bodies (the first page's and any following pages').
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

/** The overlay's article element around `el` (the controls live in its header). */
function articleOf(el: Element | null): Element | null {
  return el?.closest('article') ?? null;
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
          blocks: () => {
            const article = articleOf(anchor.current);
            if (!article) return [];
            return readingBlocks([...Array.from(article.querySelectorAll('h1')).slice(0, 1), ...Array.from(article.querySelectorAll('.article-body'))]);
          },
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
