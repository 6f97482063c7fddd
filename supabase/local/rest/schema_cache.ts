// What PostgREST's schema cache holds, read from pg_catalog for the exposed schema: tables and views
// with their columns and keys, foreign keys, and functions. Names in requests are checked against it
// before they reach SQL. It reloads when a name is missing (a migration applied while the server runs)
// and on `NOTIFY pgrst, 'reload schema'`, as PostgREST does.
import type { Sql } from "../db.ts";

export interface Column {
    name: string;
    type: string;
    /** The type without modifiers (`character varying`, not `character varying(255)`): bind parameters are cast to it. */
    baseType: string;
    notNull: boolean;
    hasDefault: boolean;
    isTsvector: boolean;
}

export interface Relation {
    schema: string;
    name: string;
    /** r table, v view, m materialized view, f foreign table, p partitioned table, c function result */
    kind: string;
    columns: Map<string, Column>;
    primaryKey: string[];
    uniqueKeys: string[][];
}

export interface ForeignKey {
    name: string;
    table: string;
    columns: string[];
    refTable: string;
    refColumns: string[];
}

export interface FunctionArg {
    name: string;
    type: string;
    /** i in, o out, b inout, v variadic, t table column */
    mode: string;
}

export interface PgFunction {
    schema: string;
    name: string;
    args: FunctionArg[];
    inArgs: FunctionArg[];
    defaults: number;
    returnsSet: boolean;
    returnType: string;
    returnsComposite: boolean;
    returnsVoid: boolean;
    /** The exposed table whose row type the function returns, if any. */
    returnTable: string | null;
    volatility: "i" | "s" | "v";
}

interface ColumnRow {
    table: string;
    name: string;
    type: string;
    base_type: string;
    not_null: boolean;
    has_default: boolean;
    is_tsvector: boolean;
}

interface ConstraintRow {
    name: string;
    kind: string;
    table: string;
    columns: string[];
    ref_table: string | null;
    ref_columns: string[] | null;
}

interface FunctionRow {
    name: string;
    args: FunctionArg[];
    defaults: number;
    returns_set: boolean;
    return_type: string;
    returns_composite: boolean;
    returns_void: boolean;
    return_table: string | null;
    volatility: "i" | "s" | "v";
}

const RELATIONS_SQL = `
select c.relname as name, c.relkind::text as kind
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'f', 'p')`;

const COLUMNS_SQL = `
select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
       format_type(a.atttypid, null) as base_type,
       a.attnotnull as not_null, (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as has_default,
       a.atttypid = 'tsvector'::regtype as is_tsvector
  from pg_attribute a
  join pg_class c on c.oid = a.attrelid
  join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'f', 'p') and a.attnum > 0 and not a.attisdropped
 order by c.relname, a.attnum`;

const CONSTRAINTS_SQL = `
select con.conname as name, con.contype::text as kind, c.relname as "table",
       array(select a.attname::text from unnest(con.conkey) with ordinality k(num, ord)
               join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord) as columns,
       rc.relname as ref_table,
       case when con.contype = 'f' then
           array(select a.attname::text from unnest(con.confkey) with ordinality k(num, ord)
                   join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.ord)
       end as ref_columns
  from pg_constraint con
  join pg_class c on c.oid = con.conrelid
  join pg_namespace n on n.oid = c.relnamespace
  left join pg_class rc on rc.oid = con.confrelid
  left join pg_namespace rn on rn.oid = rc.relnamespace
 where n.nspname = $1 and con.contype in ('p', 'u', 'f') and (con.contype <> 'f' or rn.nspname = $1)`;

const FUNCTIONS_SQL = `
select p.proname as name,
       coalesce((select json_agg(json_build_object(
                   'name', coalesce(p.proargnames[a.ord], ''),
                   'type', format_type(a.typ, null),
                   'mode', coalesce(p.proargmodes[a.ord]::text, 'i')) order by a.ord)
                   from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality as a(typ, ord)),
                '[]'::json) as args,
       p.pronargdefaults::int as defaults,
       p.proretset as returns_set,
       format_type(p.prorettype, null) as return_type,
       (rt.typtype = 'c' or (p.prorettype = 'record'::regtype and p.proallargtypes is not null)) as returns_composite,
       p.prorettype = 'void'::regtype as returns_void,
       (select rc.relname from pg_class rc join pg_namespace rn on rn.oid = rc.relnamespace
         where rc.oid = rt.typrelid and rn.nspname = $1 and rc.relkind in ('r', 'v', 'm', 'f', 'p')) as return_table,
       p.provolatile::text as volatility
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
  join pg_type rt on rt.oid = p.prorettype
 where n.nspname = $1 and p.prokind = 'f'`;

