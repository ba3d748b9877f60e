// Generated news-shaped RSS feeds (HTML bodies of a few KB per item) for tests and benchmarks.

const WORDS = 'harbor ferry round series funding startup market report council storm city data'.split(' ');

function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(' ');
}

function body(seed: number, targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let p = 0; size < targetBytes; p++) {
    const html = `<p>${paragraph(seed + p, 40)} <a href="https://news.example/${seed}/${p}">more</a> &amp; <em>${paragraph(p, 5)}</em></p>`;
    parts.push(html);
    size += html.length;
  }
  return parts.join('\n');
}

/** An RSS 2.0 feed of `items` items whose content:encoded bodies are 2–5 KB of HTML. */
export function newsFeed(items: number): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
    '<title>Generated News</title><link>https://news.example/</link><description>Bench feed</description>',
  ];
  for (let i = 0; i < items; i++) {
    out.push(
      `<item><title>Story ${i}: ${paragraph(i, 8)}</title><link>https://news.example/story/${i}</link>`,
      `<guid isPermaLink="false">story-${i}</guid><pubDate>Mon, 02 Mar 2026 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate>`,
      `<dc:creator>Reporter ${i % 17}</dc:creator><category>Section ${i % 5}</category>`,
      `<description>${escapeXml(`<p>${paragraph(i, 30)}</p>`)}</description>`,
      `<content:encoded><![CDATA[${body(i, 2048 + ((i * 997) % 3072))}]]></content:encoded></item>`,
    );
  }
  out.push('</channel></rss>');
  return out.join('\n');
}

/** A generated feed of about `bytes` bytes (never more). */
export function newsFeedOfSize(bytes: number): string {
  let items = Math.max(1, Math.floor(bytes / 4000));
  let xml = newsFeed(items);
  while (xml.length > bytes) xml = newsFeed((items = Math.floor(items * 0.97)));
  return xml;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
