// Connection pools of the local server, and the per-request transaction that does what PostgREST,
// Storage and Realtime do before touching data: switch to the JWT's role and publish its claims.
import postgres from "postgres";
import type { Claims } from "./jwt.ts";

export type Sql = postgres.Sql;
export type TransactionSql = postgres.TransactionSql;

export interface Database {
    /** Connected as `authenticator` (like PostgREST): no rights of its own until a role is set. */
    api: Sql;
    /** Connected as `postgres`: for GoTrue's own tables (auth.*), storage metadata upkeep, migrations. */
    admin: Sql;
    close(): Promise<void>;
}

function withUser(url: string, user: string): string {
    const parsed = new URL(url);
    parsed.username = user;
    return parsed.toString();
}

export function connect(databaseUrl: string, poolSize = 10): Database {
    const options = { max: poolSize, idle_timeout: 30, prepare: true, onnotice: () => {} };
    const api = postgres(withUser(databaseUrl, "authenticator"), options);
    const admin = postgres(databaseUrl, { ...options, max: Math.max(2, Math.floor(poolSize / 2)) });
    return {
        api,
        admin,
        async close() {
            await Promise.all([api.end({ timeout: 5 }), admin.end({ timeout: 5 })]);
        },
    };
}

export interface RequestIdentity {
    role: string;
    claims: Claims;
}

export interface RequestInfo {
    method: string;
    path: string;
    headers: Record<string, string>;
}

/**
 * Runs `work` in one transaction as the request's role with its claims set, as PostgREST's pre-query
 * does (role, request.jwt.claims, request.method, request.path, request.headers) plus the per-claim
 * GUCs Storage sets for older policies. RLS then applies inside `work`.
 */
export async function asRole<T>(
    sql: Sql,
    identity: RequestIdentity,
    request: RequestInfo,
    work: (tx: TransactionSql) => Promise<T>,
    options: { readOnly?: boolean } = {},
): Promise<T> {
    const mode = options.readOnly ? "read only" : "read write";
    return await sql.begin(mode, async (tx) => {
        const claims = { ...identity.claims, role: identity.role };
        // Awaited on purpose, never pipelined with `work`: when postgres.js must first describe a
        // statement (the first use on a connection), a query issued later can execute before this one,
        // and `work` would then run as the authenticator with the previous transaction's settings gone
        // (seen in testing: RLS not applied to the first requests after a restart).
        await tx`select set_config('role', ${identity.role}, true),
                        set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
                        set_config('request.jwt.claim.sub', ${String(claims.sub ?? "")}, true),
                        set_config('request.jwt.claim.role', ${identity.role}, true),
                        set_config('request.method', ${request.method}, true),
                        set_config('request.path', ${request.path}, true),
                        set_config('request.headers', ${JSON.stringify(request.headers)}, true),
                        set_config('search_path', 'public, extensions', true)`;
        return await work(tx);
    }) as T;
}
