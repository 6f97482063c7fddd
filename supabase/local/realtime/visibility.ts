// Whether a subscriber may see a changed row, decided as realtime.apply_rls decides it: in a transaction
// with `role` and `request.jwt.claims` set to the subscriber's, `select exists(select 1 from <table>
// where <pk> = <value>)`. RLS is checked only for INSERT/UPDATE on tables with row security enabled.
// All keys of one table for one subscriber identity are checked in a single statement.
import { asRole, type Database, type RequestIdentity } from "../db.ts";

export interface PkColumn {
    name: string;
    /** wal2json's type text (format_type), used as a cast. */
    type: string;
}

export interface TableKeys {
    schema: string;
    table: string;
    pk: PkColumn[];
    /** Primary-key values as text, one tuple per changed row. */
    keys: string[][];
}

function quoteIdent(name: string): string {
    return `"${name.replaceAll('"', '""')}"`;
}

function castType(type: string): string {
    // format_type() text from the catalog (e.g. "uuid", "character varying(20)", "timestamp with time zone").
    if (!/^[A-Za-z0-9_ ,.()"[\]]+$/.test(type)) throw new Error(`unexpected primary key type ${type}`);
    return type;
}

/** Returns, per table entry, the indexes of `keys` the identity can see. */
export async function visibleKeys(
    db: Database,
    identity: RequestIdentity,
    tables: TableKeys[],
): Promise<Set<number>[]> {
    const request = { method: "GET", path: "/realtime/v1/websocket", headers: {} };
    return await asRole(db.api, identity, request, async (tx) => {
        const results: Set<number>[] = [];
        for (const entry of tables) {
            const visible = new Set<number>();
            if (entry.pk.length === 0 || entry.keys.length === 0) {
                results.push(visible);
                continue;
            }
            const aliases = entry.pk.map((_, i) => `c${i}`).join(", ");
            const condition = entry.pk
                .map((column, i) => `t.${quoteIdent(column.name)} = u.c${i}::${castType(column.type)}`)
                .join(" and ");
            const unnestArgs = entry.pk.map((_, i) => `$${i + 1}::text[]`).join(", ");
            const params = entry.pk.map((_, i) => entry.keys.map((key) => key[i]));
            const table = `${quoteIdent(entry.schema)}.${quoteIdent(entry.table)}`;
            const text = `select (u.ord - 1)::int as i from unnest(${unnestArgs}) with ordinality as u(${aliases}, ord)
                           where exists (select 1 from ${table} t where ${condition})`;
            const rows = await tx.unsafe<{ i: number }[]>(text, params);
            for (const row of rows) visible.add(row.i);
            results.push(visible);
        }
        return results;
    }, { readOnly: true });
}
