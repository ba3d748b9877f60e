// The article stage on feed bodies: one test per phenomenon, on invented text written in the
// style of the outlets where each was seen.
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, bodyText } from '../../../../src/sources/article/feed-body.js';

describe('feed bodies: block boundaries end sentences, paragraphs are kept', () => {
  it('separates paragraphs, list items, headings, quotes and table cells by a blank line', () => {
    const html =
      '<h2>What changed</h2><p>The council voted on Monday.</p><ul><li>Buses run later</li><li>Fares stay flat</li></ul>' +
      '<blockquote>We listened to riders</blockquote><table><tr><td>Route 9</td><td>Every ten minutes</td></tr></table>';
    expect(bodyParagraphs(html)).toEqual([
      'What changed',
      'The council voted on Monday.',
      'Buses run later',
      'Fares stay flat',
      'We listened to riders',
      'Route 9',
      'Every ten minutes',
    ]);
  });

  it('ends a block at a double <br>, while a single <br> only breaks the line', () => {
    expect(bodyText('The pilot landed safely.<br><br>Nobody was hurt<br>on board.')).toBe(
      'The pilot landed safely.\n\nNobody was hurt on board.',
    );
  });

  it('drops scripts, styles, iframes, embeds and code blocks, keeping inline code in its sentence', () => {
    const html =
      '<p>The library adds a <code>retry()</code> helper.</p><script>track()</script><style>p{}</style>' +
      '<iframe credentialless src="https://player.example/embed"></iframe>' +
      '<pre><code>&lt;iframe credentialless src="x"&gt;&lt;/iframe&gt;</code></pre><p><code>npm install widget\nwidget --init</code></p>' +
      '<p>Version 2 ships next week.</p>';
    expect(bodyParagraphs(html)).toEqual(['The library adds a retry() helper.', 'Version 2 ships next week.']);
  });
});

describe('feed bodies: figures, captions and credits', () => {
  it('drops a footnote’s number from the sentence it marks', () => {
    const html =
      '<p>The regulator says Pellmark waited 41 days.<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a> The fine was $3 million.</p>' +
      '<p>Revenue rose 8%.<sup class="fnref"><a href="#fn1">1</a></sup></p>';
    expect(bodyText(html)).toBe('The regulator says Pellmark waited 41 days. The fine was $3 million.\n\nRevenue rose 8%.');
  });

  it('drops a figure and its caption, which has no full stop and would run into the lead', () => {
    const html =
      '<figure><img src="a.jpg"><figcaption>Image: Lumen</figcaption></figure><p>Lumen’s newest player adds offline downloads.</p>';
    expect(bodyText(html)).toBe('Lumen’s newest player adds offline downloads.');
  });

  it('drops credit lines outside figures: "Illustration by … / Outlet", "| Image: …", "Photo: …/Getty Images"', () => {
    const html =
      '<p>Illustration by Kim Ode / The Ledger</p><p>A former engineer says the audit was skipped.</p>' +
      '<p>| Image: Quarry</p><p>Quarry, the parent company of two payment apps, cut 900 jobs.</p>' +
      '<p>Photo: Dana Reyes/Getty Images</p><p>Lead investor Northgate said the round closed in May.</p>';
    expect(bodyParagraphs(html)).toEqual([
      'A former engineer says the audit was skipped.',
      'Quarry, the parent company of two payment apps, cut 900 jobs.',
      'Lead investor Northgate said the round closed in May.',
    ]);
  });

  it('drops a caption that closes on its credit in brackets', () => {
    const html =
      '<p>The prototype on its test stand in Ohio. (Photo: Vale Aerospace)</p><p>Vale Aerospace fired the engine for 90 seconds.</p>';
    expect(bodyText(html)).toBe('Vale Aerospace fired the engine for 90 seconds.');
  });

  it('keeps a sentence that only mentions photos', () => {
    const text = 'The app now sorts photos by the people in them, the company said.';
    expect(bodyText(`<p>${text}</p>`)).toBe(text);
  });
});

