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

export interface ColumnAccess {
    /** Every column is readable (the usual table-level grant). */
    all: boolean;
    names: Set<string>;
}

const TTL_MS = 2000;

export class TableCatalog {
    #cache = new Map<string, { info: TableInfo | null; at: number }>();
    #access = new Map<string, { access: ColumnAccess; at: number }>();

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

    /** Cached column access of a role, or undefined (then call `loadColumnAccess`). */
    cachedColumnAccess(role: string, schema: string, table: string): ColumnAccess | undefined {
        const cached = this.#access.get(`${role}\u0000${schema}.${table}`);
        return cached && Date.now() - cached.at < TTL_MS ? cached.access : undefined;
    }

    /**
     * The columns `role` may SELECT (has_column_privilege, as realtime.apply_rls filters columns); none
     * when the role cannot read the table (or does not exist).
     */
    async loadColumnAccess(role: string, schema: string, table: string): Promise<ColumnAccess> {
        let access: ColumnAccess = { all: false, names: new Set() };
        try {
            const rows = await this.sql<{ name: string; ok: boolean }[]>`
                select a.attname::text as name, has_column_privilege(${role}, a.attrelid, a.attnum, 'SELECT') as ok
                  from pg_attribute a
                 where a.attrelid = format('%I.%I', ${schema}::text, ${table}::text)::regclass
                   and a.attnum > 0 and not a.attisdropped`;
            const names = new Set(rows.filter((row) => row.ok).map((row) => row.name));
            access = { all: names.size === rows.length && rows.length > 0, names };
        } catch {
            // unknown role or table: nothing is readable
        }
        this.#access.set(`${role}\u0000${schema}.${table}`, { access, at: Date.now() });
        return access;
    }
}
