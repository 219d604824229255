import Foundation
import GRDB
import TextAnalysis

/// Runs the list shortcuts of a ``QueryPlan`` (``QueryPlan/Strategy``):
/// ranks three shapes of query from ``PhraseLists`` entries, exactly as
/// FTS5's `bm25()` would, or declines (nil) so that the plan's FTS5
/// evaluation answers:
/// - one phrase: its entry holds its best passages (see ``PhraseLists``);
/// - one phrase minus exclusions: the entry's passages that contain no
///   excluded phrase, when the passages the entry left out cannot score
///   better than the last place;
/// - two alternatives `A OR B`: the best passages of each alone, plus every
///   passage with both (from FTS5, `A AND B`). A passage with only one of
///   them scores as it does for that phrase alone (the other adds exactly
///   0), so it is among that phrase's best or not in the result at all.
///
/// "Cannot score better": a passage left out of a bucket scores no better
/// than the bucket's last kept one (same frequency, at least as long). When
/// that bound equals the last place's score, a left-out passage may tie
/// with it, and ties go first to passages in the query's own script
/// (``ExactScript``), which the lists do not know: the shortcut declines.
struct PhraseListRanking {
    let db: Database
    let plan: QueryPlan
    /// Scores FTS5's matches for the parts of a query the lists do not hold.
    let scorer: MatchScorer

    /// A passage proposed for the result, with its score in the query.
    private struct Proposal {
        var id: Int64
        var bm25: Double
    }

    /// One phrase's entry with its weight in the query.
    private struct Listed {
        var entry: PhraseListEntry
        var bm25: BM25

        func score(_ bucket: PhraseListEntry.Bucket, length: Int) -> Double {
            bm25.score(length: length) { _ in bucket.frequency }
        }
    }

    /// The plan's phrase `index` with its list and its weight alone.
    private func listed(_ index: Int) -> Listed {
        let phrase = plan.phrases[index]
        return Listed(entry: phrase.list!, bm25: BM25(idfs: [phrase.idf], averageLength: plan.totals.averageLength))
    }

    private func proposals(from listed: Listed) -> [Proposal] {
        listed.entry.buckets.flatMap { bucket in
            bucket.passages.map { passage in Proposal(id: passage.id, bm25: listed.score(bucket, length: passage.length)) }
        }
    }

    /// One phrase: the best `count` of its listed passages (ties included), or nil.
    func rankPhrase(_ index: Int, count: Int) -> [RankedPassage]? {
        let listed = self.listed(index)
        return rank(proposals(from: listed), lists: [listed], count: count)
    }

    /// One phrase minus exclusions: its listed passages, less those that
    /// contain an excluded phrase (told from their text, as FTS5 tells it).
    func rankExcluding(_ index: Int, count: Int) throws -> [RankedPassage]? {
        let listed = self.listed(index)
        let proposals = proposals(from: listed)
        let texts = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT id, text FROM passages WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + proposals.map { String($0.id) }.joined(separator: ",") + "]"])
            .map { row -> (Int64, String) in (row["id"], row["text"]) })
        let excluded = plan.phrases.filter { !$0.isPositive }.flatMap(\.term.forms)
        let kept = proposals.filter { proposal in
            guard let text = texts[proposal.id] else { return false }
            let matcher = PhraseMatcher(text: text)
            return !excluded.contains { matcher.contains($0) }
        }
        return rank(kept, lists: [listed], count: count)
    }

    /// `A OR B`: each one's best passages and all passages with both.
    func rankAlternatives(
        _ sides: [QueryPlan.Alternative], both: FTS5Evaluation, count: Int
    ) throws -> [RankedPassage]? {
        var lists: [Listed?] = []
        var proposals: [Int64: Proposal] = [:]
        for side in sides {
            switch side {
            case .listed(let phrase):
                let listed = self.listed(phrase)
                lists.append(listed)
                for proposal in self.proposals(from: listed) { proposals[proposal.id] = proposal }
            case .allMatches(let evaluation):
                lists.append(nil)
                try scorer.forEachMatch(of: evaluation) { id, bm25 in
                    proposals[id] = Proposal(id: id, bm25: bm25)
                }
            }
        }
        // Passages with both score for both; FTS5's matches of `A AND B` are all of them.
        try scorer.forEachMatch(of: both) { id, bm25 in
            proposals[id] = Proposal(id: id, bm25: bm25)
        }
        return rank(Array(proposals.values), lists: lists, count: count)
    }

    /// The best `count` of `proposals`, if no passage the lists left out can
    /// score better than the last place or tie with it unsafely.
    private func rank(_ proposals: [Proposal], lists: [Listed?], count: Int) -> [RankedPassage]? {
        var collector = TopCollector(count: count)
        for proposal in proposals { collector.offer(proposal.id, bm25: proposal.bm25) }
        let bar = collector.bar
        for listed in lists.compactMap({ $0 }) {
            for bucket in listed.entry.buckets where bucket.isCut {
                let bound = listed.score(bucket, length: bucket.passages[bucket.passages.count - 1].length)
                if bound <= bar { return nil }
            }
        }
        return collector.passages
    }
}
