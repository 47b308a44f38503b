// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, textSizeKey } from '../../../components/reader/keys';

function key(key: string, target: EventTarget, mods: Partial<KeyboardEvent> = {}) {
  return { key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, target, composedPath: () => [target], ...mods };
}

describe('reader keys', () => {
  const button = document.createElement('button');

  it('maps + and = to larger, - to smaller', () => {
    expect(textSizeKey(key('+', button))).toBe(1);
    expect(textSizeKey(key('=', button))).toBe(1);
    expect(textSizeKey(key('-', button))).toBe(-1);
    expect(textSizeKey(key('a', button))).toBeNull();
  });

  it("leaves Ctrl/⌘ + and - to the browser's zoom", () => {
    expect(textSizeKey(key('+', button, { ctrlKey: true }))).toBeNull();
    expect(textSizeKey(key('-', button, { metaKey: true }))).toBeNull();
    expect(textSizeKey(key('-', button, { altKey: true }))).toBeNull();
  });

  it('types into fields instead of resizing', () => {
    const text = document.createElement('input');
    const area = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    for (const field of [text, area, editable]) {
      expect(isTypingTarget(field)).toBe(true);
      expect(textSizeKey(key('-', field))).toBeNull();
    }
    editable.remove();
  });

  it('still resizes from a radio button or checkbox (they take no text)', () => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    expect(isTypingTarget(radio)).toBe(false);
    expect(textSizeKey(key('+', radio))).toBe(1);
  });

  it('looks through a shadow root to the real target', () => {
    const host = document.createElement('div');
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    expect(textSizeKey({ ...key('+', host), composedPath: () => [input, host] })).toBeNull();
  });
});
