import { serveDemoFeeds } from './serveDemoFeeds';

/** Serves the demo feeds alone: `PORT` (default 4010). */
const server = await serveDemoFeeds({ port: Number(process.env['PORT'] ?? 4010) });
console.log(`demo feeds at ${server.url}/`);
