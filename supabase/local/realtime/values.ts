// From wal2json (format-version 2) column values to what Realtime puts in `record`/`old_record`.
// Realtime casts each wal2json value to its type and takes `to_jsonb(...)` of it (realtime.cast in
// apply_rls), so jsonb is an object, arrays are JSON arrays, timestamps are ISO text with a `T`.
// wal2json already writes numbers and booleans as JSON; everything else arrives as the type's text form.

/** Parses a PostgreSQL array literal (`{a,"b c",NULL}`, nested for more dimensions). */
export function parseArrayLiteral(text: string): unknown[] | null {
    let position = 0;
    // Optional dimension decoration: [1:2]={…}
    if (text.startsWith("[")) {
        const eq = text.indexOf("=");
        if (eq < 0) return null;
        position = eq + 1;
    }
    function parseLevel(): unknown[] | null {
        if (text[position] !== "{") return null;
        position++;
        const items: unknown[] = [];
        if (text[position] === "}") {
            position++;
            return items;
        }
        while (position < text.length) {
            const char = text[position];
            if (char === "{") {
                const nested = parseLevel();
                if (nested === null) return null;
                items.push(nested);
            } else if (char === '"') {
                position++;
                let value = "";
                while (position < text.length && text[position] !== '"') {
                    if (text[position] === "\\") position++;
                    value += text[position];
                    position++;
                }
                position++;
                items.push(value);
            } else {
                let value = "";
                while (position < text.length && text[position] !== "," && text[position] !== "}") {
                    value += text[position];
                    position++;
                }
                items.push(value.trim() === "NULL" ? null : value.trim());
            }
            if (text[position] === ",") {
                position++;
                continue;
            }
            if (text[position] === "}") {
                position++;
                return items;
            }
            return null;
        }
        return null;
    }
    return parseLevel();
}

/** `2026-11-21 23:40:05.406552+00` → `2026-11-21T23:40:05.406552+00:00` (to_jsonb's timestamptz text). */
function isoTimestamp(text: string): string {
    const match = text.match(/^(\d{4,}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)(?:([+-]\d\d)(?::?(\d\d))?)?$/);
    if (!match) return text;
    const [, date, time, hours, minutes] = match;
    return hours === undefined ? `${date}T${time}` : `${date}T${time}${hours}:${minutes ?? "00"}`;
}

const NUMBER_TYPES = new Set(["int2", "int4", "int8", "float4", "float8", "numeric", "oid"]);

/** Converts one decoded value (or array element, which arrives as text) to its to_jsonb shape. */
export function toJsonValue(typname: string, value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (typname.startsWith("_") && typeof value === "string") {
        const items = parseArrayLiteral(value);
        if (items === null) return value;
        const element = typname.slice(1);
        const convert = (item: unknown): unknown =>
            Array.isArray(item) ? item.map(convert) : toJsonValue(element, item);
        return items.map(convert);
    }
    if (typeof value !== "string") return value;
    if (NUMBER_TYPES.has(typname)) {
        const number = Number(value);
        return Number.isFinite(number) ? number : value;
    }
    switch (typname) {
        case "bool":
            return value === "t" || value === "true";
        case "json":
        case "jsonb":
            try {
                return JSON.parse(value);
            } catch {
                return value;
            }
        case "timestamptz":
        case "timestamp":
            return isoTimestamp(value);
        default:
            return value;
    }
}

/** wal2json's commit timestamp → Realtime's `commit_timestamp` (`YYYY-MM-DDTHH:MI:SS.mmmZ`). */
export function commitTimestamp(text: string): { iso: string; millis: number } {
    const millis = Date.parse(isoTimestamp(text));
    if (Number.isNaN(millis)) return { iso: text, millis: Date.now() };
    return { iso: new Date(millis).toISOString(), millis };
}
