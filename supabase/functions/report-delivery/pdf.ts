/**
 * The PDF of a report (pdf-lib, standard Helvetica, A4 landscape): title, schedule name, period, filters and
 * generation time; the dashboard's charts as vector graphics; the table, over as many pages as it needs with
 * the header repeated; page numbers.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { drawChart, fit, type Fonts } from "./chart.ts";
import { formatCell } from "./format.ts";
import { periodLabel, type ReportData } from "./reports.ts";

const PAGE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const ROW = 15;
const TEXT = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const HEADER_FILL = rgb(0.92, 0.94, 0.97);
const RULE = rgb(0.85, 0.85, 0.85);

function safeFor(font: PDFFont): (text: string) => string {
    const supported = new Set(font.getCharacterSet());
    return (text: string) =>
        Array.from(text.replace(/[\r\n\t]+/g, " "))
            .map((ch) => (supported.has(ch.codePointAt(0) ?? 0) ? ch : "?"))
            .join("");
}

export interface PdfContext {
    scheduleName: string;
    generatedAt: Date;
}

export async function renderPdf(report: ReportData, context: PdfContext): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const fonts: Fonts = { regular, bold, safe: safeFor(regular) };
    doc.setTitle(`${report.title} - ${context.scheduleName}`);
    doc.setSubject(`${report.title}, ${periodLabel(report.period)}`);
    doc.setProducer("Helpdesk report-delivery");
    doc.setCreator("Helpdesk");
    doc.setCreationDate(context.generatedAt);

    const width = PAGE[0] - 2 * MARGIN;
    let page: PDFPage = doc.addPage(PAGE);
    let y = PAGE[1] - MARGIN;
    const text = (value: string, size: number, font: PDFFont = regular, color = TEXT) => {
        page.drawText(fit(font, fonts.safe(value), size, width), { x: MARGIN, y: y - size, size, font, color });
        y -= size + 5;
    };

    text(report.title, 20, bold);
    text(context.scheduleName, 12, regular, MUTED);
    y -= 4;
    text(`Period: ${periodLabel(report.period)} (UTC)`, 10);
    for (const line of report.filterLines) text(line, 10);
    text(`Generated ${context.generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`, 9, regular, MUTED);
    y -= 8;

    const chartHeight = report.charts.length > 2 ? 150 : 190;
    for (const chart of report.charts) {
        if (y - chartHeight < MARGIN) {
            page = doc.addPage(PAGE);
            y = PAGE[1] - MARGIN;
        }
        drawChart(page, fonts, chart, { x: MARGIN, y: y - chartHeight, width, height: chartHeight });
        y -= chartHeight + 14;
    }

    const columns = report.columns.filter((c) => c.inPdf !== false);
    const columnWidth = width / Math.max(1, columns.length);
    const numeric = (format: string) => format !== "text" && format !== "date" && format !== "datetime";
    const cell = (value: string, i: number, font: PDFFont, alignRight: boolean) => {
        const shown = fit(font, fonts.safe(value), 8, columnWidth - 8);
        const w = font.widthOfTextAtSize(shown, 8);
        const x = MARGIN + columnWidth * i + (alignRight ? columnWidth - 4 - w : 4);
        page.drawText(shown, { x, y: y - ROW + 4.5, size: 8, font, color: TEXT });
    };
    const header = () => {
        page.drawRectangle({ x: MARGIN, y: y - ROW, width, height: ROW, color: HEADER_FILL });
        columns.forEach((c, i) => cell(c.label, i, bold, numeric(c.format)));
        y -= ROW;
    };
    if (y - 3 * ROW < MARGIN) {
        page = doc.addPage(PAGE);
        y = PAGE[1] - MARGIN;
    }
    header();
    if (report.rows.length === 0) {
        cell("No rows for this period and these filters.", 0, regular, false);
        y -= ROW;
    }
    for (const row of report.rows) {
        if (y - ROW < MARGIN) {
            page = doc.addPage(PAGE);
            y = PAGE[1] - MARGIN;
            header();
        }
        columns.forEach((c, i) => cell(formatCell(c, row[c.key]), i, regular, numeric(c.format)));
        page.drawLine({ start: { x: MARGIN, y: y - ROW }, end: { x: MARGIN + width, y: y - ROW }, color: RULE });
        y -= ROW;
    }

    const pages = doc.getPages();
    pages.forEach((p, i) => {
        const label = `${i + 1} / ${pages.length}`;
        p.drawText(label, {
            x: PAGE[0] - MARGIN - regular.widthOfTextAtSize(label, 8),
            y: MARGIN / 2,
            size: 8,
            font: regular,
            color: MUTED,
        });
    });
    return await doc.save();
}
