// Builds the SQL of a PostgREST request: identifiers come only from the schema cache and are quoted,
// values are always bind parameters. Like PostgREST, the JSON body is built in Postgres:
// `coalesce(json_agg(_t), '[]')` over the page, embeds as correlated subqueries with json_agg /
// row_to_json, the total as a count over the same conditions.
//
// Every bind parameter is sent as text and cast in SQL (`$1::text::uuid`): postgres.js would otherwise
// run values through its own serializer for the type Postgres deduces (booleans become 'f' unless they
// are JS true, JSON is stringified twice, dates are reparsed), while PostgREST hands Postgres the text
// as written, so the type's input function decides.
import { ApiError, pgrst } from "./errors.ts";
import type { Condition, FieldRef, Filter, LevelParams, OrderTerm, SelectItem } from "./parse.ts";
import { isToOne, type Relationship, resolveRelationship } from "./relationships.ts";
import type { Column, PgFunction, Relation, SchemaCache } from "./schema_cache.ts";

export class Params {
    readonly values: unknown[] = [];
    /** A text parameter cast to `type` (Postgres's input function parses it, as PostgREST's literals). */
    add(value: string, type = "text"): string {
        this.values.push(value);
        return type === "text" ? `$${this.values.length}::text` : `$${this.values.length}::text::${type}`;
    }
}

