/**
 * pdf.js (inside unpdf 1.7) calls `ArrayBuffer.prototype.transferToFixedLength`, which Node 20
 * lacks (it arrived in Node 21). Without it pdf.js drops a page's operator list as soon as the page
 * has a font to compile — so a scan carrying a signature stamp loses its page images. The stand-in
 * copies instead of transferring; pdf.js never reads the old buffer again.
 */
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
if (typeof proto.transferToFixedLength !== 'function') {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
