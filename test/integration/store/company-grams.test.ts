// The trigram index of company aliases: filled for aliases stored before it existed, kept for new
// ones, and finding a rare name among thousands that share a common word.
import { expect, it } from 'vitest';
import { aliasCandidates, aliasGrams, queryGrams } from '../../../src/store/company-grams.js';
import { companyKey } from '../../../src/rounds/company-key.js';
import { suggestCompanies } from '../../../src/rounds/lookup.js';
import { addCompanyAlias } from '../../../src/rounds/save.js';
import { migrate, migratorFor } from '../../../src/store/store.js';
import { describeStores } from '../../helpers/stores.js';

it('pads alias trigrams at both ends and query trigrams at the start only; indexes prefixes', () => {
  expect(aliasGrams('ab c')).toEqual(['  a', ' ab', 'ab ', 'b c', ' c ', '^ab ', '^ab c']);
  expect(queryGrams('ab')).toEqual(['  a', ' ab']);
  expect(queryGrams('apptronik robotics')).toContain('^apptroni');
  expect(aliasGrams('apptronik')).toEqual(expect.arrayContaining(['^app', '^appt', '^apptroni']));
  expect(aliasGrams('apptronik')).not.toContain('^apptronik');
});

describeStores('company alias trigrams', (open) => {
  it('indexes aliases stored before the index existed, and new ones', async () => {
    const t = await open({ migrate: false });
    try {
      const migrator = await migratorFor(t.store);
      expect((await migrator.migrateTo('0006_article_search')).error).toBeUndefined();
      await t.store.db
        .insertInto('company_aliases')
        .values({ alias_key: 'apptronik', company_key: 'apptronik', display_name: 'Apptronik' })
        .execute();
      await migrate(t.store);
      await addCompanyAlias(t.store.db, 'Figure AI', companyKey('Figure AI'));
      expect((await aliasCandidates(t.store.db, 'aptronik')).map((a) => a.display_name)).toContain('Apptronik');
      expect((await aliasCandidates(t.store.db, 'figure')).map((a) => a.display_name)).toContain('Figure AI');
    } finally {
      await t.cleanup();
    }
  });

  it('finds a mistyped rare name among thousands of names that share a common word', async () => {
    const t = await open();
    try {
      const rows = Array.from({ length: 3000 }, (_, i) => {
        const key = `c${i.toString(36)}x robotics`;
        return { alias_key: key, company_key: key, display_name: key };
      });
      for (let i = 0; i < rows.length; i += 300)
        await t.store.db
          .insertInto('company_aliases')
          .values(rows.slice(i, i + 300))
          .execute();
      const grams = rows.flatMap((r) => aliasGrams(r.alias_key).map((gram) => ({ gram, alias_key: r.alias_key })));
      for (let i = 0; i < grams.length; i += 500)
        await t.store.db
          .insertInto('company_alias_grams')
          .values(grams.slice(i, i + 500))
          .execute();
      await addCompanyAlias(t.store.db, 'Zorvex Robotics', companyKey('Zorvex Robotics'));
      expect((await suggestCompanies(t.store.db, 'zorvx robotics', 3))[0]).toBe('Zorvex Robotics');
      expect(await suggestCompanies(t.store.db, 'zorv', 3)).toEqual(['Zorvex Robotics']);
    } finally {
      await t.cleanup();
    }
  });
});