describe('feed bodies: bylines, prompts, related links, footers', () => {
  it('drops bylines, date lines and agency credits', () => {
    const html =
      '<p>By Mara Quinn and Theo Lind</p><p>Nov. 20, 2026 5:52 AM EST</p><p>The ferry operator raised prices.</p>' +
      '<p>Reporting by Ana Ruiz; Editing by Paul Kerr</p>';
    expect(bodyText(html)).toBe('The ferry operator raised prices.');
  });

  it('keeps figures standing alone, as table cells hold them', () => {
    expect(bodyParagraphs('<table><tr><td>Ferries</td><td>63</td><td>85%</td><td>2026</td></tr></table>')).toEqual([
      'Ferries',
      '63',
      '85%',
      '2026',
    ]);
  });

  it('drops share, follow and newsletter lines and prompt sentences at the end of a paragraph', () => {
    const html =
      '<p>Share on Facebook</p><p>The mayor resigned after the vote.</p><p>Sign up for our daily newsletter</p>' +
      '<p>Her deputy takes over on Friday. Follow us on Twitter @cityledger.</p>';
    expect(bodyParagraphs(html)).toEqual(['The mayor resigned after the vote.', 'Her deputy takes over on Friday.']);
  });

  it('drops contact notes, coverage prompts and masthead contact lines', () => {
    const html =
      '<p>The pier reopens in May. Have a tip? Jo Roe may be reached at jroe@ledger.example.</p>' +
      '<p>Follow our full coverage of the harbour works at https://ledger.example/harbour</p>' +
      '<p>More Harbour: https://ledger.example/harbour and https://social.example/ledger</p>' +
      '<p>The Ledger 12 Quay Street, Porthaven | 020-7946-0000 tel | 020-7946-0001 fax</p>';
    expect(bodyText(html)).toBe('The pier reopens in May.');
  });

  it('drops rows of share buttons and lines of bare addresses, not prose naming a site or a handle', () => {
    const html =
      '<p>Share | Tweet · WhatsApp • Pinterest, Flipboard</p><p>The pier reopens in May.</p>' +
      '<p>Listen: https://pod.example/ep/12 @ledgerpod</p><p>www.ledger.example</p>' +
      '<p>The harbour master, who posts as @porthavenharbour, said the plans at council.example/pier were final.</p>' +
      '<p>Share Tweet Submit but the council said nothing.</p>';
    expect(bodyParagraphs(html)).toEqual([
      'The pier reopens in May.',
      'The harbour master, who posts as @porthavenharbour, said the plans at council.example/pier were final.',
      'Share Tweet Submit but the council said nothing.',
    ]);
  });

  it('drops a "More … Stories" label and the links under it', () => {
    const html =
      '<p>The pier reopens in May.</p><h3>More Great Ledger Stories</h3><ul><li>The <a href="/1">strange story of the missing buoy</a></li>' +
      '<li><a href="/2">Why tides are getting higher</a></li></ul>';
    expect(bodyText(html)).toBe('The pier reopens in May.');
  });

  it('drops a "Related" block with its links, and runs of link-only list entries', () => {
    const html =
      '<p>The startup raised $12 million.</p><h3>Related</h3><ul><li><a href="/1">Rival raises $8 million</a></li>' +
      '<li><a href="/2">Why seed rounds are shrinking</a></li></ul><p>Read more: <a href="/3">Our funding tracker</a></p>' +
      '<p>It plans to hire 40 engineers.</p><ul><li><a href="/a">Home</a></li><li><a href="/b">Markets</a></li></ul>';
    expect(bodyParagraphs(html)).toEqual(['The startup raised $12 million.', 'It plans to hire 40 engineers.']);
  });

  it('keeps a list whose entries are prose with a link in them', () => {
    const html =
      '<ul><li>The <a href="/r">report</a> counts 120 new stations this year.</li><li>Most of them are in the north.</li></ul>';
    expect(bodyParagraphs(html)).toHaveLength(2);
  });

  it('drops syndication footers', () => {
    const html =
      '<p>Flaky tests cost us a week a quarter.</p><p>A version of this post originally appeared in the Build Notes blog as a weekly tip.</p>' +
      '<p>The post Taming flaky tests appeared first on Dev Ledger.</p>';
    expect(bodyText(html)).toBe('Flaky tests cost us a week a quarter.');
  });

  it('drops a blog platform’s trailer that opens on the post’s title', () => {
    const html =
      '<p>Most roadmaps are lists of wishes.</p><p><a href="https://x.example/p/1">Roadmaps that ship</a> was originally published in ' +
      '<a href="https://x.example">Build Notes</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>';
    expect(bodyText(html)).toBe('Most roadmaps are lists of wishes.');
  });

  it('drops a podcast’s chapter list, sponsor lines, host and ad-choices notes, and a release’s press contact', () => {
    const html =
      '<p>Ferry crews walked out on Monday.</p><p>00:00 Intro<br>02:40 Why the crews struck<br>11:05 What the port says<br>19:30 Credits</p>' +
      '<p>Sponsored by Tideglass — go to tideglass.example/show. And by Marlow Socks: use code HARBOUR at marlow.example.</p>' +
      '<p>Hosted on Burrow. See burrow.example/privacy for privacy information.</p><p>Learn more about your ad choices. Visit ads.example/choices</p>' +
      '<p>Become a member at show.example/join.</p><p>Media contact: Ria Moss, ria@ferryline.example</p>';
    expect(bodyText(html)).toBe('Ferry crews walked out on Monday.');
  });

  it('keeps a live blog’s timed entries and a timetable of two times', () => {
    const html =
      '<p>10:42 Police have closed the bridge while divers search the river below the old mill, a spokesperson said.</p>' +
      '<p>Trains leave at 07:15 and 08:40 on weekdays.</p>';
    expect(bodyParagraphs(html)).toHaveLength(2);
  });

  it('drops a release’s closing matter: "About …", forward-looking statements, contacts, "###"', () => {
    const html =
      '<p>Tessel Labs today announced that its ferry-tracking app is now live in 40 ports.</p><p>The app was built with port authorities.</p>' +
      '<p><strong>About Tessel Labs</strong><br>Tessel Labs builds software for harbours.</p><p>Forward-Looking Statements</p><p>This release contains statements about the future.</p><p>###</p>';
    expect(bodyParagraphs(html)).toEqual([
      'Tessel Labs today announced that its ferry-tracking app is now live in 40 ports.',
      'The app was built with port authorities.',
    ]);
    // A sentence opening on "About" is the news.
    expect(bodyParagraphs('<p>The ferry returned.</p><p>About 200 people waited on the quay.</p>')).toHaveLength(2);
  });

  it('drops a press office’s notes to editors and a science release’s source and journal reference', () => {
    const release =
      '<p>The harbour board appointed a new chair on Monday.</p><h2>Notes to editors</h2><p>The chair is paid £30,000 a year.</p>';
    expect(bodyParagraphs(release)).toEqual(['The harbour board appointed a new chair on Monday.']);
    const science =
      '<p>Kelp forests grew back within two years, the survey found.</p><p><strong>Story Source:</strong></p>' +
      '<p>Materials provided by Tarnwick University. Note: Content may be edited for style and length.</p>' +
      '<p><strong>Journal Reference:</strong></p><p>A. Roe, B. Lee. Kelp regrowth after storms. <em>Coastal Letters</em>, 2026; DOI: 10.5555/cl.1</p>';
    expect(bodyParagraphs(science)).toEqual(['Kelp forests grew back within two years, the survey found.']);
    // A podcast's "References" list is its links, not the end of the episode's text.
    expect(
      bodyParagraphs('<p>We talk roadmaps.</p><p>References</p><p>Transcript</p><p>Hello and welcome to the show.</p>'),
    ).toContain('Hello and welcome to the show.');
  });

  it('drops a blog platform’s counters and buttons', () => {
    expect(
      bodyParagraphs('<p>The ferry runs again.</p><p>👏 87 claps · Clap · Follow Quay Notes for more stories like this.</p>'),
    ).toEqual(['The ferry runs again.']);
    expect(bodyParagraphs('<p>12 comments on the ferry plan surprised the council.</p>')).toHaveLength(1);
  });

  it('drops a social post’s repost label, a line of its own', () => {
    expect(
      bodyParagraphs('<p>Boosted <a href="https://x.example/@tidewatch">@tidewatch</a>:</p><p>The ferry runs again.</p>'),
    ).toEqual(['The ferry runs again.']);
    expect(bodyParagraphs('<p>RT @harbourdesk: the ferry runs again.</p>')).toHaveLength(1);
  });

  it('drops a newsletter’s mailing lines and a government page’s "From:" line', () => {
    const html =
      '<p>View in browser · Harbour Notes · December 2, 2026</p><p>The ferry timetable changes on Monday.</p>' +
      '<p>From: Department for Harbours and Coasts</p><p>Forward this to a friend</p>';
    expect(bodyText(html)).toBe('The ferry timetable changes on Monday.');
  });

  it('drops a column’s note on its author, told by its disclaimer', () => {
    const html =
      '<p><em>Jo Roe is a hydrologist and a former adviser to the river board. The views expressed are her own.</em></p>' +
      '<p>The barrier closed on Thursday, and nobody in the city noticed.</p>';
    expect(bodyText(html)).toBe('The barrier closed on Thursday, and nobody in the city noticed.');
  });

  it('drops a bullet typed at the start of a paragraph', () => {
    const html =
      '<p>Here is how storms get their names:</p><p>* Names are agreed before each season.</p><p>• Some are retired.</p>';
    expect(bodyParagraphs(html)).toEqual([
      'Here is how storms get their names:',
      'Names are agreed before each season.',
      'Some are retired.',
    ]);
  });

  it('drops a wire’s note on a story’s new version, so the dateline after it is still the lead’s', () => {
    const html = '<p>(Corrects percentage in paragraph 1 to 9% from 19%)</p><p>LIMA — Copper output fell 9% in October.</p>';
    expect(bodyText(html)).toBe('Copper output fell 9% in October.');
  });
});

