export interface BenchReport {
  name: string;
  medianMs: number;
  perSecond?: number;
  notes?: string[];
}

/** Runs `work` a few times after a warm-up and reports the median, with items per second. */
export async function measure(name: string, items: number, work: () => unknown, runs = 5): Promise<BenchReport> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const medianMs = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  return { name, medianMs, perSecond: Math.round((items / medianMs) * 1000) };
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
sampler.unref();

export function peakMemory(): BenchReport {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { name: 'peak resident memory of the benchmark process', medianMs: 0, notes: [`${Math.round(peakRss / 1024 / 1024)} MiB`] };
}

export function printReports(title: string, reports: BenchReport[]): void {
  console.log(`\n${title}`);
  for (const report of reports) {
    const figures = report.medianMs > 0 ? `${report.medianMs.toFixed(1)} ms${report.perSecond ? `, ${report.perSecond.toLocaleString('en')} items/s` : ''}` : '';
    console.log(`  ${report.name}: ${[figures, ...(report.notes ?? [])].filter(Boolean).join(' · ')}`);
  }
}
