/**
 * OCR (tesseract.js, the image decoders) loads on the first scan or signature field, not with the
 * stages: `vanban extract` of a text file and a worker thread of a text batch never pay for it.
 * Kept apart from the readers so that closing the engines loads neither OCR nor a reader.
 */
let ocrModule: Promise<typeof import('../ocr/index.js')> | undefined;

export const loadOcr = () => (ocrModule ??= import('../ocr/index.js'));

/** Stops this thread's OCR workers, if a scan or a signature field ever started them. */
export async function closeOcrEngines(): Promise<void> {
  if (ocrModule) await (await ocrModule).closeOcrEngines();
}
