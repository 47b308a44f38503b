/**
 * A stand-in for speechSynthesis, installed in the extension's isolated world
 * of a page (see isolated-world.ts): headless Chromium may have no voices.
 * It lists three voices, records every utterance, and finishes one only when
 * the test calls `__fakeSpeech.end()`, so a test drives the reading itself.
 */
/** Runs in the isolated world: a speech engine that records utterances and ends one when told to. */
export function installFakeSpeech(): void {
  type Utterance = { text: string; lang: string; voice: { name: string } | null; rate: number; onend?: () => void; onerror?: (e: { error: string }) => void };
  const voices = [
    { voiceURI: 'fake-en', name: 'Fake English', lang: 'en-US', localService: true, default: true },
    { voiceURI: 'fake-id-local', name: 'Fake Indonesian', lang: 'id-ID', localService: true, default: false },
    { voiceURI: 'fake-id-online', name: 'Fake Indonesian Online', lang: 'id-ID', localService: false, default: false },
  ];
  const log = { spoken: [] as { text: string; lang: string; voice: string | null; rate: number }[], cancels: 0, current: null as Utterance | null };
  const synth = {
    speak(u: Utterance) {
      log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
      log.current = u;
    },
    cancel() {
      log.cancels++;
      const u = log.current;
      log.current = null;
      u?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    getVoices: () => voices,
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: function FakeUtterance(this: Utterance, text: string) {
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.rate = 1;
    },
  });
  (globalThis as Record<string, unknown>).__fakeSpeech = {
    log,
    end: () => {
      const u = log.current;
      log.current = null;
      u?.onend?.();
    },
  };
}

