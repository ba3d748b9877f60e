import { describe, expect, it } from 'vitest';
import { cleanOutletName, siteName } from '../../../src/sources/outlet-name.js';

describe('cleanOutletName', () => {
  it('keeps the name and drops the tagline on either side of a separator', () => {
    expect(cleanOutletName('Quayside Courier - Latest')).toBe('Quayside Courier');
    expect(cleanOutletName('QC > Top Stories')).toBe('QC');
    expect(cleanOutletName('The Latest Headlines from the Coast and Beyond ¦ Harbor News')).toBe('Harbor News');
    expect(cleanOutletName('Gadgetry: Phone News and Rumors - All Stories')).toBe('Gadgetry');
    expect(cleanOutletName('Blog – Lumen Data')).toBe('Lumen Data');
    expect(cleanOutletName('Tidewater Post - Breaking News, Local and World News')).toBe('Tidewater Post');
  });

  it('reads a site name from a hostname, and the subject from a description', () => {
    expect(cleanOutletName('www.harbortimes.co.uk for the latest news from the coast.')).toBe('Harbortimes');
    expect(cleanOutletName('Circuitry is a web magazine with daily coverage of everything new in gadgets')).toBe('Circuitry');
    expect(siteName('news.quayside.com')).toBe('Quayside');
    expect(siteName('www.ft.com')).toBe('FT');
    expect(siteName('feeds.wsj.example')).toBe('WSJ');
    expect(siteName('www.vox.example')).toBe('Vox');
    expect(siteName('gridline-review.example')).toBe('Gridline Review');
  });

  it('drops list words around a name and leaves plain names alone', () => {
    expect(cleanOutletName('Orbital Agency Breaking News')).toBe('Orbital Agency');
    expect(cleanOutletName('All Ledger News')).toBe('Ledger News');
    expect(cleanOutletName('Rock, Paper, Lantern')).toBe('Rock, Paper, Lantern');
    expect(cleanOutletName('Golem.de')).toBe('Golem.de');
  });

  it('finds no name in a title that is only a section or a tagline', () => {
    expect(cleanOutletName('UK homepage')).toBeNull();
    expect(cleanOutletName('Latest News')).toBeNull();
    expect(cleanOutletName('Top Stories | Breaking News')).toBeNull();
    expect(cleanOutletName('posts from ridgeline, mapmakers, tinkering')).toBeNull();
  });

  it("takes the outlet's name over a newspaper section's", () => {
    expect(cleanOutletName('Sport | Harbour Gazette')).toBe('Harbour Gazette');
    expect(cleanOutletName('World news | The Quayside Post')).toBe('The Quayside Post');
    expect(cleanOutletName('Wexbridge Courier - Business & Money')).toBe('Wexbridge Courier');
    expect(cleanOutletName('Tech and Science')).toBe('Tech and Science');
  });
});
