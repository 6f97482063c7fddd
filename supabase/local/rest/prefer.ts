// The Prefer header (docs/references/api/preferences.rst): comma-separated, unknown values ignored.
import type { CountMode, Returning } from "./sql.ts";

export interface Preferences {
    returning: Returning | "headers-only";
    count: CountMode;
    resolution?: "merge-duplicates" | "ignore-duplicates";
    missingDefault: boolean;
    /** What the response echoes in Preference-Applied. */
    applied: string[];
}

export function parsePrefer(header: string | null): Preferences {
    const prefs: Preferences = { returning: "minimal", count: null, missingDefault: false, applied: [] };
    for (const raw of (header ?? "").split(",")) {
        const item = raw.trim();
        const [key, value] = item.split("=").map((part) => part.trim());
        if (key === "return" && (value === "representation" || value === "minimal" || value === "headers-only")) {
            prefs.returning = value;
            prefs.applied.push(item);
        } else if (key === "count" && (value === "exact" || value === "planned" || value === "estimated")) {
            prefs.count = value;
            prefs.applied.push(item);
        } else if (key === "resolution" && (value === "merge-duplicates" || value === "ignore-duplicates")) {
            prefs.resolution = value;
            prefs.applied.push(item);
        } else if (key === "missing" && value === "default") {
            prefs.missingDefault = true;
            prefs.applied.push(item);
        }
    }
    return prefs;
}
