import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Documents as results, the date and path orders, and context, on the
/// indexed copy of `Corpus/`, checked against the plain passage ranking.
@Suite("Search options: grouping, sorting, context")
struct ResultGroupingTests {
    private func all(_ index: CorpusIndex, _ query: String, sort: ResultSort = .relevance) throws -> [SearchResult] {
        try Searcher(database: index.database).search(
            try QueryParser.parse(query), options: SearchOptions(limit: 0, sort: sort, allCopies: true)).results
    }

    @Test("one result per document: its best passage, its count of matches, documents in the order of their best passages",
          arguments: ["法治", "督察", "法治 -政府", "2022年"])
    func grouped(query: String) throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let passages = try all(index, query)
        let documents = try Searcher(database: index.database).search(
            try QueryParser.parse(query), options: SearchOptions(limit: 0, grouping: .documents)).results
        var firsts: [String: SearchResult] = [:]
        var order: [String] = []
        for passage in passages where firsts[passage.path] == nil {
            firsts[passage.path] = passage
            order.append(passage.path)
        }
        #expect(documents.map(\.path) == order)
        #expect(documents.map(\.citation) == order.map { firsts[$0]!.citation })
        #expect(documents.map(\.matches) == order.map { path in passages.filter { $0.path == path }.count })
        #expect(documents.map(\.rank) == Array(1...documents.count).map { $0 })
    }

    @Test("a page of documents is the same slice of all documents")
    func groupedPages() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let searcher = Searcher(database: index.database)
        let query = try QueryParser.parse("法治")
        let every = try searcher.search(query, options: SearchOptions(limit: 0, grouping: .documents)).results.map(\.citation)
        let pages = try (0..<3).flatMap { page in
            try searcher.search(query, options: SearchOptions(limit: 2, offset: 2 * page, grouping: .documents)).results.map(\.citation)
        }
        #expect(pages == every)
        #expect(every.count == 5)
    }

    @Test("--sort path: every match in document order, path bytewise, then line and column")
    func byPath() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let sorted = try all(index, "督察", sort: .path)
        let places = sorted.map { ResultOrder.Place(path: Array($0.path.utf8), line: $0.line, column: $0.start, passage: 0) }
        #expect(zip(places, places.dropFirst()).allSatisfy { ResultOrder.precedes($0, $1) })
        #expect(Set(sorted.map(\.citation)) == Set(try all(index, "督察").map(\.citation)))
    }

    @Test("--sort date: newest document first, unknown dates last, then relevance")
    func byDate() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let sorted = try all(index, "法治", sort: .date)
        #expect(Set(sorted.map(\.citation)) == Set(try all(index, "法治").map(\.citation)))
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            switch (earlier.date, later.date) {
            case let (a?, b?): #expect(a > b || (a == b && earlier.score! >= later.score!), "\(earlier.citation) \(later.citation)")
            case (nil, .some): Issue.record("a result without a date before one with: \(earlier.citation)")
            case (nil, nil): #expect(earlier.score! >= later.score!)
            case (.some, nil): break
            }
        }
        // The corpus has dated and undated reports, so both rules are exercised.
        #expect(sorted.first?.date == "2024-02-29")
        #expect(sorted.last?.date == nil)
    }

    @Test("--context N gives the neighbours `show --context N` gives")
    func context() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let results = try Searcher(database: index.database).search(
            try QueryParser.parse("督察"), options: SearchOptions(limit: 0, context: 2)).results
        #expect(!results.isEmpty)
        for result in results {
            let shown = try PassageLookup(database: index.database).passage(at: try Citation(parsing: result.citation), context: 2)
            #expect(result.before == shown.before.map(ContextPassage.init), "\(result.citation)")
            #expect(result.after == shown.after.map(ContextPassage.init), "\(result.citation)")
        }
        let without = try Searcher(database: index.database).search(try QueryParser.parse("督察"), options: SearchOptions())
        #expect(without.results.allSatisfy { $0.before == nil && $0.after == nil && $0.matches == nil })
    }
}
