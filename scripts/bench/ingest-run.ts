import { ingest } from '../../pipeline/run/ingest.js';
import { Store } from '../../pipeline/store/index.js';

/**
 * One measured ingest, in its own process so its peak RSS is its own (the main thread and every
 * worker thread share the process): prints {files, stored, failed, seconds, peakRssMb} as JSON.
 *
 *   tsx scripts/bench/ingest-run.ts DB PATH...
 */
const [db, ...paths] = process.argv.slice(2);
const store = new Store(db!);
const t0 = performance.now();
const result = await ingest(paths, store, db!);
const seconds = (performance.now() - t0) / 1000;
store.close();
process.stdout.write(
  `${JSON.stringify({ files: result.seen, stored: result.stored, failed: result.failed, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
