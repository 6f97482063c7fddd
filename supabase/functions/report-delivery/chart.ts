/**
 * Simple vector charts drawn with pdf-lib primitives: grouped bars or lines over labelled categories, a
 * value axis with four grid lines, a legend. No raster images, so the PDF stays small and sharp.
 */
import { type PDFFont, type PDFPage, rgb } from "pdf-lib";
import type { Chart } from "./reports.ts";
import { formatNumber } from "./format.ts";

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface Fonts {
    regular: PDFFont;
    bold: PDFFont;
    /** Text reduced to what the standard fonts can encode (WinAnsi). */
    safe: (text: string) => string;
}

export const PALETTE = [rgb(0.16, 0.42, 0.75), rgb(0.93, 0.55, 0.13), rgb(0.25, 0.63, 0.35), rgb(0.8, 0.25, 0.25)];
const AXIS = rgb(0.35, 0.35, 0.35);
const GRID = rgb(0.88, 0.88, 0.88);
const TEXT = rgb(0.1, 0.1, 0.1);

/** A round top for the value axis: 1, 2, 2.5 or 5 times a power of ten, at least the largest value. */
export function niceMax(value: number): number {
    if (!(value > 0)) return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 2.5, 5, 10]) {
        if (step * power >= value) return step * power;
    }
    return 10 * power;
}

/** Cuts text to fit a width, with a trailing ".." when shortened. */
export function fit(font: PDFFont, text: string, size: number, width: number): string {
    if (font.widthOfTextAtSize(text, size) <= width) return text;
    let cut = text;
    while (cut.length > 1 && font.widthOfTextAtSize(`${cut}..`, size) > width) cut = cut.slice(0, -1);
    return `${cut}..`;
}

export function drawChart(page: PDFPage, fonts: Fonts, chart: Chart, box: Box): void {
    const title = fonts.safe(chart.title);
    page.drawText(fit(fonts.bold, title, 10, box.width * 0.6), {
        x: box.x,
        y: box.y + box.height - 10,
        size: 10,
        font: fonts.bold,
        color: TEXT,
    });
    // Legend, right-aligned on the title line.
    let legendX = box.x + box.width;
    chart.series.slice().reverse().forEach((series, reversedIndex) => {
        const index = chart.series.length - 1 - reversedIndex;
        const name = fonts.safe(series.name);
        legendX -= fonts.regular.widthOfTextAtSize(name, 8) + 18;
        page.drawRectangle({
            x: legendX,
            y: box.y + box.height - 9,
            width: 8,
            height: 8,
            color: PALETTE[index % PALETTE.length],
        });
        page.drawText(name, { x: legendX + 11, y: box.y + box.height - 8, size: 8, font: fonts.regular, color: TEXT });
    });

    const plot = { x: box.x + 42, y: box.y + 26, width: box.width - 46, height: box.height - 46 };
    const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
    const top = chart.max ?? niceMax(Math.max(0, ...values));
    const yOf = (v: number) => plot.y + (Math.max(0, Math.min(v, top)) / top) * plot.height;

    for (let i = 0; i <= 4; i++) {
        const v = (top * i) / 4;
        const y = yOf(v);
        page.drawLine({
            start: { x: plot.x, y },
            end: { x: plot.x + plot.width, y },
            thickness: 0.5,
            color: i === 0 ? AXIS : GRID,
        });
        const label = formatNumber(v);
        page.drawText(label, {
            x: plot.x - 4 - fonts.regular.widthOfTextAtSize(label, 7),
            y: y - 2.5,
            size: 7,
            font: fonts.regular,
            color: AXIS,
        });
    }
    page.drawLine({ start: { x: plot.x, y: plot.y }, end: { x: plot.x, y: plot.y + plot.height }, color: AXIS });

    const n = chart.labels.length;
    if (n === 0) {
        page.drawText("no data", { x: plot.x + 6, y: plot.y + 6, size: 8, font: fonts.regular, color: AXIS });
        return;
    }
    const group = plot.width / n;
    const centre = (i: number) => plot.x + group * (i + 0.5);

    if (chart.kind === "bar") {
        const barWidth = (group * 0.8) / Math.max(1, chart.series.length);
        chart.series.forEach((series, s) => {
            series.values.forEach((v, i) => {
                if (v === null || v <= 0) return;
                page.drawRectangle({
                    x: plot.x + group * i + group * 0.1 + barWidth * s,
                    y: plot.y,
                    width: Math.max(0.5, barWidth - 0.5),
                    height: yOf(v) - plot.y,
                    color: PALETTE[s % PALETTE.length],
                });
            });
        });
    } else {
        chart.series.forEach((series, s) => {
            const color = PALETTE[s % PALETTE.length];
            let previous: { x: number; y: number } | null = null;
            series.values.forEach((v, i) => {
                if (v === null) {
                    previous = null;
                    return;
                }
                const point = { x: centre(i), y: yOf(v) };
                if (previous) page.drawLine({ start: previous, end: point, thickness: 1.5, color });
                page.drawCircle({ x: point.x, y: point.y, size: 1.8, color });
                previous = point;
            });
        });
    }

    // Category labels: every k-th one so that they do not overlap.
    const widest = Math.max(...chart.labels.map((l) => fonts.regular.widthOfTextAtSize(fonts.safe(l), 7)));
    const step = Math.max(1, Math.ceil((Math.min(widest, 90) + 4) / group));
    for (let i = 0; i < n; i += step) {
        const label = fit(fonts.regular, fonts.safe(chart.labels[i]), 7, Math.max(group * step - 4, 20));
        const width = fonts.regular.widthOfTextAtSize(label, 7);
        page.drawText(label, { x: centre(i) - width / 2, y: plot.y - 11, size: 7, font: fonts.regular, color: AXIS });
    }
}
