import { feedCaptures } from './eval/defects/digests.js';
import { clusterStories } from './src/digest/cluster/cluster.js';
const caps = feedCaptures().filter(c => c.key.startsWith('rowanmanning-sample-feeds/real-world/'));
const all = caps.flatMap(c => c.articles);
const groups = await clusterStories(all.map(a => ({ id: a.id, title: a.title, text: a.text, at: a.publishedAt ?? 0, canonicalUrl: a.canonicalUrl, contentHash: a.contentHash, outlet: a.outlet })));
const byId = new Map(all.map(a => [a.id, a]));
for (const g of groups.filter(g => g.length > 1)) console.log(g.map(id => `${byId.get(id)!.outlet}: ${byId.get(id)!.title}`).join('\n   ~ ') + '\n');
console.log(all.length, 'articles', groups.length, 'groups');
