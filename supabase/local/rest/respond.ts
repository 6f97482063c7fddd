// Status codes, Content-Range and bodies of PostgREST responses (Response.hs, RangeQuery.hs).
import { corsHeaders } from "../http.ts";
import { pgrst } from "./errors.ts";
import type { Result } from "./execute.ts";

export type Accept = "json" | "object" | "csv";

const JSON_TYPE = "application/json; charset=utf-8";

/** Reads the Accept header: JSON array (default), single object (PGRST116 rules) or CSV. */
export function negotiate(header: string | null): Accept {
    if (!header) return "json";
    const types = header.split(",").map((part) => part.split(";")[0].trim().toLowerCase());
    for (const type of types) {
        if (type === "application/vnd.pgrst.object+json" || type === "application/vnd.pgrst.object") return "object";
        if (type === "application/json" || type === "*/*" || type === "application/*" || type === "") return "json";
        if (type === "text/csv") return "csv";
    }
    throw pgrst.notAcceptable(header);
}

function csv(body: string): string {
    const rows = JSON.parse(body) as Record<string, unknown>[];
    if (rows.length === 0) return "";
    const columns = Object.keys(rows[0]);
    const cell = (value: unknown) => {
        if (value === null || value === undefined) return "";
        const text = typeof value === "object" ? JSON.stringify(value) : String(value);
        return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    };
    return [columns.join(","), ...rows.map((row) => columns.map((column) => cell(row[column])).join(","))].join("\n");
}

/** The body as the client asked for it: array, the single object, or CSV. */
function shape(body: string, accept: Accept): { text: string; type: string } {
    if (accept === "object") {
        const rows = JSON.parse(body) as unknown[];
        return { text: JSON.stringify(rows[0]), type: "application/vnd.pgrst.object+json; charset=utf-8" };
    }
    if (accept === "csv") return { text: csv(body), type: "text/csv; charset=utf-8" };
    return { text: body, type: JSON_TYPE };
}

function range(offset: number, result: Result): string {
    const total = result.total === null ? "*" : String(result.total);
    if (result.pageTotal === 0) return `*/${total}`;
    return `${offset}-${offset + result.pageTotal - 1}/${total}`;
}

export interface ResponseOptions {
    method: string;
    accept: Accept;
    applied: string[];
    offset: number;
}

function headers(type: string | null, extra: Record<string, string>, applied: string[]): Headers {
    const result = new Headers({ ...corsHeaders, ...extra });
    if (type) result.set("Content-Type", type);
    if (applied.length) result.set("Preference-Applied", applied.join(", "));
    return result;
}

export function readResponse(result: Result, options: ResponseOptions): Response {
    const { total, pageTotal } = result;
    if (total !== null && options.offset > total && options.offset > 0) {
        throw pgrst.rangeNotSatisfiable(
            `An offset of ${options.offset} was requested, but there are only ${total} rows.`,
        );
    }
    const status = total !== null && pageTotal < total ? 206 : 200;
    const body = shape(result.body ?? "[]", options.accept);
    const extra = { "Content-Range": range(options.offset, result) };
    return new Response(options.method === "HEAD" ? null : body.text, {
        status,
        headers: headers(body.type, extra, options.applied),
    });
}

export function writeResponse(
    result: Result,
    options: ResponseOptions & {
        kind: "insert" | "update" | "delete";
        representation: boolean;
        countRequested: boolean;
    },
): Response {
    const total = options.countRequested ? String(result.pageTotal) : "*";
    const contentRange = options.kind === "insert" || result.pageTotal === 0
        ? `*/${total}`
        : `0-${result.pageTotal - 1}/${total}`;
    const extra = { "Content-Range": contentRange };
    if (options.representation && result.body !== null) {
        const body = shape(result.body, options.accept);
        return new Response(body.text, {
            status: options.kind === "insert" ? 201 : 200,
            headers: headers(body.type, extra, options.applied),
        });
    }
    return new Response(null, {
        status: options.kind === "insert" ? 201 : 204,
        headers: headers(null, extra, options.applied),
    });
}

/** RPC results that are not row sets: a scalar, one composite, or nothing (void → 204). */
export function valueResponse(body: string | null, options: ResponseOptions): Response {
    if (body === null) return new Response(null, { status: 204, headers: headers(null, {}, options.applied) });
    return new Response(options.method === "HEAD" ? null : body, {
        status: 200,
        headers: headers(JSON_TYPE, {}, options.applied),
    });
}
