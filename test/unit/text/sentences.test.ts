import { describe, expect, it } from 'vitest';
import { leavesQuoteOpen, openQuotes, splitSentences } from '../../../src/text/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps money, company suffixes, countries, titles and decimals inside a sentence', () => {
    expect(texts('Apptronik Inc. raised $1.2B in a Series A. The U.S. company grew 3.5 percent. Dr. Li agreed.')).toEqual([
      'Apptronik Inc. raised $1.2B in a Series A.',
      'The U.S. company grew 3.5 percent.',
      'Dr. Li agreed.',
    ]);
  });

  it('ends a sentence at "Inc." or "U.S." when a sentence opener follows, not before a name', () => {
    expect(
      texts('Shares of Orbit Labs Inc. fell. The drop followed a profit warning from Orbit Labs Inc. Chief Ada Park.'),
    ).toEqual(['Shares of Orbit Labs Inc. fell.', 'The drop followed a profit warning from Orbit Labs Inc. Chief Ada Park.']);
    expect(texts('The firm is based in the U.S. It also has an office in the U.K. capital.')).toEqual([
      'The firm is based in the U.S.',
      'It also has an office in the U.K. capital.',
    ]);
  });

  it('reads numbers: "No. 1", "Jan. 5", ".375", "v2.1", "$3.4bn", "1,200.50"', () => {
    expect(
      texts(
        'It ranked No. 1 on Jan. 5 with a .375 average. Version v2.1 costs $3.4bn or 1,200.50 euros. It shipped in Jan. The end.',
      ),
    ).toEqual([
      'It ranked No. 1 on Jan. 5 with a .375 average.',
      'Version v2.1 costs $3.4bn or 1,200.50 euros.',
      'It shipped in Jan.',
      'The end.',
    ]);
  });

  it('keeps a day written as an ordinal with its month ("ab dem 11. Januar", "3. desember"), not an English count', () => {
    expect(texts('Die Brücke wird ab dem 11. Januar gesperrt. Grund sind Arbeiten.')).toEqual([
      'Die Brücke wird ab dem 11. Januar gesperrt.',
      'Grund sind Arbeiten.',
    ]);
    expect(texts('Fristen enden am 3. desember. Neste uke.')).toHaveLength(2);
    expect(texts('He scored 11. August was hot.')).toEqual(['He scored 11.', 'August was hot.']);
  });

  it('splits where the space after a full stop is missing, also after a number, a quote or before "A"', () => {
    expect(texts('It rose 3.5 percent.The firm "grew fast." Then it fell!')).toEqual([
      'It rose 3.5 percent.',
      'The firm "grew fast."',
      'Then it fell!',
    ]);
    expect(texts('He joined in 2010.A spokesman said: "He has left the party."Party leader Jo Bloggs welcomed him.')).toEqual([
      'He joined in 2010.',
      'A spokesman said: "He has left the party."',
      'Party leader Jo Bloggs welcomed him.',
    ]);
    expect(texts('Fans cheered.“It was great,” one said.')).toEqual(['Fans cheered.', '“It was great,” one said.']);
    expect(texts('"Not for under-12s."Mr Vaz agreed.')).toEqual(['"Not for under-12s."', 'Mr Vaz agreed.']);
  });

  it('parts a quoted crosshead glued to the paragraph after it, and leaves apostrophes alone', () => {
    expect(texts("The road reopened at noon.'Long delays'Drivers queued for hours on the bypass.")).toEqual([
      "The road reopened at noon.'",
      "Long delays'",
      'Drivers queued for hours on the bypass.',
    ]);
    expect(texts('“Record crowds”Organisers said 40,000 people came.')).toEqual([
      '“Record crowds”',
      'Organisers said 40,000 people came.',
    ]);
    expect(texts("The children's ward and O'Neill's rock'n'roll Band played.")).toEqual([
      "The children's ward and O'Neill's rock'n'roll Band played.",
    ]);
    expect(texts("Côte d'Ivoire's regulator met. Sant'Anna hospital opened.")).toEqual([
      "Côte d'Ivoire's regulator met.",
      "Sant'Anna hospital opened.",
    ]);
  });

  it('keeps domains, initials and lower-case continuations whole', () => {
    expect(texts('Visit example.com today. Led by J. P. Morgan, the round closed. Costs fell approx. five percent.')).toEqual([
      'Visit example.com today.',
      'Led by J. P. Morgan, the round closed.',
      'Costs fell approx. five percent.',
    ]);
  });

  it('keeps attributed quotes together and splits after a closing quote', () => {
    expect(
      texts('"We are thrilled," said Jeff Cardenas. "Why now?" she asked. "Is it over?" Ada Park asked. Nobody knew. Next?'),
    ).toEqual([
      '"We are thrilled," said Jeff Cardenas.',
      '"Why now?" she asked.',
      '"Is it over?" Ada Park asked.',
      'Nobody knew.',
      'Next?',
    ]);
    expect(texts('He said it was "a disaster." Others disagreed.')).toEqual([
      'He said it was "a disaster."',
      'Others disagreed.',
    ]);
  });

  it('splits paragraphs, list items and inline bullets, and reports offsets into the input', () => {
    const input = 'Items:\n- one\n- two\n\nLast line • third point • fourth point';
    const out = splitSentences(input);
    expect(out.map((s) => s.text)).toEqual(['Items:', '- one', '- two', 'Last line', '• third point', '• fourth point']);
    for (const s of out) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a list number with its item, on its own line or inline', () => {
    expect(
      texts('What changes:\n1. Fees rise 5% in May.\n2. Refunds take 10 days.\n3) Support moves online.\nThat is all.'),
    ).toEqual([
      'What changes:',
      '1. Fees rise 5% in May.',
      '2. Refunds take 10 days.',
      '3) Support moves online.',
      'That is all.',
    ]);
    expect(texts('Key points: 1. Fees rise. 2. Refunds slow. The vote was 12. It passed.')).toEqual([
      'Key points: 1. Fees rise.',
      '2. Refunds slow.',
      'The vote was 12.',
      'It passed.',
    ]);
  });

  it('reads lower-cased, PTB-tokenized text: spaced full stops end sentences, attached ones do not', () => {
    const ptb =
      "officials in the u.s. said on monday that 12 people were hurt . `` it was chaos , '' said dr. ana lopez . " +
      "the storm hit at 3 p.m. local time . `` we lost everything ! '' she said . the lt. gov . visited later .";
    expect(texts(ptb)).toEqual([
      'officials in the u.s. said on monday that 12 people were hurt .',
      "`` it was chaos , '' said dr. ana lopez .",
      'the storm hit at 3 p.m. local time .',
      "`` we lost everything ! '' she said .",
      'the lt. gov . visited later .',
    ]);
  });

  it('reads lower-cased text with ordinary punctuation', () => {
    expect(texts('the council met on tuesday. it voted to close the library. residents were angry about the decision.')).toEqual([
      'the council met on tuesday.',
      'it voted to close the library.',
      'residents were angry about the decision.',
    ]);
  });

  it('attaches a stray closing quote or ellipsis to the sentence before it', () => {
    const ptb = "`` we will rebuild . '' the mayor left . the rest was silence . ... then it rained .";
    expect(texts(ptb)).toEqual(["`` we will rebuild . ''", 'the mayor left .', 'the rest was silence . ...', 'then it rained .']);
  });

  it('returns nothing for blank text and one sentence for text without a full stop', () => {
    expect(splitSentences('  \n ')).toEqual([]);
    expect(texts('Breaking: markets open higher')).toEqual(['Breaking: markets open higher']);
  });
});

