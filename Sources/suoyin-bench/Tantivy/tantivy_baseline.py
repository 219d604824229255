"""Tantivy as a second baseline for suoyin-bench (see README, Benchmark).

Usage: python tantivy_baseline.py PASSAGES QUERIES INDEX_DIR RUNS

PASSAGES: one passage a line, `id<TAB>folded text` (Suoyin's folding, done by
the benchmark beforehand and not timed here). QUERIES: a JSON list of
{"class", "text", "phrases": [[...characters...], ...]}: each query matches
passages holding every phrase. Builds one index with Tantivy's default
multi-threaded writer: a stored text field tokenized one character per token,
with positions (so a phrase query is exact, as Suoyin's are), and the passage
id. Prints one JSON object: index seconds (adding documents, committing and
waiting for merges), index size, peak RSS, and each query's hits and top-10
latencies (milliseconds, after warm-up runs).
"""

import json
import os
import resource
import sys
import time

import tantivy

WARM_UP_RUNS = 3


def build(passages_path, index_dir):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", stored=True, tokenizer_name="chars", index_option="position")
    builder.add_integer_field("id", stored=True)
    schema = builder.build()
    index = tantivy.Index(schema, path=index_dir)
    index.register_tokenizer("chars", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(r"\S")).build())
    started = time.perf_counter()
    writer = index.writer()
    with open(passages_path, encoding="utf-8") as passages:
        for line in passages:
            identifier, _, text = line.rstrip("\n").partition("\t")
            writer.add_document(tantivy.Document(id=int(identifier), text=text))
    writer.commit()
    writer.wait_merging_threads()
    seconds = time.perf_counter() - started
    index.reload()
    return schema, index, seconds


def query_of(schema, phrases):
    clauses = []
    for phrase in phrases:
        if len(phrase) == 1:
            clauses.append(tantivy.Query.term_query(schema, "text", phrase[0], index_option="position"))
        else:
            clauses.append(tantivy.Query.phrase_query(schema, "text", phrase))
    if len(clauses) == 1:
        return clauses[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, clause) for clause in clauses])


def top_ten(searcher, query):
    result = searcher.search(query, 10)
    # Read the stored text of each hit, as a search that shows its results does.
    return [searcher.doc(address)["text"][0] for _, address in result.hits]


def directory_bytes(folder):
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(folder) for name in names)


def main():
    passages_path, queries_path, index_dir, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    schema, index, seconds = build(passages_path, index_dir)
    searcher = index.searcher()
    with open(queries_path, encoding="utf-8") as handle:
        queries = json.load(handle)
    measured = []
    for entry in queries:
        query = query_of(schema, entry["phrases"])
        hits = searcher.search(query, 1, count=True).count
        for _ in range(WARM_UP_RUNS):
            top_ten(searcher, query)
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            top_ten(searcher, query)
            samples.append((time.perf_counter() - started) * 1000)
        measured.append({"class": entry["class"], "text": entry["text"], "hits": hits, "milliseconds": samples})
    print(json.dumps({
        "version": tantivy.__version__ if hasattr(tantivy, "__version__") else "unknown",
        "indexSeconds": seconds,
        "indexBytes": directory_bytes(index_dir),
        "peakRSSBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "documents": searcher.num_docs,
        "queries": measured,
    }))


if __name__ == "__main__":
    main()
