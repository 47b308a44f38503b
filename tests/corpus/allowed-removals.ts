/**
 * Text of Readability's expected output that Jernih removes ON PURPOSE, per
 * test page. Everything else Readability keeps, we must keep too (the corpus
 * test allows at most 1 % token loss per page on top of these). Each entry
 * says why; add one only for a deliberate product rule, never to make a
 * core bug pass.
 */
import type { Allowance } from './test-pages';

export const ALLOWED_REMOVALS: Record<string, readonly Allowance[]> = {
  // Photo credits and captions printed as lines: kept in our HTML under the picture, not in the plain text.
  'buzzfeed-1': [{ snippet: 'West Merica Police', why: 'photo credit (caption)' }],
  msn: [{ snippet: '© Provided by Business Insider Inc', why: 'photo credit (caption)' }],
  // The newsletter prompt and the author box under the story (prompt and author-box rules).
  'citylab-1': [
    { snippet: 'Cities are changing fast. Keep up with the CityLab Daily newsletter.', why: 'newsletter prompt' },
    { snippet: 'About the Author', why: 'author box label (author-box)' },
    { snippet: 'Sarah Archer is the author of The Midcentury Kitchen.', why: 'author box (author-box)' },
  ],
  'herald-sun-1': [
    { snippet: 'A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years. Source: Supplied', why: 'photo caption and credit (caption-classed)' },
    { snippet: 'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', why: 'author tagline after the story (outside-story)' },
  ],
  // The author's bio as the story's last paragraph, naming the byline's author (author-box), and a call to follow the author on a platform (social-call);
  // wapo-2's and breitbart's are with their other entries below.
  'lazy-image-2': [{ snippet: 'Mama Robotnik is a video game historian living somewhere in the British Empire. He specialises in unearthing lost gaming media, but also enjoys a good long essay about his favourite games every now and then. He drinks a lot of tea, and has a horrendously naughty black and white cat called Blossom. If you would like to contact him, he responds to his private messages over at NeoGAF.', why: 'author bio naming the byline author (author-box)' }],
  'yahoo-1': [{ snippet: 'Ben Silverman is on Twitter at ben_silverman.', why: 'call to follow the author on a platform (social-call)' }],
  'schema-org-context-object': [
    { snippet: 'Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.', why: 'author box (author-box)' },
    { snippet: 'Abigail Williams and Beomsu Jo contributed.', why: 'contributor line in the author box (author-box)' },
  ],
  // The page's first line, short and not a sentence, before its first paragraph (outside-story).
  'replace-brs': [{ snippet: 'Lorem ipsumdolor sit', why: 'short line before the first paragraph (outside-story)' }],
  // Headings after the story that head nothing we keep (no text or picture under them), and the site's link lists under it (outside-story).
  'hidden-nodes': [
    { snippet: 'Secondary header', why: 'heading after the last paragraph, over nothing (outside-story)' },
    { snippet: 'Third header', why: 'heading after the last paragraph, over nothing (outside-story)' },
  ],
  'ehow-1': [
    { snippet: 'Found This Helpful', why: 'feedback label after the story (outside-story)' },
    { snippet: 'Featured', why: 'label of the site\'s featured links after the story (outside-story)' },
  ],
  'ehow-2': [
    { snippet: 'Related Searches', why: 'label of the site\'s link list after the story (outside-story)' },
    { snippet: 'Promoted By Zergnet', why: 'sponsored links label after the story (outside-story)' },
    { snippet: 'Last updated September 14, 2016', why: 'date line (date-line rule: read into attribution.publishedTime)' },
  ],
  // Inline "read also" promo to another Le Monde article (DOMAIN.md: Readability keeps it).
  'lemonde-1': [{ snippet: 'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement', why: 'promo lead-in "Lire aussi" + link' }],
  // "Read more:" label followed by three one-link paragraphs to other Post stories.
  'wapo-1': [
    // Bracketed one-link lines between paragraphs, the Post's inline "related story" convention.
    // Listed first: the snippets below would otherwise take their words out of them.
    { snippet: '[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]', why: 'bracketed promo "[Read: …]"' },
    { snippet: '[Bardo museum houses amazing Roman treasures]', why: 'bracketed promo link' },
    { snippet: '[Read: Tunisia sends most foreign fighters to Islamic State in Syria]', why: 'bracketed promo "[Read: …]"' },
    { snippet: 'Read more:', why: 'promo lead-in' },
    { snippet: 'Tunisia’s Islamists get a sobering lesson in governing', why: 'promo link after "Read more:"' },
    { snippet: 'Tunisia sends most foreign fighters to Islamic State in Syria', why: 'promo link after "Read more:"' },
    { snippet: 'Tunisia’s Bardo museum is home to amazing Roman treasures', why: 'promo link after "Read more:"' },
    { snippet: "Gunmen in military uniforms stormed Tunisia's national museum, killing at least 19 people, most of them foreign tourists. (Reuters)", why: 'photo caption printed as a line: kept in the HTML, not in the plain text' },
  ],
  // A photo caption printed as a plain line (no <figcaption>): kept in our HTML, left out of the plain text.
  'wapo-2': [
    { snippet: 'Steven Mufson covers the White House. Since joining The Post, he has covered economics, China, foreign policy and energy.', why: 'author bio naming the byline author (author-box)' },
    { snippet: "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18 following his party's victory in Israel's general election. (Thomas Coex/AFP/Getty Images)", why: 'photo caption printed as a line (caption-classed)' },
    { snippet: 'Israeli Prime Minister Benjamin Netanyahu pledged to form a new governing coalition quickly after an upset election victory that was built on a shift to the right. (Reuters)', why: 'video caption (caption-classed)' },
  ],
  // One-link "Related: <headline>" paragraphs inside the story.
  cnn: [
    { snippet: 'Related: Rich are paying more in taxes but not as much as they used to', why: 'promo lead-in "Related:" + link' },
    { snippet: "Related: Chicago is America's most segregated city", why: 'promo lead-in "Related:" + link' },
  ],
  // "Learn More: <headline>" links to other Spiceworks articles.
  spiceworks: [
    { snippet: 'Learn More: Video Marketing 101: 4 Basics Marketers Can’t Miss', why: 'promo lead-in "Learn More:" + link' },
    { snippet: 'Learn More: Seven Tips for Repurposing Video Content', why: 'promo lead-in "Learn More:" + link' },
    { snippet: 'Vidyard Launches New Tools and Features for Businesses', why: 'a short non-sentence line before the story’s first paragraph (outside-story)' },
  ],
  // Readers' comments under the post (Readability keeps them; a reader view shows the article only).
  'firefox-nightly-blog': [
    // Screenshot captions (wp-caption) inside the list: kept in the HTML, not in the plain text.
    { snippet: 'Users who run multiple user profiles concurrently will probably see this less!', why: 'caption (wp-caption)' },
    { snippet: 'Our DevTools are ready for Fission (out-of-process iframes)!', why: 'caption (wp-caption)' },
    { snippet: 'Marionette, the framework that allows Firefox to be tested with automation, is now Fission compatible too!', why: 'caption (wp-caption)' },
    { from: '2 comments on “These Weeks in Firefox: Issue 85”', to: 'will try Firefox again now. Reply', why: 'user comments section' },
  ],
  // The three "Next" buttons of the feature carousels: interface labels, not text.
  'mozilla-1': [
    { snippet: 'Next', why: 'carousel pager button labels' },
    { snippet: 'See what it can do for you', why: 'a call-to-action button line after the last paragraph (outside-story)' },
  ],
  // Bylines of the teasers for other stories under the article: credit lines, which we read into attribution and take out.
  'nytimes-5': ['Por Josh Max', 'Por Shira Ovide', 'Por Rachel Strugatz', 'By Tara Parker-Pope', 'By Pam Belluck', 'By David Streitfeld']
    .map((snippet) => ({ snippet, why: 'teaser byline (credit line)' }))
    // The same photo credit printed twice: the second copy goes (one stays).
    .concat([{ snippet: 'CreditPhoto Illustration by Andrew B. Myers for The New York Times', why: 'repeated caption (duplicate)' }])
    // The "Photo" label before each teaser's picture credit: captions and credits leave the plain text (kept in the HTML).
    .concat([{ snippet: 'Photo', why: 'picture label of a caption (captions are not plain text)' }]),
  // Date lines above the story: read into attribution.publishedTime and taken out of the text.
  breitbart: [
    { snippet: 'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship. Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com', why: 'author bio with a call to follow him on Twitter (social-call)' },
    { snippet: '22 Dec, 2016', why: 'date line (date-line rule)' },
    { snippet: 'SIGN UP FOR OUR NEWSLETTER', why: 'newsletter prompt (prompt rule)' },
    { snippet: 'JIM WATSON/AFP/Getty Images', why: 'photo credit under the picture (caption: kept in the HTML, not in the plain text)' },
  ],
  // A newsletter sign-up prompt between paragraphs.
  theverge: [
    { snippet: 'Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside conversation. Your first month is free!', why: 'newsletter prompt (prompt rule)' },
  ],
  // The sidebar menu of one-word app links ("BBEdit Acorn MarsEdit …"): navigation, not the post.
  'daringfireball-1': [{ snippet: 'BBEdit Acorn MarsEdit Napkin Yojimbo Transmit Script Debugger Snapz Pro X WebKit', why: 'sidebar menu of one-word links (nav-list)' }],
};

