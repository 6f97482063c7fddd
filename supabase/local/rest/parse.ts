// The PostgREST query-string grammar (docs/references/api/tables_views.rst, resource_embedding.rst):
// select trees, horizontal filters with not./or/and, order, limit/offset. Parsing only: names are
// checked against the schema cache and turned into SQL by sql.ts.
import { ApiError, pgrst } from "./errors.ts";

export interface JsonStep {
    arrow: "->" | "->>";
    key: string;
}

export interface FieldRef {
    name: string;
    json: JsonStep[];
}

export type SelectItem =
    | { kind: "star" }
    | { kind: "field"; field: FieldRef; alias?: string; cast?: string }
    | {
        kind: "embed";
        name: string;
        alias?: string;
        hint?: string;
        joinType?: "inner" | "left";
        spread: boolean;
        children: SelectItem[];
    };

export const OPERATORS = [
    "eq",
    "neq",
    "gt",
    "gte",
    "lt",
    "lte",
    "like",
    "ilike",
    "match",
    "imatch",
    "in",
    "is",
    "isdistinct",
    "fts",
    "plfts",
    "phfts",
    "wfts",
    "cs",
    "cd",
    "ov",
    "sl",
    "sr",
    "nxr",
    "nxl",
    "adj",
] as const;
export type Operator = typeof OPERATORS[number];

export interface Filter {
    field: FieldRef;
    negate: boolean;
    op: Operator;
    quantifier?: "any" | "all";
    /** Text search configuration of fts/plfts/phfts/wfts, e.g. `english`. */
    language?: string;
    /** A scalar; a list for `in` and quantified operators. */
    value: string | string[];
}

export type Condition =
    | { kind: "filter"; filter: Filter }
    | { kind: "logic"; op: "and" | "or"; negate: boolean; children: Condition[] }
    /** `rel=is.null` / `rel=not.is.null` on an embedded resource. */
    | { kind: "embedNull"; name: string; negate: boolean };

export interface OrderTerm {
    field: FieldRef;
    /** Set when ordering by a column of a to-one embed: `order=rel(col).desc`. */
    relation?: string;
    direction?: "asc" | "desc";
    nulls?: "first" | "last";
}

/** Everything that applies to one level of the select tree ("" = the root, "a.b" = embed b in a). */
export interface LevelParams {
    conditions: Condition[];
    order: OrderTerm[];
    limit?: number;
    offset?: number;
}

const IDENTIFIER = /^[^\s,.:()!"'\\-][^\s,.:()!"'\\]*$/;
const CAST = /^[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)?(\[\])?$/;

/** Splits at top-level commas, honouring parentheses, braces and double quotes with backslash escapes. */
export function splitTopLevel(text: string, what: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = "";
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            current += ch;
            if (ch === "\\" && i + 1 < text.length) current += text[++i];
            else if (ch === '"') quoted = false;
            continue;
        }
        if (ch === '"') quoted = true;
        else if (ch === "(" || ch === "{" || ch === "[") depth++;
        else if (ch === ")" || ch === "}" || ch === "]") {
            depth--;
            if (depth < 0) throw pgrst.parse(what, text, `unexpected "${ch}"`);
        } else if (ch === "," && depth === 0) {
            parts.push(current);
            current = "";
            continue;
        }
        current += ch;
    }
    if (quoted) throw pgrst.parse(what, text, "unexpected end of input: unclosed double quote");
    if (depth !== 0) throw pgrst.parse(what, text, "unexpected end of input: unbalanced parentheses");
    parts.push(current);
    return parts;
}

function unquote(value: string): string {
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        return value.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    return value;
}

function identifier(text: string, what: string, whole: string): string {
    const name = unquote(text.trim());
    if (text.trim().startsWith('"')) {
        if (name === "") throw pgrst.parse(what, whole, "empty quoted identifier");
        return name;
    }
    if (!IDENTIFIER.test(name)) throw pgrst.parse(what, whole, `unexpected identifier "${text}"`);
    return name;
}

/** `col`, `col->a->>b`, `col->0` */
export function parseField(text: string, what: string, whole: string): FieldRef {
    const pieces = text.split(/(->>|->)/);
    const name = identifier(pieces[0], what, whole);
    const json: JsonStep[] = [];
    for (let i = 1; i < pieces.length; i += 2) {
        const key = unquote(pieces[i + 1] ?? "");
        if (key === "") throw pgrst.parse(what, whole, "expecting a JSON key after the arrow");
        json.push({ arrow: pieces[i] as "->" | "->>", key });
    }
    return { name, json };
}