export function ident(name: string): string {
    return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(schema: string, name: string): string {
    return `${ident(schema)}.${ident(name)}`;
}

function and(parts: string[]): string {
    return parts.length === 0 ? "true" : parts.join(" and ");
}

interface Output {
    expr: string;
    /** null for `alias.*` */
    name: string | null;
}

interface EmbedSource {
    relationship: Relationship;
    alias: string;
    from: string;
    /** join condition plus the embed's own conditions */
    where: string[];
}

export interface Level {
    outputs: Output[];
    where: string[];
    orderBy: string[];
    limit?: number;
    offset?: number;
}

const COMPARISON: Record<string, string> = {
    eq: "=",
    neq: "<>",
    gt: ">",
    gte: ">=",
    lt: "<",
    lte: "<=",
    like: "like",
    ilike: "ilike",
    match: "~",
    imatch: "~*",
    isdistinct: "is distinct from",
    cs: "@>",
    cd: "<@",
    ov: "&&",
    sl: "<<",
    sr: ">>",
    nxr: "&<",
    nxl: "&>",
    adj: "-|-",
};

const TS_QUERY: Record<string, string> = {
    fts: "to_tsquery",
    plfts: "plainto_tsquery",
    phfts: "phraseto_tsquery",
    wfts: "websearch_to_tsquery",
};

const IS_VALUES: Record<string, string> = {
    null: "null",
    not_null: "not null",
    true: "true",
    false: "false",
    unknown: "unknown",
};

export class QueryBuilder {
    readonly params = new Params();
    private aliases = 0;
    private readonly visited = new Set<string>();

    constructor(private readonly cache: SchemaCache, private readonly levels: Map<string, LevelParams>) {}

    private nextAlias(): string {
        this.aliases += 1;
        return `t${this.aliases}`;
    }

    column(relation: Relation, name: string): Column {
        const column = relation.columns.get(name);
        if (!column) throw pgrst.notFoundColumn(relation.name, name);
        return column;
    }

    private fieldExpr(alias: string, relation: Relation, field: FieldRef): string {
        this.column(relation, field.name);
        let expr = `${alias}.${ident(field.name)}`;
        for (const step of field.json) {
            const key = /^-?\d+$/.test(step.key) ? step.key : this.params.add(step.key);
            expr = `${expr}${step.arrow}${key}`;
        }
        return expr;
    }

    /** The select list, conditions and ordering of one level of the select tree. */
    level(
        relation: Relation,
        alias: string,
        items: SelectItem[],
        path: string,
        expandStar = false,
        applyConditions = true,
    ): Level {
        this.visited.add(path);
        const params = this.levels.get(path) ?? { conditions: [], order: [] };
        const outputs: Output[] = [];
        const where: string[] = [];
        const embeds = new Map<string, EmbedSource>();
        for (const item of items) {
            if (item.kind === "star") {
                if (expandStar) {
                    for (const name of relation.columns.keys()) outputs.push({ expr: `${alias}.${ident(name)}`, name });
                } else {
                    outputs.push({ expr: `${alias}.*`, name: null });
                }
            } else if (item.kind === "field") {
                let expr = this.fieldExpr(alias, relation, item.field);
                if (item.cast) expr = `cast(${expr} as ${item.cast})`;
                const last = item.field.json[item.field.json.length - 1];
                outputs.push({ expr, name: item.alias ?? (last ? last.key : item.field.name) });
            } else {
                this.embed(relation, alias, item, path, outputs, where, embeds);
            }
        }
        if (applyConditions) {
            for (const condition of params.conditions) where.push(this.condition(relation, alias, condition, embeds));
        }
        const orderBy = params.order.map((term) => this.orderTerm(relation, alias, term, embeds));
        return { outputs, where, orderBy, limit: params.limit, offset: params.offset };
    }

    private embed(
        parent: Relation,
        parentAlias: string,
        item: Extract<SelectItem, { kind: "embed" }>,
        path: string,
        outputs: Output[],
        where: string[],
        embeds: Map<string, EmbedSource>,
    ) {
        const relationship = resolveRelationship(this.cache, parent, item.name, item.hint);
        const key = item.alias ?? item.name;
        const childPath = path ? `${path}.${key}` : key;
        const alias = this.nextAlias();
        const toOne = isToOne(relationship);
        if (item.spread && !toOne) {
            throw new ApiError(
                400,
                "PGRST119",
                "A spread operation on a to-many relationship is not supported",
                null,
                "Use a to-one relationship or leave out the spread (...)",
            );
        }
        if (isCountOnly(item, relationship)) {
            // `rel(count)`: PostgREST's count of the embedded rows, as [{"count": n}].
            this.visited.add(childPath);
            const source = this.source(relationship, parentAlias, alias);
            const params = this.levels.get(childPath)?.conditions ?? [];
            const conditions = params.map((c) => this.condition(relationship.target, alias, c, new Map()));
            const countWhere = and([...source.join, ...conditions]);
            outputs.push({
                expr:
                    `json_build_array(json_build_object('count', (select count(*) from ${source.from} where ${countWhere})))`,
                name: key,
            });
            return;
        }
        const child = this.level(relationship.target, alias, item.children, childPath, item.spread);
        const source = this.source(relationship, parentAlias, alias);
        const childWhere = [...source.join, ...child.where];
        embeds.set(key, { relationship, alias, from: source.from, where: childWhere });
        if (item.joinType === "inner") where.push(`exists (select 1 from ${source.from} where ${and(childWhere)})`);
        if (child.outputs.length === 0) return;
        const list = selectList(child.outputs);
        if (item.spread) {
            for (const output of child.outputs) {
                outputs.push({
                    expr: `(select ${output.expr} from ${source.from} where ${and(childWhere)} limit 1)`,
                    name: output.name,
                });
            }
        } else if (toOne) {
            outputs.push({
                expr: `(select row_to_json(_${alias}) from (select ${list} from ${source.from} where ${
                    and(childWhere)
                } limit 1) _${alias})`,
                name: key,
            });
        } else {
            outputs.push({
                expr: `coalesce((select json_agg(_${alias}) from (select ${list} from ${source.from} where ${
                    and(childWhere)
                }${orderLimit(child)}) _${alias}), '[]'::json)`,
                name: key,
            });
        }
    }

    private source(relationship: Relationship, parent: string, alias: string): { from: string; join: string[] } {
        const target = relationship.target;
        const from = `${qualified(target.schema, target.name)} ${alias}`;
        switch (relationship.kind) {
            case "m2o":
                return {
                    from,
                    join: relationship.fk.columns.map((column, i) =>
                        `${alias}.${ident(relationship.fk.refColumns[i])} = ${parent}.${ident(column)}`
                    ),
                };
            case "o2m":
                return {
                    from,
                    join: relationship.fk.columns.map((column, i) =>
                        `${alias}.${ident(column)} = ${parent}.${ident(relationship.fk.refColumns[i])}`
                    ),
                };
            case "m2m": {
                const junction = `${alias}_j`;
                const on = relationship.toTarget.columns.map((column, i) =>
                    `${junction}.${ident(column)} = ${alias}.${ident(relationship.toTarget.refColumns[i])}`
                );
                return {
                    from: `${from} join ${
                        qualified(relationship.junction.schema, relationship.junction.name)
                    } ${junction} on ${and(on)}`,
                    join: relationship.toParent.columns.map((column, i) =>
                        `${junction}.${ident(column)} = ${parent}.${ident(relationship.toParent.refColumns[i])}`
                    ),
                };
            }
        }
    }

    private condition(
        relation: Relation,
        alias: string,
        condition: Condition,
        embeds: Map<string, EmbedSource>,
    ): string {
        if (condition.kind === "logic") {
            const inner = condition.children.map((child) => this.condition(relation, alias, child, embeds));
            const joined = `(${
                inner.length ? inner.join(` ${condition.op} `) : condition.op === "and" ? "true" : "false"
            })`;
            return condition.negate ? `not ${joined}` : joined;
        }
        if (condition.kind === "embedNull") return "true";
        const filter = condition.filter;
        const embed = filter.field.json.length === 0 ? embeds.get(filter.field.name) : undefined;
        if (embed && !relation.columns.has(filter.field.name)) {
            if (filter.op !== "is" || (filter.value !== "null" && filter.value !== "not_null")) {
                throw new ApiError(
                    400,
                    "PGRST120",
                    "Bad operator on the embedded resource",
                    null,
                    "Only is null or not is null filters are allowed on embedded resources",
                );
            }
            const wantsNull = (filter.value === "null") !== filter.negate;
            const exists = `exists (select 1 from ${embed.from} where ${and(embed.where)})`;
            return wantsNull ? `not ${exists}` : exists;
        }
        return this.filter(relation, alias, filter);
    }

    private filter(relation: Relation, alias: string, filter: Filter): string {
        const column = this.column(relation, filter.field.name);
        const lhs = this.fieldExpr(alias, relation, filter.field);
        const last = filter.field.json[filter.field.json.length - 1];
        const valueType = !last
            ? column.baseType
            : last.arrow === "->>"
            ? "text"
            : column.baseType === "jsonb"
            ? "jsonb"
            : "json";
        let sql: string;
        const op = filter.op;
        if (op === "is") {
            sql = `${lhs} is ${IS_VALUES[String(filter.value).toLowerCase()]}`;
        } else if (op === "in") {
            const values = filter.value as string[];
            sql = values.length === 0
                ? "false"
                : `${lhs} in (${values.map((v) => this.params.add(v, valueType)).join(", ")})`;
        } else if (op in TS_QUERY) {
            const language = filter.language ? `${this.params.add(filter.language, "regconfig")}, ` : "";
            const document = column.isTsvector && filter.field.json.length === 0
                ? lhs
                : `to_tsvector(${language}${lhs}::text)`;
            sql = `${document} @@ ${TS_QUERY[op]}(${language}${this.params.add(filter.value as string)})`;
        } else {
            const operator = COMPARISON[op];
            const textual = op === "like" || op === "ilike" || op === "match" || op === "imatch";
            const pattern = (value: string) => (op === "like" || op === "ilike") ? value.replaceAll("*", "%") : value;
            const type = textual ? "text" : valueType;
            if (filter.quantifier) {
                const values = filter.value as string[];
                const joiner = filter.quantifier === "any" ? " or " : " and ";
                sql = values.length === 0
                    ? (filter.quantifier === "any" ? "false" : "true")
                    : `(${values.map((v) => `${lhs} ${operator} ${this.params.add(pattern(v), type)}`).join(joiner)})`;
            } else {
                sql = `${lhs} ${operator} ${this.params.add(pattern(filter.value as string), type)}`;
            }
        }
        return filter.negate ? `not (${sql})` : sql;
    }

    private orderTerm(relation: Relation, alias: string, term: OrderTerm, embeds: Map<string, EmbedSource>): string {
        let expr: string;
        if (term.relation) {
            const embed = embeds.get(term.relation);
            if (!embed) throw pgrst.embedFilter(term.relation);
            if (!isToOne(embed.relationship)) {
                throw new ApiError(
                    400,
                    "PGRST118",
                    `A related order on '${term.relation}' is not possible`,
                    null,
                    "Only to-one relationships can be used for ordering",
                );
            }
            const inner = this.fieldExpr(embed.alias, embed.relationship.target, term.field);
            expr = `(select ${inner} from ${embed.from} where ${and(embed.where)} limit 1)`;
        } else {
            expr = this.fieldExpr(alias, relation, term.field);
        }
        return `${expr} ${term.direction ?? "asc"}${term.nulls ? ` nulls ${term.nulls}` : ""}`;
    }

    /** Parameters given for an embed that is not in the select tree (PGRST108). */
    checkAllLevelsUsed(): void {
        for (const [path, params] of this.levels) {
            if (this.visited.has(path)) continue;
            if (
                params.conditions.length || params.order.length || params.limit !== undefined ||
                params.offset !== undefined
            ) {
                throw pgrst.embedFilter(path);
            }
        }
    }
}

function isCountOnly(item: Extract<SelectItem, { kind: "embed" }>, relationship: Relationship): boolean {
    const only = item.children.length === 1 ? item.children[0] : null;
    return !isToOne(relationship) && !item.spread && only?.kind === "field" && only.field.name === "count" &&
        only.field.json.length === 0 && !only.cast && !relationship.target.columns.has("count");
}

export function selectList(outputs: Output[]): string {
    if (outputs.length === 0) return "";
    return outputs.map((output) => output.name === null ? output.expr : `${output.expr} as ${ident(output.name)}`)
        .join(", ");
}

function orderLimit(level: Level, maxRows?: number): string {
    let text = level.orderBy.length ? ` order by ${level.orderBy.join(", ")}` : "";
    const limit = maxRows === undefined ? level.limit : Math.min(level.limit ?? maxRows, maxRows);
    if (limit !== undefined) text += ` limit ${limit}`;
    if (level.offset) text += ` offset ${level.offset}`;
    return text;
}

export type CountMode = "exact" | "planned" | "estimated" | null;

export interface Statement {
    text: string;
    params: unknown[];
    /** For planned/estimated counts: the statement whose plan estimates the total. */
    countPlan?: { text: string; params: unknown[] };
}

/** Shared tail: `total`, `page_total`, `body` (JSON text) over pgrst_source. */
function aggregate(outputs: Output[] | null, total: string): string {
    if (outputs === null) {
        return `select ${total} as total, count(*)::bigint as page_total, null::text as body from pgrst_source`;
    }
    return `select ${total} as total, count(*)::bigint as page_total, coalesce(json_agg(_t), '[]'::json)::text as body
              from (select ${selectList(outputs) || "null as _"} from pgrst_source t0) _t`;
}

export interface ReadOptions {
    count: CountMode;
    maxRows: number;
    /** Range header or limit/offset already merged by the caller. */
    limit?: number;
    offset?: number;
    /** FROM item for the root (default: the relation as t0); used for RPC results. */
    from?: string;
    /** CTEs that must precede pgrst_source (RPC arguments). */
    prelude?: string;
}

export function readStatement(
    builder: QueryBuilder,
    relation: Relation,
    select: SelectItem[],
    options: ReadOptions,
): Statement {
    const root = builder.level(relation, "t0", select, "");
    builder.checkAllLevelsUsed();
    if (options.limit !== undefined) root.limit = options.limit;
    if (options.offset !== undefined) root.offset = options.offset;
    const from = options.from ?? `${qualified(relation.schema, relation.name)} t0`;
    const where = and(root.where);
    const total = options.count === "exact" ? `(select count(*) from ${from} where ${where})::bigint` : "null::bigint";
    const prelude = options.prelude ? `${options.prelude}, ` : "";
    const text = `with ${prelude}pgrst_source as (select t0.* from ${from} where ${where}${
        orderLimit(root, options.maxRows)
    })
        ${aggregate(root.outputs, total)}`;
    const params = builder.params.values;
    const statement: Statement = { text, params };
    if (options.count === "planned" || options.count === "estimated") {
        const withPrelude = options.prelude ? `with ${options.prelude} ` : "";
        statement.countPlan = { text: `${withPrelude}select 1 from ${from} where ${where}`, params };
    }
    return statement;
}

export type Returning = "representation" | "minimal";

export interface InsertOptions {
    columns: string[];
    rows: Record<string, unknown>[];
    onConflict?: string[];
    resolution?: "merge-duplicates" | "ignore-duplicates";
    missingDefault: boolean;
    returning: Returning;
}

export function insertStatement(
    builder: QueryBuilder,
    relation: Relation,
    select: SelectItem[],
    options: InsertOptions,
): Statement {
    const table = qualified(relation.schema, relation.name);
    for (const column of options.columns) {
        if (!relation.columns.has(column)) throw pgrst.notFoundBodyColumn(relation.name, column);
    }
    const conflict = options.onConflict ?? relation.primaryKey;
    for (const column of conflict) builder.column(relation, column);
    // With missing=default, rows are grouped by the keys they carry so that absent keys take the
    // column default (each group is one INSERT); otherwise absent keys are NULL, as PostgREST does.
    const groups = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();
    for (const row of options.rows) {
        const columns = options.missingDefault ? options.columns.filter((c) => c in row) : options.columns;
        const key = columns.join("\u0000");
        const group = groups.get(key) ?? { columns, rows: [] };
        group.rows.push(row);
        groups.set(key, group);
    }
    const returning = options.returning === "representation" ? "t0.*" : "1";
    const inserts: string[] = [];
    for (const group of groups.values()) {
        const list = group.columns.map(ident).join(", ");
        const rows = builder.params.add(JSON.stringify(group.rows), "json");
        let text = group.columns.length === 0
            ? `insert into ${table} as t0 select from json_array_elements(${rows})`
            : `insert into ${table} as t0 (${list}) select ${list} from json_populate_recordset(null::${table}, ${rows})`;
        if (options.resolution) {
            if (conflict.length === 0) {
                throw new ApiError(400, "PGRST102", "An upsert needs a primary key or on_conflict columns");
            }
            const target = conflict.map(ident).join(", ");
            const updates = group.columns.filter((c) => !conflict.includes(c)).map((c) =>
                `${ident(c)} = excluded.${ident(c)}`
            );
            text += options.resolution === "ignore-duplicates" || updates.length === 0
                ? ` on conflict (${target}) do nothing`
                : ` on conflict (${target}) do update set ${updates.join(", ")}`;
        }
        inserts.push(`${text} returning ${returning}`);
    }
    const ctes = inserts.map((text, i) => `pgrst_insert_${i} as (${text})`);
    const union = inserts.map((_, i) => `select * from pgrst_insert_${i}`).join(" union all ");
    // Filters in the URL of an insert do not filter anything (PUT's key filters were checked already).
    const root = builder.level(relation, "t0", select, "", false, false);
    builder.checkAllLevelsUsed();
    const text = `with ${ctes.join(", ")}, pgrst_source as (${union || "select 1 where false"})
        ${aggregate(options.returning === "representation" ? root.outputs : null, "null::bigint")}`;
    return { text, params: builder.params.values };
}

/**
 * WHERE of PATCH/DELETE. With limit/offset (PostgREST's limited update/delete) the affected rows are the
 * first ones in `order`, picked by ctid in a subquery whose own `t0` shadows the target's.
 */
function limitedWhere(table: string, root: Level): string {
    if (root.limit === undefined && root.offset === undefined) return and(root.where);
    return `t0.ctid in (select t0.ctid from ${table} t0 where ${and(root.where)}${orderLimit(root)})`;
}

export function updateStatement(
    builder: QueryBuilder,
    relation: Relation,
    select: SelectItem[],
    body: Record<string, unknown>,
    returning: Returning,
): Statement {
    const table = qualified(relation.schema, relation.name);
    const columns = Object.keys(body);
    for (const column of columns) {
        if (!relation.columns.has(column)) throw pgrst.notFoundBodyColumn(relation.name, column);
    }
    const root = builder.level(relation, "t0", select, "");
    builder.checkAllLevelsUsed();
    const value = builder.params.add(JSON.stringify(body), "json");
    const result = returning === "representation" ? "t0.*" : "1";
    const source = columns.length === 0
        ? `select ${result} from ${table} t0 where false`
        : `update ${table} as t0 set ${columns.map((c) => `${ident(c)} = _.${ident(c)}`).join(", ")}
             from (select * from json_populate_record(null::${table}, ${value})) _
            where ${limitedWhere(table, root)} returning ${result}`;
    const text = `with pgrst_source as (${source})
        ${aggregate(returning === "representation" ? root.outputs : null, "null::bigint")}`;
    return { text, params: builder.params.values };
}

export function deleteStatement(
    builder: QueryBuilder,
    relation: Relation,
    select: SelectItem[],
    returning: Returning,
): Statement {
    const table = qualified(relation.schema, relation.name);
    const root = builder.level(relation, "t0", select, "");
    builder.checkAllLevelsUsed();
    const text = `with pgrst_source as (delete from ${table} as t0 where ${limitedWhere(table, root)}
                   returning ${returning === "representation" ? "t0.*" : "1"})
        ${aggregate(returning === "representation" ? root.outputs : null, "null::bigint")}`;
    return { text, params: builder.params.values };
}

/** How an RPC is called: CTE with the arguments (typed by json_to_record) and the call expression. */
export function rpcCall(
    builder: QueryBuilder,
    fn: PgFunction,
    args: Record<string, unknown> | null,
    rawBody: string | null,
): { prelude?: string; call: string; fromArgs: string } {
    const name = qualified(fn.schema, fn.name);
    if (rawBody !== null) {
        const value = builder.params.add(rawBody, fn.inArgs[0].type);
        return { call: `${name}(${value})`, fromArgs: "" };
    }
    const given = fn.inArgs.filter((arg) => args && arg.name in args);
    if (given.length === 0) return { call: `${name}()`, fromArgs: "" };
    const value = builder.params.add(JSON.stringify(args), "json");
    const definition = given.map((arg) => `${ident(arg.name)} ${arg.type}`).join(", ");
    const call = `${name}(${
        given.map((arg) => `${arg.mode === "v" ? "variadic " : ""}${ident(arg.name)} := pgrst_args.${ident(arg.name)}`)
            .join(", ")
    })`;
    return {
        prelude: `pgrst_args as (select * from json_to_record(${value}) as _(${definition}))`,
        call,
        fromArgs: "pgrst_args, ",
    };
}
