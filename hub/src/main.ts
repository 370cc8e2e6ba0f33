import { serve } from './serve';

/** `npm start`: the whole hub on its embedded default. Settings: `hub settings`, or the README's configuration table. */
await serve(null, process.env);
