/** @tesseract.js-data/vie ships CommonJS without types: where its traineddata lives. */
declare module '@tesseract.js-data/vie' {
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
