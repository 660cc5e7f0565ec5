// Owns cutting text into the tokens a word diff compares: words, spaces and punctuation, by Intl.Segmenter.
// Its word boundaries follow Unicode (UAX #29) with dictionaries for Chinese, Japanese and Thai, which have
// no spaces, so "我们明天去商店" diffs by word rather than as one token or one character at a time.

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

// Every character of text is in exactly one token, so joining the tokens gives the text back.
export function segmentWords(text: string, locale?: string): string[] {
  return Array.from(segmenterFor(locale).segment(text), (part) => part.segment);
}
