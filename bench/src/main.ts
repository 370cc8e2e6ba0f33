import { harvesterBench } from './harvesterBench';
import { printReports } from './measure';

/** `npm run bench`: prints figures; it asserts nothing, since these machines are noisy. */
console.log(`Digital Campus Hub benchmarks, ${new Date().toISOString()}, Node ${process.version}`);
printReports('Harvesters (median of 5 runs after a warm-up)', await harvesterBench());
