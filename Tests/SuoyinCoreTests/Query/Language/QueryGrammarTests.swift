import Testing
@testable import SuoyinCore

/// How the parser reads the grammar: the tree it builds, shown as
/// ``QueryExpression/description`` flattened to one line, and its repairs.
@Suite("query grammar")
struct QueryGrammarTests {
    /// The tree of `text` on one line, e.g. `AND(法治, OR(政府, 行政))`.
    private static func tree(_ text: String) throws -> String {
        func render(_ expression: QueryExpression) -> String {
            switch expression {
            case .term(let term): term.explained
            case .near(let a, let b, let distance): "NEAR/\(distance)(\(a.explained), \(b.explained))"
            case .and(let required, let excluded):
                "AND(" + (required.map(render) + excluded.map { "NOT " + render($0) }).joined(separator: ", ") + ")"
            case .or(let alternatives): "OR(" + alternatives.map(render).joined(separator: ", ") + ")"
            }
        }
        return render(try QueryParser.parse(text).expression)
    }

    @Test("precedence: NOT > AND > OR, parentheses (also full-width) group first", arguments: [
        ("a b", "AND(a, b)"),
        ("a AND b", "AND(a, b)"),
        ("a OR b c", "OR(a, AND(b, c))"),
        ("a b OR c", "OR(AND(a, b), c)"),
        ("(a OR b) c", "AND(OR(a, b), c)"),
        ("（a OR b）c", "AND(OR(a, b), c)"),
        ("a NOT b OR c", "OR(AND(a, NOT b), c)"),
        ("a -b -c", "AND(a, NOT b, NOT c)"),
        ("a NOT (b OR c)", "AND(a, NOT OR(b, c))"),
        ("a (NOT b)", "AND(a, NOT b)"),
        ("NOT NOT a", "a"),
        ("a OR b OR c", "OR(a, b, c)"),
        ("((a))", "a"),
        ("a and b or not c", "AND(a, and, b, or, not, c)"),
    ])
    func precedence(text: String, tree: String) throws {
        #expect(try Self.tree(text) == tree)
    }

    @Test("quotes of every kind make one phrase; NEAR joins two terms; = makes a term exact", arguments: [
        ("\"依法 行政\"", "\"依法 行政\" (also 依法行政)"),
        ("“依法 行政”", "\"依法 行政\" (also 依法行政)"),
        ("「依法 行政」 『法治 政府』", "AND(\"依法 行政\" (also 依法行政), \"法治 政府\" (also 法治政府))"),
        ("依法 NEAR/5 行政", "NEAR/5(依法, 行政)"),
        ("依法 NEAR 行政", "NEAR/10(依法, 行政)"),
        ("a NEAR/2 b NEAR/3 c", "AND(NEAR/2(a, b), NEAR/3(b, c))"),
        ("=第12条", "=第12条"),
        ("第12条", "第12条 (also 第十二条)"),
        ("二〇二三年", "二〇二三年 (also 2023年)"),
        ("\"OR\"", "\"OR\""),
    ])
    func terms(text: String, tree: String) throws {
        #expect(try Self.tree(text) == tree)
    }

    @Test("a quoted space matches any separators or none: the phrase's spellings")
    func quotedSpacings() throws {
        let term = try #require(QueryTerm("依法 行政", quoted: true))
        #expect(term.forms.map(\.source) == ["依法 行政", "依法行政"])
        #expect(QueryTerm.spacings(of: "a b c") == ["a b c", "ab c", "a bc", "abc"])
        // A quoted phrase of numbers takes each piece's forms, then each spacing.
        let numbers = try #require(QueryTerm("第12条 2023年", quoted: true))
        #expect(numbers.forms.count == 12)
        #expect(numbers.forms.map(\.source).contains("第十二条二〇二三年"))
        #expect(try #require(QueryTerm("第12条", exact: true)).forms.map(\.source) == ["第12条"])
    }

