// A feed's identity in the store: its URL without scheme, default port, fragment and trailing
// slash, host in lower case. The http and https spellings of a feed, or one with and one without
// a trailing slash, are then one row (a unique key), whoever adds them and in what order.
export function feedKey(url: string): string {
  const u = new URL(url);
  const port = u.port === '' ? '' : `:${u.port}`;
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.hostname.toLowerCase().replace(/\.$/, '')}${port}${path}${u.search}`;
}
