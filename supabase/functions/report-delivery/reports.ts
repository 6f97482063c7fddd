/**
 * The dashboards a schedule can send, computed through the report RPCs as the schedule's creator: one
 * transaction with role authenticated and the creator's JWT claims, exactly as PostgREST would run the call,
 * so the RPCs' own role check (agents and admins) and RLS apply. Each dashboard becomes a table (every
 * column the RPC returns, for the CSV) and the charts the PDF draws.
 */
import type postgres from "postgres";
import type { Dashboard, Filters, Period, Sql } from "./db.ts";

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
    key: string;
    label: string;
    format: "text" | "integer" | "decimal" | "percent" | "minutes" | "date" | "datetime";
    /** Shown in the PDF table (ids are left out there; the CSV has every column). */
    inPdf?: boolean;
}

export interface ChartSeries {
    name: string;
    values: (number | null)[];
}

export interface Chart {
    kind: "bar" | "line";
    title: string;
    labels: string[];
    series: ChartSeries[];
    /** Fixed top of the value axis (100 for percentages); otherwise from the data. */
    max?: number;
}

export interface ReportData {
    dashboard: Dashboard;
    title: string;
    period: Period;
    bucket: "day" | "week" | null;
    /** Human-readable filter lines for the PDF and the mail body. */
    filterLines: string[];
    columns: Column[];
    rows: Row[];
    charts: Chart[];
}

export const DASHBOARD_TITLES: Record<Dashboard, string> = {
    ticket_volume: "Ticket volume",
    agent_performance: "Agent performance",
    sla_compliance: "SLA compliance",
    backlog: "Backlog",
    response_times: "Response and resolution times",
    ai_acceptance: "AI suggestion acceptance",
};

type Tx = postgres.TransactionSql;

