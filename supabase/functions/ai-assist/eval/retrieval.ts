/**
 * Retrieval evaluation.
 * (a) Bitext: the 27 articles of kb_articles_27.json (title = intent name + category, body = answer),
 *     every request of the 6,480-row file as a query; the right article is the request's intent.
 * (a2) Bitext with past requests as "solved tickets": requests are split into template groups
 *     (near-duplicate components), 5-fold by group; a ticket hit votes for its intent's article.
 * (b) The demo KB from supabase/seed.sql with hand-written queries (demo_kb_queries.json).
 */
import { type RetrievalDoc, RetrievalIndex, type RetrievalOptions } from "../builtin/retrieve.ts";
import { cosine } from "../builtin/sparse.ts";
import { TfidfVectorizer } from "../builtin/tfidf.ts";
import { mulberry32 } from "../builtin/linear_svm.ts";
import { parseCsv } from "./csv.ts";
import { readDataset } from "./datasets.ts";
import { loadDemoKb } from "./demo_kb.ts";
import { percentile, type RankingMetrics, rankingMetrics } from "./metrics.ts";

interface KbArticle {
    id: string;
    category: string;
    answer: string;
}

const VARIANTS: [string, RetrievalOptions][] = [
    ["BM25 only (words, light stemming, title x3)", { charWeight: 0 }],
    ["char 3–5-gram TF-IDF cosine only", { charWeight: 1 }],
    ["**builtin default: fused 0.5 BM25 + 0.5 char**", {}],
];

function row(name: string, m: RankingMetrics, extra = ""): string {
    return `| ${name} | ${m.queries} | **${(100 * m.p1).toFixed(1)} %** | ${(100 * m.hit3).toFixed(1)} % | ${
        (100 * m.hit3 / 3).toFixed(1)
    } % | ${m.mrr.toFixed(3)} |${extra}`;
}

/** 1-based rank of `target` among the distinct articles implied by the ranked hits (0 if absent). */
function articleRank(articleIds: readonly string[], target: string): number {
    const seen: string[] = [];
    for (const a of articleIds) if (!seen.includes(a)) seen.push(a);
    return seen.indexOf(target) + 1;
}

/** Template groups: connected components of same-intent requests whose masked char cosine >= threshold. */
function templateGroups(rows: { text: string; intent: string }[], threshold: number): number[] {
    const v = TfidfVectorizer.fit(rows.map((r) => r.text), { analyzers: [{ kind: "char_wb", minN: 3, maxN: 5 }] });
    const vecs = rows.map((r) => v.transform(r.text));
    const parent = rows.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const byIntent = new Map<string, number[]>();
    rows.forEach((r, i) => byIntent.set(r.intent, [...(byIntent.get(r.intent) ?? []), i]));
    for (const idx of byIntent.values()) {
        for (let a = 0; a < idx.length; a++) {
            for (let b = a + 1; b < idx.length; b++) {
                if (cosine(vecs[idx[a]], vecs[idx[b]]) >= threshold) parent[find(idx[a])] = find(idx[b]);
            }
        }
    }
    return rows.map((_, i) => find(i));
}

