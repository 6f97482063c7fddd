// What the fan-out needs to know about a published table: its columns with pg_type names (the
// `columns` list of a change, in attnum order, as Realtime builds it from pg_attribute) and whether row
// security is on (which decides if changes are RLS-checked per subscriber). Cached for a short while so
// ALTER TABLE during development is picked up without a restart.
import type { Sql } from "../db.ts";

export interface ColumnInfo {
    name: string;
    type: string;
}

export interface TableInfo {
    rls: boolean;
    columns: ColumnInfo[];
    types: Map<string, string>;
}

const TTL_MS = 2000;

export class TableCatalog {
    #cache = new Map<string, { info: TableInfo | null; at: number }>();
    #privileges = new Map<string, { ok: boolean; at: number }>();

    constructor(private readonly sql: Sql) {}

    async get(schema: string, table: string, refresh = false): Promise<TableInfo | null> {
        const key = `${schema}.${table}`;
        const cached = this.#cache.get(key);
        if (cached && !refresh && Date.now() - cached.at < TTL_MS) return cached.info;
        const rows = await this.sql<{ rls: boolean; columns: ColumnInfo[] }[]>`
            select c.relrowsecurity as rls,
                   coalesce(json_agg(json_build_object('name', a.attname, 'type', t.typname) order by a.attnum)
                            filter (where a.attnum is not null), '[]') as columns
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
              left join pg_type t on t.oid = a.atttypid
             where n.nspname = ${schema} and c.relname = ${table}
             group by c.relrowsecurity`;
        const info = rows.length === 0 ? null : {
            rls: rows[0].rls,
            columns: rows[0].columns,
            types: new Map(rows[0].columns.map((column) => [column.name, column.type])),
        };
        this.#cache.set(key, { info, at: Date.now() });
        return info;
    }

    /** Cached answer or undefined (then call `loadCanSelect`). */
    cachedCanSelect(role: string, schema: string, table: string): boolean | undefined {
        const cached = this.#privileges.get(`${role}\u0000${schema}.${table}`);
        return cached && Date.now() - cached.at < TTL_MS ? cached.ok : undefined;
    }

    /** Whether `role` may SELECT the table at all (else a visibility query would fail, not filter). */
    async loadCanSelect(role: string, schema: string, table: string): Promise<boolean> {
        let ok = false;
        try {
            const rows = await this.sql<{ ok: boolean }[]>`
                select has_table_privilege(${role}, format('%I.%I', ${schema}::text, ${table}::text), 'SELECT') as ok`;
            ok = rows[0]?.ok === true;
        } catch {
            ok = false; // unknown role
        }
        this.#privileges.set(`${role}\u0000${schema}.${table}`, { ok, at: Date.now() });
        return ok;
    }
}
