import Testing
@testable import SuoyinCore
import Foundation
import TextAnalysis

/// The query's groups and exclusions as the phrases' sources: `[["a", "b"], ["c"]] -x`.
private func parsed(_ text: String) throws -> (groups: [[String]], excluded: [String]) {
    let query = try QueryParser.parse(text)
    return (query.groups.map { $0.map(\.source) }, query.excluded.map(\.source))
}

/// The error `QueryParser.parse(text)` throws, if any.
private func parseError(_ text: String) -> SuoyinError? {
    do {
        _ = try QueryParser.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite("QueryParser")
struct QueryParserTests {
    @Test("terms separated by spaces become groups that must all match", arguments: [
        ("a b", [["a"], ["b"]]),
        ("法治  政府\t建设", [["法治"], ["政府"], ["建设"]]),
        ("法治\u{3000}政府", [["法治"], ["政府"]]),
    ])
    func andGroups(text: String, groups: [[String]]) throws {
        let query = try parsed(text)
        #expect(query.groups == groups)
        #expect(query.excluded == [])
    }

    @Test("OR joins the terms (or groups) on either side into alternatives", arguments: [
        ("(a OR b) c", [["a", "b"], ["c"]]),
        ("a （b OR c）", [["a"], ["b", "c"]]),
        ("a OR b OR c", [["a", "b", "c"]]),
        ("法治 OR", [["法治"]]),
        ("OR 法治", [["法治"]]),
        ("a or b", [["a"], ["or"], ["b"]]),
        ("\"OR\"", [["OR"]]),
    ])
    func orGroups(text: String, groups: [[String]]) throws {
        #expect(try parsed(text).groups == groups)
    }

    @Test("quotes make one phrase that may contain spaces", arguments: [
        ("\"a b\"", "a b", ["a", Analyzer.gap, "b"]),
        ("“法治 政府”", "法治 政府", ["法治", "治" + Analyzer.gap, "政府"]),
        ("「法治」", "法治", ["法治"]),
        ("『法治 政府』", "法治 政府", ["法治", "治" + Analyzer.gap, "政府"]),
        ("＂法治 政府＂", "法治 政府", ["法治", "治" + Analyzer.gap, "政府"]),
        ("\"法治 政府", "法治 政府", ["法治", "治" + Analyzer.gap, "政府"]),
    ])
    func quotedPhrase(text: String, source: String, terms: [String]) throws {
        let query = try QueryParser.parse(text)
        #expect(query.groups.count == 1)
        #expect(query.groups.first?.map(\.source) == [source])
        #expect(query.groups.first?.first?.terms == terms)
    }

    @Test("a leading minus, ASCII or full-width, excludes a term", arguments: [
        ("法治 -督察", [["法治"]], ["督察"]),
        ("法治 －督察", [["法治"]], ["督察"]),
        ("法治 −督察", [["法治"]], ["督察"]),
        ("-督察 法治", [["法治"]], ["督察"]),
        ("法治 -\"政府 建设\"", [["法治"]], ["政府 建设"]),
        ("法治 - 政府", [["法治"], ["政府"]], []),
        ("法治-政府", [["法治-政府"]], []),
    ])
    func exclusions(text: String, groups: [[String]], excluded: [String]) throws {
        let query = try parsed(text)
        #expect(query.groups == groups)
        #expect(query.excluded == excluded)
    }

    @Test("terms with nothing searchable are dropped")
    func punctuationTermsDropped() throws {
        #expect(try parsed("法治 ， 政府").groups == [["法治"], ["政府"]])
        #expect(try parsed("法治 😀 *").groups == [["法治"]])
    }

    @Test("a query with nothing to search for is an empty query", arguments: [
        "", "   ", "-", "OR", "OR OR", "，。！？", "*", "\"", "\"\"", "😀", "^ : ( )",
    ])
    func emptyQuery(text: String) {
        #expect(parseError(text) == .emptyQuery(query: text))
    }

    @Test("a query of only exclusions is refused", arguments: ["-法治", "－督察", "-法治 -政府", "-a OR -b"])
    func onlyExclusions(text: String) {
        #expect(parseError(text) == .onlyExclusions(query: text))
    }

    @Test("a phrase's match expression is its text quoted, quotes doubled, with * after a lone Han character",
          arguments: [
        ("法", "\"法\"*"),
        ("2022 年", "\"2022 年\"*"),     // a gap before the character: no joined term
        ("法，年", "\"法，年\"*"),
        ("法治政府", "\"法治政府\""),
        ("法治，政府", "\"法治，政府\""),
        ("GDP", "\"GDP\""),
        ("2022年度", "\"2022年度\""),
        ("法abc", "\"法abc\""),
        ("col:法治", "\"col:法治\""),
        ("NEAR(法治", "\"NEAR(法治\""),
        ("a\"b", "\"a\"\"b\""),
    ])
    func phraseExpression(text: String, expression: String) throws {
        let phrase = try #require(QueryPhrase(text))
        #expect(phrase.matchExpression == expression)
    }

    // Not in the table above, since they hold control characters: Swift
    // Testing prints arguments raw, and a NUL cuts its report of the case short.
    @Test("a word then a lone character's prefix asks for the joined term: each term escaped, joined by +")
    func joinedTermExpression() throws {
        let expressions = try ["2022年", "第10条", "abc法", "GDP增", "依法2022年", "法，2022年", "2022 GDP增"].map {
            try #require(QueryPhrase($0)).matchExpression
        }
        #expect(expressions == [
            "\"\u{1}\u{3}2022年\"",
            "\"\u{1}第\u{2}\" + \"\u{1}\u{3}10条\"",
            "\"\u{1}\u{3}abc法\"",
            "\"\u{1}\u{3}gdp增\"",
            "\"\u{1}依法\" + \"\u{1}法\u{2}\" + \"\u{1}\u{3}2022年\"",
            "\"\u{1}法\u{1}\" + \"\u{1}\u{3}2022年\"",
            "\"\u{1}2022\" + \"\u{1}\u{1}\" + \"\u{1}\u{3}gdp增\"",
        ])
        #expect(try QueryParser.parse("第12条").matchExpression
                == "(\"\u{1}第\u{2}\" + \"\u{1}\u{3}12条\" OR \"第十二条\")")
    }

    @Test("a user's control characters cannot reach the tokenizer's escape: they are spaces")
    func escapeUnreachable() throws {
        for text in ["\u{1}\u{3}2022年", "\u{1}法治", "\u{1}第\u{2}", "法\u{1}年"] {
            let phrase = try #require(QueryPhrase(text))
            #expect(!phrase.source.unicodeScalars.contains { $0.value < 0x20 })
            // Only a joined term's strings, which the phrase writes itself, start with the escape.
            #expect(phrase.asksJoinedTerm || !phrase.matchExpression.hasPrefix("\"\u{1}"))
        }
        #expect(try #require(QueryPhrase("\u{1}\u{3}2022年")).terms == ["2022", "年"])
        #expect(try #require(QueryPhrase("\u{1}法治")).matchExpression == "\" 法治\"")
        #expect(QueryPhrase("\u{1}\u{1}") == nil)
    }

    // Not in the table above: Swift Testing prints arguments raw, and a NUL cuts its report of the case short.
    @Test("control characters in a phrase become spaces in its source and its match expression")
    func controlCharacters() throws {
        let phrase = try #require(QueryPhrase("法\u{0}治\u{1F}政府\u{7F}"))
        #expect(phrase.source == "法 治 政府 ")
        #expect(phrase.terms == ["法" + Analyzer.gap, "治" + Analyzer.gap, "政府"])
        #expect(phrase.matchExpression == "\"法 治 政府 \"")
        // A lone Han character last still matches as a prefix.
        #expect(try #require(QueryPhrase("法\u{0}治")).matchExpression == "\"法 治\"*")
    }

    @Test("a phrase's terms are the query-mode analysis of its text", arguments: [
        ("法治政府建設", ["法治", "治政", "政府", "府建", "建设"]),
        ("法治，政府", ["法治", "治" + Analyzer.gap, "政府"]),
        ("GDP", ["gdp"]),
        ("法治abc", ["法治", "治" + Analyzer.joined, "abc"]),
        ("col:法治", ["col", Analyzer.gap, "法治"]),
    ])
    func phraseTerms(text: String, terms: [String]) throws {
        #expect(try #require(QueryPhrase(text)).terms == terms)
    }

    @Test("a query's match expression: groups ANDed, alternatives ORed, exclusions NOTed")
    func queryExpression() throws {
        #expect(try QueryParser.parse("法治").matchExpression == "\"法治\"")
        #expect(try QueryParser.parse("法治 督察").matchExpression == "(\"法治\" AND \"督察\")")
        #expect(try QueryParser.parse("督察 OR 复议").matchExpression == "(\"督察\" OR \"复议\")")
        #expect(try QueryParser.parse("法治 (督察 OR 复议) -政府").matchExpression
                == "((\"法治\" AND (\"督察\" OR \"复议\")) NOT \"政府\")")
        #expect(try QueryParser.parse("法 -府 -督察").matchExpression == "(\"法\"* NOT (\"府\"* OR \"督察\"))")
    }

    @Test("nothing typed reaches FTS5 syntax: terms are words or Han, with at most a marker; quotes are doubled", arguments: [
        "'); DROP TABLE x; --", "NEAR(法治 政府)", "法治 AND 政府", "法治 NOT 政府", "col:法治", "法治*",
        "\"法治\" + \"政府\"", "{法治} ^政府",
    ])
    func expressionsAreQuoted(text: String) throws {
        let query = try QueryParser.parse(text)
        for phrase in query.positivePhrases + query.excluded {
            for term in phrase.terms where term != Analyzer.gap {
                let core = term.unicodeScalars.filter { String($0) != Analyzer.gap && String($0) != Analyzer.joined }
                #expect(core.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }, "\(term)")
            }
            // A joined term's strings are each one escaped term: no quotes inside either.
            let strings = phrase.matchExpression.replacingOccurrences(of: "\" + \"", with: "")
            let inner = strings.dropFirst().dropLast(phrase.matchExpression.hasSuffix("*") ? 2 : 1)
            #expect(!inner.replacingOccurrences(of: "\"\"", with: "").contains("\""))
        }
        #expect(try parsed("'); DROP TABLE x; --").groups == [["DROP"], ["TABLE"], ["x;"]])
    }
}
