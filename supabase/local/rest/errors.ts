// PostgREST's error bodies {code, message, details, hint} and its SQLSTATE → HTTP status mapping
// (PostgREST src/library/PostgREST/Error.hs, mapSQLtoHTTP).
import postgres from "postgres";
import { corsHeaders } from "../http.ts";

export class ApiError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        message: string,
        readonly details: unknown = null,
        readonly hint: string | null = null,
        readonly headers: Record<string, string> = {},
    ) {
        super(message);
    }
}

/** A name that is not in the schema cache: the cache may be stale, so the request is planned again. */
export class SchemaMiss extends ApiError {}

export function errorResponse(error: ApiError): Response {
    const body = { code: error.code, details: error.details ?? null, hint: error.hint ?? null, message: error.message };
    return new Response(JSON.stringify(body), {
        status: error.status,
        headers: {
            ...corsHeaders,
            "Content-Type": "application/json; charset=utf-8",
            "Proxy-Status": `PostgREST; error=${error.code}`,
            ...error.headers,
        },
    });
}

/** HTTP status PostgREST answers for a SQLSTATE; `authenticated` = the request carried a JWT. */
export function statusForSqlState(code: string, authenticated: boolean, message = ""): number {
    if (code === "42501") return authenticated ? 403 : 401;
    if (code === "23503" || code === "23505") return 409;
    if (code === "25006") return 405;
    if (code === "P0001") return 400;
    if (code === "42883") return 404;
    if (code === "42P01") return 404;
    if (code === "22023") return /role .* does not exist/.test(message) ? 401 : 400;
    if (code === "57P01") return 503;
    if (code === "42P17" || code === "21000") return 500;
    if (/^PT\d{3}$/.test(code)) return Number(code.slice(2));
    const klass = code.slice(0, 2);
    if (klass === "08" || klass === "53") return code === "53400" ? 500 : 503;
    if (["0L", "0P", "28"].includes(klass)) return 403;
    if (["09", "25", "2D", "38", "39", "3B", "40", "54", "55", "57", "58", "F0", "HV", "P0", "XX"].includes(klass)) {
        return 500;
    }
    return 400;
}

export function fromPostgres(error: InstanceType<typeof postgres.PostgresError>, authenticated: boolean): ApiError {
    const status = statusForSqlState(error.code, authenticated, error.message);
    return new ApiError(status, error.code, error.message, error.detail ?? null, error.hint ?? null);
}

export const pgrst = {
    parse: (what: string, value: string, details: string) =>
        new ApiError(400, "PGRST100", `"failed to parse ${what} (${value})"`, details),
    invalidBody: (message: string) => new ApiError(400, "PGRST102", message),
    rangeNotSatisfiable: (details: string | null = null) =>
        new ApiError(416, "PGRST103", "Requested range not satisfiable", details),
    invalidSchema: (schema: string, exposed: string[]) =>
        new ApiError(
            406,
            "PGRST106",
            `Invalid schema: ${schema}`,
            null,
            `Only the following schemas are exposed: ${exposed.join(", ")}`,
        ),
    notAcceptable: (accept: string) =>
        new ApiError(406, "PGRST107", `None of these media types are available: ${accept}`),
    singular: (rows: number) =>
        new ApiError(
            406,
            "PGRST116",
            "Cannot coerce the result to a single JSON object",
            `The result contains ${rows} rows`,
        ),
    embedFilter: (name: string) =>
        new ApiError(
            400,
            "PGRST108",
            `'${name}' is not an embedded resource in this request`,
            null,
            `Verify that '${name}' is included in the 'select' query parameter.`,
        ),
    notFoundTable: (schema: string, name: string) =>
        new SchemaMiss(404, "PGRST205", `Could not find the table '${schema}.${name}' in the schema cache`),
    notFoundColumn: (table: string, column: string) =>
        new SchemaMiss(400, "42703", `column ${table}.${column} does not exist`),
    notFoundBodyColumn: (table: string, column: string) =>
        new SchemaMiss(400, "PGRST204", `Could not find the '${column}' column of '${table}' in the schema cache`),
    notFoundFunction: (schema: string, name: string, args: string[]) =>
        new SchemaMiss(
            404,
            "PGRST202",
            `Could not find the function ${schema}.${name}(${args.join(", ")}) in the schema cache`,
            `Searched for the function ${schema}.${name} with parameters ${
                args.join(", ") || "without parameters"
            } or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
        ),
    noRelationship: (parent: string, child: string) =>
        new SchemaMiss(
            400,
            "PGRST200",
            `Could not find a relationship between '${parent}' and '${child}' in the schema cache`,
            `Searched for a foreign key relationship between '${parent}' and '${child}' in the schema 'public', but no matches were found.`,
        ),
    ambiguousFunction: (name: string) =>
        new ApiError(
            300,
            "PGRST203",
            `Could not choose the best candidate function between overloads of public.${name}`,
            null,
            "Try renaming the parameters or the function itself in the database so function overloading can be resolved",
        ),
    bodyTooLarge: (limit: number) =>
        new ApiError(413, "PGRST102", "Request body is too large", `The limit is ${limit} bytes`),
    methodNotAllowed: (method: string) => new ApiError(405, "PGRST117", `Unsupported HTTP method: ${method}`),
};
