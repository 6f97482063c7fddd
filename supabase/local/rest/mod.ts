// PostgREST-compatible /rest/v1 service: tables and views of the exposed schema, and /rpc functions.
import postgres from "postgres";
import type { ServerContext, Service } from "../context.ts";
import type { RequestInfo } from "../db.ts";
import { corsHeaders, headerObject, json } from "../http.ts";
import { objectOf, parseJson, readText, rowsOf } from "./body.ts";
import { ApiError, errorResponse, fromPostgres, pgrst, SchemaMiss } from "./errors.ts";
import { run } from "./execute.ts";
import { type Caller, resolveCaller } from "./identity.ts";
import { type LevelParams, parseQuery } from "./parse.ts";
import { parsePrefer, type Preferences } from "./prefer.ts";
import { type Accept, negotiate, readResponse, writeResponse } from "./respond.ts";
import { rpcResponse } from "./rpc.ts";
import { SchemaCache } from "./schema_cache.ts";
import { deleteStatement, insertStatement, QueryBuilder, readStatement, updateStatement } from "./sql.ts";

const EXPOSED_SCHEMAS = ["public"];

export interface RestRequest {
    ctx: ServerContext;
    cache: SchemaCache;
    req: Request;
    url: URL;
    caller: Caller;
    info: RequestInfo;
    prefs: Preferences;
    accept: Accept;
    /** Request body text (read once, before planning, so a re-plan can use it again). */
    body: string | null;
}

/** limit/offset from the query string, else from a `Range: 0-9` header (GET/HEAD). */
function pageOf(rest: RestRequest): { limit?: number; offset: number } {
    const header = rest.req.headers.get("range");
    if (!header || (rest.req.method !== "GET" && rest.req.method !== "HEAD")) return { offset: 0 };
    const match = header.trim().match(/^(?:items=)?(\d+)-(\d*)$/);
    if (!match) return { offset: 0 };
    const from = Number(match[1]);
    if (match[2] === "") return { offset: from };
    const to = Number(match[2]);
    if (to < from) throw pgrst.rangeNotSatisfiable();
    return { offset: from, limit: to - from + 1 };
}

async function tableRequest(rest: RestRequest, name: string): Promise<Response> {
    const { cache, req, prefs, ctx } = rest;
    const relation = cache.relations.get(name);
    if (!relation) throw pgrst.notFoundTable("public", name);
    const parsed = parseQuery(rest.url.searchParams);
    const builder = new QueryBuilder(cache, parsed.levels);
    const maxRows = ctx.config.maxRows;
    const responseOptions = { method: req.method, accept: rest.accept, applied: prefs.applied, offset: 0 };
    const runOptions = { singular: rest.accept === "object", count: prefs.count, maxRows };
    const root = parsed.levels.get("")!;
    if (req.method === "GET" || req.method === "HEAD") {
        const range = pageOf(rest);
        const offset = root.offset ?? range.offset;
        const limit = root.limit ?? range.limit;
        const statement = readStatement(builder, relation, parsed.select, {
            count: prefs.count,
            maxRows,
            limit,
            offset,
        });
        const result = await run(ctx, rest.caller, rest.info, statement, { ...runOptions, readOnly: true });
        return readResponse(result, { ...responseOptions, offset });
    }
    const representation = prefs.returning === "representation";
    const returning = representation ? "representation" : "minimal";
    const write = { ...runOptions, readOnly: false };
    const writeOptions = { ...responseOptions, representation, countRequested: prefs.count !== null };
    if (req.method === "POST") {
        const { rows, columns } = rowsOf(parseJson(rest.body ?? ""), parsed.columns);
        const statement = insertStatement(builder, relation, parsed.select, {
            rows,
            columns,
            onConflict: parsed.onConflict,
            resolution: prefs.resolution,
            missingDefault: prefs.missingDefault,
            returning,
        });
        const result = await run(ctx, rest.caller, rest.info, statement, write);
        return writeResponse(result, { ...writeOptions, kind: "insert" });
    }
    if (req.method === "PATCH") {
        const body = objectOf(parseJson(rest.body ?? ""));
        const statement = updateStatement(builder, relation, parsed.select, body, returning);
        const result = await run(ctx, rest.caller, rest.info, statement, write);
        return writeResponse(result, { ...writeOptions, kind: "update" });
    }
    if (req.method === "PUT") {
        const row = singleRowUpsert(relation.primaryKey, root, parseJson(rest.body ?? ""));
        const statement = insertStatement(builder, relation, parsed.select, {
            rows: [row],
            columns: Object.keys(row),
            onConflict: relation.primaryKey,
            resolution: "merge-duplicates",
            missingDefault: false,
            returning,
        });
        const result = await run(ctx, rest.caller, rest.info, statement, write);
        return writeResponse(result, { ...writeOptions, kind: "update" });
    }
    if (req.method === "DELETE") {
        const statement = deleteStatement(builder, relation, parsed.select, returning);
        const result = await run(ctx, rest.caller, rest.info, statement, write);
        return writeResponse(result, { ...writeOptions, kind: "delete" });
    }
    throw pgrst.methodNotAllowed(req.method);
}

/**
 * PUT is PostgREST's single-row upsert: the URL filters every primary-key column with `eq` and nothing
 * else (PGRST105), the body is one row whose key values match the URL (PGRST115).
 */
