// Each kind of wording the twenty-fourth blind set (unseen-blind24.ts, funding told on social and
// community channels) missed, tested on different invented examples: a thread's post numbers, a
// page mentioned by its name ("@Name Ventures"), a demo-day list's items ("Announced on stage: a €2M
// pre-seed"), a brand written in lowercase ("fernly has raised"), a diary's company from its feed's
// name ("Notes from X"); what is no round: a fund's cheque sizes ("Fund III will write first cheques
// of …"), a grant applied for; and what is no company: a post's opening feeling ("Thrilled to
// share"), Hacker News prefixes, diary titles, a community's feed ("Hacker News: Show HN").
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twenty-fourth blind set writes them', () => {
  it('reads a thread whose posts are numbered', () => {
    const text =
      '1/ Today Brakewell is announcing a $9M Series A led by Fenmoor Capital 🧵\n\n' +
      '2/ Quick recap: Brakewell predicts when a bus needs new brake pads.';
    expect(read(text).map((r) => [r.company, r.amount, r.lead])).toEqual([['Brakewell', 9e6, ['Fenmoor Capital']]]);
  });

  it('reads a page mentioned by its name as the investor, not the company', () => {
    const text =
      'Excited to share some news 🎉\n\nHollowpine has raised a £3M seed round, led by @Corrie Ventures, with participation from @Skerry Angels.';
    expect(read(text).map((r) => [r.company, r.lead])).toEqual([['Hollowpine', ['Corrie Ventures']]]);
  });

  it('reads a demo-day list whose items tell the deal after the company, with a verb or a label and no subject', () => {
    const text =
      'Eight teams pitched yesterday. In the order they went on stage:\n\n' +
      '1. Tarnwick — moisture sensors for grain silos. Announced on stage: a €2M pre-seed led by Limfjord Capital.\n' +
      '2. Brisling — rota software for care homes. Closed a $3M seed co-led by Ebeltoft Partners and Mols Ventures.\n' +
      '3. Fyrhus — heat pumps for lighthouses. Piloting with two harbour authorities.';
    expect(read(text, 'Demo Day, Cohort 4: meet the teams').map((r) => [r.company, r.amount, r.lead])).toEqual([
      ['Tarnwick', 2e6, ['Limfjord Capital']],
      ['Brisling', 3e6, ['Ebeltoft Partners', 'Mols Ventures']],
    ]);
  });

  it('reads no round in a fund’s cheque sizes or in a grant applied for', () => {
    expect(
      read(
        'Grateful to our LPs. Fund III will write first cheques of $250K–$1.5M into pre-seed companies building tools for farmers.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Yesterday we submitted our application to a Scottish Enterprise competition for a £300k grant to build our next sensor.',
      ),
    ).toEqual([]);
    expect(read('Kelso Robotics has won a £300k grant from Scottish Enterprise to build its next sensor.')).toHaveLength(1);
  });

  it('takes a diary’s company from its feed’s name, and never a community’s name for the poster’s company', () => {
    const post = (site: string) =>
      extractRounds('So, officially: we have raised a $1.8M seed round. Harrier Lane Capital led it.', {
        title: 'The money is in the bank',
        site,
        published: Date.UTC(2026, 5, 1),
      }).map((r) => r.company);
    expect(post('Notes from Quillby')).toEqual(['Quillby']);
    expect(post('Hacker News: Show HN')).not.toContain('Hacker News: Show HN');
  });

  it('reads a brand written in lowercase that opens its sentence and its verb of raising, but not an adverb', () => {
    expect(
      read('Big news today.\n\nbrindlebox has raised a £1.2M seed round, led by Sowerby Ventures.').map((r) => [
        r.company,
        r.lead,
      ]),
    ).toEqual([['brindlebox', ['Sowerby Ventures']]]);
    expect(read('quietly raised $4M from Harlow Ventures, the filing shows.').map((r) => r.company)).not.toContain('quietly');
  });

  it('reads no company in a post’s opening feeling, a Hacker News prefix or a diary title', () => {
    expect(read('Thrilled to share that we raised a $2M seed round!').map((r) => r.company)).not.toContain('Thrilled');
    expect(
      read(
        'I turned my side project into a company and we raised a $500k pre-seed last week.',
        'Show HN: queuebird – a job queue in one file',
      ).map((r) => r.company),
    ).not.toContain('Show HN');
    expect(
      read('Six weeks into raising our $2M seed, here is where things stand.', 'Fundraising diary, week 6: still no lead').map(
        (r) => r.company,
      ),
    ).not.toContain('Fundraising');
  });
});
