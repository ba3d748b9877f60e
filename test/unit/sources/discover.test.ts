import { describe, expect, it } from 'vitest';
import { feedLinksInPage, looksLikeHtml } from '../../../src/sources/discover.js';
import { canonicalFeedUrl } from '../../../src/sources/feed-url.js';
import { feedKey } from '../../../src/store/feed-key.js';

describe('feed discovery', () => {
  it("reads a page's alternate links: RSS, Atom, JSON Feed; relative to <base>; comment feeds last", () => {
    const html = `<!DOCTYPE html><html><head>
      <base href="https://blog.example/news/">
      <link rel="stylesheet" href="/s.css">
      <LINK REL="alternate" TYPE="application/rss+xml" TITLE="Comments" HREF="comments/feed">
      <link rel="alternate" type="application/atom+xml" title="Posts &amp; notes" href="atom.xml#x">
      <link rel="alternate feed" type="application/feed+json" href="https://blog.example/feed.json">
      <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body><a href="/rss">RSS</a></body></html>`;
    expect(feedLinksInPage(html, 'https://blog.example/')).toEqual([
      { url: 'https://blog.example/news/atom.xml', title: 'Posts & notes', type: 'application/atom+xml' },
      { url: 'https://blog.example/feed.json', title: null, type: 'application/feed+json' },
      { url: 'https://blog.example/news/comments/feed', title: 'Comments', type: 'application/rss+xml' },
    ]);
    expect(feedLinksInPage('<html><body>none</body></html>', 'https://x.example/')).toEqual([]);
  });

  it('tells a page from a feed', () => {
    expect(looksLikeHtml('text/html; charset=utf-8', Buffer.from('x'))).toBe(true);
    expect(looksLikeHtml(null, Buffer.from('  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml('application/xml', Buffer.from('<rss version="2.0">'))).toBe(false);
  });
});

describe('canonical feed URLs', () => {
  it('drop tracking parameters and fragments; twins share one key', () => {
    expect(canonicalFeedUrl(' https://News.Example/feed.xml?utm_source=x&b=2&a=1#top ')).toBe(
      'https://news.example/feed.xml?a=1&b=2',
    );
    const key = feedKey(canonicalFeedUrl('https://news.example/feed/'));
    expect(feedKey(canonicalFeedUrl('http://news.example/feed'))).toBe(key);
    expect(feedKey(canonicalFeedUrl('https://NEWS.example./feed?fbclid=1'))).toBe(key);
    expect(feedKey(canonicalFeedUrl('https://news.example/feed?page=2'))).not.toBe(key);
    expect(feedKey(canonicalFeedUrl('https://news.example:8443/feed'))).not.toBe(key);
  });
});
