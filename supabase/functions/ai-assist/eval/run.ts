/**
 * The evaluation of the builtin provider. Usage (via scripts/ai-eval):
 *   deno run --allow-all eval/run.ts (all: CPU time is read from /proc/self/stat) [all|banking77|tweetsumm|retrieval]... [--quick]
 * Prints Markdown tables to stdout, progress to stderr.
 */
import { runBanking77 } from "./banking77.ts";
import { datasetsDir } from "./datasets.ts";
import { runDemoKbRetrieval, runRetrieval } from "./retrieval.ts";
import { runTweetSumm } from "./tweetsumm.ts";

const args = Deno.args.filter((a) => !a.startsWith("--"));
const quick = Deno.args.includes("--quick");
const sections = args.length === 0 || args.includes("all") ? ["banking77", "tweetsumm", "retrieval"] : args;
const started = performance.now();
const loadBefore = Deno.loadavg().map((x) => x.toFixed(2)).join(" / ");
console.log(
    `## Results (${new Date().toISOString()}, datasets: ${datasetsDir()}, Deno ${Deno.version.deno}, ` +
        `${navigator.hardwareConcurrency} logical cores, load average (1 / 5 / 15 min) ${loadBefore}` +
        `${quick ? ", --quick" : ""})\n`,
);
for (const section of sections) {
    const t0 = performance.now();
    let out: string;
    if (section === "banking77") out = await runBanking77(quick);
    else if (section === "tweetsumm") out = await runTweetSumm();
    else if (section === "retrieval") out = await runRetrieval();
    else if (section === "demo-kb") out = await runDemoKbRetrieval();
    else throw new Error(`unknown section ${section} (banking77, tweetsumm, retrieval, demo-kb, all)`);
    console.log(out);
    const load = Deno.loadavg().map((x) => x.toFixed(2)).join(" / ");
    console.log(
        `\n_${section}: ${((performance.now() - t0) / 1000).toFixed(1)} s wall time; load average after it ` +
            `(1 / 5 / 15 min): ${load}._\n`,
    );
}
console.log(`_Total: ${((performance.now() - started) / 1000).toFixed(1)} s._`);
