// Bytes in, text out: how an input is read (a file, `-`, a pipe, a FIFO, `<(…)`), within which limits, and what a
// file that is not UTF-8 JSON text is (a binary plan file, UTF-16 from a Windows shell, a NUL-filled file).
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { Readable } from 'node:stream';
import { InputError } from '../../policy/adapters/input-error.js';

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/** A pipe that has not closed after this long is a writer that hung: fail closed rather than wait forever. */
export const DEFAULT_READ_TIMEOUT_MS = 30 * 60 * 1000;
/** The name a report and the fingerprint use for a plan read from standard input (`-`). */
export const STDIN_NAME = 'stdin';

export interface ReadLimits {
  maxBytes?: number;
  /** For pipes and FIFOs: how long to wait for the writer to finish. */
  timeoutMs?: number;
  /** For tests: the stream `-` reads (process.stdin otherwise). */
  stdin?: Readable;
}

/**
 * Reads one input whole. Regular files are checked against the limit by size first; anything else (`-`,
 * `/dev/stdin`, a FIFO, process substitution's `/dev/fd/N`) is read as a stream, stopping at the limits.
 */
export async function readInputBytes(path: string, display: string, limits: ReadLimits = {}): Promise<Buffer> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '-') {
    // Nobody types a plan: a terminal on standard input means the pipe was forgotten, not that input will come.
    if (!limits.stdin && process.stdin.isTTY) throw new InputError(display, '', 'standard input is a terminal: pipe a plan into it, e.g. `pulumi preview --json | deploy-gate check -`');
    return readStream(limits.stdin ?? process.stdin, display, max, limits.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS);
  }
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(display, '', error.code === 'EACCES' ? 'permission denied' : 'no such file');
  });
  if (info.isDirectory()) throw new InputError(display, '', 'is a directory');
  // The size of a regular file is known before reading; a pipe's size is 0 whatever will arrive.
  if (info.isFile() && info.size > max) throw new InputError(display, '', `${info.size} bytes is over the ${max}-byte limit (raise it with --max-bytes)`);
  if (info.isFile()) return readRegularFile(path, display, info.size, max);
  let stream: Readable;
  try {
    stream = createReadStream(path);
  } catch {
    throw new InputError(display, '', 'cannot be opened');
  }
  return readStream(stream, display, max, info.isFile() ? 0 : limits.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS);
}

/**
 * A regular file, read into one buffer of its size: no chunks to copy into a second buffer of the same size (a
 * 185 MB plan read as a stream held both at once). A file that grows while it is read is read on, within the limit.
 */
async function readRegularFile(path: string, display: string, size: number, max: number): Promise<Buffer> {
  const failed = (error: unknown) => new InputError(display, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw failed(error);
  });
  try {
    const buffer = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(buffer, length, size - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
    // At the size stat gave: anything more was written since (or the file system reports no size, as /proc does).
    const more: Buffer[] = [];
    let total = length;
    for (;;) {
      const chunk = Buffer.allocUnsafe(65_536);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new InputError(display, '', `more than ${max} bytes arrived, over the limit (raise it with --max-bytes)`);
      more.push(chunk.subarray(0, bytesRead));
    }
    return more.length === 0 ? buffer : Buffer.concat([buffer, ...more], total);
  } catch (error) {
    throw error instanceof InputError ? error : failed(error);
  } finally {
    await handle.close();
  }
}

/** The first bytes of a regular file (to tell a provider binary from a plan without reading 600 MB of it). */
export async function readHead(path: string, length = 65_536): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function readStream(stream: Readable, display: string, max: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: InputError) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      stream.removeListener('data', onData);
      if (error) {
        // Stop reading, but never close our own standard input under the caller.
        if (stream !== process.stdin) stream.destroy();
        else stream.pause();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks, size));
      }
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > max) return finish(new InputError(display, '', `more than ${max} bytes arrived, over the limit (raise it with --max-bytes)`));
      chunks.push(buffer);
    };
    const timer = timeoutMs > 0
      ? setTimeout(() => finish(new InputError(display, '', `the input did not end within ${Math.round(timeoutMs / 1000)} s: the command writing it hung or never closed it`)), timeoutMs)
      : undefined;
    timer?.unref?.();
    stream.on('data', onData);
    stream.once('end', () => finish());
    stream.once('error', (error: NodeJS.ErrnoException) => finish(new InputError(display, '', `cannot be read (${error.code ?? error.message})`)));
  });
}

const UTF16 = 'UTF-16 text (Windows PowerShell 5 writes `>` redirections so): write it as UTF-8, e.g. `... | Out-File -Encoding utf8NoBOM plan.json` (PowerShell 7) or `cmd /c "... > plan.json"`';

/** What the bytes are, when they are plainly not UTF-8 JSON text: said in terms of the command that fixes it. */
export function binaryKind(bytes: Buffer): string | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'a binary plan file (`terraform plan -out` / `tofu plan -out` writes a zip): the gate reads its JSON form, `terraform show -json PLANFILE > plan.json`';
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return UTF16;
  }
  if (bytes.indexOf(0) !== -1) {
    // UTF-16 without a byte-order mark: every other byte of ASCII text is NUL.
    const le = bytes.length >= 2 && bytes[1] === 0 && bytes[0] !== 0;
    const be = bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0;
    if (le || be) {
      const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096) & ~1));
      const text = (le ? head : head.swap16()).toString('utf16le').trimStart();
      if (text.startsWith('{') || text.startsWith('[') || /^(Terraform|OpenTofu|Previewing|Plan:)/.test(text)) return UTF16;
    }
    return 'a binary file (it holds NUL bytes), not the JSON text of a plan';
  }
  return undefined;
}

/**
 * UTF-8 bytes → text. Invalid UTF-8 is refused (a replacement character could change a name); one leading UTF-8
 * byte-order mark is dropped, as RFC 8259 section 8.1 allows a parser to do.
 */
export function decodeText(bytes: Buffer, display: string): string {
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(display, '', `this is ${kind}`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new InputError(display, '', `${bytes.length} bytes is more text than Node can hold in one string: lower --max-bytes or split the plan`);
    }
    throw new InputError(display, `byte ${firstInvalidUtf8(bytes)}`, 'not valid UTF-8 text: the file is damaged or in another encoding');
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Binary search for the shortest prefix that no longer decodes (cut points inside a character also fail).
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 4) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

/** How many heap bytes the documents of one input may take once parsed: what is free now, with room to work. */
export function heapBudget(textLength: number, bytes: Buffer): { bytes: number; used: number } {
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  // The text itself: one byte a character when ASCII, two otherwise.
  const text = isAscii(bytes) ? textLength : textLength * 2;
  // The model the readers build, the rules and the report need about twice the parsed document: a third of what is free.
  return { bytes: Math.max(0, (limit - used - text) / 3), used: 0 };
}

/**
 * The path a report shows and the fingerprint keys on: relative to the working directory when inside it, so
 * `plan.json`, `./plan.json` and `$PWD/plan.json` gate as the same stack.
 */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
