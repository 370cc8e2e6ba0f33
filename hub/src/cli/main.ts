import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError } from 'commander';
import { withAllowances } from '@campus/harvesters';
import { FEED_FORMATS } from '@campus/schema';
import { serve } from '../serve';
import { PARTS, readHubSettings, settingsTable, type Part } from '../settings';
import { harvestNow } from './harvestCommand';
import { createKey, listKeys, revokeKey, rotateKey } from './keysCommand';
import { parseFormat, printReport, validateSource } from './validateCommand';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** A usage mistake (unknown command or option, missing argument) exits 2, as POSIX tools do; help and version exit 0. */
const USAGE_ERROR = 2;

function hubProgram(): Command {
  const program = new Command('hub')
    .description('Digital Campus Hub: run the hub or one of its parts, check feeds, harvest now and manage API keys against the hub\'s data folder (HUB_DATA_DIR, HUB_FEEDS_CONFIG).')
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .helpCommand('help [command]', 'print the help of a command')
    .showHelpAfterError('(add --help for how to use it)')
    .showSuggestionAfterError()
    .exitOverride();

  program
    .command('start')
    .description(`Run the whole hub in this process (as npm start does), or one part of it as a process of its own: ${PARTS.join(', ')}.`)
    .addArgument(new Argument('[part]', 'the part to run; everything if left out').choices(PARTS))
    .action(async (part: Part | undefined) => {
      await serve(part ?? null, process.env);
    });

  program
    .command('settings')
    .description('Print every setting (environment variable) with its default, the parts that read it and what it means.')
    .option('--json', 'print JSON', false)
    .action((options: { json: boolean }) => {
      const table = settingsTable();
      if (options.json) return console.log(JSON.stringify(table, null, 2));
      for (const row of table) console.log(`${row.name}=${row.shown}\t(${row.parts})\n    ${row.meaning}`);
    });

  program
    .command('validate')
    .description('Fetch, detect, parse and normalise a feed without writing anything; print what a harvest would find.')
    .argument('<url-or-file>', 'the feed: an http(s) URL or a file')
    .option('--format <format>', `read it as this format instead of detecting it: ${FEED_FORMATS.join(', ').toLowerCase()}`)
    .option('--json', 'print one JSON document', false)
    .option('--allow-private <address:port...>', 'allow these otherwise refused addresses, as HUB_ALLOW_PRIVATE_HOSTS does', [])
    .action(async (target: string, options: { format?: string; json: boolean; allowPrivate: string[] }) => {
      const settings = readHubSettings(process.env);
      const report = await validateSource(target, {
        format: parseFormat(options.format),
        json: options.json,
        addressPolicy: withAllowances(settings.addressPolicy, options.allowPrivate),
        fetchLimits: settings.fetchLimits,
      });
      printReport(report, options.json);
      process.exitCode = report.errors.length === 0 ? 0 : 1;
    });

  program
    .command('harvest')
    .description('Harvest one feed (or every feed) now, into the hub\'s data folder; safe beside a running hub.')
    .argument('[feed-id]', 'the feed to harvest; all of them if left out')
    .action(async (feedId: string | undefined) => {
      process.exitCode = (await harvestNow(readHubSettings(process.env), feedId)) ? 0 : 1;
    });

  // Subcommands inherit the help option, the error handling and exitOverride from their parent.
  const keys = program.command('keys').description('API keys: shown once on creation, stored hashed.');
  keys
    .command('create')
    .description('Make a key and print it this once.')
    .requiredOption('--role <role>', 'admin or partner')
    .option('--provider <id>', 'the provider a partner key acts for')
    .requiredOption('--name <name>', 'who holds it, for the list')
    .option('--json', 'print the key as JSON', false)
    .action(async (options: { role: string; provider?: string; name: string; json: boolean }) => {
      process.exitCode = await createKey(readHubSettings(process.env), options);
    });
  keys
    .command('list')
    .description('List every key, without its secret.')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      process.exitCode = await listKeys(readHubSettings(process.env), options);
    });
  keys
    .command('rotate')
    .description('Revoke a key and print its successor this once.')
    .argument('<id>', 'the key id (see hub keys list)')
    .option('--json', 'print the new key as JSON', false)
    .action(async (id: string, options: { json: boolean }) => {
      process.exitCode = await rotateKey(readHubSettings(process.env), id, options);
    });
  keys
    .command('revoke')
    .description('Revoke a key at once.')
    .argument('<id>', 'the key id (see hub keys list)')
    .action(async (id: string) => {
      process.exitCode = await revokeKey(readHubSettings(process.env), id);
    });
  return program;
}

// Piped into `head`, the reader may leave early; that is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  await hubProgram().parseAsync(process.argv.slice(2), { from: 'user' });
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed the help, the version or the mistake already.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_ERROR;
  } else {
    console.error(`hub: ${(error as Error).message}`);
    process.exitCode = USAGE_ERROR;
  }
}