function singleRowUpsert(primaryKey: string[], root: LevelParams, body: unknown): Record<string, unknown> {
    const keyFilters = new Map<string, string>();
    for (const condition of root.conditions) {
        const filter = condition.kind === "filter" ? condition.filter : null;
        if (!filter || filter.op !== "eq" || filter.negate || filter.field.json.length > 0) break;
        keyFilters.set(filter.field.name, String(filter.value));
    }
    const onlyKeys = primaryKey.length > 0 && keyFilters.size === root.conditions.length &&
        keyFilters.size === primaryKey.length && primaryKey.every((column) => keyFilters.has(column));
    if (!onlyKeys || root.limit !== undefined || root.offset !== undefined) {
        throw new ApiError(
            405,
            "PGRST105",
            "Filters must include all and only primary key columns with 'eq' operators",
        );
    }
    const rows = Array.isArray(body) ? body : [body];
    if (rows.length !== 1) throw pgrst.invalidBody("PUT payload must contain a single row");
    const row = objectOf(rows[0]);
    for (const [column, value] of keyFilters) {
        if (!(column in row) || String(row[column]) !== value) {
            throw new ApiError(400, "PGRST115", "Payload values do not match URL in primary key column(s)");
        }
    }
    return row;
}

/** Plans and runs once; a name missing from the schema cache reloads it and plans again. */
async function withReload(rest: RestRequest, work: () => Promise<Response>): Promise<Response> {
    try {
        return await work();
    } catch (error) {
        if (error instanceof SchemaMiss && (await rest.cache.reloadAfterMiss())) return await work();
        if (error instanceof postgres.PostgresError && ["42703", "42P01", "42883"].includes(error.code)) {
            // The catalog changed under the cache (a migration ran): read it again for the next request.
            await rest.cache.reloadAfterMiss();
        }
        throw error;
    }
}

function checkProfile(req: Request): void {
    const header = req.method === "GET" || req.method === "HEAD"
        ? req.headers.get("accept-profile")
        : req.headers.get("content-profile");
    if (header && !EXPOSED_SCHEMAS.includes(header)) throw pgrst.invalidSchema(header, EXPOSED_SCHEMAS);
}

function openApi(cache: SchemaCache, ctx: ServerContext): Response {
    const paths: Record<string, unknown> = { "/": {} };
    for (const name of cache.relations.keys()) paths[`/${name}`] = {};
    for (const name of cache.functions.keys()) paths[`/rpc/${name}`] = {};
    return json({
        swagger: "2.0",
        info: { title: "supabase/local PostgREST emulation", version: "local" },
        host: new URL(ctx.config.publicUrl).host,
        basePath: "/rest/v1",
        paths,
    });
}

async function handle(ctx: ServerContext, cache: SchemaCache, req: Request, path: string): Promise<Response | null> {
    if (req.method === "OPTIONS") return new Response(null, { status: 200, headers: corsHeaders });
    checkProfile(req);
    const caller = await resolveCaller(req, ctx.config.jwtSecret);
    if (path === "/" || path === "") return openApi(cache, ctx);
    const segments = path.slice(1).split("/").map(decodeURIComponent);
    const isRpc = segments.length === 2 && segments[0] === "rpc" && segments[1] !== "";
    if (!isRpc && segments.length !== 1) {
        throw new ApiError(404, "PGRST125", `Invalid path specified in request URL`);
    }
    const url = new URL(req.url);
    const rest: RestRequest = {
        ctx,
        cache,
        req,
        url,
        caller,
        info: { method: req.method, path, headers: headerObject(req) },
        prefs: parsePrefer(req.headers.get("prefer")),
        accept: negotiate(req.headers.get("accept")),
        body: req.method === "GET" || req.method === "HEAD" || req.method === "DELETE" ? null : await readText(req),
    };
    try {
        if (isRpc) return await withReload(rest, () => rpcResponse(rest, segments[1]));
        return await withReload(rest, () => tableRequest(rest, segments[0]));
    } catch (error) {
        // 42501 is 401 for anonymous callers and 403 for callers with a JWT.
        if (error instanceof postgres.PostgresError) throw fromPostgres(error, caller.authenticated);
        throw error;
    }
}

export function createRestService(ctx: ServerContext): Service {
    const cache = new SchemaCache(ctx.db.admin, "public");
    const ready = cache.load().catch((error) => console.error("rest: schema cache load failed", error));
    const listening = ctx.db.admin.listen("pgrst", (payload) => {
        if (payload === "" || payload === "reload schema") {
            cache.load().catch((error) => console.error("rest: schema cache reload failed", error));
        }
    }).catch((error) => {
        console.error("rest: LISTEN pgrst failed", error);
        return null;
    });
    return {
        prefix: "/rest/v1",
        async handle(req, path) {
            await ready;
            try {
                return await handle(ctx, cache, req, path);
            } catch (error) {
                if (error instanceof ApiError) return errorResponse(error);
                if (error instanceof postgres.PostgresError) return errorResponse(fromPostgres(error, false));
                console.error("rest: unexpected error", error);
                return errorResponse(new ApiError(500, "PGRST000", "Internal server error"));
            }
        },
        async close() {
            const listener = await listening;
            await listener?.unlisten();
        },
    };
}