export class SchemaCache {
    relations = new Map<string, Relation>();
    foreignKeys: ForeignKey[] = [];
    functions = new Map<string, PgFunction[]>();
    private loadStartedAt = 0;
    private loading: Promise<void> | null = null;

    constructor(private readonly sql: Sql, readonly schema = "public") {}

    /** Loads the cache (concurrent callers share one load). */
    load(): Promise<void> {
        if (!this.loading) {
            this.loadStartedAt = Date.now();
            this.loading = this.read().finally(() => {
                this.loading = null;
            });
        }
        return this.loading;
    }

    /**
     * Reloads after a miss, so that a table created a moment ago (a migration applied while the server
     * runs) is found. The reload always starts after the miss; loads are at least 100 ms apart so that
     * requests naming unknown things cannot keep the catalog queries running back to back.
     */
    async reloadAfterMiss(): Promise<boolean> {
        if (this.loading) await this.loading.catch(() => {});
        const wait = this.loadStartedAt + 100 - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await this.load();
        return true;
    }

    private async read(): Promise<void> {
        const [relationRows, columnRows, constraintRows, functionRows] = await Promise.all([
            this.sql.unsafe<{ name: string; kind: string }[]>(RELATIONS_SQL, [this.schema]),
            this.sql.unsafe<ColumnRow[]>(COLUMNS_SQL, [this.schema]),
            this.sql.unsafe<ConstraintRow[]>(CONSTRAINTS_SQL, [this.schema]),
            this.sql.unsafe<FunctionRow[]>(FUNCTIONS_SQL, [this.schema]),
        ]);
        const relations = new Map<string, Relation>();
        for (const row of relationRows) {
            relations.set(row.name, {
                schema: this.schema,
                name: row.name,
                kind: row.kind,
                columns: new Map(),
                primaryKey: [],
                uniqueKeys: [],
            });
        }
        for (const row of columnRows) {
            relations.get(row.table)?.columns.set(row.name, {
                name: row.name,
                type: row.type,
                baseType: row.base_type,
                notNull: row.not_null,
                hasDefault: row.has_default,
                isTsvector: row.is_tsvector,
            });
        }
        const foreignKeys: ForeignKey[] = [];
        for (const row of constraintRows) {
            const relation = relations.get(row.table);
            if (!relation) continue;
            if (row.kind === "p") relation.primaryKey = row.columns;
            if (row.kind === "p" || row.kind === "u") relation.uniqueKeys.push(row.columns);
            if (row.kind === "f" && row.ref_table && row.ref_columns) {
                foreignKeys.push({
                    name: row.name,
                    table: row.table,
                    columns: row.columns,
                    refTable: row.ref_table,
                    refColumns: row.ref_columns,
                });
            }
        }
        const functions = new Map<string, PgFunction[]>();
        for (const row of functionRows) {
            const fn: PgFunction = {
                schema: this.schema,
                name: row.name,
                args: row.args,
                inArgs: row.args.filter((arg) => arg.mode === "i" || arg.mode === "b" || arg.mode === "v"),
                defaults: row.defaults,
                returnsSet: row.returns_set,
                returnType: row.return_type,
                returnsComposite: row.returns_composite,
                returnsVoid: row.returns_void,
                returnTable: row.return_table,
                volatility: row.volatility,
            };
            const list = functions.get(row.name) ?? [];
            list.push(fn);
            functions.set(row.name, list);
        }
        this.relations = relations;
        this.foreignKeys = foreignKeys;
        this.functions = functions;
    }
}

/** The pseudo-relation of a function's composite result, for select/filter/order over RPC results. */
export function functionResultRelation(cache: SchemaCache, fn: PgFunction): Relation {
    if (fn.returnTable) {
        const table = cache.relations.get(fn.returnTable);
        if (table) return table;
    }
    const columns = new Map<string, Column>();
    for (const arg of fn.args) {
        if (arg.mode === "o" || arg.mode === "b" || arg.mode === "t") {
            columns.set(arg.name, {
                name: arg.name,
                type: arg.type,
                baseType: arg.type,
                notNull: false,
                hasDefault: false,
                isTsvector: arg.type === "tsvector",
            });
        }
    }
    return { schema: fn.schema, name: fn.name, kind: "c", columns, primaryKey: [], uniqueKeys: [] };
}
