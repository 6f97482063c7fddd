/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. First row is the header. */
export function parseCsv(text: string): Record<string, string>[] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i++;
                } else quoted = false;
            } else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ",") {
            row.push(field);
            field = "";
        } else if (ch === "\n") {
            row.push(field);
            rows.push(row);
            row = [];
            field = "";
        } else if (ch !== "\r") field += ch;
    }
    if (field.length > 0 || row.length > 0) {
        row.push(field);
        rows.push(row);
    }
    const [header, ...body] = rows;
    return body.filter((r) => r.length > 1 || r[0] !== "").map((r) => {
        const rec: Record<string, string> = {};
        header.forEach((h, i) => (rec[h] = r[i] ?? ""));
        return rec;
    });
}