export async function runRetrieval(): Promise<string> {
    const articles: KbArticle[] = JSON.parse(await readDataset("bitext-customer-support/kb_articles_27.json"));
    const requests = parseCsv(
        await readDataset("bitext-customer-support/bitext_cs_2023-08-07_6480rows_canonical_answers.csv"),
    )
        .map((r) => ({ text: r.instruction, intent: r.intent, entity: r.entity_value }));
    const docs: RetrievalDoc[] = articles.map((a) => ({
        id: a.id,
        kind: "article",
        title: `${a.id.replaceAll("_", " ")} (${a.category.toLowerCase().replaceAll("_", " ")})`,
        body: a.answer,
    }));
    const lines: string[] = [];
    lines.push(
        `### Retrieval (a): Bitext, ${docs.length} KB articles, ${requests.length} requests as queries`,
        "",
        "P@1 = right article ranked first; Hit@3 = right article among the first three; strict P@3 = Hit@3 / 3 " +
            "(one relevant article per query); MRR over the full ranking.",
        "",
        "| ranking | queries | P@1 | Hit@3 | strict P@3 | MRR | latency mean / p95 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const [name, options] of VARIANTS) {
        const index = new RetrievalIndex(docs, options);
        const times: number[] = [];
        const ranks = requests.map((r) => {
            const t = performance.now();
            const hits = index.search(r.text, { limit: docs.length });
            times.push(performance.now() - t);
            return hits.findIndex((h) => h.id === r.intent) + 1;
        });
        times.sort((a, b) => a - b);
        const mean = times.reduce((a, b) => a + b, 0) / times.length;
        lines.push(
            row(name, rankingMetrics(ranks), ` ${mean.toFixed(3)} / ${percentile(times, 0.95).toFixed(3)} ms |`),
        );
    }

    // (a2) articles + past requests as solved tickets, split by template group
    const masked = requests.map((r) => ({
        text: r.entity ? r.text.replaceAll(r.entity, " ") : r.text,
        intent: r.intent,
    }));
    const threshold = 0.6;
    const groups = templateGroups(masked, threshold);
    const groupIds = Array.from(new Set(groups));
    const rand = mulberry32(11);
    const foldOfGroup = new Map<number, number>();
    for (let i = groupIds.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [groupIds[i], groupIds[j]] = [groupIds[j], groupIds[i]];
    }
    groupIds.forEach((g, i) => foldOfGroup.set(g, i % 5));
    const sizes = new Map<number, number>();
    for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
    const largest = Math.max(...sizes.values());
    const splits: [string, (i: number) => number][] = [
        ["random 5-fold split (inflated by template variants)", (i) => Math.floor(mulberry32(i + 1)() * 5)],
        [`grouped 5-fold split (${groupIds.length} template groups)`, (i) => foldOfGroup.get(groups[i]) ?? 0],
    ];
    lines.push(
        "",
        `### Retrieval (a2): Bitext articles + past requests as solved tickets`,
        "",
        `Each held-out request is ranked against the 27 articles plus the other folds' requests (as tickets ` +
            `labelled with their intent's article); a ticket hit stands for its article, and the metrics use the ` +
            `first position of each distinct article. Template groups: connected components of same-intent ` +
            `requests whose character 3–5-gram cosine (entity values masked) is at least ${threshold}; ` +
            `${groupIds.length} groups, largest ${largest} requests.`,
        "",
        "| split | queries | P@1 | Hit@3 | strict P@3 | MRR |",
        "| --- | --- | --- | --- | --- | --- |",
    );
    for (const [name, foldOf] of splits) {
        const ranks: number[] = [];
        for (let f = 0; f < 5; f++) {
            const trainIdx = requests.map((_, i) => i).filter((i) => foldOf(i) !== f);
            const testIdx = requests.map((_, i) => i).filter((i) => foldOf(i) === f);
            const ticketDocs: RetrievalDoc[] = trainIdx.map((i) => ({
                id: `t${i}`,
                kind: "ticket",
                title: requests[i].text,
                body: "",
            }));
            const index = new RetrievalIndex([...docs, ...ticketDocs]);
            for (const i of testIdx) {
                const hits = index.search(requests[i].text, { limit: 60 });
                const implied = hits.map((h) => (h.kind === "article" ? h.id : requests[Number(h.id.slice(1))].intent));
                ranks.push(articleRank(implied, requests[i].intent));
            }
        }
        lines.push(row(name, rankingMetrics(ranks)));
    }

    lines.push("", await runDemoKbRetrieval());
    return lines.join("\n");
}

/** Retrieval (b) alone. */
export async function runDemoKbRetrieval(): Promise<string> {
    const lines: string[] = [];
    const demo = await loadDemoKb();
    lines.push("### Retrieval (b): demo KB (supabase/seed.sql) with hand-written customer queries", "");
    if (!demo) {
        lines.push("_Not run: supabase/seed.sql has no KB articles yet._");
    } else {
        lines.push(
            `${demo.articles.length} published articles, ${demo.queries.length} queries ` +
                "(supabase/functions/ai-assist/eval/demo_kb_queries.json).",
            "",
            "| ranking | queries | P@1 | Hit@3 | strict P@3 | MRR |",
            "| --- | --- | --- | --- | --- | --- |",
        );
        for (const [name, options] of VARIANTS) {
            const index = new RetrievalIndex(demo.articles, options);
            const ranks = demo.queries.map((q) =>
                index.search(q.query, { limit: demo.articles.length }).findIndex((h) => h.id === q.slug) + 1
            );
            lines.push(row(name, rankingMetrics(ranks)));
        }
        const index = new RetrievalIndex(demo.articles);
        const misses = demo.queries.filter((q) => index.search(q.query, { limit: 1 })[0]?.id !== q.slug);
        if (misses.length > 0) {
            lines.push("", "Misses of the default ranking (query → expected / got):", "");
            for (const q of misses) {
                lines.push(`- "${q.query}" → ${q.slug} / ${index.search(q.query, { limit: 1 })[0]?.id ?? "nothing"}`);
            }
        }
    }
    return lines.join("\n");
}
