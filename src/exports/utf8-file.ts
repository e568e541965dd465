/**
 * A file written as UTF-8 through a buffer that is kept (and grown when a text needs more), instead
 * of a new buffer for every string: making a buffer from a string measures the string first and
 * then encodes it, two passes over ~100 KB a report.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export class Utf8File {
  #buffer: Buffer;
  #used = 0;
  #fd = -1;

  constructor(size: number) {
    this.#buffer = Buffer.allocUnsafe(size);
  }

  /** Start (or replace) the file at `path`; the buffer is reused from the file before. */
  open(path: string): this {
    this.#fd = openSync(path, 'w');
    this.#used = 0;
    return this;
  }

  write(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    const most = text.length * 3;
    if (this.#used + most > this.#buffer.length) {
      this.#flush();
      if (most > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(most);
    }
    this.#used += this.#buffer.write(text, this.#used, 'utf8');
  }

  close(): void {
    this.#flush();
    closeSync(this.#fd);
  }

  #flush(): void {
    for (let done = 0; done < this.#used; ) done += writeSync(this.#fd, this.#buffer, done, this.#used - done);
    this.#used = 0;
  }
}
