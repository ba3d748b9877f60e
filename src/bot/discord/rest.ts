// How every discord.js REST client of ours sends requests: through Node's global fetch rather
// than @discordjs/rest's bundled undici 6 `request`. That `request` sends through the process-wide
// dispatcher, which is whichever undici loaded first installed (the feed fetcher's and Slack
// Socket Mode's undici 7 among them), and undici 7 cannot send the FormData discord.js builds for
// attachments: the chart part would fail as "action is not a function" (decision 0016). fetch
// serializes the body itself, so the dispatcher only ever sees a byte stream.
import type { RESTOptions } from 'discord.js';

export function restOptions(apiUrl: string): Pick<RESTOptions, 'api' | 'version' | 'makeRequest'> {
  return { api: apiUrl, version: '10', makeRequest: fetch };
}
