/// The queries of the result classes: totals alone (`--count`), documents
/// (`--group`) and the default page with copies folded.
///
/// - `--count` and `--group`: the most frequent character and bigram, a
///   middling and a rare bigram, and an OR of a middling and a rarer one;
/// - copies: a middling and a rare bigram (the generator posts one document
///   in fifty twice); not a frequent one, whose check (every match, copies
///   folded) takes about 0.5 ms a match.
extension QuerySet {
    static func results(characters: [String], bigrams: [String], rareBigrams: [String]) -> [BenchQuery] {
        func rank<T>(_ list: [T], _ rank: Int) -> T { list[min(rank, list.count - 1)] }
        var asked: [BenchQuery] = characters.prefix(1).map { BenchQuery.phrase(.count, $0) } + [
            BenchQuery.phrase(.count, bigrams[0]), .phrase(.count, rank(bigrams, 99)), .phrase(.count, rank(rareBigrams, 0)),
            BenchQuery(.count, .or, [rank(bigrams, 99), rank(bigrams, 999)]),
        ]
        asked += asked.map { query in
            var grouped = query
            grouped.queryClass = .group
            return grouped
        }
        asked += [BenchQuery.phrase(.copies, rank(bigrams, 99)), .phrase(.copies, rank(rareBigrams, 0))]
        return asked.map { query in
            var query = query
            query.mode = query.queryClass == .count ? "count" : query.queryClass == .group ? "group" : "copies"
            return query
        }
    }
}
