import TestSupport
import TextAnalysis

/// The queries of the query language's classes:
///
/// - AND/OR/NOT with parentheses: frequent, middling and rare pairs combined,
///   one of them relying on precedence alone (`a OR b AND c`);
/// - NEAR/10: a frequent pair, a middling pair, a rare and a frequent term;
/// - numerals: a year, an article and a month whose Arabic and Chinese forms
///   both occur most often, typed in either form;
/// - AND, 2 terms, in a paragraph: the AND class's pairs at the default scope;
/// - AND in a paragraph: three 2-character words from each of 20 random lines
///   (10 cut into several passages, one word from the first, a middle and
///   the last passage; 10 of one passage, one word from each third), as a
///   reader recalling a line types them.
extension QuerySet {
    static let soughtLines = 20
    /// Characters that may spell a number (folded), left out of the paragraph class's words.
    static let numeralCharacters = Set("〇零一二两三四五六七八九十百千万".unicodeScalars)

    static func grammar(
        bigrams: [String], rareBigrams: [String], trigrams: [String], passages: FoldedPassages, lines: PassageLines,
        using random: inout SplitMix64
    ) -> [BenchQuery] {
        func rank<T>(_ list: [T], _ rank: Int) -> T { list[min(rank, list.count - 1)] }
        let (top, tenth, hundredth, thousandth) = (
            BenchExpression.term(bigrams[0]), BenchExpression.term(rank(bigrams, 9)),
            BenchExpression.term(rank(bigrams, 99)), BenchExpression.term(rank(bigrams, 999)))
        let rare = BenchExpression.term(rank(rareBigrams, 0))
        let rare2 = BenchExpression.term(rank(rareBigrams, 1))
        let trigram = BenchExpression.term(trigrams[0])
        var queries: [BenchQuery] = [
            .and([top, .or([hundredth, thousandth])], excluding: [tenth]),
            .and([.or([tenth, rare]), .or([hundredth, trigram])], excluding: [rare2]),
            .or([rare, .and([top, hundredth], excluding: [])]),
            .and([.term(rank(trigrams, 19))], excluding: [.or([top, tenth])]),
        ].map { BenchQuery(.boolean, $0) }
        queries += [
            BenchExpression.near(bigrams[0], rank(bigrams, 9), distance: 10),
            .near(rank(bigrams, 99), rank(bigrams, 999), distance: 10),
            .near(rank(rareBigrams, 0), bigrams[0], distance: 10),
        ].map { BenchQuery(.near, $0) }
        queries += numerals(passages: passages)
        queries += [(bigrams[0], rank(bigrams, 99)), (rank(bigrams, 9), rank(rareBigrams, 0)),
                    (trigrams[0], rank(bigrams, 999))].map { pair in
            var query = BenchQuery(.andParagraph, .and([.term(pair.0), .term(pair.1)], excluding: []), scope: "paragraph")
            query.text = pair.0 + " " + pair.1
            return query
        }
        queries += paragraphs(passages: passages, lines: lines, using: &random)
        return queries
    }

    /// A year and an article typed in Arabic, a month and another article
    /// typed in Chinese: of each kind, those whose rarer form occurs in the
    /// most passages (with a real corpus lacking one form, the most frequent).
    private static func numerals(passages: FoldedPassages) -> [BenchQuery] {
        func best(_ candidates: [[String]], skipping: Int = 0) -> [String] {
            let scored = candidates.map { forms -> (forms: [String], score: (Int, Int)) in
                let counts = forms.map { passages.passages(containingWord: $0).count }
                let arabic = counts[0]
                let chinese = counts.dropFirst().reduce(0, +)
                return (forms, (min(arabic, chinese), arabic + chinese))
            }
            let ranked = scored.sorted { $0.score.0 != $1.score.0 ? $0.score.0 > $1.score.0 : $0.score.1 > $1.score.1 }
            return ranked[min(skipping, ranked.count - 1)].forms
        }
        let articles = (1...30).map { NumeralSpelling.forms("第", $0, "条") }
        let year = best((2015...2024).map(NumeralSpelling.yearForms))
        let article = best(articles)
        let month = best((1...12).map { NumeralSpelling.forms("", $0, "月") })
        let otherArticle = best(articles, skipping: 1)
        // [typed] + every form the brute force looks for: typed in Arabic, every Chinese
        // reading; typed in Chinese, that and the Arabic form ("the reverse", not 两 for 二).
        return [
            BenchQuery(.numerals, .numeral, [year[0]] + year),
            BenchQuery(.numerals, .numeral, [article[0]] + article),
            BenchQuery(.numerals, .numeral, [month[1], month[1], month[0]]),
            BenchQuery(.numerals, .numeral, [otherArticle[1], otherArticle[1], otherArticle[0]]),
        ]
    }

    /// Three words from each of ``soughtLines`` random lines, half of them cut into several passages.
    private static func paragraphs(
        passages: FoldedPassages, lines: PassageLines, using random: inout SplitMix64
    ) -> [BenchQuery] {
        var queries: [BenchQuery] = []
        var wantSplit = true
        var attempts = 0
        while queries.count < soughtLines, attempts < 100_000, !lines.lines.isEmpty {
            attempts += 1
            let index = random.below(lines.lines.count)
            let line = lines.lines[index]
            guard (line.passages.count > 1) == wantSplit || attempts > 50_000 else { continue }
            // The regions the three words come from: passages of a split line, thirds of a short one.
            let texts = line.passages.map { Array(passages.text(ofPassage: $0).unicodeScalars) }
            let regions: [[Unicode.Scalar]]
            if texts.count > 1 {
                regions = [texts[0], texts[texts.count / 2], texts[texts.count - 1]]
            } else {
                let third = texts[0].count / 3
                regions = [Array(texts[0][..<third]), Array(texts[0][third..<(2 * third)]), Array(texts[0][(2 * third)...])]
            }
            let words = regions.compactMap { word(in: $0, using: &random) }
            guard words.count == 3, Set(words).count == 3 else { continue }
            let expression = BenchExpression.and(words.map { BenchExpression.term($0) }, excluding: [])
            var query = BenchQuery(.paragraph, expression, scope: "paragraph", soughtLine: index)
            query.text = words.joined(separator: " ")  // as a reader types it: AND implied by spaces
            queries.append(query)
            wantSplit.toggle()
        }
        return queries
    }

    /// Two adjacent Han characters at a random place of `text`, or nil. No
    /// numeral characters: 十九 also finds 19, which the brute force by lines does not model.
    private static func word(in text: [Unicode.Scalar], using random: inout SplitMix64) -> String? {
        func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            HanBlock.contains(scalar.value) && !numeralCharacters.contains(scalar)
        }
        let starts = text.indices.dropLast().filter { isWordCharacter(text[$0]) && isWordCharacter(text[$0 + 1]) }
        guard !starts.isEmpty else { return nil }
        let start = random.element(of: Array(starts))
        return String(String.UnicodeScalarView(text[start...(start + 1)]))
    }
}
