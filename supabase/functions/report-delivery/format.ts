/** How report values read in the PDF and the mail body. */
import type { Cell, Column } from "./reports.ts";

function number(value: Cell): number | null {
    if (value === null || value === undefined || value === "") return null;
    const n = typeof value === "number" ? value : Number(value);
    return Number.isFinite(n) ? n : null;
}

/** 42, 1 234, 7.5 (at most one decimal, thin grouping by spaces). */
export function formatNumber(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    const [whole, decimals] = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1).split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    return (rounded < 0 ? "-" : "") + grouped + (decimals ? `.${decimals}` : "");
}

/** Minutes as the most readable unit: 45 min, 2.5 h, 3.1 d. */
export function formatMinutes(minutes: number): string {
    if (Math.abs(minutes) < 90) return `${formatNumber(minutes)} min`;
    if (Math.abs(minutes) < 48 * 60) return `${formatNumber(minutes / 60)} h`;
    return `${formatNumber(minutes / 1440)} d`;
}

export function formatCell(column: Column, value: Cell | undefined): string {
    if (value === null || value === undefined) return "-";
    switch (column.format) {
        case "integer":
        case "decimal": {
            const n = number(value);
            return n === null ? String(value) : formatNumber(n);
        }
        case "percent": {
            const n = number(value);
            return n === null ? String(value) : `${formatNumber(n)} %`;
        }
        case "minutes": {
            const n = number(value);
            return n === null ? String(value) : formatMinutes(n);
        }
        case "date":
            return String(value).slice(0, 10);
        case "datetime":
            return String(value).slice(0, 16).replace("T", " ");
        default:
            return String(value);
    }
}
