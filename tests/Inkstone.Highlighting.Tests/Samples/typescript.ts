/** Exponential moving average of a metric stream. */
export interface Metric {
  readonly name: string;
  value: number;
  tags?: Record<string, string>;
}

type Smoother = (previous: number, next: number) => number;

enum Mode {
  Fast = 'fast',
  Slow = 'slow',
}

function component(name: string) {
  return <T extends { new (...args: any[]): {} }>(ctor: T) => ctor;
}

@component('ema-tracker')
export class EmaTracker<K extends string = string> {
  private readonly values = new Map<K, number>();

  constructor(private alpha = 0.1, public mode: Mode = Mode.Fast) {}

  update(metric: Metric & { name: K }): number {
    const prev = this.values.get(metric.name) ?? metric.value;
    const smooth: Smoother = (p, n) => p + this.alpha * (n - p);
    const next = smooth(prev, metric.value);
    this.values.set(metric.name, next);
    return next;
  }

  toString(): string {
    return `EmaTracker(${this.values.size} series, alpha=${this.alpha.toFixed(2)})`;
  }
}

const tracker = new EmaTracker<'loss' | 'acc'>(1e-2);
tracker.update({ name: 'loss', value: 0.693 } satisfies Metric);
export default tracker as unknown as EmaTracker;
