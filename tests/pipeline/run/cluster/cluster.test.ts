import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../../pipeline/run/ingest.js';
import { QueueProcessor, queueStatus, retryFailedJobs, startQueueWorker, type QueueWorker } from '../../../../pipeline/run/cluster/index.js';
import { jobIdOf, QUEUE_NAME, type FileJob } from '../../../../pipeline/run/cluster/jobs.js';
import { Store } from '../../../../pipeline/store/index.js';
import { ENGLISH_TEXT, renumberedPlan } from '../../../fixtures.js';
import { freePort, redisMissing, startRedis, type TestRedis } from './redis-server.js';

/**
 * The batch on many workers over a real Redis (its own redis-server, persistence on): processes
 * killed with SIGKILL, Redis restarted, a coordinator restarted — and every document stored once.
 */

const ROOT = join(import.meta.dirname, '../../../..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `vanban-${prefix}-`));
type Row = Record<string, unknown>;

const missing = redisMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('the archive batch on a queue', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    // A failed test leaves no process behind.
    for (const child of children) if (alive(child)) child.kill('SIGKILL');
    for (const connection of connections) connection.disconnect();
    await redis?.stop();
  });
  /** The tests' own connections to look into Redis, closed before Redis stops. */
  const connections: Redis[] = [];
  const client = () => {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    connection.on('error', () => undefined);
    connections.push(connection);
    return connection;
  };

  const children: ChildProcess[] = [];
  /** A vanban process whose stderr is kept, with a way to wait for a line in it. */
  const run = (args: string[]) => {
    const child = spawn(process.execPath, [BIN, ...args, '--lang', 'en'], { cwd: ROOT });
    children.push(child);
    const out = { child, log: '', stdout: '', exit: new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal }))) };
    child.stderr!.on('data', (chunk: Buffer) => (out.log += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
    return out;
  };
  const waitFor = async (check: () => boolean | Promise<boolean>, what: string, ms = 30_000) => {
    const until = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  };
  const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

  it('stores every document exactly once with a worker SIGKILLed, Redis restarted and the coordinator killed and restarted', async () => {
    const dir = tmp('cluster');
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    const total = 20;
    for (let n = 1; n <= total; n++) writeFileSync(join(archive, `kh-${String(n).padStart(2, '0')}.txt`), renumberedPlan(2000 + n));
    const dbPath = join(dir, 'archive.sqlite');
    const workerArgs = ['worker', '--queue', redis.url, '--concurrency', '1', '--lock-seconds', '1', '--log-format', 'json'];
    const coordinatorArgs = ['ingest', archive, '--db', dbPath, '--queue', redis.url, '--log-format', 'json', '--backoff', '0.2'];
    const workerA = run(workerArgs);
    const workerB = run(workerArgs);
    await waitFor(() => /"worker":/.test(workerA.log) && /"worker":/.test(workerB.log), 'both workers to start');
    const first = run(coordinatorArgs);

    // Worker A is killed while it holds a job.
    const queue = new Queue(QUEUE_NAME, { connection: client() });
    queue.on('error', () => undefined);
    let held: Job | undefined;
    await waitFor(async () => {
      held = (await queue.getActive()).find((job) => job.processedBy?.endsWith(`:${workerA.child.pid}`));
      if (!held) return false;
      // Frozen first, then checked: a job A finished in the meantime does not count.
      workerA.child.kill('SIGSTOP');
      if ((await queue.getJobState(held.id!)) === 'active') return true;
      workerA.child.kill('SIGCONT');
      return false;
    }, 'worker A to hold a job');
    workerA.child.kill('SIGKILL');
    expect((await workerA.exit).signal).toBe('SIGKILL');
    const heldPath = (held!.data as FileJob).path;
    // The coordinator, surely still waiting for A's job (its lock has a second to run), is killed too.
    expect(alive(first.child)).toBe(true);
    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');
    await queue.close();

    // Redis goes down and comes back with its data while worker B runs; then the coordinator starts again.
    await redis.restart();

    const second = run(coordinatorArgs);
    const ended = await Promise.race([
      second.exit,
      sleep(40_000).then(async () => {
        const look = new Queue<FileJob>(QUEUE_NAME, { connection: client() });
        const counts = await look.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
        const missing = [];
        for (let n = 1; n <= total; n++) {
          const path = join(archive, `kh-${String(n).padStart(2, '0')}.txt`);
          if (second.log.includes(`"path":"${path}","outcome":"stored"`)) continue;
          const jobs = [...(await look.getJobs(['active', 'waiting', 'delayed', 'completed', 'failed', 'prioritized']))].filter((j) => j.data.path === path);
          missing.push({ path, held: path === heldPath, jobs: await Promise.all(jobs.map(async (j) => ({ id: j.id, state: await j.getState(), pb: j.processedBy, am: j.attemptsMade, stc: j.stalledCounter }))) });
        }
        const client0 = client();
        const keys = await client0.keys('bull:vanban:*');
        throw new Error(`the restarted coordinator did not finish: ${JSON.stringify({ counts, missing, keys: keys.filter((k) => !/:[0-9a-f]{64}-v/.test(k)) })}\n${second.log.slice(-1500)}\nworker B:\n${workerB.log.slice(-1500)}`);
      }),
    ]);
    expect(ended.code, second.log).toBe(0);
    expect(second.stdout).toMatch(/20 files: \d+ stored, \d+ unchanged, 0 failed/);

    // A's job was taken over by B after its lock ran out (stalled-job recovery).
    expect(workerB.log).toContain(JSON.stringify(heldPath).slice(1, -1));
    const store = new Store(dbPath);
    const q = (sql: string) => store.db.prepare(sql).get() as Row;
    expect(q('SELECT count(*) AS n, count(DISTINCT file_id) AS files, count(DISTINCT number_raw) AS numbers FROM documents')).toEqual({ n: total, files: total, numbers: total });
    expect(q("SELECT count(*) AS n FROM files WHERE status = 'stored'")).toEqual({ n: total });
    expect(store.db.prepare('SELECT status FROM runs ORDER BY id').all()).toEqual([{ status: 'interrupted' }, { status: 'finished' }]);
    store.close();

    // SIGTERM: the worker finishes what it holds and leaves cleanly.
    workerB.child.kill('SIGTERM');
    const stopped = await Promise.race([
      workerB.exit,
      sleep(20_000).then(() => {
        throw new Error(`worker B did not stop on SIGTERM:\n${workerB.log.slice(-3000)}`);
      }),
    ]);
    expect(stopped.code).toBe(0);
    // Results taken by the coordinator are not left in Redis.
    const after = new Queue(QUEUE_NAME, { connection: client() });
    expect(await after.getJobCounts('waiting', 'active', 'completed', 'failed')).toEqual({ waiting: 0, active: 0, completed: 0, failed: 0 });
    await after.close();
  }, 60_000);

  it('fails bad input once with its reason, retries a time limit overrun with backoff up to the attempts, and refuses a changed or missing file', async () => {
    const dir = tmp('cluster-fail');
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    writeFileSync(join(archive, 'english.txt'), ENGLISH_TEXT);
    writeFileSync(join(archive, 'plan.txt'), renumberedPlan(3001));
    const dbPath = join(dir, 'fail.sqlite');
    const queue = new Queue<FileJob>(QUEUE_NAME, { connection: client() });
    queue.on('error', () => undefined);
    await queue.obliterate({ force: true });

    let worker: QueueWorker = await startQueueWorker({ url: redis.url, inProcess: true, concurrency: 1, lockMs: 2000 });
    const coordinate = async () => {
      const store = new Store(dbPath);
      const processor = await QueueProcessor.open({ url: redis.url, ocr: 'off', attempts: 3, backoffMs: 100, sweepMs: 500 });
      const result = await ingest([archive], store, dbPath, { processor, ocr: 'off', lang: 'en', retryFailed: true });
      store.close();
      return result;
    };
    const result = await coordinate();
    expect(result).toMatchObject({ stored: 1, failed: 1 });
    expect(result.failures[0]!.error).toMatch(/english\.txt: is not in Vietnamese/);
    // Bad input is not retried however many attempts a job has.
    const badJob = (await queue.getFailed()).find((job) => job.data.path.endsWith('english.txt'))!;
    expect(badJob.attemptsMade).toBe(1);
    await worker.close();

    // A worker whose time limit is too short for anything: the overrun is transient, so retried, then failed with its reason.
    writeFileSync(join(archive, 'plan-2.txt'), renumberedPlan(3002));
    worker = await startQueueWorker({ url: redis.url, concurrency: 1, timeoutMs: 1, lockMs: 2000 });
    const slow = await coordinate();
    await worker.close();
    const timedOut = slow.failures.find((f) => f.error.includes('plan-2.txt'));
    expect(timedOut?.error).toMatch(/took longer than 0 s to read/);
    const overrun = (await queue.getFailed()).find((job) => job.data.path.endsWith('plan-2.txt'))!;
    expect(overrun.attemptsMade).toBe(3);
    expect(overrun.finishedOn! - overrun.processedOn!).toBeGreaterThanOrEqual(0);
    const store = new Store(dbPath);
    expect(store.db.prepare("SELECT error_code AS code FROM files WHERE path LIKE '%plan-2.txt'").get()).toEqual({ code: 'timeout' });
    store.close();

    // The worker checks the bytes it reads against the sha256 queued: a changed file, a missing one, fail once.
    await queue.add('file', { path: join(archive, 'plan.txt'), sha256: '0'.repeat(64), size: 1, ocr: 'off', maxBytes: 1e8 }, { jobId: jobIdOf('0'.repeat(64)), attempts: 3 });
    await queue.add('file', { path: join(archive, 'gone.txt'), sha256: '1'.repeat(64), size: 1, ocr: 'off', maxBytes: 1e8 }, { jobId: jobIdOf('1'.repeat(64)), attempts: 3 });
    worker = await startQueueWorker({ url: redis.url, inProcess: true, concurrency: 1, lockMs: 2000 });
    await waitFor(async () => (await queue.getFailedCount()) === 4, 'the changed and missing files to fail');
    await worker.close();
    const changed = await Job.fromId<FileJob>(queue, jobIdOf('0'.repeat(64)));
    expect(changed!.failedReason).toMatch(/^\[changed\] changed after it was queued \(sha256 000000000000… queued, [0-9a-f]{12}… read by worker /);
    expect(changed!.attemptsMade).toBe(1);
    const gone = await Job.fromId<FileJob>(queue, jobIdOf('1'.repeat(64)));
    expect(gone!.failedReason).toMatch(/^\[missing\] does not exist on worker \S+ \(is the archive mounted/);
    expect(gone!.attemptsMade).toBe(1);

    // queue status tells the counts, the workers and the latest failures with their codes.
    const status = await queueStatus(redis.url);
    expect(status).toMatchObject({ waiting: 0, active: 0, failed: 4, workers: 0 });
    expect(status.lastFailures.map((f) => f.code)).toEqual(expect.arrayContaining(['changed', 'missing', 'timeout']));

    // queue retry --failed moves every failed job back to waiting.
    expect(await retryFailedJobs(redis.url)).toBe(4);
    expect(await queue.getFailedCount()).toBe(0);
    expect(await queue.getWaitingCount()).toBe(4);
    await queue.obliterate({ force: true });
    await queue.close();
  }, 60_000);

  it('says in one sentence that Redis does not answer', async () => {
    const port = await freePort();
    const commands = [['queue', 'status'], ['worker'], ['ingest', join(ROOT, 'examples', 'seeds'), '--db', join(tmp('noredis'), 'x.sqlite')]];
    const runs = commands.map((args) => run([...args, '--queue', `redis://127.0.0.1:${port}/0`]));
    for (const out of runs) {
      expect((await out.exit).code).toBe(2);
      expect(out.log.trim()).toBe(`Redis at redis://127.0.0.1:${port}/0 does not answer (ECONNREFUSED); start Redis or correct the --queue address.`);
    }
  });
});
