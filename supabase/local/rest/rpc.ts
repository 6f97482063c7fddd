// POST/GET /rpc/<function> (docs/references/api/functions.rst): named arguments from the JSON body or
// the query string, a single unnamed json/jsonb parameter receives the whole body; set-returning
// functions of a composite type accept select/filters/order/limit like a table.
import { pgrst } from "./errors.ts";
import { run } from "./execute.ts";
import type { RestRequest } from "./mod.ts";
import { parseQuery } from "./parse.ts";
import { readResponse, valueResponse } from "./respond.ts";
import { functionResultRelation, type PgFunction } from "./schema_cache.ts";
import { QueryBuilder, readStatement, rpcCall } from "./sql.ts";

function takesWholeBody(fn: PgFunction): boolean {
    return fn.inArgs.length === 1 && fn.inArgs[0].name === "" && ["json", "jsonb"].includes(fn.inArgs[0].type);
}

function choose(name: string, overloads: PgFunction[], keys: string[], allowWholeBody: boolean): PgFunction {
    const matches = overloads.filter((fn) => {
        const names = fn.inArgs.map((arg) => arg.name);
        if (keys.some((key) => !names.includes(key))) return false;
        const required = fn.inArgs.slice(0, fn.inArgs.length - fn.defaults);
        return required.every((arg) => keys.includes(arg.name));
    });
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) throw pgrst.ambiguousFunction(name);
    const whole = allowWholeBody ? overloads.find(takesWholeBody) : undefined;
    if (whole) return whole;
    throw pgrst.notFoundFunction("public", name, keys);
}

export async function rpcResponse(rest: RestRequest, name: string): Promise<Response> {
    const { cache, req, ctx, prefs } = rest;
    const overloads = cache.functions.get(name) ?? [];
    const method = req.method;
    if (method !== "GET" && method !== "HEAD" && method !== "POST") {
        throw pgrst.methodNotAllowed(method);
    }
    const argumentNames = new Set(overloads.flatMap((fn) => fn.inArgs.map((arg) => arg.name)).filter((n) => n !== ""));
    const parsed = parseQuery(rest.url.searchParams, method === "POST" ? new Set() : argumentNames);
    let args: Record<string, unknown> = {};
    let rawBody: string | null = null;
    if (method === "POST") {
        const text = rest.body ?? "";
        let value: unknown = {};
        if (text.trim() !== "") {
            try {
                value = JSON.parse(text);
            } catch {
                throw pgrst.invalidBody("Empty or invalid json");
            }
        }
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            args = value as Record<string, unknown>;
        } else {
            rawBody = text;
        }
    } else {
        for (const [key, value] of parsed.rest) {
            const previous = args[key];
            if (previous === undefined) args[key] = value;
            else args[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
        }
    }
    if (overloads.length === 0) throw pgrst.notFoundFunction("public", name, Object.keys(args));
    let fn = rawBody === null
        ? choose(name, overloads, Object.keys(args), method === "POST")
        : overloads.find(takesWholeBody);
    if (!fn) throw pgrst.notFoundFunction("public", name, []);
    if (rawBody === null && takesWholeBody(fn) && method === "POST") rawBody = rest.body ?? "{}";
    if (rawBody !== null && !takesWholeBody(fn)) fn = undefined;
    if (!fn) throw pgrst.notFoundFunction("public", name, []);

    const builder = new QueryBuilder(cache, parsed.levels);
    const call = rpcCall(builder, fn, rawBody === null ? args : null, rawBody);
    const readOnly = method !== "POST" || fn.volatility !== "v";
    const maxRows = ctx.config.maxRows;
    const responseOptions = { method, accept: rest.accept, applied: prefs.applied, offset: 0 };
    const withPrelude = call.prelude ? `with ${call.prelude} ` : "";
    const argsFrom = call.prelude ? "from pgrst_args" : "";

    if (fn.returnsComposite) {
        const relation = functionResultRelation(cache, fn);
        const root = parsed.levels.get("")!;
        const offset = root.offset ?? 0;
        const statement = readStatement(builder, relation, parsed.select, {
            count: prefs.count,
            maxRows,
            limit: root.limit,
            offset,
            from: `${call.fromArgs}${call.fromArgs ? "lateral " : ""}${call.call} t0`,
            prelude: call.prelude,
        });
        const result = await run(ctx, rest.caller, rest.info, statement, {
            readOnly,
            singular: rest.accept === "object",
            count: prefs.count,
            maxRows,
        });
        if (!fn.returnsSet && rest.accept !== "object") {
            // A function returning one composite value answers with that object, not an array.
            const rows = JSON.parse(result.body ?? "[]") as unknown[];
            return valueResponse(JSON.stringify(rows[0] ?? null), responseOptions);
        }
        return readResponse(result, { ...responseOptions, offset });
    }
    let text: string;
    if (fn.returnsVoid) {
        text = `${withPrelude}select null::bigint as total, 0 as page_total, null::text as body
                  from ${call.fromArgs}${call.fromArgs ? "lateral " : ""}(select ${call.call}) _`;
    } else if (fn.returnsSet) {
        text = `${withPrelude}select null::bigint as total, count(*) as page_total,
                       coalesce(json_agg(_v), '[]'::json)::text as body
                  from ${call.fromArgs}${call.fromArgs ? "lateral " : ""}${call.call} _v`;
    } else {
        text =
            `${withPrelude}select null::bigint as total, 1 as page_total, to_json(${call.call})::text as body ${argsFrom}`;
    }
    builder.checkAllLevelsUsed();
    const result = await run(ctx, rest.caller, rest.info, { text, params: builder.params.values }, {
        readOnly,
        singular: false,
        count: null,
        maxRows,
    });
    return valueResponse(fn.returnsVoid ? null : result.body ?? "null", responseOptions);
}