/** Runs `work` in a transaction as the given user (role authenticated, their claims, UTC). */
export async function asUser<T>(sql: Sql, userId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const claims = JSON.stringify({ sub: userId, role: "authenticated", aud: "authenticated" });
    let result: T | undefined;
    await sql.begin(async (tx) => {
        await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true),
                        set_config('TimeZone', 'UTC', true), set_config('statement_timeout', '60s', true)`;
        result = await work(tx);
    });
    return result as T;
}

function isoDate(value: Date): string {
    return value.toISOString().slice(0, 10);
}

/** Day buckets up to about two months, week buckets beyond. */
export function bucketFor(period: Period): "day" | "week" {
    return period.to.getTime() - period.from.getTime() <= 62 * 86_400_000 ? "day" : "week";
}

async function rowsOf(query: Promise<{ row: Row }[]>): Promise<Row[]> {
    return (await query).map((r) => r.row);
}

function num(value: Cell): number | null {
    if (value === null || value === undefined || value === "") return null;
    const n = typeof value === "number" ? value : Number(value);
    return Number.isFinite(n) ? n : null;
}

function shortDate(value: Cell): string {
    return typeof value === "string" ? value.slice(5, 10) : String(value ?? "");
}

async function describeFilters(tx: Tx, filters: Filters, applies: boolean): Promise<string[]> {
    if (!applies) return ["Team and channel filters do not apply to this report."];
    let team = "all teams";
    if (filters.team_id) {
        const rows = await tx<{ name: string }[]>`select name from public.teams where id = ${filters.team_id}`;
        team = rows[0]?.name ?? `unknown team ${filters.team_id}`;
    }
    return [`Team: ${team}`, `Channel: ${filters.channel ?? "all channels"}`];
}

/** Computes one dashboard for a period as the given user. Throws the database error when refused. */
export async function computeReport(
    sql: Sql,
    userId: string,
    dashboard: Dashboard,
    filters: Filters,
    period: Period,
): Promise<ReportData> {
    const team = filters.team_id ?? null;
    const channel = filters.channel ?? null;
    const bucket = bucketFor(period);
    return await asUser(sql, userId, async (tx) => {
        const base = {
            dashboard,
            title: DASHBOARD_TITLES[dashboard],
            period,
            filterLines: await describeFilters(tx, filters, dashboard !== "ai_acceptance"),
        };
        switch (dashboard) {
            case "ticket_volume": {
                const rows = await rowsOf(tx`select to_jsonb(r) as row from public.report_ticket_volume(
                    ${period.from}, ${period.to}, ${bucket}, ${team}::uuid, ${channel}::public.ticket_channel) r`);
                return {
                    ...base,
                    bucket,
                    columns: [
                        { key: "bucket", label: bucket === "day" ? "Day" : "Week of", format: "date" },
                        { key: "created", label: "Created", format: "integer" },
                        { key: "solved", label: "Solved", format: "integer" },
                    ],
                    rows,
                    charts: [{
                        kind: "bar",
                        title: `Tickets created and solved per ${bucket}`,
                        labels: rows.map((r) => shortDate(r.bucket)),
                        series: [
                            { name: "Created", values: rows.map((r) => num(r.created)) },
                            { name: "Solved", values: rows.map((r) => num(r.solved)) },
                        ],
                    }],
                };
            }
            case "agent_performance": {
                const rows = await rowsOf(tx`select to_jsonb(r) as row from public.report_agent_performance(
                    ${period.from}, ${period.to}, ${team}::uuid, ${channel}::public.ticket_channel) r`);
                return {
                    ...base,
                    bucket: null,
                    columns: [
                        { key: "agent_id", label: "Agent id", format: "text", inPdf: false },
                        { key: "full_name", label: "Agent", format: "text" },
                        { key: "assigned", label: "Assigned", format: "integer" },
                        { key: "solved", label: "Solved", format: "integer" },
                        { key: "median_first_response_minutes", label: "Median first response", format: "minutes" },
                        { key: "median_resolution_minutes", label: "Median resolution", format: "minutes" },
                        { key: "sla_met_pct", label: "SLA met", format: "percent" },
                    ],
                    rows,
                    charts: [{
                        kind: "bar",
                        title: "Tickets assigned and solved per agent",
                        labels: rows.map((r) => String(r.full_name ?? "")),
                        series: [
                            { name: "Assigned", values: rows.map((r) => num(r.assigned)) },
                            { name: "Solved", values: rows.map((r) => num(r.solved)) },
                        ],
                    }],
                };
            }
            case "sla_compliance": {
                const rows = await rowsOf(tx`select to_jsonb(r) as row from public.report_sla_compliance(
                    ${period.from}, ${period.to}, ${team}::uuid, ${channel}::public.ticket_channel, ${bucket}) r`);
                const labels = rows.map((r) => shortDate(r.day));
                return {
                    ...base,
                    bucket,
                    columns: [
                        { key: "day", label: bucket === "day" ? "Day" : "Week of", format: "date" },
                        { key: "total", label: "Tickets", format: "integer" },
                        { key: "met", label: "Met", format: "integer" },
                        { key: "breached", label: "Breached", format: "integer" },
                        { key: "compliance_pct", label: "Compliance", format: "percent" },
                        { key: "first_response_breached", label: "First response late", format: "integer" },
                        { key: "resolution_breached", label: "Resolution late", format: "integer" },
                    ],
                    rows,
                    charts: [
                        {
                            kind: "line",
                            title: `SLA compliance % per ${bucket}`,
                            labels,
                            series: [{ name: "Compliance %", values: rows.map((r) => num(r.compliance_pct)) }],
                            max: 100,
                        },
                        {
                            kind: "bar",
                            title: `Breaches per ${bucket}`,
                            labels,
                            series: [
                                {
                                    name: "First response late",
                                    values: rows.map((r) => num(r.first_response_breached)),
                                },
                                { name: "Resolution late", values: rows.map((r) => num(r.resolution_breached)) },
                            ],
                        },
                    ],
                };
            }
            case "backlog": {
                const rows = await rowsOf(tx`select to_jsonb(r) as row from public.report_backlog(
                    ${team}::uuid, ${channel}::public.ticket_channel) r`);
                const charts: Chart[] = ["status", "priority", "channel"].map((dimension) => {
                    const part = rows.filter((r) => r.dimension === dimension);
                    return {
                        kind: "bar",
                        title: `Open tickets by ${dimension}`,
                        labels: part.map((r) => String(r.key)),
                        series: [
                            { name: "Open", values: part.map((r) => num(r.tickets)) },
                            { name: "Overdue", values: part.map((r) => num(r.overdue)) },
                        ],
                    };
                });
                return {
                    ...base,
                    bucket: null,
                    filterLines: [...base.filterLines, "The backlog is the state at the time of sending."],
                    columns: [
                        { key: "dimension", label: "By", format: "text" },
                        { key: "key", label: "Value", format: "text" },
                        { key: "tickets", label: "Open tickets", format: "integer" },
                        { key: "overdue", label: "Overdue", format: "integer" },
                        { key: "oldest_created_at", label: "Oldest since", format: "datetime" },
                    ],
                    rows,
                    charts,
                };
            }
            case "response_times": {
                const rows = await rowsOf(tx`select to_jsonb(r) as row from public.report_response_times(
                    ${period.from}, ${period.to}, ${team}::uuid, ${channel}::public.ticket_channel) r`);
                const charts: Chart[] = [
                    ["first_response", "Time to first response"],
                    ["resolution", "Time to resolution"],
                ].map(([metric, name]) => {
                    const part = rows.filter((r) => r.metric === metric);
                    const first = part[0] ?? {};
                    const stats = num(first.measured)
                        ? ` (median ${first.median_minutes} min, p90 ${first.p90_minutes} min, ${first.measured} tickets)`
                        : " (no tickets)";
                    return {
                        kind: "bar",
                        title: name + stats,
                        labels: part.map((r) => String(r.bucket)),
                        series: [{ name: "Tickets", values: part.map((r) => num(r.tickets)) }],
                    };
                });
                return {
                    ...base,
                    bucket: null,
                    columns: [
                        { key: "metric", label: "Metric", format: "text" },
                        { key: "bucket", label: "Bucket", format: "text" },
                        { key: "lower_minutes", label: "From min", format: "integer", inPdf: false },
                        { key: "upper_minutes", label: "To min", format: "integer", inPdf: false },
                        { key: "tickets", label: "Tickets", format: "integer" },
                        { key: "measured", label: "Measured", format: "integer" },
                        { key: "median_minutes", label: "Median", format: "minutes" },
                        { key: "p90_minutes", label: "p90", format: "minutes" },
                    ],
                    rows,
                    charts,
                };
            }
            case "ai_acceptance": {
                const rows = await rowsOf(tx`select to_jsonb(r) as row from public.report_ai_acceptance(
                    ${period.from}, ${period.to}) r`);
                return {
                    ...base,
                    bucket: null,
                    columns: [
                        { key: "action", label: "Action", format: "text" },
                        { key: "suggestions", label: "Suggestions", format: "integer" },
                        { key: "accepted", label: "Accepted", format: "integer" },
                        { key: "edited", label: "Edited", format: "integer" },
                        { key: "rejected", label: "Rejected", format: "integer" },
                        { key: "undecided", label: "Undecided", format: "integer" },
                        { key: "accepted_pct", label: "Accepted %", format: "percent" },
                        { key: "edited_pct", label: "Edited %", format: "percent" },
                        { key: "rejected_pct", label: "Rejected %", format: "percent" },
                    ],
                    rows,
                    charts: [{
                        kind: "bar",
                        title: "Outcome of AI suggestions per action",
                        labels: rows.map((r) => String(r.action)),
                        series: [
                            { name: "Accepted", values: rows.map((r) => num(r.accepted)) },
                            { name: "Edited", values: rows.map((r) => num(r.edited)) },
                            { name: "Rejected", values: rows.map((r) => num(r.rejected)) },
                        ],
                    }],
                };
            }
        }
    });
}

export function periodLabel(period: Period): string {
    const lastDay = new Date(period.to.getTime() - 1);
    return `${isoDate(period.from)} to ${isoDate(lastDay)}`;
}
