/**
 * The function's direct database connection (SUPABASE_DB_URL, the postgres role): it claims schedules,
 * reads the SMTP settings and password, and records deliveries. Report figures are not read here but in
 * reports.ts, as the schedule's creator.
 */
import postgres from "postgres";

export type Sql = postgres.Sql;

export type Dashboard =
    | "ticket_volume"
    | "agent_performance"
    | "sla_compliance"
    | "backlog"
    | "response_times"
    | "ai_acceptance";

export interface Filters {
    range: "7d" | "30d" | "quarter" | "custom";
    from?: string;
    to?: string;
    team_id?: string | null;
    channel?: string | null;
}

export interface Schedule {
    id: string;
    name: string;
    dashboard: Dashboard;
    filters: Filters;
    frequency: "daily" | "weekly";
    weekday: number | null;
    hour_utc: number;
    recipients: string[];
    format: "pdf" | "csv" | "both";
    enabled: boolean;
    created_by: string;
    last_run_at: Date | null;
    next_run_at: Date | null;
}

export interface SmtpSettings {
    host: string | null;
    port: number;
    username: string | null;
    password: string | null;
    fromAddress: string | null;
    fromName: string;
    tls: "none" | "starttls" | "tls";
}

export interface Profile {
    id: string;
    role: "customer" | "agent" | "admin";
    isActive: boolean;
    fullName: string;
}

export interface Period {
    from: Date;
    to: Date;
}

export function connect(url: string): Sql {
    // prepare: false so that it also works through a transaction-mode pooler.
    return postgres(url, { max: 1, prepare: false, idle_timeout: 10, connect_timeout: 10, onnotice: () => {} });
}

const SCHEDULE_COLUMNS = "id, name, dashboard, filters::text as filters, frequency, weekday, hour_utc, recipients, " +
    "format, enabled, created_by, last_run_at, next_run_at";

type ScheduleRow = Omit<Schedule, "filters"> & { filters: string };

function toSchedule(row: ScheduleRow): Schedule {
    return { ...row, filters: JSON.parse(row.filters) as Filters };
}

/**
 * Claims the schedules that are due: each one's next run moves to its following slot in the same statement,
 * and rows another caller is claiming are skipped, so two overlapping calls never send the same run twice.
 */
export async function claimDue(sql: Sql, limit: number): Promise<Schedule[]> {
    const rows = await sql.unsafe<ScheduleRow[]>(
        `update public.report_schedules s
         set last_run_at = now(), next_run_at = public.report_next_run(s.frequency, s.weekday, s.hour_utc, now())
         where s.id in (select d.id from public.report_schedules d
                        where d.enabled and d.next_run_at <= now()
                        order by d.next_run_at limit $1 for update skip locked)
         returning ${SCHEDULE_COLUMNS}`,
        [limit],
    );
    return rows.map(toSchedule);
}

/** One schedule run now on request (its regular next run is left as it is); null when there is none. */
export async function claimOne(sql: Sql, id: string): Promise<Schedule | null> {
    const rows = await sql.unsafe<ScheduleRow[]>(
        `update public.report_schedules set last_run_at = now() where id = $1 returning ${SCHEDULE_COLUMNS}`,
        [id],
    );
    return rows[0] ? toSchedule(rows[0]) : null;
}

export async function profileOf(sql: Sql, userId: string): Promise<Profile | null> {
    const rows = await sql<{ id: string; role: Profile["role"]; is_active: boolean; full_name: string }[]>`
        select id, role, is_active, full_name from public.profiles where id = ${userId}`;
    const row = rows[0];
    return row ? { id: row.id, role: row.role, isActive: row.is_active, fullName: row.full_name } : null;
}

export async function smtpSettings(sql: Sql): Promise<SmtpSettings> {
    const rows = await sql<{
        smtp_host: string | null;
        smtp_port: number;
        smtp_username: string | null;
        smtp_from_address: string | null;
        smtp_from_name: string;
        smtp_tls: SmtpSettings["tls"];
        password: string | null;
    }[]>`
        select s.smtp_host, s.smtp_port, s.smtp_username, s.smtp_from_address, s.smtp_from_name, s.smtp_tls,
               (select w.value from public.workspace_secrets w where w.name = 'smtp_password') as password
        from public.workspace_settings s`;
    const row = rows[0];
    if (!row) throw new Error("the workspace settings row is missing");
    return {
        host: row.smtp_host,
        port: row.smtp_port,
        username: row.smtp_username,
        password: row.password,
        fromAddress: row.smtp_from_address,
        fromName: row.smtp_from_name,
        tls: row.smtp_tls,
    };
}

/** [from, to) of a schedule's filters as of now (report_period in the database, one definition). */
export async function periodOf(sql: Sql, filters: Filters): Promise<Period> {
    const rows = await sql<{ period_from: Date; period_to: Date }[]>`
        select period_from, period_to from public.report_period(${JSON.stringify(filters)}::text::jsonb, now())`;
    return { from: rows[0].period_from, to: rows[0].period_to };
}

export async function startDelivery(
    sql: Sql,
    schedule: Schedule,
    kind: "scheduled" | "manual",
    requestedBy: string | null,
    period: Period | null,
): Promise<string> {
    const rows = await sql<{ id: string }[]>`
        insert into public.report_deliveries (schedule_id, run_kind, requested_by, recipients, period_from, period_to)
        values (${schedule.id}, ${kind}, ${requestedBy}, ${schedule.recipients},
                ${period?.from ?? null}, ${period?.to ?? null})
        returning id`;
    return rows[0].id;
}

export async function finishDelivery(
    sql: Sql,
    id: string,
    outcome: { status: "sent"; messageId: string } | { status: "failed"; error: string },
): Promise<void> {
    const messageId = outcome.status === "sent" ? outcome.messageId : null;
    const error = outcome.status === "failed" ? outcome.error : null;
    await sql`
        update public.report_deliveries
        set status = ${outcome.status}, finished_at = now(), message_id = ${messageId}, error = ${error}
        where id = ${id}`;
}
