/** Progress on stderr: a live line on a terminal, occasional lines otherwise. */
export class ProgressLine {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  constructor(private readonly label: string, private readonly out: NodeJS.WriteStream = process.stderr) {}

  update(text: string, done: number): void {
    const now = Date.now();
    const tty = this.out.isTTY;
    if (now - this.last < (tty ? 100 : 5000)) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? (done / secs).toFixed(1) : '0';
    const line = `${this.label}: ${text} (${rate}/s)`;
    if (tty) this.out.write(`\r\x1b[K${line}`);
    else this.out.write(`${line}\n`);
    this.shown = true;
  }

  finish(text: string, done: number): void {
    const secs = (Date.now() - this.started) / 1000;
    const line = `${this.label}: ${text} in ${secs.toFixed(1)} s (${secs > 0 ? (done / secs).toFixed(1) : done}/s)`;
    if (this.out.isTTY && this.shown) this.out.write(`\r\x1b[K${line}\n`);
    else this.out.write(`${line}\n`);
  }
}
