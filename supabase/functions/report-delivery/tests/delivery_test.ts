// report-delivery against the running local server, a real SMTP server (aiosmtpd) and the database: an admin
// runs a schedule now and one mail arrives with the recipients, the subject, a PDF and a CSV whose rows are
// the RPC's; the due path sends a due schedule once and moves its next run on; customers and agents are
// refused; an unreachable SMTP server ends as a failed delivery with a readable error.
import { FunctionsHttpError } from "@supabase/supabase-js";
import { PDFDocument } from "pdf-lib";
import { parseCsv } from "../csv.ts";
import {
    assert,
    assertEquals,
    client,
    decodeHeader,
    decodePart,
    deleteUsers,
    freePort,
    freshUser,
    parseMime,
    restoreSmtp,
    SERVICE_KEY,
    SmtpSink,
    type TestUser,
    useSmtp,
    waitForMessages,
    withSql,
} from "./support.ts";

interface Fixture {
    admin: TestUser;
    customer: TestUser;
    teamId: string;
}

/** An admin, a customer, a team of its own and tickets in March 1999 (outside every other test's dates). */
async function fixture(): Promise<Fixture> {
    const admin = await freshUser("admin", "Report Admin");
    const customer = await freshUser("customer", "Report Customer");
    const teamId = crypto.randomUUID();
    await withSql(async (sql) => {
        await sql`insert into public.teams (id, name) values (${teamId}, ${`reports-${teamId.slice(0, 8)}`})`;
        // first response due 60 min after creation, resolution 480; r2 is late on both clocks
        await sql`
            insert into public.tickets (title, requester_id, team_id, channel, status, created_at, first_responded_at,
                                        solved_at, first_response_due_at, resolution_due_at)
            select v.title, ${customer.id}, ${teamId}, 'email', 'solved', v.created::timestamptz,
                   v.fr::timestamptz, v.solved::timestamptz, v.created::timestamptz + interval '60 minutes',
                   v.created::timestamptz + interval '480 minutes'
            from (values ('r1, "quoted"', '1999-03-01 10:00Z', '1999-03-01 10:30Z', '1999-03-01 12:00Z'),
                         ('r2', '1999-03-01 11:00Z', '1999-03-01 13:00Z', '1999-03-02 11:00Z'),
                         ('r3', '1999-03-03 09:00Z', '1999-03-03 09:10Z', '1999-03-03 10:00Z')) as v (title, created, fr, solved)`;
    });
    return { admin, customer, teamId };
}

async function cleanup(f: Fixture): Promise<void> {
    await withSql(async (sql) => {
        await sql`delete from public.report_schedules where created_by = ${f.admin.id}`;
        await sql`delete from public.tickets where team_id = ${f.teamId}`;
        await sql`delete from public.teams where id = ${f.teamId}`;
    });
    await deleteUsers(f.admin, f.customer);
}

async function createSchedule(f: Fixture, fields: Record<string, unknown> = {}): Promise<string> {
    const { data, error } = await f.admin.client.from("report_schedules").insert({
        name: "Weekly SLA, team only",
        dashboard: "sla_compliance",
        filters: { range: "custom", from: "1999-03-01T00:00:00Z", to: "1999-03-05T00:00:00Z", team_id: f.teamId },
        frequency: "weekly",
        weekday: 1,
        hour_utc: 6,
        recipients: ["lead@example.com", "ops@example.org"],
        format: "both",
        ...fields,
    }).select("id").single();
    if (error) throw error;
    return data.id;
}

