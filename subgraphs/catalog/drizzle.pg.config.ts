import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL migrations (`npm run db:generate` writes both dialects' ones). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/pgTables.ts',
  out: './drizzle-pg',
});