function parseSelectItem(raw: string, whole: string): SelectItem {
    let text = raw.trim();
    if (text === "") throw pgrst.parse("select parameter", whole, "unexpected empty item");
    if (text === "*") return { kind: "star" };
    const open = text.indexOf("(");
    const spread = text.startsWith("...");
    if (spread) text = text.slice(3);
    // alias: prefix, but not the cast operator
    let alias: string | undefined;
    const aliasMatch = text.match(/^([^:()]+):(?!:)/);
    if (aliasMatch && (open === -1 || aliasMatch[0].length <= text.indexOf("("))) {
        alias = identifier(aliasMatch[1], "select parameter", whole);
        text = text.slice(aliasMatch[0].length);
    }
    const paren = text.indexOf("(");
    if (paren !== -1) {
        if (!text.endsWith(")")) throw pgrst.parse("select parameter", whole, `unexpected text after "${text}"`);
        const head = text.slice(0, paren);
        const inner = text.slice(paren + 1, -1);
        const [nameText, ...hints] = head.split("!");
        const name = identifier(nameText, "select parameter", whole);
        let hint: string | undefined;
        let joinType: "inner" | "left" | undefined;
        for (const piece of hints) {
            const value = identifier(piece, "select parameter", whole);
            if (value === "inner" || value === "left") joinType = value;
            else if (hint === undefined) hint = value;
            else throw pgrst.parse("select parameter", whole, `unexpected "!${value}"`);
        }
        const children = inner.trim() === "" ? [] : parseSelect(inner, whole);
        return { kind: "embed", name, alias, hint, joinType, spread, children };
    }
    if (spread) throw pgrst.parse("select parameter", whole, "spread needs an embedded resource");
    let cast: string | undefined;
    const castAt = text.indexOf("::");
    if (castAt !== -1) {
        cast = text.slice(castAt + 2).trim();
        text = text.slice(0, castAt);
        if (!CAST.test(cast)) throw pgrst.parse("select parameter", whole, `invalid cast "${cast}"`);
    }
    return { kind: "field", field: parseField(text, "select parameter", whole), alias, cast };
}

export function parseSelect(text: string, whole = text): SelectItem[] {
    return splitTopLevel(text, "select parameter").map((item) => parseSelectItem(item, whole));
}

/** `(a,"b,c",d)` or `{a,b}` → items */
function parseList(text: string, what: string, whole: string): string[] {
    const trimmed = text.trim();
    const open = trimmed[0];
    const close = open === "(" ? ")" : open === "{" ? "}" : "";
    if (!close || !trimmed.endsWith(close)) {
        throw pgrst.parse(what, whole, `expecting a list in ${open === "{" ? "{}" : "()"}`);
    }
    const inner = trimmed.slice(1, -1);
    if (inner.trim() === "") return [];
    return splitTopLevel(inner, what).map((item) => unquote(item.trim()));
}

/** `[not.]op[(any|all)|(lang)].value` */
export function parseOperation(field: FieldRef, expression: string, what: string): Filter {
    let rest = expression;
    let negate = false;
    if (rest.startsWith("not.")) {
        negate = true;
        rest = rest.slice(4);
    }
    const dot = rest.indexOf(".");
    if (dot === -1) throw pgrst.parse(what, expression, "expecting an operator and a value: op.value");
    const opText = rest.slice(0, dot);
    const rawValue = rest.slice(dot + 1);
    const match = opText.match(/^([a-z]+)(?:\(([A-Za-z_][A-Za-z0-9_]*)\))?$/);
    if (!match || !(OPERATORS as readonly string[]).includes(match[1])) {
        throw pgrst.parse(what, expression, `unknown operator "${opText}"`);
    }
    const op = match[1] as Operator;
    const modifier = match[2];
    const filter: Filter = { field, negate, op, value: rawValue };
    if (modifier) {
        if (op === "fts" || op === "plfts" || op === "phfts" || op === "wfts") {
            filter.language = modifier;
        } else if (
            (modifier === "any" || modifier === "all") &&
            ["eq", "neq", "like", "ilike", "gt", "gte", "lt", "lte", "match", "imatch"].includes(op)
        ) {
            filter.quantifier = modifier;
            filter.value = parseList(rawValue, what, expression);
        } else {
            throw pgrst.parse(what, expression, `unexpected modifier "(${modifier})"`);
        }
    }
    if (op === "in") filter.value = parseList(rawValue, what, expression);
    if (op === "is" && !["null", "not_null", "true", "false", "unknown"].includes(rawValue.toLowerCase())) {
        throw pgrst.parse(
            what,
            expression,
            `unexpected "${rawValue}" expecting null, not_null, true, false or unknown`,
        );
    }
    if (op !== "in" && !filter.quantifier && typeof filter.value === "string") filter.value = unquote(filter.value);
    return filter;
}

/** One item of an or=(...)/and=(...) tree. */
function parseLogicItem(text: string, whole: string): Condition {
    const item = text.trim();
    const logic = item.match(/^(not\.)?(and|or)\((.*)\)$/s);
    if (logic) {
        return {
            kind: "logic",
            op: logic[2] as "and" | "or",
            negate: logic[1] !== undefined,
            children: splitTopLevel(logic[3], "logic tree").map((child) => parseLogicItem(child, whole)),
        };
    }
    // field.op.value, where the field may carry a JSON path (whose keys cannot contain dots here)
    const dot = item.indexOf(".");
    if (dot === -1) throw pgrst.parse("logic tree", whole, `expecting field.operator.value in "${item}"`);
    const field = parseField(item.slice(0, dot), "logic tree", whole);
    return { kind: "filter", filter: parseOperation(field, item.slice(dot + 1), "logic tree") };
}

