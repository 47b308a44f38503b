/**
 * A container holding most of the page's prose is not discarded or penalised
 * for its class name ("above-footer", Drupal's "field--label-hidden"), while a
 * long comment thread keeps its class (unmask-story.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core';
import { parseHtml } from '../../../core/node/dom';
import { unmaskStoryContainers } from '../../../core/unmask-story';

const STORY = [
  'Alaska Airlines said on Tuesday that it will start flying to two new cities in the spring, its largest expansion in years.',
  'The airline plans to add daily flights from Seattle to both cities, with a second flight on weekends during the busy summer months.',
  'Tickets go on sale next week, and the first flights leave at the end of March, when the winter schedule of the airline ends.',
  'Analysts said the move puts the carrier in direct competition with two larger rivals that already serve both of the new cities.',
  'The company expects the new routes to be profitable within their first year, helped by strong demand from travellers on holiday.',
  'Crews for the new flights will be based in Seattle, and the airline said it would hire about two hundred people for the routes.',
];
const BOX = [
  'Our newsletter brings you the best deals on flights, hotels and credit cards every morning, straight to your inbox for free.',
  'Thousands of readers already use it to plan their trips, and you can cancel it at any time with one click from any of our emails.',
  'Sign up today and we will send you our guide to the best travel rewards cards of the year, with tips from our own experts.',
  'Members also get early access to our reviews of new airline lounges, hotel openings and loyalty programmes around the world.',
  'Every Friday we add a short list of the fares that dropped the most during the week, sorted by the city you fly from.',
];
const paras = (list: readonly string[]): string => list.map((t) => `<p>${t}</p>`).join('');

async function extract(body: string): Promise<string> {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Alaska adds routes</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}</body></html>`;
  const page = await parseHtml(html, 'https://travel.example/alaska-routes');
  try {
    const a = analyze(page.document, 'https://travel.example/alaska-routes', { window: page.window });
    if (!a.ok) throw new Error(a.error.message);
    return a.text;
  } finally {
    page.close();
  }
}

describe('story container with a penalised class', () => {
  it('keeps the story whose theme wrapper is called "above-footer" (Readability drops such a block unread)', async () => {
    const text = await extract(`<div class="deals-box">${paras(BOX)}</div><div class="above-footer"><div class="post-wrap">${paras(STORY)}</div></div>`);
    for (const t of STORY) expect(text).toContain(t);
  });

  it('takes the penalised words off the container holding most of the prose, and only those', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><body><div class="deals-box">${paras(BOX.slice(0, 2))}</div><div class="field field--label-hidden field-body" id="promo-story">${paras(STORY)}</div></body></html>`, 'https://travel.example/a');
    try {
      const changed = unmaskStoryContainers(page.document.body);
      const story = page.document.querySelector('.field')!;
      expect(changed).toEqual([story]);
      expect(story.getAttribute('class')).toBe('field field-body');
      expect(story.hasAttribute('id')).toBe(false);
      expect(page.document.querySelector('.deals-box')).not.toBeNull();
    } finally {
      page.close();
    }
  });

  it('leaves a comment thread its class even when it holds most of the prose', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><body><article><p>${STORY[0]}</p></article><div class="comments-area">${paras([...STORY.slice(1), ...BOX])}</div></body></html>`, 'https://travel.example/a');
    try {
      expect(unmaskStoryContainers(page.document.body)).toEqual([]);
      expect(page.document.querySelector('.comments-area')).not.toBeNull();
    } finally {
      page.close();
    }
  });

  it('leaves a sidebar (by its own or its parent\'s name), a footer and a gallery widget their classes, but not a layout that merely has a sidebar', async () => {
    const long = paras([...STORY, ...BOX]);
    for (const body of [`<p>${STORY[0]}</p><div id="sidebar"><div class="widget widget_text">${long}</div></div>`, `<p>${STORY[0]}</p><footer class="site-footer"><div class="footer-text">${long}</div></footer>`,
      `<p>${STORY[0]}</p><div class="dnd-widget-wrapper type-gallery"><ul id="dynamic-header">${[...STORY, ...BOX].map((t) => `<li>${t}</li>`).join('')}</ul></div>`]) {
      const page = await parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://travel.example/a');
      try {
        expect(unmaskStoryContainers(page.document.body)).toEqual([]);
      } finally {
        page.close();
      }
    }
    const page = await parseHtml(`<!DOCTYPE html><html><body><div class="layout has-sidebar"><div class="field--label-hidden">${paras(STORY)}</div></div></body></html>`, 'https://travel.example/a');
    try {
      expect(unmaskStoryContainers(page.document.body).length).toBe(2);
    } finally {
      page.close();
    }
  });
});