describe('feed bodies: datelines', () => {
  it.each([
    ['SAN FRANCISCO, Dec 10 (Reuters) - Orbitly shares rose 8% after it raised its forecast.'],
    ['LONDON — Orbitly shares rose 8% after it raised its forecast.'],
    ['SAN FRANCISCO, Dec 10 : Orbitly shares rose 8% after it raised its forecast.'],
    ['Paris (AFP) – Orbitly shares rose 8% after it raised its forecast.'],
    ['OSLO, Jan 7 (Fjordwire) - Orbitly shares rose 8% after it raised its forecast.'],
    ['DENVER, Colo., March 2, 2026 /CNW/ -- Orbitly shares rose 8% after it raised its forecast.'],
    ['LYON, Auvergne Rhône Alpes, March 2, 2026 /Newsfile/ -- Orbitly shares rose 8% after it raised its forecast.'],
    ['BOSTON--(GLOBE NEWSWIRE)--Orbitly shares rose 8% after it raised its forecast.'],
    ['March 2 (Reuters) - Orbitly shares rose 8% after it raised its forecast.'],
    ['Dec 3 (Newsline) - Orbitly shares rose 8% after it raised its forecast.'],
  ])('cuts the dateline of %s', (lead) => {
    expect(bodyText(`<p>${lead}</p><p>Analysts had expected less.</p>`)).toBe(
      'Orbitly shares rose 8% after it raised its forecast.\n\nAnalysts had expected less.',
    );
  });

  it('leaves a lead that has no dateline, and datelines after the lead', () => {
    const html = '<p>Orbitly shares rose 8% on Tuesday.</p><p>BERLIN — A second office opens in spring.</p>';
    expect(bodyText(html)).toBe('Orbitly shares rose 8% on Tuesday.\n\nBERLIN — A second office opens in spring.');
  });
});

