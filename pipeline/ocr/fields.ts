import { DIGITS } from '../../data/ocr.js';
import type { FieldReader, PageRect } from '../core/model.js';
import type { PositionedItem } from '../core/page-layout.js';
import type { OcrEngine } from './engines.js';
import { pdfPageImages } from './images.js';
import { crop, toGray, type GrayImage } from './prepare.js';

/**
 * Reads the text a signing tool draws into a text PDF's signature fields — the number after
 * `Số:` and the day after `ngày` that the clerk's signature stamps into the blanks. The page is
 * rendered with its annotations, the printed words under the fields are papered over, each field
 * is cut out and read as one line of digits (what these tools stamp), and the words come
 * back as positioned items in points, so they join the text layer's row like printed words.
 */
export function signatureFieldReader(buf: Buffer, engine: OcrEngine): FieldReader {
  return async (page: number, fields: PageRect[], printed: PageRect[]): Promise<PositionedItem[]> => {
    const items: PositionedItem[] = [];
    for await (const image of pdfPageImages(buf, [page], true)) {
      const gray = toGray(image, true);
      const scale = image.dpi / 72;
      // The text layer already has the printed words under a field: paper them over, read only the stamp.
      for (const r of printed) whiten(gray, r.left * scale, r.top * scale, r.width * scale, r.height * scale);
      for (const field of fields) {
        const snippet = crop(gray, field.left * scale, field.top * scale, field.width * scale, field.height * scale);
        const reading = await engine.recognize(snippet, { singleLine: true, alphabet: DIGITS });
        const margin = 20; // crop's white border, in pixels
        for (const w of reading.words) {
          // Dots of the printed blank and the label's colon are read into the field's words: trim them.
          const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(w.text);
          if (!core) continue;
          const perChar = (w.right - w.left) / w.text.length;
          const left = w.left + core.index * perChar;
          const right = left + core[0].length * perChar;
          items.push({
            text: core[0],
            x: field.left + (left - margin) / scale,
            right: field.left + (right - margin) / scale,
            // The field's text sits on the row of the printed line it fills.
            baseline: field.top + field.height * 0.8,
            size: field.height * 0.45,
            confidence: w.confidence,
          });
        }
      }
    }
    return items;
  };
}

function whiten(image: GrayImage, left: number, top: number, width: number, height: number): void {
  const x0 = Math.max(0, Math.floor(left));
  const x1 = Math.min(image.width, Math.ceil(left + width));
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(image.height, Math.ceil(top + height)); y++) image.data.fill(255, y * image.width + x0, y * image.width + x1);
}
