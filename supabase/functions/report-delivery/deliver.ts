/**
 * One delivery of one schedule: record the attempt, check the creator may still schedule reports (an active
 * admin), compute the dashboard as the creator, render the attachments, send, record the outcome. Every
 * failure ends as a `failed` delivery with a readable error; nothing is retried before the next run.
 */
import { toCsv } from "./csv.ts";
import {
    finishDelivery,
    type Period,
    periodOf,
    profileOf,
    type Schedule,
    type SmtpSettings,
    smtpSettings,
    type Sql,
    startDelivery,
} from "./db.ts";
import { type Attachment, describeSmtpError, sendMail } from "./mail.ts";
import { renderPdf } from "./pdf.ts";
import { computeReport, DASHBOARD_TITLES, periodLabel, type ReportData } from "./reports.ts";

export interface DeliveryResult {
    schedule_id: string;
    delivery_id: string | null;
    status: "sent" | "failed";
    message_id?: string;
    error?: string;
}

function databaseMessage(error: unknown): string {
    const e = error as { code?: string; message?: string };
    if (e?.code === "42501") {
        return "The schedule's creator may not run reports any more (the database refused: " +
            `${e.message ?? "permission denied"}).`;
    }
    return `The report could not be computed: ${e?.message ?? String(error)}.`;
}

function fileStem(report: ReportData): string {
    const last = new Date(report.period.to.getTime() - 1).toISOString().slice(0, 10);
    return `${report.dashboard.replaceAll("_", "-")}-${report.period.from.toISOString().slice(0, 10)}-to-${last}`;
}

export async function buildAttachments(
    report: ReportData,
    schedule: Schedule,
    generatedAt: Date,
): Promise<Attachment[]> {
    const attachments: Attachment[] = [];
    const stem = fileStem(report);
    if (schedule.format !== "csv") {
        const pdf = await renderPdf(report, { scheduleName: schedule.name, generatedAt });
        attachments.push({ filename: `${stem}.pdf`, content: pdf, contentType: "application/pdf" });
    }
    if (schedule.format !== "pdf") {
        attachments.push({
            filename: `${stem}.csv`,
            content: toCsv(report.columns, report.rows),
            contentType: "text/csv; charset=utf-8",
        });
    }
    return attachments;
}

export function mailText(report: ReportData, schedule: Schedule): string {
    return [
        `${report.title}: ${schedule.name}`,
        "",
        `Period: ${periodLabel(report.period)} (UTC)`,
        ...report.filterLines,
        `Rows: ${report.rows.length}`,
        "",
        `The report is attached (${schedule.format === "both" ? "PDF and CSV" : schedule.format.toUpperCase()}).`,
        `This e-mail is sent ${schedule.frequency} by the helpdesk's scheduled reports; an admin can change ` +
        "or stop the schedule in the helpdesk.",
    ].join("\n");
}

export async function deliver(
    sql: Sql,
    schedule: Schedule,
    kind: "scheduled" | "manual",
    requestedBy: string | null,
): Promise<DeliveryResult> {
    let period: Period | null = null;
    let periodError = "";
    try {
        period = await periodOf(sql, schedule.filters);
    } catch (error) {
        periodError = (error as Error)?.message ?? String(error); // recorded below as a failed delivery
    }
    const deliveryId = await startDelivery(sql, schedule, kind, requestedBy, period);
    const fail = async (error: string): Promise<DeliveryResult> => {
        await finishDelivery(sql, deliveryId, { status: "failed", error });
        return { schedule_id: schedule.id, delivery_id: deliveryId, status: "failed", error };
    };
    if (!period) return await fail(`The schedule's date range could not be worked out: ${periodError}.`);

    const creator = await profileOf(sql, schedule.created_by);
    if (!creator || !creator.isActive || creator.role !== "admin") {
        return await fail(
            "The schedule's creator is no longer an active admin, so the report is not sent in their name; an " +
                "admin has to create the schedule again.",
        );
    }

    let report: ReportData;
    try {
        report = await computeReport(sql, creator.id, schedule.dashboard, schedule.filters, period);
    } catch (error) {
        return await fail(databaseMessage(error));
    }

    const generatedAt = new Date();
    let attachments: Attachment[];
    try {
        attachments = await buildAttachments(report, schedule, generatedAt);
    } catch (error) {
        return await fail(`The attachments could not be rendered: ${(error as Error)?.message ?? String(error)}.`);
    }

    const settings: SmtpSettings = await smtpSettings(sql);
    try {
        const messageId = await sendMail(settings, {
            to: schedule.recipients,
            subject: `${schedule.name}: ${DASHBOARD_TITLES[schedule.dashboard]}, ${periodLabel(period)}`,
            text: mailText(report, schedule),
            attachments,
        });
        await finishDelivery(sql, deliveryId, { status: "sent", messageId });
        return { schedule_id: schedule.id, delivery_id: deliveryId, status: "sent", message_id: messageId };
    } catch (error) {
        return await fail(describeSmtpError(error, settings));
    }
}
