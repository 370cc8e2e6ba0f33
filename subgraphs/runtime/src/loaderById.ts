import DataLoader from 'dataloader';

/**
 * A DataLoader that fetches rows by id in one query per tick and hands each caller its own row
 * (null where there is none), in the order asked for.
 */
export function loaderById<Row extends { id: string }>(fetchRows: (ids: string[]) => Row[] | Promise<Row[]>): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const byId = new Map((await fetchRows([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