export function parseLogic(op: "and" | "or", negate: boolean, value: string): Condition {
    const whole = value;
    if (!value.startsWith("(") || !value.endsWith(")")) {
        throw pgrst.parse("logic tree", whole, `expecting "(" ... ")"`);
    }
    const children = splitTopLevel(value.slice(1, -1), "logic tree").map((item) => parseLogicItem(item, whole));
    return { kind: "logic", op, negate, children };
}

export function parseOrder(value: string): OrderTerm[] {
    return splitTopLevel(value, "order").map((raw) => {
        const item = raw.trim();
        let relation: string | undefined;
        let rest = item;
        const embedded = item.match(/^([^().]+)\(([^()]+)\)(.*)$/);
        if (embedded) {
            relation = identifier(embedded[1], "order", value);
            rest = embedded[2] + embedded[3];
        }
        const pieces = rest.split(".");
        const field = parseField(pieces[0], "order", value);
        const term: OrderTerm = { field, relation };
        for (const modifier of pieces.slice(1)) {
            if (modifier === "asc" || modifier === "desc") term.direction = modifier;
            else if (modifier === "nullsfirst") term.nulls = "first";
            else if (modifier === "nullslast") term.nulls = "last";
            else {throw pgrst.parse(
                    "order",
                    value,
                    `unexpected "${modifier}" expecting asc, desc, nullsfirst or nullslast`,
                );}
        }
        return term;
    });
}

function nonNegativeInteger(value: string, what: string): number {
    if (!/^\d{1,15}$/.test(value)) throw pgrst.parse(what, value, "expecting a non-negative integer");
    return Number(value);
}

export interface ParsedQuery {
    select: SelectItem[];
    /** Keyed by the embed path: "" for the root, "alias" or "alias.child" for embeds. */
    levels: Map<string, LevelParams>;
    columns?: string[];
    onConflict?: string[];
    /** Query parameters that are not part of the grammar (RPC arguments on GET). */
    rest: [string, string][];
}

function level(levels: Map<string, LevelParams>, path: string): LevelParams {
    let params = levels.get(path);
    if (!params) {
        params = { conditions: [], order: [] };
        levels.set(path, params);
    }
    return params;
}

/**
 * Parses a PostgREST query string. `argumentNames` (RPC over GET) are kept apart as arguments.
 * Embedded resources named as filter targets (`rel=is.null`) are recognised by `isEmbed`.
 */
export function parseQuery(params: URLSearchParams, argumentNames: Set<string> = new Set()): ParsedQuery {
    const parsed: ParsedQuery = { select: [{ kind: "star" }], levels: new Map(), rest: [] };
    level(parsed.levels, "");
    for (const [key, value] of params) {
        if (key === "select") {
            parsed.select = value.trim() === "" ? [{ kind: "star" }] : parseSelect(value);
            continue;
        }
        if (key === "columns") {
            parsed.columns = splitTopLevel(value, "columns parameter").map((name) =>
                identifier(name, "columns parameter", value)
            );
            continue;
        }
        if (key === "on_conflict") {
            parsed.onConflict = splitTopLevel(value, "on_conflict parameter").map((name) =>
                identifier(name, "on_conflict parameter", value)
            );
            continue;
        }
        if (argumentNames.has(key)) {
            parsed.rest.push([key, value]);
            continue;
        }
        // Embedded-level parameters are prefixed with the embed path: rel.order, rel.sub.col, rel.or, ...
        const segments = key.split(".");
        let last = segments[segments.length - 1];
        let prefix = segments.slice(0, -1);
        let negateLogic = false;
        if ((last === "or" || last === "and") && prefix[prefix.length - 1] === "not") {
            negateLogic = true;
            prefix = prefix.slice(0, -1);
        }
        // A JSON path in a filter key can contain dots only inside its keys; keep the field whole then.
        if (key.includes("->")) {
            const arrow = key.indexOf("->");
            const before = key.slice(0, arrow);
            const parts = before.split(".");
            prefix = parts.slice(0, -1);
            last = parts[parts.length - 1] + key.slice(arrow);
        }
        const path = prefix.join(".");
        const target = level(parsed.levels, path);
        if (last === "order") target.order.push(...parseOrder(value));
        else if (last === "limit") target.limit = nonNegativeInteger(value, "limit parameter");
        else if (last === "offset") target.offset = nonNegativeInteger(value, "offset parameter");
        else if (last === "or" || last === "and") target.conditions.push(parseLogic(last, negateLogic, value));
        else {
            const field = parseField(last, "filter", key);
            target.conditions.push({ kind: "filter", filter: parseOperation(field, value, "filter") });
        }
    }
    return parsed;
}

export function isApiError(error: unknown): error is ApiError {
    return error instanceof ApiError;
}