describe('feed bodies: markdown', () => {
  it('reads a markdown body: links become their text, emphasis and code blocks go', () => {
    const md =
      '## Launch week\n\nWe shipped **offline mode** and _faster sync_, see the [press release](https://x.example/p "Press").\n\n' +
      '```html\n<iframe credentialless src="https://x.example/embed"></iframe>\n```\n\n![Screenshot](https://x.example/s.png)\n\n' +
      '- Works on `arm64`\n- Needs version 3\n\n> Ship small, ship often';
    expect(bodyParagraphs(md)).toEqual([
      'Launch week',
      'We shipped offline mode and faster sync, see the press release.',
      'Works on arm64',
      'Needs version 3',
      'Ship small, ship often',
    ]);
  });

  it('keeps snake_case words and arithmetic in plain text', () => {
    expect(bodyText('Set max_retries to 3 * 2 for the batch job.')).toBe('Set max_retries to 3 * 2 for the batch job.');
  });

  it('reads a body with tags only inside its code as markdown', () => {
    expect(bodyText('Use `<br>` sparingly.\n\n```\n<p>demo</p>\n```')).toBe('Use <br> sparingly.');
  });
});

describe('feed bodies: paywall labels and notices', () => {
  it('drops a paywall label set before a teaser and a subscribers-only notice', () => {
    const body =
      '<p><span class="premium-label">Subscriber only</span> Tralee council voted to close the harbour road for repairs…</p>' +
      '<p class="paywall">This article is for subscribers. <a href="https://x.example/subscribe">Subscribe</a></p>';
    expect(bodyText(body)).toBe('Tralee council voted to close the harbour road for repairs…');
    // The words in a sentence of their own are kept.
    expect(bodyText('<p>Premium fuel rose by 4 cents a litre.</p>')).toBe('Premium fuel rose by 4 cents a litre.');
  });
});
