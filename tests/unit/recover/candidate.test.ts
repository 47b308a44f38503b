/**
 * When Readability's pick holds little of the page's prose (a table cell of
 * signatories outscoring the letter beside it, a table of names and e-mail
 * addresses outscoring the story), the container with the most prose is taken
 * instead; a comment thread never is (candidate.ts).
 */
import { describe, expect, it } from 'vitest';
import { bestProseContainer, betterContainer, twinIn } from '../../../core/candidate';
import { parseHtml } from '../../../core/node/dom';
import { markDocumentOrder } from '../../../core/recover';

const LETTER = [
  'Our cultural institutions are facing a moment of trial, and the protests of this summer have made that plain to everyone.',
  'The free exchange of information and ideas is becoming more constricted, and we have come to expect this from the powerful.',
  'This stifling atmosphere will ultimately harm the most vital causes of our time, and it hurts those who lack power the most.',
  'We refuse any false choice between justice and freedom, which cannot exist without each other, and we ask others to join us.',
];
/** Names with their affiliations, one per line: commas everywhere, sentences nowhere. */
const SIGNATORIES = Array.from({ length: 60 }, (_, i) => `<strong>Signer Number${i} Lastname</strong>, University of Place${i}, writer<br>`).join('');

/** Numbers the page like the pipeline does, and hands back the copy and a "Readability pick" holding copies of `picked`. */
async function pick(body: string, picked: string) {
  const page = await parseHtml(`<!DOCTYPE html><html lang="en"><head><title>A Letter</title></head><body>${body}</body></html>`, 'https://magazine.example/letter');
  const copy = markDocumentOrder(page.document.body);
  const content = page.document.createElement('div');
  for (const el of Array.from(page.document.querySelectorAll(picked))) content.appendChild(el.cloneNode(true));
  return { page, copy, content };
}

const letter = [...LETTER, ...LETTER].map((t) => `<p>${t}</p>`).join('');

describe('candidate choice by prose', () => {
  it('takes the letter around a table cell of signatories that Readability scored higher', async () => {
    const { page, copy, content } = await pick(`<nav><a href="/">Home</a></nav><article><div class="wysiwyg">${letter}<table><tr><td>${SIGNATORIES}</td></tr></table></div></article>`, 'td');
    try {
      expect(betterContainer(content, copy)?.getAttribute('class')).toBe('wysiwyg');
    } finally {
      page.close();
    }
  });

  it('takes the story elsewhere when Readability picked a table with no prose', async () => {
    const { page, copy, content } = await pick(`<table class="mps">${SIGNATORIES.split('<br>').map((r) => `<tr><td>${r}</td><td>name@parliament.example</td></tr>`).join('')}</table><div class="story">${letter}</div>`, 'table');
    try {
      expect(betterContainer(content, copy)?.getAttribute('class')).toBe('story');
    } finally {
      page.close();
    }
  });

  it('keeps Readability\'s pick when it holds most of the prose', async () => {
    const { page, copy, content } = await pick(`<div class="story">${letter}</div><div class="box"><p>${LETTER[0]}</p></div>`, '.story');
    try {
      expect(betterContainer(content, copy)).toBeNull();
    } finally {
      page.close();
    }
  });

  it('keeps Readability\'s pick when the prose elsewhere is a comment thread', async () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<div class="comment-body"><p>Reader ${i} wrote that this is a fine letter and that everyone should read it twice before the weekend is over.</p></div>`).join('');
    const { page, copy, content } = await pick(`<article><div class="entry-content"><p>${LETTER[0]}</p></div></article><section class="comments-area">${comments}</section>`, '.entry-content');
    try {
      expect(betterContainer(content, copy)).toBeNull();
    } finally {
      page.close();
    }
  });

  it('finds the best prose container on the page before numbering it, and its twin in the copy is the copy\'s own pick', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><div class="hidden-wrap"><div class="wysiwyg">${letter}</div></div><div class="box"><p>${LETTER[0]}</p></div></body></html>`, 'https://magazine.example/letter');
    try {
      const body = page.document.body;
      const onPage = bestProseContainer(body);
      // Classes change between reading the page and numbering it (unmasking): the pick must not depend on them.
      onPage!.el.setAttribute('class', 'renamed');
      const copy = markDocumentOrder(body);
      const twin = twinIn(copy, body, onPage);
      expect(twin?.el.getAttribute('class')).toBe('renamed');
      expect(twin?.el.ownerDocument).toBe(copy.ownerDocument);
      expect(twin?.el.isConnected).toBe(false);
      expect(twin).toEqual(bestProseContainer(copy));
    } finally {
      page.close();
    }
  });

  it('maps a pick of the whole body to the copy itself, and no pick to none', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><body><p>${LETTER[0]}</p><p>${LETTER[1]}</p></body></html>`, 'https://magazine.example/letter');
    try {
      const body = page.document.body;
      const copy = markDocumentOrder(body);
      expect(twinIn(copy, body, { el: body, prose: 10 })).toEqual({ el: copy, prose: 10 });
      expect(twinIn(copy, body, null)).toBeNull();
    } finally {
      page.close();
    }
  });
});
