// The platform-neutral edge of slash commands: Slack and Discord turn their requests into a
// CommandInvocation, a CommandHandler answers with a Reply, and each platform renders the Reply.
import type { Platform } from '../../model.js';

export type ChatPlatform = Exclude<Platform, 'console'>;

export type OptionValue = string | number | boolean;

export interface CommandInvocation {
  /** Where the command was typed; `console` is the demo's terminal, text like Slack's. */
  platform: Platform;
  /** Command name without the slash: `round`, `digest`, `feeds`, `search`. */
  command: string;
  /** Discord subcommand (`latest`, `add`…); null on Slack, where `text` carries every word. */
  subcommand: string | null;
  /** Discord named options (`company`, `url`, `topic`…); empty on Slack. */
  options: Record<string, OptionValue>;
  /** Slack: the text typed after the command (may be empty); Discord: null. */
  text: string | null;
  userId: string;
  channelId: string;
  /**
   * Asks the platform whether the user is a Slack workspace admin or owner, or a Discord member
   * with Manage Server (or Administrator). Called only for admin actions, after the configured
   * admin list; rejects with a user error when the platform cannot say in time.
   */
  platformAdmin: () => Promise<boolean>;
}

export interface ReplyField {
  name: string;
  value: string;
}

export interface ReplyLink {
  label: string;
  /** Rendered as a link only when it is a valid http(s) URL; otherwise the label is shown as text. */
  url: string;
}

/** Plain text throughout: renderers escape it, so feed text in a reply can never ping or inject markup. */
export interface ReplySection {
  title?: string;
  text: string;
  fields?: ReplyField[];
  links?: ReplyLink[];
}

/** A text file that comes with a reply (an OPML export): attached where the platform allows, else shown as text. */
export interface ReplyFile {
  name: string;
  text: string;
}

export interface Reply {
  title?: string;
  sections: ReplySection[];
  /** Shown only to the person who asked (Slack ephemeral, Discord flags 64). */
  private: boolean;
  file?: ReplyFile;
}

/** Discord autocomplete: the option being typed and what is typed so far. */
export interface AutocompleteQuery {
  platform: ChatPlatform;
  command: string;
  subcommand: string | null;
  option: string;
  value: string;
  userId: string;
  channelId: string;
}

export interface Choice {
  name: string;
  value: string;
}

export type CommandHandler = ((inv: CommandInvocation) => Promise<Reply>) & {
  /** Suggestions for an option being typed (Discord autocomplete); resolves to [] rather than rejecting. */
  autocomplete?: (q: AutocompleteQuery) => Promise<Choice[]>;
};