describe('leavesQuoteOpen', () => {
  it('tells a sentence that opens a quotation it does not close', () => {
    for (const s of [
      '“We all saw the damage from the harbour.',
      '"We all saw the damage.',
      'She said: "We will rebuild.',
      'Er sagte: „Wir bauen wieder auf.',
      'The pier reopens in May,” she said, adding “we will rebuild.',
      'It was bad,” she said. "We will rebuild.',
      'He said:"We will rebuild.',
    ])
      expect(leavesQuoteOpen(s), s).toBe(true);
    for (const s of [
      '“We will rebuild,” she said.',
      'These losses will not go unanswered,” the mayor said.',
      'The mayor called it "a disgrace" and left.',
      'The council met on Tuesday.',
      'The pier reopens in May," she said.',
      'Der Bürgermeister nannte es „eine Schande“ und ging.',
      'Wir bauen wieder auf“, sagte er.',
    ])
      expect(leavesQuoteOpen(s), s).toBe(false);
  });

  it('counts the quotations left open, passing over closes with nothing open', () => {
    expect(openQuotes('He said “we will, as “Ada” says, rebuild.')).toBe(1);
    expect(openQuotes('rebuild,” she said.” And then.')).toBe(0);
    expect(openQuotes('“One. “Two.')).toBe(2);
  });
});
