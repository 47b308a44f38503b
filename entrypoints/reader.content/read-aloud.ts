/**
 * Read aloud, speech side: speaks the reader's blocks one after another with
 * speechSynthesis, marks the block being read (`data-jernih-reading`) and
 * scrolls it into view. Pause cancels and remembers where it was, resume
 * speaks that part again: engines' own pause() is unreliable (Chrome on
 * Linux ignores it, some stop for good). The block list is read again at
 * each step, so pages appended while reading are read too.
 */
import { speechChunks } from '../../core/speech/chunks';
import { chooseVoice, type VoiceLike } from '../../core/speech/voices';
import type { ReadAloudStatus } from '../../components/reader/ReadAloudControls';

export const READING_ATTRIBUTE = 'data-jernih-reading';
/** How long to wait for a browser that lists its voices late (Chrome fills getVoices() after a voiceschanged). */
const VOICES_WAIT_MS = 800;

export interface ReadAloudOptions {
  win: Window & typeof globalThis;
  /** The blocks to read, in order, as they are now. */
  blocks(): Element[];
  lang: string;
  /** The reader's settings at the moment reading starts. */
  settings(): Promise<{ voiceUri: string | null; rate: number }>;
  onStatus(status: ReadAloudStatus): void;
}

interface Position {
  block: Element;
  chunks: string[];
  chunk: number;
}

export class ReadAloud {
  #position: Position | null = null;
  #state: ReadAloudStatus['state'] = 'idle';
  /** Bumped on every cancel: callbacks of utterances from before it are stale and must do nothing. */
  #generation = 0;
  #voice: SpeechSynthesisVoice | null = null;
  #rate = 1;

  constructor(private readonly options: ReadAloudOptions) {}

  static isSupported(win: Window): boolean {
    return typeof win.speechSynthesis?.speak === 'function' && typeof (win as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance === 'function';
  }

  get state(): ReadAloudStatus['state'] {
    return this.#state;
  }

  async play(): Promise<void> {
    if (this.#state === 'playing') return;
    if (this.#state === 'paused' && this.#position) {
      this.#state = 'playing';
      this.#speak();
      return;
    }
    const { voiceUri, rate } = await this.options.settings();
    this.#rate = rate;
    this.#voice = await this.#pickVoice(voiceUri);
    const first = this.options.blocks()[0];
    if (!first) return this.stop();
    this.#state = 'playing';
    this.#moveTo(first);
    this.#speak();
  }

  pause(): void {
    if (this.#state !== 'playing') return;
    this.#state = 'paused';
    this.#cancel();
    this.#report();
  }

  stop(): void {
    this.#cancel();
    this.#unmark();
    this.#position = null;
    this.#state = 'idle';
    this.#report();
  }

  #synth(): SpeechSynthesis {
    return this.options.win.speechSynthesis;
  }

  #cancel(): void {
    this.#generation++;
    try {
      this.#synth().cancel();
    } catch {
      /* nothing was speaking */
    }
  }

  async #pickVoice(preferred: string | null): Promise<SpeechSynthesisVoice | null> {
    const synth = this.#synth();
    let voices = synth.getVoices();
    if (voices.length === 0 && typeof synth.addEventListener === 'function') {
      await new Promise<void>((resolve) => {
        const done = () => {
          synth.removeEventListener('voiceschanged', done);
          resolve();
        };
        synth.addEventListener('voiceschanged', done);
        setTimeout(done, VOICES_WAIT_MS);
      });
      voices = synth.getVoices();
    }
    const chosen = chooseVoice(voices as readonly VoiceLike[], this.options.lang, preferred);
    return (chosen as SpeechSynthesisVoice | null) ?? null;
  }

  #unmark(): void {
    this.#position?.block.removeAttribute(READING_ATTRIBUTE);
  }

  #moveTo(block: Element): void {
    this.#unmark();
    this.#position = { block, chunks: speechChunks(block.textContent ?? '', this.options.lang), chunk: 0 };
    block.setAttribute(READING_ATTRIBUTE, '');
    const reduceMotion = this.options.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    block.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
    this.#report();
  }

  /** The block after the current one in the list as it is now (pages may have been appended meanwhile). */
  #next(): Element | null {
    const blocks = this.options.blocks();
    const current = this.#position?.block;
    const at = current ? blocks.indexOf(current) : -1;
    return blocks[at + 1] ?? null;
  }

  #advance(): void {
    const position = this.#position;
    if (!position) return;
    if (position.chunk + 1 < position.chunks.length) {
      position.chunk++;
    } else {
      const next = this.#next();
      if (!next) return this.stop();
      this.#moveTo(next);
    }
    this.#speak();
  }

  #speak(): void {
    const position = this.#position;
    if (!position || this.#state !== 'playing') return;
    const text = position.chunks[position.chunk];
    if (text === undefined) return this.#advance();
    const generation = this.#generation;
    const Utterance = this.options.win.SpeechSynthesisUtterance;
    const utterance = new Utterance(text);
    utterance.lang = this.#voice?.lang ?? this.options.lang;
    if (this.#voice) utterance.voice = this.#voice;
    utterance.rate = this.#rate;
    utterance.onend = () => {
      if (generation === this.#generation) this.#advance();
    };
    utterance.onerror = (event) => {
      if (generation !== this.#generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop();
      this.#state = 'error';
      this.#report();
    };
    this.#report();
    this.#synth().speak(utterance);
  }

  #report(): void {
    if (this.#state === 'idle' || this.#state === 'error' || !this.#position) {
      this.options.onStatus({ state: this.#state === 'error' ? 'error' : 'idle' });
      return;
    }
    const blocks = this.options.blocks();
    this.options.onStatus({ state: this.#state, block: blocks.indexOf(this.#position.block) + 1, total: blocks.length });
  }
}
