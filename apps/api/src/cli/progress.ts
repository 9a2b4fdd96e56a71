/** A one-line progress bar on stderr (a line per 10% when stderr is not a terminal). */
export class ProgressBar {
  private lastDecile = -1;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(done: number, label: string): void {
    const ratio = this.total ? done / this.total : 1;
    const elapsed = (Date.now() - this.started) / 1000;
    if (this.stream.isTTY) {
      const width = 28;
      const filled = Math.round(ratio * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const line = `${bar} ${done}/${this.total} ${elapsed.toFixed(1)}s ${label}`;
      this.stream.write(`\r${line.slice(0, (this.stream.columns || 100) - 1).padEnd((this.stream.columns || 100) - 1)}`);
      if (done === this.total) {
        this.stream.write('\n');
      }

      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${Math.round(ratio * 100)}% (${done}/${this.total}) ${elapsed.toFixed(1)}s\n`);
    }
  }
}
