// Defects a reader sees in one line of prose: photo captions and credits, markup or code, datelines
// and footers, openers that point at something the line does not show, and quotation marks that
// do not pair up. Written for what any outlet might send, not for one feed: each pattern names a
// habit of web and wire text.

/**
 * "(Photo: Jane Doe/Reuters)", "Image credit: …", "Photo by …", "Getty Images", "© 2024 …": a label
 * with a few words after it is a credit; "isn't in the image: the CPU …" and a gallery's headline
 * ("Photos: Holiday lights parade rolls down …") are not.
 */
const CAPTION =
  /\b(photo|image|picture|illustration|video|graphic|caption)s?\s*(credit|courtesy|by)\b|(?:^|[(|[]\s*)(photo|image|picture|illustration|graphic)s?\s*[:/]\s*(?:\S+\s+){0,5}\S*\)?\s*$|\b(getty images|shutterstock|afp via getty|ap photo|reuters\/|pa media|alamy|istock)\b|©|\bcredit:/i;

/** Tags, entities, markdown and source code that a reader should never see. */
const MARKUP =
  /<\/?[a-z][^>]{0,200}>|&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,5});|!\[|\]\(|\[\/?[a-z]+\]|^#{1,6}\s|\*\*|`|\b(?:import|export)\s+(?:\{|default\b)|=>|\bfunction\s*\(|\{\{|\}\}|<%|\{[^}]*:[^}]*;/i;

/** "LONDON (Reuters) -", "WASHINGTON —", "Updated 12:00 GMT", "The post … appeared first on …". */
const DATELINE = /^[A-Z][A-Z .,'-]{2,40}(\([A-Za-z .]+\))?\s*[-–—]\s|^\(?(updated|published|posted|last modified)\b[^.]{0,40}\d/;
const FOOTER =
  /\b(appeared first on|continue reading|read more|read the full|click here|sign up for|subscribe to|follow us|share this|all rights reserved|comments?\s*\(\d+\)|\[(?:…|\.\.\.)\]|view (?:the )?(?:full )?(?:article|story|post)|originally published|ad choices|sponsored by|brought to you by|media contact|press contact|hosted on|use (?:promo |discount )?code [A-Z0-9]{3,})\b|(?:\b\d{1,2}:\d{2}\s+\p{L}[^:]{0,80}?){3}/iu;
/** A wire's desk markers: "UPDATE 2-…", "EXCLUSIVE-…", "BRIEF-…", and an attribution after a bare hyphen ("… -sources"). */
const WIRE_MARKER =
  /^(?:UPDATE \d+|REFILE|CORRECTED|BRIEF|EXCLUSIVE|FACTBOX|WRAPUP(?: \d+)?|RPT|EXPLAINER|INSIGHT)-|\s-(?:sources?|source says|statement|filing|authority|document)$/;

/** A pronoun or connective that points back, or "the <thing>" a reader has not been told about. */
const POINTING =
  /^(?:he|she|it|its|they|their|them|this|that|these|those|his|her|we|our|i|however|but|and|also|meanwhile|instead|still|yet|so)\b/i;
const THE_THING =
  /^the\s+(?:company|companies|raise|round|fundraise|funding|startup|firm|deal|move|brand|platform|investment|capital|money|group|team|news|report|plan|bill|decision|announcement|agreement|acquisition|product|app|service|tool|business|fund|project|man|woman|boy|girl|victim|suspect|player|club|minister|official|new\s+\w+|latest|former|latter|\d+-year-old)\b/i;
const IN_RETURN = /\b(?:in return|in exchange|as well|too)\b[.!?]?$|\bin return\b/i;

const letters = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export type TextKind = 'caption' | 'markup' | 'dateline/footer' | 'dangling opener';

/**
 * Quotation marks in a whole line that do not pair up: a quote opened and never closed, or closed
 * and never opened. „ opens and “ closes it (German); “ opens and ” closes it; straight marks pair
 * by count; a mark after a figure and before a word closing nothing is inches (3.5" drives, 27” screen).
 */
export function unpairedQuote(line: string): boolean {
  const open: string[] = [];
  for (const m of line.matchAll(/[„“”]/g)) {
    const c = m[0];
    if (c === '„' || (c === '“' && open.at(-1) !== '„')) open.push(c);
    else if (open.pop() === undefined && !(c === '”' && /\d/.test(line[m.index - 1] ?? ''))) return true;
  }
  const straight = line.replace(/(\d)"(?=\s+\p{Ll})/gu, '$1').match(/"/g)?.length ?? 0;
  return open.length > 0 || straight % 2 === 1;
}

export function textDefects(line: string, standsAlone: boolean, headlines: readonly string[] = []): TextKind[] {
  const text = line.trim().replace(/^[\s"“”‘’'([•*-]+/u, '');
  // A line that opens with its story's headline (or is part of one) has its antecedent in front of it.
  const l = letters(line);
  const led = headlines.some((h) => {
    const k = letters(h);
    return k.length > 0 && (l.startsWith(k) || k.includes(l.slice(0, 40)));
  });
  const out: TextKind[] = [];
  if (CAPTION.test(text)) out.push('caption');
  if (MARKUP.test(line) || WIRE_MARKER.test(text)) out.push('markup');
  if (DATELINE.test(text) || FOOTER.test(text)) out.push('dateline/footer');
  if (standsAlone && !led && (POINTING.test(text) || THE_THING.test(text) || IN_RETURN.test(text))) out.push('dangling opener');
  return out;
}
