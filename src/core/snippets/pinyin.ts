/**
 * Lazy access to the pinyin dictionary. pinyin-pro is large, so the search module never imports it;
 * the pane calls loadPinyin() after it has opened and rebuilds the index with the returned function.
 */

/**
 * Pinyin of a run of text, one syllable per Han character, tones dropped, ü written v.
 * `full` is the syllables joined by single spaces ("li lun xue xi"); `initials` holds the first letter
 * of each syllable ("llxx"), so `initials.length` equals the number of syllables. Characters that are
 * not Han produce no syllable.
 */
export interface PinyinReading {
  full: string;
  initials: string;
}
export type PinyinOf = (text: string) => PinyinReading;

const HAN_RUN = /[\u3400-\u9fff]+/g;

export async function loadPinyin(): Promise<PinyinOf> {
  const { pinyin } = await import("pinyin-pro");
  return (text: string): PinyinReading => {
    const syllables: string[] = [];
    // Each run of Han characters in one call, so pinyin-pro picks polyphonic readings from their
    // context (银行 / 行长); punctuation and digits between runs carry no reading.
    for (const run of text.match(HAN_RUN) ?? []) {
      for (const syllable of pinyin(run, { toneType: "none", type: "array", v: true })) {
        const clean = syllable.toLowerCase().replace(/ü/g, "v");
        if (/^[a-z]+$/.test(clean)) syllables.push(clean);
      }
    }
    return { full: syllables.join(" "), initials: syllables.map((s) => s[0]).join("") };
  };
}
