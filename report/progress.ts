import { Writable } from 'node:stream';
import { SingleBar } from 'cli-progress';

/**
 * Progress of the report, one step per query or section. On a terminal a
 * `cli-progress` bar redrawn in place on stderr; elsewhere (a pipe, a CI log, a
 * test) one plain line per step, since a redrawn bar would only litter the log.
 */
export interface Progress {
  /** Starts a step; `name` says what is being fetched or written. */
  step(name: string): void;
  /** Ends the display: the bar completed when `ok`, else left where it stopped; its line is kept. */
  finish(ok: boolean): void;
}

export function createProgress(stream: Writable & { isTTY?: boolean }, total: number): Progress {
  return stream.isTTY ? new BarProgress(stream, total) : new LineProgress(stream, total);
}

class BarProgress implements Progress {
  private readonly bar: SingleBar;
  private started = false;
  private count = 0;

  constructor(
    stream: Writable,
    private readonly total: number,
  ) {
    this.bar = new SingleBar({
      stream: stream as NodeJS.WritableStream,
      format: 'report [{bar}] {value}/{total} {step}',
      barsize: 24,
      barCompleteChar: '\u2588',
      barIncompleteChar: '\u2591',
      hideCursor: true,
      clearOnComplete: false,
    });
  }

  step(name: string): void {
    if (!this.started) {
      this.bar.start(this.total, 0, { step: name });
      this.started = true;
      return;
    }
    this.count += 1;
    this.bar.update(this.count, { step: name });
  }

  finish(ok: boolean): void {
    if (!this.started) return;
    if (ok) this.bar.update(this.total, { step: 'done' });
    this.bar.stop();
  }
}

class LineProgress implements Progress {
  private count = 0;

  constructor(
    private readonly stream: Writable,
    private readonly total: number,
  ) {}

  step(name: string): void {
    this.count += 1;
    this.stream.write(`report [${this.count}/${this.total}] ${name}\n`);
  }

  finish(): void {}
}
