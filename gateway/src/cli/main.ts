import { parseArgs } from 'node:util';
import { withAllowances } from '@campus/harvesters';
import { readHubSettings } from '../hubSettings';
import { harvestNow } from './harvestCommand';
import { keysCommand } from './keysCommand';
import { parseFormat, printReport, validateSource } from './validateCommand';

const USAGE = `Digital Campus Hub

  hub validate <url-or-file> [--format F] [--json] [--allow-private ADDRESS:PORT]
      Fetch, detect, parse and normalise a feed without writing anything; print what a harvest would find.
  hub harvest [feed-id]
      Harvest one feed (or all) now, into the hub's data folder (HUB_DATA_DIR, HUB_FEEDS_CONFIG).
  hub keys create --role admin|partner [--provider ID] --name N [--json]
  hub keys list [--json]
  hub keys rotate ID [--json]
  hub keys revoke ID
      API keys: shown once on creation, stored hashed.
`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { format: { type: 'string' }, json: { type: 'boolean', default: false }, 'allow-private': { type: 'string', multiple: true, default: [] } },
      });
      const target = positionals[0];
      if (!target) throw new Error('hub validate needs a URL or a file');
      const settings = readHubSettings(process.env);
      const policy = withAllowances(settings.addressPolicy, values['allow-private']);
      const report = await validateSource(target, { format: parseFormat(values.format), json: values.json, addressPolicy: policy, fetchLimits: settings.fetchLimits });
      printReport(report, values.json);
      return report.errors.length === 0 ? 0 : 1;
    }
    case 'harvest': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      return (await harvestNow(readHubSettings(process.env), positionals[0])) ? 0 : 1;
    }
    case 'keys':
      return keysCommand(readHubSettings(process.env), rest);
    default:
      console.log(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

// Piped into `head`, the reader may leave early; that is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(`hub: ${(error as Error).message}`);
  process.exitCode = 2;
}