/**
 * Test pages with so little text that Jernih says "no article" (fewer than 30
 * words: a title and a line, "Test Case 1/2"). Readability returns whatever
 * is there; a reader is better served by a clear "no article here" than by an
 * overlay holding one line. The test asserts exactly that answer.
 */
export const NOT_ARTICLES: Record<string, string> = {
  '005-unescape-html-entities': '1 word of text',
  'invalid-attributes': '8 words ("Lorem ipsum dolor sit amet…")',
  'js-link-replacement': '3 words',
  'lazy-image-3': '6 words ("Test Case 1", "Test Case 2")',
  ol: '17 words in one list',
};

/** Promos DOMAIN.md says Readability leaves in: each text must be absent from our article text. */
export const PROMOS_GONE: Record<string, readonly string[]> = {
  'lemonde-1': ['Lire aussi', 'Les critiques de la CNIL contre le projet de loi sur le renseignement'],
  'wapo-1': [
    'Read more:',
    'Tunisia’s Islamists get a sobering lesson in governing',
    'Tunisia sends most foreign fighters to Islamic State in Syria',
    'Tunisia’s Bardo museum is home to amazing Roman treasures',
  ],
  cnn: ['Related:', 'Rich are paying more in taxes but not as much as they used to', "Chicago is America's most segregated city"],
  spiceworks: ['Learn More:', 'Video Marketing 101: 4 Basics Marketers Can’t Miss', 'Seven Tips for Repurposing Video Content'],
};
