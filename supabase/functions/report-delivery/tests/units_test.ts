// Units of report-delivery that need no server: CSV escaping and parsing, the PDF (pages, unsupported
// characters, empty charts), the chart axis, the mail error sentences, the scheduler's call.
import { PDFDocument } from "pdf-lib";
import { niceMax } from "../chart.ts";
import { BOM, csvField, parseCsv, toCsv } from "../csv.ts";
import { formatCell, formatMinutes } from "../format.ts";
import { describeSmtpError } from "../mail.ts";
import { renderPdf } from "../pdf.ts";
import type { Column, ReportData } from "../reports.ts";
import { tick } from "../scheduler.ts";
import { assert, assertEquals } from "./support.ts";

Deno.test("CSV fields are quoted only when needed, quotes doubled, formulas defused, numbers kept", () => {
    assertEquals(
        [
            csvField("plain"),
            csvField('say "hi"'),
            csvField("a,b"),
            csvField("two\r\nlines"),
            csvField(" padded"),
            csvField("=HYPERLINK(1)"),
            csvField("-5"),
            csvField(-5),
            csvField(7.5),
            csvField(null),
            csvField(true),
        ],
        [
            "plain",
            '"say ""hi"""',
            '"a,b"',
            '"two\r\nlines"',
            '" padded"',
            "'=HYPERLINK(1)",
            "'-5",
            "-5",
            "7.5",
            "",
            "true",
        ],
    );
});

Deno.test("toCsv writes a BOM, a header of column keys and CRLF lines that parseCsv reads back", () => {
    const columns: Column[] = [{ key: "name", label: "Name", format: "text" }, {
        key: "n",
        label: "N",
        format: "integer",
    }];
    const text = toCsv(columns, [{ name: 'Zoë "Z", Jr.\nII', n: 3 }, { name: null, n: 0 }]);
    assert(text.startsWith(BOM), "BOM");
    assert(text.endsWith("\r\n"), "ends with CRLF");
    assertEquals(parseCsv(text), [["name", "n"], ['Zoë "Z", Jr.\nII', "3"], ["", "0"]]);
});

function report(rows: number): ReportData {
    return {
        dashboard: "agent_performance",
        title: "Agent performance",
        period: { from: new Date("2001-03-01T00:00:00Z"), to: new Date("2001-04-01T00:00:00Z") },
        bucket: null,
        filterLines: ["Team: Équipe ✓ 東京", "Channel: all channels"],
        columns: [
            { key: "agent_id", label: "Id", format: "text", inPdf: false },
            { key: "full_name", label: "Agent", format: "text" },
            { key: "solved", label: "Solved", format: "integer" },
            { key: "median", label: "Median", format: "minutes" },
        ],
        rows: Array.from(
            { length: rows },
            (_, i) => ({ agent_id: `id${i}`, full_name: `Agent ✓ ${i}`, solved: i, median: i * 7.5 }),
        ),
        charts: [
            { kind: "bar", title: "Solved", labels: ["a", "b"], series: [{ name: "Solved", values: [3, null] }] },
            { kind: "line", title: "Empty", labels: [], series: [{ name: "x", values: [] }], max: 100 },
        ],
    };
}

Deno.test("the PDF renders characters the standard font lacks, empty charts, and pages for long tables", async () => {
    const short = await PDFDocument.load(await renderPdf(report(3), { scheduleName: "S", generatedAt: new Date() }));
    const long = await PDFDocument.load(await renderPdf(report(120), { scheduleName: "S", generatedAt: new Date() }));
    assert(short.getPageCount() <= 2, `two charts and three rows fit on two pages (got ${short.getPageCount()})`);
    // 120 rows of 15 pt on 523 pt pages: at least three more pages than the short report
    assert(
        long.getPageCount() >= short.getPageCount() + 3,
        `120 rows need more pages (got ${long.getPageCount()} against ${short.getPageCount()})`,
    );
    assertEquals(short.getTitle(), "Agent performance - S");
});

Deno.test("axis tops are round numbers and values read as people write them", () => {
    assertEquals([niceMax(0), niceMax(3), niceMax(7), niceMax(12), niceMax(99), niceMax(101)], [
        1,
        5,
        10,
        20,
        100,
        200,
    ]);
    assertEquals([formatMinutes(45), formatMinutes(150), formatMinutes(4320)], ["45 min", "2.5 h", "3 d"]);
    assertEquals(
        [
            formatCell({ key: "p", label: "", format: "percent" }, 50.5),
            formatCell({ key: "n", label: "", format: "integer" }, 1234567),
            formatCell({ key: "d", label: "", format: "date" }, "2001-03-05T00:00:00+00:00"),
            formatCell({ key: "x", label: "", format: "text" }, null),
        ],
        ["50.5 %", "1 234 567", "2001-03-05", "-"],
    );
});

Deno.test("SMTP failures become sentences an admin can act on", () => {
    const settings = {
        host: "smtp.example.com",
        port: 587,
        username: "u",
        password: "p",
        fromAddress: "a@example.com",
        fromName: "R",
        tls: "starttls" as const,
    };
    assertEquals(
        describeSmtpError(Object.assign(new Error("Invalid login: 535 5.7.8"), { code: "EAUTH" }), settings),
        "The SMTP server smtp.example.com:587 refused the user name or password (Invalid login: 535 5.7.8).",
    );
    assertEquals(
        describeSmtpError(new Error("getaddrinfo ENOTFOUND smtp.example.com"), settings),
        "Could not find the SMTP server smtp.example.com: the host name does not resolve.",
    );
});

Deno.test("the scheduler's tick POSTs {} to the function with the service-role key", async () => {
    const seen: { path: string; auth: string | null; body: string }[] = [];
    const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (req) => {
        seen.push({ path: new URL(req.url).pathname, auth: req.headers.get("authorization"), body: await req.text() });
        return Response.json({ ran: [{ status: "sent" }, { status: "failed" }] });
    });
    try {
        const result = await tick(`http://127.0.0.1:${server.addr.port}/`, "service-key");
        assertEquals(result, { status: 200, ran: 2 });
        assertEquals(seen, [{ path: "/functions/v1/report-delivery", auth: "Bearer service-key", body: "{}" }]);
    } finally {
        await server.shutdown();
    }
});