Deno.test("an admin runs a schedule now: one mail to its recipients with a PDF and a CSV of the RPC's rows", async () => {
    const f = await fixture();
    const sink = await SmtpSink.start();
    const previous = await useSmtp(sink.port);
    try {
        const id = await createSchedule(f);
        const [before] = await withSql((sql) => sql`select next_run_at from public.report_schedules where id = ${id}`);

        const { data, error } = await f.admin.client.functions.invoke("report-delivery", { body: { schedule_id: id } });
        assertEquals(error, null, "invoke");
        assertEquals(data.ran.length, 1, "one delivery");
        assertEquals([data.ran[0].schedule_id, data.ran[0].status], [id, "sent"], "sent");

        const messages = await waitForMessages(sink, 1);
        assertEquals(messages.length, 1, "the SMTP server received one message");
        const mail = messages[0];
        assertEquals(mail.rcpt_tos.slice().sort(), ["lead@example.com", "ops@example.org"], "envelope recipients");
        assertEquals(mail.mail_from, "reports@helpdesk.test", "envelope sender");
        const { headers, parts } = parseMime(mail.data);
        assertEquals(
            decodeHeader(headers["subject"]),
            "Weekly SLA, team only: SLA compliance, 1999-03-01 to 1999-03-04",
            "subject",
        );
        assertEquals(headers["message-id"], data.ran[0].message_id, "the answer carries the Message-ID");

        const pdfPart = parts.find((p) => (p.headers["content-type"] ?? "").startsWith("application/pdf"));
        assert(pdfPart, "a PDF attachment");
        assert(
            /filename="?sla-compliance-1999-03-01-to-1999-03-04\.pdf/.test(pdfPart.headers["content-disposition"]),
            "PDF name",
        );
        const pdfBytes = decodePart(pdfPart);
        assertEquals(new TextDecoder().decode(pdfBytes.slice(0, 5)), "%PDF-", "the PDF starts with %PDF");
        const pdf = await PDFDocument.load(pdfBytes);
        assert(pdf.getPageCount() >= 1, "the PDF has pages");
        assertEquals(pdf.getTitle(), "SLA compliance - Weekly SLA, team only", "PDF title");

        const csvPart = parts.find((p) => (p.headers["content-type"] ?? "").startsWith("text/csv"));
        assert(csvPart, "a CSV attachment");
        const rows = parseCsv(new TextDecoder().decode(decodePart(csvPart)));
        const { data: rpc, error: rpcError } = await f.admin.client.rpc("report_sla_compliance", {
            p_from: "1999-03-01T00:00:00Z",
            p_to: "1999-03-05T00:00:00Z",
            p_team: f.teamId,
            p_bucket: "day",
        });
        assertEquals(rpcError, null, "rpc");
        const columns = [
            "day",
            "total",
            "met",
            "breached",
            "compliance_pct",
            "first_response_breached",
            "resolution_breached",
        ];
        assertEquals(rows[0], columns, "CSV header: the RPC's columns");
        const expected = (rpc as Record<string, unknown>[]).map((r) =>
            columns.map((c) => r[c] === null ? "" : String(r[c]))
        );
        assertEquals(rows.slice(1), expected, "CSV rows are the RPC's rows");
        // hand check of the fixture: 1 March r1 met + r2 late on both, 3 March r3 met
        assertEquals(rows.slice(1).map((r) => r.slice(0, 5)), [
            ["1999-03-01", "2", "1", "1", "50"],
            ["1999-03-02", "0", "0", "0", ""],
            ["1999-03-03", "1", "1", "0", "100"],
            ["1999-03-04", "0", "0", "0", ""],
        ], "the figures of the fixture");

        const [delivery] = await withSql((sql) =>
            sql`select status, run_kind, requested_by, message_id, recipients, period_from, period_to
                from public.report_deliveries where schedule_id = ${id}`
        );
        assertEquals(
            [delivery.status, delivery.run_kind, delivery.requested_by, delivery.message_id, delivery.recipients],
            ["sent", "manual", f.admin.id, headers["message-id"], ["lead@example.com", "ops@example.org"]],
            "the delivery is recorded",
        );
        assertEquals([delivery.period_from.toISOString(), delivery.period_to.toISOString()], [
            "1999-03-01T00:00:00.000Z",
            "1999-03-05T00:00:00.000Z",
        ], "with its period");
        const [after] = await withSql((sql) =>
            sql`select last_run_at, next_run_at from public.report_schedules where id = ${id}`
        );
        assert(after.last_run_at !== null, "last_run_at is set");
        assertEquals(after.next_run_at.getTime(), before.next_run_at.getTime(), "a manual run leaves the next run");
    } finally {
        await restoreSmtp(previous);
        await sink.stop();
        await cleanup(f);
    }
});

