// The demo feeds carry date placeholders so their items are always recent: `{{rfc822:-3h}}`
// (RSS) and `{{iso:-3h}}` (Atom, JSON Feed) become the instant that many hours before `now`.

const PLACEHOLDER = /\{\{(rfc822|iso):(-?\d+(?:\.\d+)?)h\}\}/g;

export function fillDates(text: string, now: number): string {
  return text.replace(PLACEHOLDER, (_, format: string, hours: string) => {
    const at = new Date(now + Number(hours) * 3_600_000);
    return format === 'iso' ? at.toISOString() : at.toUTCString();
  });
}
