// The Block Kit subset digestbot sends, with constructors that set the safe defaults
// (mrkdwn objects are `verbatim`, so Slack never auto-links or auto-mentions inside them).

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

export type TextObject = PlainText | Mrkdwn;

export type RichElement = { type: 'text'; text: string } | { type: 'link'; url: string; text: string };

export type TableCell =
  { type: 'raw_text'; text: string } | { type: 'rich_text'; elements: { type: 'rich_text_section'; elements: RichElement[] }[] };

export interface ColumnSetting {
  align?: 'left' | 'center' | 'right';
  is_wrapped?: boolean;
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text?: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }
  | { type: 'table'; rows: TableCell[][]; column_settings?: ColumnSetting[] };

/** Text that is already escaped (see mrkdwn.ts). */
export const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });
export const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });
export const section = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(text) });
export const context = (...texts: string[]): SlackBlock => ({ type: 'context', elements: texts.map(mrkdwn) });
export const header = (text: string): SlackBlock => ({ type: 'header', text: plain(text) });
