// JSON payloads of writes and RPC calls (PGRST102 for anything that is not usable JSON).
import { readBody } from "../http.ts";
import { pgrst } from "./errors.ts";

/** Largest request body accepted (PostgREST has none; a gateway would cut bodies this size anyway). */
export const REST_BODY_LIMIT = 8 * 1024 * 1024;

export async function readText(req: Request): Promise<string> {
    const bytes = await readBody(req, REST_BODY_LIMIT);
    if (bytes === null) throw pgrst.bodyTooLarge(REST_BODY_LIMIT);
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
        throw pgrst.invalidBody("Empty or invalid json");
    }
}

export function parseJson(text: string): unknown {
    if (text.trim() === "") throw pgrst.invalidBody("Empty or invalid json");
    try {
        return JSON.parse(text);
    } catch {
        throw pgrst.invalidBody("Empty or invalid json");
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Rows of an insert: one object or an array of objects. Without `columns`, keys must match. */
export function rowsOf(
    value: unknown,
    columns: string[] | undefined,
): { rows: Record<string, unknown>[]; columns: string[] } {
    const rows = Array.isArray(value) ? value : [value];
    if (!rows.every(isObject)) throw pgrst.invalidBody("All object keys must match");
    if (columns) return { rows, columns };
    const first = rows.length ? Object.keys(rows[0]).sort() : [];
    for (const row of rows) {
        const keys = Object.keys(row).sort();
        if (keys.length !== first.length || keys.some((key, i) => key !== first[i])) {
            throw pgrst.invalidBody("All object keys must match");
        }
    }
    return { rows, columns: rows.length ? Object.keys(rows[0]) : [] };
}

export function objectOf(value: unknown): Record<string, unknown> {
    if (!isObject(value)) throw pgrst.invalidBody("Empty or invalid json");
    return value;
}