    @Test("repairs: unclosed quotes and parentheses are closed, stray operators ignored, each with a notice", arguments: [
        ("\"依法 行政", "\"依法 行政\" (also 依法行政)", ["closed the quote opened with \" at the end of the query"]),
        ("(a OR b", "OR(a, b)", ["closed a '(' left open at the end of the query"]),
        ("a OR b) c", "AND(OR(a, b), c)", ["ignored a ')' that closes nothing"]),
        ("a AND", "a", ["ignored an AND without a term on each side"]),
        ("OR a", "a", ["ignored an OR with nothing before it"]),
        ("a OR", "a", ["ignored an OR with nothing after it"]),
        ("a NEAR", "a", ["ignored a NEAR with no term after it"]),
        ("a NOT", "a", ["ignored a NOT (or -) with no term after it"]),
        ("法治 - 政府", "AND(法治, 政府)", []),
    ])
    func repairs(text: String, tree: String, notices: [String]) throws {
        #expect(try Self.tree(text) == tree)
        #expect(try QueryParser.parse(text).notices == notices)
    }

    @Test("what has no repair is an error that says how to write it")
    func errors() {
        #expect(throws: SuoyinError.onlyExclusions(query: "NOT a")) { try QueryParser.parse("NOT a") }
        #expect(throws: SuoyinError.onlyExclusions(query: "-a OR -b")) { try QueryParser.parse("-a OR -b") }
        #expect(throws: SuoyinError.emptyQuery(query: "( )")) { try QueryParser.parse("( )") }
        do {
            _ = try QueryParser.parse("a OR NOT b")
            Issue.record("'a OR NOT b' must be refused")
        } catch {
            #expect(error.description.contains("法治 NOT 督察"))
        }
        do {
            _ = try QueryParser.parse("(a b) NEAR c")
            Issue.record("NEAR between groups must be refused")
        } catch {
            #expect(error.description.contains("NEAR joins two terms"))
        }
    }

    @Test("a term always keeps its form as typed, even when a space joins a combining mark (found by fuzzing)")
    func typedFormKept() throws {
        let query = try QueryParser.parse("\u{0}\u{0}\u{301}\u{FFFD}\u{0}\u{0}\u{0}河沲=")
        #expect(query.expression.positiveTerms.allSatisfy { !$0.forms.isEmpty })
        #expect(!query.matchExpression.contains("()"))
    }

    @Test("command-line arguments: one that the shell had quoted among several stays a phrase", arguments: [
        (["依法 行政", "OR", "執法", "-督察"], "\"依法 行政\" OR 執法 -督察"),
        (["法治 AND 政府"], "法治 AND 政府"),
        (["法治", "(政府 OR 行政)"], "法治 (政府 OR 行政)"),
        (["法治", "政府 OR 行政"], "法治 政府 OR 行政"),
        (["法治", "\"依法 行政\""], "法治 \"依法 行政\""),
        (["法治", "政府"], "法治 政府"),
    ])
    func commandLineArguments(arguments: [String], text: String) {
        #expect(QueryParser.queryText(arguments: arguments) == text)
    }

    @Test("a document number is one term, parentheses and all")
    func documentNumber() throws {
        #expect(try Self.tree("国发（2021）12号") == "国发（2021）12号")
    }

    @Test("the scope and --exact are kept; NEAR and AND depend on the scope, OR does not")
    func scope() throws {
        let query = try QueryParser.parse("第12条 政府", scope: .document, exact: true)
        #expect(query.scope == .document)
        #expect(query.expression.positiveTerms.map(\.forms.count) == [1, 1])
        #expect(try QueryParser.parse("a b").expression.dependsOnScope)
        #expect(try QueryParser.parse("a NEAR b").expression.dependsOnScope)
        #expect(try QueryParser.parse("a -b").expression.dependsOnScope)
        #expect(try !QueryParser.parse("a OR b").expression.dependsOnScope)
    }
}
