// Whether a subscriber may see a changed row, decided as realtime.apply_rls decides it: with `role` and
// `request.jwt.claims` set to the subscriber's, `select exists(select 1 from <table> where <pk> = <value>)`.
// RLS is checked only for INSERT/UPDATE on tables with row security enabled.
//
// All keys of one table for one identity are checked in one statement, and all identities of a drained
// batch in one read-only transaction whose statements are pipelined (set_config for identity A, its
// queries, set_config for B, …), so a batch costs one round trip instead of one transaction per
// subscriber. Roles without SELECT on a table are filtered out beforehand (that would abort the
// transaction); should the pipeline still fail, each identity is checked in its own transaction.
import { asRole, type Database, type RequestIdentity, type Sql, type TransactionSql } from "../db.ts";

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

export interface IdentityCheck {
    identity: RequestIdentity;
    tables: TableKeys[];
}

function quoteIdent(name: string): string {
    return `"${name.replaceAll('"', '""')}"`;
}

function castType(type: string): string {
    // format_type() text from the catalog (e.g. "uuid", "character varying(20)", "timestamp with time zone").
    if (!/^[A-Za-z0-9_ ,.()"[\]]+$/.test(type)) throw new Error(`unexpected primary key type ${type}`);
    return type;
}

/** `select <input index> from unnest(<keys>) where exists (<row with that key>)`, with its parameters. */
function existsQuery(entry: TableKeys): { text: string; params: string[][] } {
    const aliases = entry.pk.map((_, i) => `c${i}`).join(", ");
    const condition = entry.pk
        .map((column, i) => `t.${quoteIdent(column.name)} = u.c${i}::${castType(column.type)}`)
        .join(" and ");
    const unnestArgs = entry.pk.map((_, i) => `$${i + 1}::text[]`).join(", ");
    const table = `${quoteIdent(entry.schema)}.${quoteIdent(entry.table)}`;
    return {
        text: `select (u.ord - 1)::int as i from unnest(${unnestArgs}) with ordinality as u(${aliases}, ord)
                where exists (select 1 from ${table} t where ${condition})`,
        params: entry.pk.map((_, i) => entry.keys.map((key) => key[i])),
    };
}

function claimsSetting(tx: TransactionSql, identity: RequestIdentity) {
    const claims = { ...identity.claims, role: identity.role };
    return tx`select set_config('role', ${identity.role}, true),
                     set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
                     set_config('request.jwt.claim.sub', ${String(claims.sub ?? "")}, true),
                     set_config('request.jwt.claim.role', ${identity.role}, true)`;
}

function checkable(entry: TableKeys): boolean {
    return entry.pk.length > 0 && entry.keys.length > 0;
}

/** Per identity, per table entry: the indexes of `keys` the identity can see. */
export async function visibleKeysMany(db: Database, checks: IdentityCheck[]): Promise<Set<number>[][]> {
    if (checks.length === 0) return [];
    try {
        const rows = await db.api.begin("read only", (tx) => {
            const queries = [];
            for (const check of checks) {
                queries.push(claimsSetting(tx, check.identity));
                for (const entry of check.tables) {
                    if (!checkable(entry)) continue;
                    const query = existsQuery(entry);
                    queries.push(tx.unsafe<{ i: number }[]>(query.text, query.params, { prepare: true }));
                }
            }
            return queries;
        }) as unknown as { i: number }[][];
        const results: Set<number>[][] = [];
        let position = 0;
        for (const check of checks) {
            position++; // the set_config statement
            results.push(check.tables.map((entry) => {
                if (!checkable(entry)) return new Set<number>();
                return new Set(rows[position++].map((row) => row.i));
            }));
        }
        return results;
    } catch {
        const results: Set<number>[][] = [];
        for (const check of checks) {
            results.push(await visibleKeys(db.api, check).catch(() => check.tables.map(() => new Set<number>())));
        }
        return results;
    }
}

/** One identity in its own transaction (the fallback path). */
export async function visibleKeys(sql: Sql, check: IdentityCheck): Promise<Set<number>[]> {
    const request = { method: "GET", path: "/realtime/v1/websocket", headers: {} };
    return await asRole(sql, check.identity, request, async (tx) => {
        const results: Set<number>[] = [];
        for (const entry of check.tables) {
            if (!checkable(entry)) {
                results.push(new Set());
                continue;
            }
            const query = existsQuery(entry);
            const rows = await tx.unsafe<{ i: number }[]>(query.text, query.params, { prepare: true });
            results.push(new Set(rows.map((row) => row.i)));
        }
        return results;
    }, { readOnly: true });
}
