/**
 * When a PDF page's text layer is not to be trusted (pipeline/read/pdf-layer.ts).
 *
 * Office scanners run their own OCR and put what it read into the PDF as an invisible text layer
 * over the page image, so the file can be searched. Most of those engines know no Vietnamese: they
 * read `UỶ BAN NHÂN DÂN / TỈNH LÂM ĐỒNG` as `uY BAN NgAN nAN / TINH LAMDONG` and `số` as `s6`.
 * Such a layer is worse than none: it must be set aside and the page read by OCR, as OCRmyPDF's
 * `--redo-ocr` does. Three things about the text tell it apart from typed Vietnamese; how the
 * text is drawn (invisibly, over a picture of the page) says it is an OCR layer at all.
 *
 * Measured on the pages of the office set (real files: 27 typed pages, 13 pages of scanner OCR):
 * typed pages had 86–100% model syllables, 63–91% marked words and no broken words; scanner
 * layers had 52–69% syllables, 0–37% marked words and 14–32% broken words. The bounds sit in the
 * wide gap between, so that they follow from how each kind of text is made, not from one file.
 */

/** A page with fewer words than this is not judged (a signature page, a table of figures). */
export const MIN_WORDS_TO_JUDGE = 30;

/**
 * Words that are syllables the language model knows. Typed Vietnamese is made of syllables
 * (abbreviations, codes and names in other languages keep it above 85% on a real page); a
 * Vietnamese page read by an engine without the language breaks most words that carry a mark.
 */
export const MIN_SYLLABLE_SHARE = 0.75;

/**
 * Words carrying a Vietnamese letter (ă â đ ê ô ơ ư or a tone mark). About two thirds of
 * Vietnamese words carry one, in capitals too; a layer made without Vietnamese has almost none.
 */
export const MIN_MARKED_SHARE = 0.25;

/**
 * Words broken by something no typed word holds: a digit or symbol between letters (`H4nh`,
 * `l$p`, `th6ng`), or a lower-case letter before a capital (`uY`, `NgAN`). Typed pages have none.
 */
export const MAX_BROKEN_SHARE = 0.08;

/**
 * How many of the three signs condemn a layer by its text alone: two, one of them broken words.
 * Few syllables and no marks go together in Vietnamese typed without marks (an old e-mail, a
 * form filled on a keyboard without Vietnamese), which is still real text; only OCR breaks words.
 * When the text is drawn invisibly or over an image of the whole page it is certainly some
 * engine's OCR, and one sign is enough.
 */
export const SIGNS_TO_CONDEMN = 2;
export const SIGNS_TO_CONDEMN_OCR_LAYER = 1;

/** Text drawn invisibly (render mode 3) for at least this share of a page's glyphs is an OCR layer. */
export const INVISIBLE_TEXT_SHARE = 0.5;

/** An image covering this share of the page is a scan of the page. */
export const PAGE_IMAGE_COVER = 0.8;

/** A word broken as scanner OCR breaks them: digit or symbol between letters, or lower case before a capital. */
export const BROKEN_WORD = /\p{L}[^\p{L}\p{M}\s.,;:!?()[\]{}"'“”‘’\-–—/…]+\p{L}|\p{Ll}\p{Lu}/u;
