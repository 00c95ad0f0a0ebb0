// npm run eval — the extractor over the seed articles, scored against seeds/relations/relations.json.
import { formatScore } from '../ingest/eval/report';
import { evaluateSeeds } from '../ingest/eval/seeds';

function main(): number {
  try {
    const { score, pooled, runs, modalityAgreement } = evaluateSeeds();
    for (const r of runs) console.log(`${r.article} (${r.date}): ${r.relations.length} relations`);
    console.log('');
    console.log(formatScore(score));
    console.log('');
    const e = pooled.exact;
    console.log(`pooled over the articles: P ${e.precision.toFixed(3)}  R ${e.recall.toFixed(3)}  F1 ${e.f1.toFixed(3)}`);
    console.log(`modality agrees with the gold on ${(modalityAgreement * 100).toFixed(1)}% of the exact matches`);
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 2;
  }
}

process.exitCode = main();
