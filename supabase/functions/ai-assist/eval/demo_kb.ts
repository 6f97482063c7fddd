/**
 * The demo KB for retrieval evaluation: the published public articles of supabase/seed.sql (the seed keeps
 * them as a JSON array inside a `$json$ ... $json$` literal in one of its `\ir` parts) and the hand-written
 * queries of demo_kb_queries.json.
 */
import { type RetrievalDoc } from "../builtin/retrieve.ts";

export interface DemoQuery {
    query: string;
    slug: string;
}

interface SeedArticle {
    slug: string;
    title: string;
    body: string;
    visibility: string;
    status: string;
}

const repoRoot = decodeURIComponent(new URL("../../../../", import.meta.url).pathname);

async function seedFiles(): Promise<string[]> {
    const main = `${repoRoot}supabase/seed.sql`;
    let text: string;
    try {
        text = await Deno.readTextFile(main);
    } catch {
        return [];
    }
    const texts = [text];
    for (const m of text.matchAll(/^\\ir\s+(\S+)/gmu)) {
        try {
            texts.push(await Deno.readTextFile(`${repoRoot}supabase/${m[1]}`));
        } catch {
            // a missing part is reported by the seed itself
        }
    }
    return texts;
}

function isArticle(x: unknown): x is SeedArticle {
    const r = x as Record<string, unknown>;
    return typeof r === "object" && r !== null && typeof r.slug === "string" && typeof r.title === "string" &&
        typeof r.body === "string";
}

/** Published public articles found in the seed, or null when the seed has none. */
export async function loadDemoKb(): Promise<{ articles: RetrievalDoc[]; queries: DemoQuery[] } | null> {
    const articles: RetrievalDoc[] = [];
    for (const text of await seedFiles()) {
        for (const m of text.matchAll(/\$json\$(\[[\s\S]*?\])\$json\$/gu)) {
            const parsed: unknown = JSON.parse(m[1]);
            if (!Array.isArray(parsed)) continue;
            for (const a of parsed.filter(isArticle)) {
                if (a.status === "published" && a.visibility === "public") {
                    articles.push({ id: a.slug, kind: "article", title: a.title, body: a.body });
                }
            }
        }
    }
    if (articles.length === 0) return null;
    const file = JSON.parse(await Deno.readTextFile(new URL("./demo_kb_queries.json", import.meta.url)));
    return { articles, queries: file.queries as DemoQuery[] };
}
