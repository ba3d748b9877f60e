// Abbreviations the sentence splitter knows, by how a full stop after them behaves.

/** Always followed by more of the sentence: "Dr. Li", "e.g. this", "St. Louis", "Pte. Ltd.". */
export const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj brig supt insp det rev hon pres fr mt st ' +
    'e.g i.e vs cf approx incl esp viz ca pte pvt pty sdn'
  ).split(' '),
);

/** Final only when no number follows: "No. 1", "Jan. 5", "Fig. 3". */
export const BEFORE_NUMBER = new Set('no nos vol fig pp art sec ch jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** May end a sentence ("... of Acme Inc. The firm"): final only when a typical sentence opener follows. */
export const MAYBE_FINAL = new Set('inc corp co ltd llc plc bros etc jr sr dept est al u.s u.k u.n a.m p.m'.split(' '));

/** Capitalized words that open sentences: after "Inc." or "U.S." they signal a boundary. */
export const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i you this that these those there his her its their our my ' +
    'but and so yet however meanwhile in on at for after before while when if as since with by ' +
    'according last next earlier later now today yesterday'
  ).split(' '),
);

/** An attribution after a quote (`..." she said`, `..." Jeff Cardenas asked`): the sentence goes on. */
export const ATTRIBUTION =
  /^(?:[\p{L}'’.-]+\s+){0,2}?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|explained|insisted|replied|noted|continued|recalled|warned|claimed|admitted)\b/iu;
