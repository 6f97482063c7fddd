/** Loads the demo KB articles from supabase/seed.sql and the labelled queries. Filled in below. */
import { type RetrievalDoc } from "../builtin/retrieve.ts";

export interface DemoQuery {
    query: string;
    slug: string;
}

export function loadDemoKb(): Promise<{ articles: RetrievalDoc[]; queries: DemoQuery[] } | null> {
    return Promise.resolve(null);
}
