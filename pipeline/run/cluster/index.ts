/**
 * The archive batch on many machines, over BullMQ on Redis: the coordinator's processor for
 * `ingest --queue`, the worker, and the queue's operations. Loaded only when a command needs it
 * (`loadCluster()` in ../index.ts), so the other commands never load BullMQ.
 */
export { QueueProcessor, type QueueProcessorOptions } from './coordinator.js';
export { startQueueWorker, DEFAULT_LOCK_MS, type QueueWorker, type QueueWorkerOptions, type WorkerJobEvent } from './worker.js';
export { queueStatus, retryFailedJobs, type QueueStatus } from './admin.js';
export { QueueConnectionError, redactUrl } from './connection.js';