Deno.test("the due path (service role, empty body) sends a due schedule once and moves its next run on", async () => {
    const f = await fixture();
    const sink = await SmtpSink.start();
    const previous = await useSmtp(sink.port);
    try {
        const id = await createSchedule(f, {
            dashboard: "response_times",
            format: "csv",
            frequency: "daily",
            weekday: null,
        });
        await withSql((sql) =>
            sql`update public.report_schedules set next_run_at = now() - interval '1 minute' where id = ${id}`
        );
        const service = client(SERVICE_KEY);
        const first = await service.functions.invoke("report-delivery", { body: {} });
        assertEquals(first.error, null, "invoke");
        // A scheduler ticking at the same moment (scheduler.ts) may have claimed it first: either way it is
        // sent exactly once, by the due path.
        const mine = first.data.ran.filter((r: { schedule_id: string }) => r.schedule_id === id);
        assert(mine.every((r: { status: string }) => r.status === "sent"), "the due schedule was sent");
        const deliveries = await withSql((sql) =>
            sql`select run_kind, status from public.report_deliveries where schedule_id = ${id}`
        );
        assertEquals(deliveries.map((d) => [d.run_kind, d.status]), [["scheduled", "sent"]], "one scheduled delivery");
        const [after] = await withSql((sql) =>
            sql`select next_run_at, next_run_at = public.report_next_run('daily', null, 6::smallint, last_run_at) as ok
                from public.report_schedules where id = ${id}`
        );
        assert(after.next_run_at.getTime() > Date.now(), "the next run is in the future");
        assert(after.ok, "at the next daily slot after this run");

        const second = await service.functions.invoke("report-delivery", { body: {} });
        assertEquals(second.error, null, "invoke again");
        assertEquals(
            second.data.ran.filter((r: { schedule_id: string }) => r.schedule_id === id).length,
            0,
            "a schedule that ran is not due again",
        );
        const messages = await waitForMessages(sink, 1);
        assertEquals(messages.length, 1, "exactly one message");
        const { parts } = parseMime(messages[0].data);
        assertEquals(
            parts.filter((p) => (p.headers["content-type"] ?? "").startsWith("application/pdf")).length,
            0,
            "CSV only",
        );
        const csv = parseCsv(
            new TextDecoder().decode(decodePart(
                parts.find((p) => (p.headers["content-type"] ?? "").startsWith("text/csv"))!,
            )),
        );
        // the team's three tickets: first responses 30, 120, 10 min (median 30); resolutions 120, 1440, 60 (median 120)
        assertEquals(
            csv.slice(1).filter((r) => r[1] === "< 15 min").map((r) => [r[0], r[5], r[6]]),
            [["first_response", "3", "30"], ["resolution", "3", "120"]],
            "response-time figures of the fixture",
        );
    } finally {
        await restoreSmtp(previous);
        await sink.stop();
        await cleanup(f);
    }
});

Deno.test("customers and agents are refused (403); a token that is no user's is 401", async () => {
    const f = await fixture();
    const agent = await freshUser("agent", "Report Agent");
    try {
        const id = await createSchedule(f);
        for (const [who, user] of [["customer", f.customer], ["agent", agent]] as const) {
            const { data, error } = await user.client.functions.invoke("report-delivery", {
                body: { schedule_id: id },
            });
            assert(error instanceof FunctionsHttpError, `${who}: an HTTP error`);
            assertEquals([error.context.status, (await error.context.json()).error], [403, "forbidden"], who);
            assertEquals(data, null, who);
        }
        const anon = await client().functions.invoke("report-delivery", { body: {} });
        assert(anon.error instanceof FunctionsHttpError, "anon: an HTTP error");
        assertEquals(anon.error.context.status, 401, "the anon key is not a user");
        await anon.error.context.body?.cancel();
        const [count] = await withSql((sql) =>
            sql`select count(*)::int as n from public.report_deliveries where schedule_id = ${id}`
        );
        assertEquals(count.n, 0, "nothing was attempted");
    } finally {
        await deleteUsers(agent);
        await cleanup(f);
    }
});

Deno.test("an SMTP server that cannot be reached ends as a failed delivery with a readable error", async () => {
    const f = await fixture();
    const closedPort = freePort();
    const previous = await useSmtp(closedPort);
    try {
        const id = await createSchedule(f, { dashboard: "backlog", format: "pdf" });
        const { data, error } = await f.admin.client.functions.invoke("report-delivery", { body: { schedule_id: id } });
        assertEquals(error, null, "the run itself succeeds");
        assertEquals(data.ran[0].status, "failed", "the delivery failed");
        const expected = `Could not connect to the SMTP server 127.0.0.1:${closedPort}: connection refused ` +
            "(is the host and port right?).";
        assertEquals(data.ran[0].error, expected, "readable error in the answer");
        const [delivery] = await withSql((sql) =>
            sql`select status, error, finished_at is not null as finished from public.report_deliveries
                where schedule_id = ${id}`
        );
        assertEquals([delivery.status, delivery.error, delivery.finished], ["failed", expected, true], "recorded");
        const { data: seen } = await f.admin.client.from("report_deliveries").select("status, error").eq(
            "schedule_id",
            id,
        );
        assertEquals(seen, [{ status: "failed", error: expected }], "admins read the failure through the API");
    } finally {
        await restoreSmtp(previous);
        await cleanup(f);
    }
});

Deno.test("an unknown schedule is 404 and a malformed body 400", async () => {
    const admin = await freshUser("admin", "Report Admin");
    try {
        const unknown = await admin.client.functions.invoke("report-delivery", {
            body: { schedule_id: crypto.randomUUID() },
        });
        assert(unknown.error instanceof FunctionsHttpError, "an HTTP error");
        assertEquals([unknown.error.context.status, (await unknown.error.context.json()).error], [404, "not_found"]);
        const malformed = await admin.client.functions.invoke("report-delivery", { body: { schedule_id: "x; drop" } });
        assert(malformed.error instanceof FunctionsHttpError, "an HTTP error");
        assertEquals([malformed.error.context.status, (await malformed.error.context.json()).error], [
            400,
            "bad_request",
        ]);
    } finally {
        await deleteUsers(admin);
    }
});
