import Foundation

/// The plan as a reader (or a future `--explain`) sees it. For example (the
/// numbers made up), `法治 OR 督察` where only 法治 has a phrase list:
///
/// ```
/// plan for 法治 OR 督察 (top 10; 217 passages, average length 129.61; phrase lists current)
///   1. 法治  group 1  df 88  idf 0.8944  list of 5 buckets
///   2. 督察  group 1  df 2  idf 4.2456  no list (counted by FTS5)
/// strategy: A OR B from the lists: 法治 from its list; every match of "督察"  [督察 slot 0]; both from "督察" AND "法治"  [法治 slot 1, 督察 slot 0]
/// otherwise FTS5: ("法治" OR "督察")  [法治 slot 0, 督察 slot 1]
/// ```
///
/// Each FTS5 part shows its `MATCH` expression (groups rarest first) and
/// where each scored phrase's frequency comes from: its slot in the
/// expression, or `dense, in memory`.
extension QueryPlan: CustomStringConvertible {
    var description: String {
        var lines = [header]
        for (index, planned) in phrases.enumerated() {
            lines.append("  \(index + 1). " + describe(planned))
        }
        lines.append("strategy: " + describeStrategy())
        lines.append((strategy.isListShortcut ? "otherwise " : "") + "FTS5: " + describe(evaluation))
        return lines.joined(separator: "\n")
    }

    private var header: String {
        let wanted = count.map { "top \($0)" } ?? "every match"
        let filter = (allowed == nil ? "" : ", filtered")
            + (pinned.isEmpty ? "" : ", \(pinned.count) documents first whose number the query is")
        let average = totals.rows > 0 ? String(format: "%.2f", totals.averageLength) : "–"
        return "plan for \(query.source) (\(wanted)\(filter); \(totals.rows) passages, average length "
            + "\(average); phrase lists \(listsCurrent ? "current" : "stale"))"
    }

    private func describe(_ planned: PlannedPhrase) -> String {
        guard let group = planned.group, let hits = planned.documentFrequency else {
            return "\(describe(planned.term))  excluded"
        }
        let list = planned.list.map { "list of \($0.buckets.count) buckets" } ?? "no list (counted by FTS5)"
        return "\(describe(planned.term))  group \(group + 1)  df \(hits)  idf \(String(format: "%.4f", planned.idf))  \(list)"
    }

    private func describeStrategy() -> String {
        switch strategy {
        case .listedPhrase(let phrase):
            return "one phrase from its list: \(phrases[phrase].phrase.source)"
        case .listedPhraseExcluding(let phrase):
            return "one phrase from its list, less passages with "
                + phrases.filter { !$0.isPositive }.map(\.term.source).joined(separator: ", ")
                + ": \(phrases[phrase].phrase.source)"
        case .listedAlternatives(let first, let second, let both):
            let sides = [first, second].map { side -> String in
                switch side {
                case .listed(let phrase): return "\(phrases[phrase].phrase.source) from its list"
                case .allMatches(let evaluation): return "every match of " + describe(evaluation)
                }
            }
            return "A OR B from the lists: " + sides.joined(separator: "; ") + "; both from " + describe(both)
        case .fts5:
            return "FTS5 evaluates the whole query" + (evaluation.textCheck == nil ? "" : "; NEAR checked on the text")
        case .scoped(let scope):
            return "each term's matches from FTS5, combined within each \(scope.rawValue)"
        }
    }

    /// The expression, the groups rarest first, and where each phrase's frequency comes from.
    private func describe(_ evaluation: FTS5Evaluation) -> String {
        let sources = evaluation.terms.map { term -> String in
            switch term.source {
            case .slots(let slots):
                return "\(phrases[term.phrase].term.source) slot" + (slots.count == 1 ? " " : "s ")
                    + slots.map(String.init).joined(separator: "+")
            case .dense: return "\(phrases[term.phrase].phrase.source) dense, in memory"
            case .absentDense: return "\(phrases[term.phrase].phrase.source) dense, in memory, absent"
            }
        }
        return "\(evaluation.expression)  [" + sources.joined(separator: ", ") + "]"
    }
}

extension QueryPlan.Strategy {
    /// Whether the strategy is one of the list shortcuts, which may decline.
    var isListShortcut: Bool {
        switch self {
        case .fts5, .scoped: return false
        default: return true
        }
    }
}

private extension QueryPlan {
    /// A term with its other forms, if any: `第12条 (also 第十二条)`.
    func describe(_ term: QueryTerm) -> String {
        let others = term.forms.dropFirst().map(\.source)
        return term.source + (others.isEmpty ? "" : " (also " + others.joined(separator: ", ") + ")")
    }
}
