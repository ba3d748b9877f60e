// Article language: eld on short news text, the declared language while the text agrees.
import { describe, expect, it } from 'vitest';
import {
  articleLanguage,
  detectLanguage,
  itemLanguage,
  primaryLanguage,
  settleShortItems,
} from '../../../../src/sources/article/language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The city council approved a new tidal barrier on Tuesday after a long debate.'],
    ['de', 'Der Stadtrat hat am Dienstag nach langer Debatte eine neue Flutmauer genehmigt.'],
    ['fr', 'Le conseil municipal a approuvé mardi une nouvelle digue après un long débat.'],
    ['es', 'El ayuntamiento aprobó el martes una nueva barrera contra las mareas tras un largo debate.'],
    ['pt', 'A câmara municipal aprovou na terça-feira uma nova barreira contra as marés após longo debate.'],
    ['it', 'Il consiglio comunale ha approvato martedì una nuova barriera di marea dopo un lungo dibattito.'],
    ['nl', 'De gemeenteraad heeft dinsdag na een lang debat een nieuwe stormvloedkering goedgekeurd.'],
    ['ru', 'Городской совет во вторник после долгих споров одобрил строительство новой дамбы.'],
    ['ja', '市議会は火曜日、長い議論の末に新しい防潮堤の建設を承認した。'],
  ])('tells %s from one sentence of news', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // Paragraphs long enough for the English fast path (25 words or more), and ones in other
  // languages that carry some English words, which must still go to the detector.
  it.each([
    [
      'en',
      'Engineers at the Zürich plant said the new turbine, which was installed in March, has cut the cost of each megawatt hour by a fifth, and that they expect the savings to grow as the winter demand rises.',
    ],
    [
      'de',
      'Die Band spielte am Samstag in Hamburg ihren Song „The Way It Is“ vor ausverkauftem Haus, und die Fans sangen jede Zeile mit, obwohl das Konzert wegen des Regens fast abgesagt worden wäre.',
    ],
    [
      'nl',
      'Het bedrijf is in Utrecht gevestigd en heeft dit jaar voor het eerst winst gemaakt, zei de directeur, die verwacht dat de omzet volgend jaar opnieuw met een kwart zal stijgen dankzij nieuwe klanten.',
    ],
    [
      'da',
      'Virksomheden har for to år siden åbnet et kontor i Aarhus, og den forventer nu at ansætte flere ingeniører, fordi efterspørgslen efter dens software til vindmøller er steget kraftigt i hele Norden.',
    ],
  ])('a paragraph in %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing for text without words', () => {
    expect(detectLanguage('12:45 — 3/4 · 2026')).toBeNull();
  });
});

describe('articleLanguage', () => {
  const english = 'The city council approved a new tidal barrier on Tuesday after a long debate.';

  it('reduces the declared tag to its language', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('not a tag')).toBeNull();
  });

  it('keeps the declared language when the text agrees or cannot tell', () => {
    expect(articleLanguage(english, 'en-US')).toBe('en');
    expect(articleLanguage('OK', 'de')).toBe('de');
  });

  it('keeps a declared language the detector only knows a neighbour of (Indonesian read as Malay)', () => {
    expect(
      articleLanguage('Pemerintah kota menyetujui pembangunan tanggul baru pada hari Selasa setelah perdebatan panjang.', 'id'),
    ).toBe('id');
  });

  it('takes the detected language when the declaration contradicts the text', () => {
    expect(articleLanguage(english, 'ko')).toBe('en');
  });

  it('detects when nothing is declared', () => {
    expect(articleLanguage(english, null)).toBe('en');
  });

  it("takes the declared language, unread, when the feed's text of the article was read as the same", () => {
    // The detector is not asked: the text, English here, would otherwise overrule the tag.
    expect(articleLanguage(english, 'de-DE', 'de')).toBe('de');
  });

  it("reads the text when the feed's language and the declared one differ, or the feed's is unknown", () => {
    expect(articleLanguage(english, 'ko', 'en')).toBe('en');
    const korean = '서울시는 화요일 오랜 논의 끝에 새로운 방조제 건설을 승인했다. 공사는 내년 봄에 시작된다.';
    expect(articleLanguage(korean, 'en', 'ko')).toBe('ko');
    expect(articleLanguage(english, 'ko', null)).toBe('en');
  });
});

describe('itemLanguage', () => {
  it('takes a short item’s language from its feed, and a long item’s from its text', () => {
    const teaser =
      'Sainte-Foy fromagerie wins Grand Prix des fromages de la relève\n\nThe jury praised a tomme made at a ferme on rang Saint-Édouard, the Québec association says.';
    expect(detectLanguage(teaser)).toBe('fr');
    expect(itemLanguage(teaser, 'en-CA')).toBe('en');
    const portuguese =
      'A fintech paulistana anunciou nesta terça-feira uma nova rodada de investimento para ampliar a sua equipe de engenharia. ' +
      'Segundo a empresa, os recursos serão usados para lançar o produto em outros estados do país e contratar mais de cinquenta pessoas. ' +
      'A rodada foi liderada por um fundo de capital de risco de São Paulo, com participação de investidores anjos que já apoiavam a empresa.';
    expect(itemLanguage(portuguese, 'en')).toBe('pt');
    // A commit message in an English feed: "Parse podcast categories" alone reads as Spanish.
    expect(itemLanguage('Parse podcast categories', 'en-US')).toBe('en');
    // No declaration: as detection reads it.
    expect(itemLanguage(portuguese, null)).toBe('pt');
  });
});

describe('settleShortItems', () => {
  const long = (title: string) => ({
    title,
    text:
      'The harbour authority said on Tuesday that the ferry would stay in port until the storm had passed, and that ' +
      'passengers booked on the evening crossing could change their tickets without a fee at the terminal or online.',
    lang: 'en',
  });
  it('gives short items the language the feed’s long items are written in, when it declares another', () => {
    const short = { title: 'Dublin strike hits Tromsø flights', text: 'Two departures were cancelled.', lang: 'nb' };
    const items = [long('Ferry stays in port'), long('Storm closes the bridge'), short];
    settleShortItems(items, 'nb-NO');
    expect(short.lang).toBe('en');
  });
  it('keeps the declared language for a short item that reads as it', () => {
    const spanish = (title: string) => ({
      title,
      text:
        'El ayuntamiento aprobó el martes un plan para ampliar el puerto deportivo, que costará doce millones de euros y ' +
        'estará terminado antes del verano, según explicó la concejala de urbanismo en una rueda de prensa. Los vecinos ' +
        'del barrio marítimo, que llevan años pidiendo más amarres, celebraron la noticia y pidieron que las obras no molesten.',
      lang: 'es',
    });
    const english = {
      title: 'Valencia approves €12 million marina plan',
      text: 'The city council on Tuesday approved a plan to expand the marina, which will cost twelve million euros and is due to open before the summer.',
      lang: 'en',
    };
    const items = [spanish('El puerto crece'), spanish('La marina se amplía'), english];
    settleShortItems(items, 'en');
    expect(english.lang).toBe('en');
  });

  it('keeps the declared language when the long items agree with it or are too few', () => {
    const short = { title: 'Kort nytt', text: 'Brua er stengt.', lang: 'nb' };
    settleShortItems([long('Ferry stays in port'), short], 'nb');
    expect(short.lang).toBe('nb');
  });
});
