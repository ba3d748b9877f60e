// A forum's, an aggregator's or a newsroom's tag on a headline: "[Poll] …", "… [pdf]", "… [video]",
// "… [UPDATED]". Not part of what the story is: shown without it, and an outlet's headline posted
// again with "[UPDATED]" is the same headline.
const TAG =
  /^\[[\p{L} ]{2,15}\]\s+|\s+\[(?:pdf|video|audio|paywall|paywalled|pdf warning|updated?|corrected|correction|breaking|live)\]$/iu;

export const withoutHeadlineTag = (title: string): string => title.replace(TAG, '');
