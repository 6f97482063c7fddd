// postgres_changes filters: `column=op.value`, conditions joined by commas (AND), optional `not.` prefix,
// ops eq, neq, lt, lte, gt, gte, in, like, ilike, is, match, imatch, isdistinct (protocol reference §4.5,
// realtime migrations 20260626120000_readd_postgrest_filter_ops). Realtime evaluates them in SQL on the
// typed values; here they are evaluated on the decoded record: numbers compare as numbers, timestamps as
// instants, everything else as text.

export type FilterOp =
    | "eq"
    | "neq"
    | "lt"
    | "lte"
    | "gt"
    | "gte"
    | "in"
    | "like"
    | "ilike"
    | "is"
    | "match"
    | "imatch"
    | "isdistinct";

const OPS = new Set<string>([
    "eq",
    "neq",
    "lt",
    "lte",
    "gt",
    "gte",
    "in",
    "like",
    "ilike",
    "is",
    "match",
    "imatch",
    "isdistinct",
]);

export interface Condition {
    column: string;
    op: FilterOp;
    negated: boolean;
    /** The value as text; for `in` the list items; null stands for SQL NULL in `is`. */
    values: (string | null)[];
    pattern?: RegExp;
}

export class FilterError extends Error {}

/** Splits on commas that are outside double quotes and parentheses. */
function splitTopLevel(text: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = "";
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === "\\" && quoted && i + 1 < text.length) {
            current += char + text[++i];
            continue;
        }
        if (char === '"') quoted = !quoted;
        else if (!quoted && char === "(") depth++;
        else if (!quoted && char === ")") depth--;
        if (char === "," && !quoted && depth === 0) {
            parts.push(current);
            current = "";
            continue;
        }
        current += char;
    }
    parts.push(current);
    return parts;
}

function unquote(value: string): string {
    const trimmed = value.trim();
    if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
        return trimmed.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    return trimmed;
}

function likeToRegExp(pattern: string, caseInsensitive: boolean): RegExp {
    let source = "";
    for (const char of pattern) {
        if (char === "%" || char === "*") source += ".*";
        else if (char === "_") source += ".";
        else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${source}$`, caseInsensitive ? "is" : "s");
}

function parseCondition(text: string): Condition {
    const eq = text.indexOf("=");
    if (eq <= 0) throw new FilterError(`invalid filter "${text}": expected column=op.value`);
    const column = text.slice(0, eq).trim();
    let rest = text.slice(eq + 1);
    let negated = false;
    if (rest.startsWith("not.")) {
        negated = true;
        rest = rest.slice(4);
    }
    const dot = rest.indexOf(".");
    const op = dot < 0 ? rest : rest.slice(0, dot);
    if (!OPS.has(op)) throw new FilterError(`invalid filter "${text}": unknown operator "${op}"`);
    const raw = dot < 0 ? "" : rest.slice(dot + 1);
    const condition: Condition = { column, op: op as FilterOp, negated, values: [] };
    switch (condition.op) {
        case "in": {
            const inner = raw.trim();
            if (!inner.startsWith("(") || !inner.endsWith(")")) {
                throw new FilterError(`invalid filter "${text}": in expects (a,b,…)`);
            }
            const body = inner.slice(1, -1);
            condition.values = body === "" ? [] : splitTopLevel(body).map(unquote);
            break;
        }
        case "is": {
            const value = raw.trim().toLowerCase();
            if (!["null", "true", "false", "unknown"].includes(value)) {
                throw new FilterError(`invalid filter "${text}": is expects null, true, false or unknown`);
            }
            condition.values = [value];
            break;
        }
        case "like":
        case "ilike":
            condition.values = [unquote(raw)];
            condition.pattern = likeToRegExp(unquote(raw), op === "ilike");
            break;
        case "match":
        case "imatch":
            condition.values = [unquote(raw)];
            try {
                condition.pattern = new RegExp(unquote(raw), op === "imatch" ? "i" : "");
            } catch {
                throw new FilterError(`invalid filter "${text}": bad regular expression`);
            }
            break;
        default:
            condition.values = [unquote(raw)];
    }
    return condition;
}

/** Parses a binding's filter string; an absent or empty filter matches everything. */
export function parseFilter(filter: string | undefined | null): Condition[] {
    if (filter === undefined || filter === null || filter.trim() === "") return [];
    return splitTopLevel(filter).map((part) => parseCondition(part.trim()));
}

const NUMERIC_TYPES = new Set(["int2", "int4", "int8", "float4", "float8", "numeric", "oid", "money"]);
const TIME_TYPES = new Set(["timestamptz", "timestamp", "date"]);

function compare(value: unknown, target: string, typname: string | undefined): number | null {
    if (value === null || value === undefined) return null;
    if (typname && NUMERIC_TYPES.has(typname)) {
        const a = Number(value);
        const b = Number(target);
        if (!Number.isNaN(a) && !Number.isNaN(b)) return a === b ? 0 : a < b ? -1 : 1;
    }
    if (typname && TIME_TYPES.has(typname)) {
        const a = Date.parse(String(value));
        const b = Date.parse(target);
        if (!Number.isNaN(a) && !Number.isNaN(b)) return a === b ? 0 : a < b ? -1 : 1;
    }
    const a = textOf(value);
    return a === target ? 0 : a < target ? -1 : 1;
}

function textOf(value: unknown): string {
    if (typeof value === "string") return value;
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
}

/** SQL three-valued result of one condition: true, false or null (unknown). */
function evaluate(condition: Condition, value: unknown, typname: string | undefined): boolean | null {
    const isNull = value === null || value === undefined;
    switch (condition.op) {
        case "is": {
            const target = condition.values[0];
            if (target === "null") return isNull;
            if (target === "unknown") return isNull;
            if (isNull) return false;
            return String(value) === target;
        }
        case "isdistinct": {
            const target = condition.values[0];
            if (isNull) return target !== null && target !== "null";
            return compare(value, target ?? "", typname) !== 0;
        }
        case "in": {
            if (isNull) return null;
            return condition.values.some((item) => compare(value, item ?? "", typname) === 0);
        }
        case "like":
        case "ilike":
        case "match":
        case "imatch":
            if (isNull) return null;
            return condition.pattern!.test(textOf(value));
    }
    const order = compare(value, condition.values[0] ?? "", typname);
    if (order === null) return null;
    switch (condition.op) {
        case "eq":
            return order === 0;
        case "neq":
            return order !== 0;
        case "lt":
            return order < 0;
        case "lte":
            return order <= 0;
        case "gt":
            return order > 0;
        case "gte":
            return order >= 0;
    }
    return null;
}

/** True when every condition holds on the record (unknown counts as not visible, as in SQL WHERE). */
export function matches(
    conditions: Condition[],
    record: Record<string, unknown> | null,
    types: Map<string, string>,
): boolean {
    if (conditions.length === 0) return true;
    if (!record) return false;
    for (const condition of conditions) {
        const result = evaluate(condition, record[condition.column], types.get(condition.column));
        if (result === null) return false;
        if (condition.negated ? result : !result) return false;
    }
    return true;
}
