/**
 * CSV of a report table (RFC 4180): one header line of column names as the RPC returns them, one line per
 * row, CRLF line ends, fields quoted when they hold a quote, comma, line break or edge spaces (quotes
 * doubled). Text cells that a spreadsheet would run as a formula (= + - @ tab CR first) get a leading
 * apostrophe (OWASP's CSV-injection advice); numbers are written as they are. Starts with a UTF-8 byte
 * order mark so that spreadsheet programs read non-ASCII names correctly.
 */
import type { Cell, Column, Row } from "./reports.ts";

export const BOM = "\uFEFF";

export function csvField(value: Cell | undefined): string {
    if (value === null || value === undefined) return "";
    let text = String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
    return text;
}

export function toCsv(columns: Column[], rows: Row[]): string {
    const lines = [columns.map((c) => csvField(c.key)).join(",")];
    for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])).join(","));
    return BOM + lines.join("\r\n") + "\r\n";
}

/** Parses CSV written by toCsv (and RFC 4180 CSV in general) back into rows of fields. */
export function parseCsv(text: string): string[][] {
    const source = text.startsWith(BOM) ? text.slice(1) : text;
    const rows: string[][] = [];
    let row: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (quoted) {
            if (ch === '"' && source[i + 1] === '"') {
                field += '"';
                i++;
            } else if (ch === '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch === '"') {
            quoted = true;
        } else if (ch === ",") {
            row.push(field);
            field = "";
        } else if (ch === "\r" && source[i + 1] === "\n") {
            row.push(field);
            rows.push(row);
            row = [];
            field = "";
            i++;
        } else {
            field += ch;
        }
    }
    if (field !== "" || row.length > 0) {
        row.push(field);
        rows.push(row);
    }
    return rows;
}
