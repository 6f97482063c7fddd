// Runs a planned statement as the caller, inside one transaction (PostgREST's pre-query via asRole),
// and reads the total back for planned/estimated counts.
import { asRole, type RequestInfo } from "../db.ts";
import type { ServerContext } from "../context.ts";
import { pgrst } from "./errors.ts";
import type { Caller } from "./identity.ts";
import type { CountMode, Statement } from "./sql.ts";

export interface Result {
    total: number | null;
    pageTotal: number;
    body: string | null;
}

interface Row {
    total: string | number | null;
    page_total: string | number;
    body: string | null;
}

type PlanRow = { "QUERY PLAN": { Plan: { "Plan Rows": number } }[] };

export interface RunOptions {
    readOnly: boolean;
    /** Accept: application/vnd.pgrst.object+json: anything but one row rolls back and fails (PGRST116). */
    singular: boolean;
    count: CountMode;
    maxRows: number;
}

export async function run(
    ctx: ServerContext,
    caller: Caller,
    request: RequestInfo,
    statement: Statement,
    options: RunOptions,
): Promise<Result> {
    return await asRole(ctx.db.api, caller.identity, request, async (tx) => {
        const [row] = await tx.unsafe<Row[]>(statement.text, statement.params as never[]);
        const pageTotal = Number(row?.page_total ?? 0);
        if (options.singular && pageTotal !== 1) throw pgrst.singular(pageTotal);
        let total = row?.total === null || row?.total === undefined ? null : Number(row.total);
        if (statement.countPlan && (options.count === "planned" || options.count === "estimated")) {
            const plan = statement.countPlan;
            if (options.count === "estimated") {
                // PostgREST: exact up to db-max-rows, the planner's estimate beyond.
                const [counted] = await tx.unsafe<{ n: string }[]>(
                    `select count(*) as n from (${plan.text} limit ${options.maxRows + 1}) _`,
                    plan.params as never[],
                );
                total = Number(counted.n);
            }
            if (options.count === "planned" || (total !== null && total > options.maxRows)) {
                const [explained] = await tx.unsafe<PlanRow[]>(
                    `explain (format json) ${plan.text}`,
                    plan.params as never[],
                );
                total = Math.round(explained["QUERY PLAN"][0].Plan["Plan Rows"]);
            }
        }
        return { total, pageTotal, body: row?.body ?? null };
    }, { readOnly: options.readOnly });
}
