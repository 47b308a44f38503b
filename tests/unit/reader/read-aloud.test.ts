// @vitest-environment happy-dom
/**
 * The read-aloud wiring against a fake speech engine (an engine that speaks
 * only when the test says an utterance ended): it reads the blocks in order
 * with the chosen voice, marks the block being read, pauses and resumes
 * where it was, stops cleanly, reads pages appended meanwhile, and reports
 * an engine error.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReadAloudStatus } from '../../../components/reader/ReadAloudControls';
import { READING_ATTRIBUTE, ReadAloud } from '../../../entrypoints/reader.content/read-aloud';

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynth {
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  voices = [
    { voiceURI: 'en-1', name: 'English', lang: 'en-US', localService: true, default: true },
    { voiceURI: 'id-online', name: 'Google Bahasa Indonesia', lang: 'id-ID', localService: false, default: false },
    { voiceURI: 'id-local', name: 'Indonesian', lang: 'id-ID', localService: true, default: false },
  ];
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.current = u;
  }
  cancel() {
    const u = this.current;
    this.current = null;
    u?.onerror?.({ error: 'interrupted' });
  }
  getVoices() {
    return this.voices;
  }
  addEventListener() {}
  removeEventListener() {}
  /** The engine finished the current utterance. */
  end() {
    const u = this.current;
    this.current = null;
    u?.onend?.();
  }
}

let synth: FakeSynth;
let body: HTMLElement;
let statuses: ReadAloudStatus[];

function engine(voiceUri: string | null = null) {
  const win = window as unknown as Window & typeof globalThis;
  Object.defineProperty(win, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(win, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  return new ReadAloud({
    win,
    lang: 'id',
    blocks: () => Array.from(body.querySelectorAll('p')),
    settings: async () => ({ voiceUri, rate: 1.25 }),
    onStatus: (s) => statuses.push(s),
  });
}

const reading = () => Array.from(body.querySelectorAll(`[${READING_ATTRIBUTE}]`), (el) => el.textContent);

beforeEach(() => {
  synth = new FakeSynth();
  statuses = [];
  body = document.createElement('div');
  for (const text of ['Satu.', 'Dua.', 'Tiga.']) {
    const p = document.createElement('p');
    p.textContent = text;
    body.append(p);
  }
  document.body.replaceChildren(body);
});

describe('read aloud', () => {
  it('reads the blocks in order, marking only the one being read, with a voice for the language', async () => {
    const reader = engine();
    await reader.play();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Satu.']);
    expect(synth.spoken[0]!.lang).toBe('id-ID');
    expect((synth.spoken[0]!.voice as { name: string }).name).toBe('Indonesian');
    expect(synth.spoken[0]!.rate).toBe(1.25);
    expect(reading()).toEqual(['Satu.']);
    synth.end();
    expect(reading()).toEqual(['Dua.']);
    expect(statuses.at(-1)).toEqual({ state: 'playing', block: 2, total: 3 });
    synth.end();
    synth.end();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    expect(reading()).toEqual([]);
    expect(reader.state).toBe('idle');
  });

  it('uses the reader\'s preferred voice for the language', async () => {
    await engine('id-online').play();
    expect((synth.spoken[0]!.voice as { name: string }).name).toBe('Google Bahasa Indonesia');
  });

  it('pauses where it is and resumes that block, ignoring the cancelled utterance\'s callbacks', async () => {
    const reader = engine();
    await reader.play();
    synth.end();
    reader.pause();
    expect(reader.state).toBe('paused');
    expect(statuses.at(-1)).toEqual({ state: 'paused', block: 2, total: 3 });
    expect(reading()).toEqual(['Dua.']);
    await reader.play();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Satu.', 'Dua.', 'Dua.']);
    synth.end();
    expect(reading()).toEqual(['Tiga.']);
  });

  it('stops: nothing marked, nothing more spoken', async () => {
    const reader = engine();
    await reader.play();
    reader.stop();
    expect(reading()).toEqual([]);
    expect(statuses.at(-1)).toEqual({ state: 'idle' });
    synth.end();
    expect(synth.spoken).toHaveLength(1);
  });

  it('goes on into blocks appended while reading (a following page that arrived)', async () => {
    const reader = engine();
    await reader.play();
    synth.end();
    synth.end();
    const p = document.createElement('p');
    p.textContent = 'Empat, dari halaman 2.';
    body.append(p);
    synth.end();
    expect(reading()).toEqual(['Empat, dari halaman 2.']);
    expect(reader.state).toBe('playing');
  });

  it('reports an engine error and stops', async () => {
    const reader = engine();
    await reader.play();
    synth.current!.onerror!({ error: 'synthesis-failed' });
    expect(reader.state).toBe('error');
    expect(statuses.at(-1)).toEqual({ state: 'error' });
    expect(reading()).toEqual([]);
  });
});
