/// The runs whose output is recorded in `Tests/suoyinTests/Golden/`: searches
/// of every kind, `show`, `stats`, index runs, every `--help`, and the error
/// messages with their exit statuses. The case name is the file name.
enum GoldenCases {
    static let all: [GoldenCase] = help + searches + grammar + shows + stats + indexRuns + errors + verify

    /// The query language: operators, groups, quotes, NEAR, numerals, repairs, scope, --explain.
    static let grammar: [GoldenCase] = [
        search("grammar-and-or-not", ["法治 AND (督察 OR 复议) NOT 政府", "--limit", "2"]),
        search("grammar-full-width-parentheses", ["（督察 OR 复议）考核", "--limit", "2"]),
        search("grammar-near", ["依法 NEAR/3 行政", "--limit", "2"]),
        search("grammar-numerals", ["二〇二二年", "--limit", "2"]),
        search("grammar-numerals-exact", ["=二〇二二年", "--limit", "2"]),
        search("grammar-repair-quote", ["\"依法 行政", "--limit", "1"]),
        search("grammar-repair-parenthesis", ["(督察 OR 复议", "--limit", "1"]),
        search("grammar-within-document", ["督察 复议", "--within", "document", "--limit", "2"]),
        search("grammar-shell-quoted-phrase", ["依法 行政", "OR", "執法", "-督察", "--limit", "2"]),
        search("grammar-after-terminator", ["--count", "--", "法治 政府"]),
        search("grammar-explain", ["--explain", "第12条 (法治 OR 政府) -督察"]),
        search("error-grammar-dash-letter", ["-n", "5", "法治"]),
        search("error-grammar-not-alone", ["NOT 督察"]),
        search("error-grammar-or-not", ["法治 OR NOT 督察"]),
        search("error-grammar-within-unknown", ["法治", "--within", "sentence"]),
    ]

    static let help: [GoldenCase] = [
        GoldenCase(name: "help-root", setting: .empty, arguments: ["--help"]),
        GoldenCase(name: "help-no-arguments", setting: .empty, arguments: []),
        GoldenCase(name: "help-index", setting: .empty, arguments: ["index", "--help"]),
        GoldenCase(name: "help-search", setting: .empty, arguments: ["search", "--help"]),
        GoldenCase(name: "help-show", setting: .empty, arguments: ["show", "--help"]),
        GoldenCase(name: "help-stats", setting: .empty, arguments: ["stats", "--help"]),
        GoldenCase(name: "help-serve", setting: .empty, arguments: ["serve", "--help"]),
        GoldenCase(name: "help-subcommand", setting: .empty, arguments: ["help", "search"]),
        GoldenCase(name: "version", setting: .empty, arguments: ["--version"]),
    ]

    static let searches: [GoldenCase] = [
        search("search-simplified", ["法治政府建设", "--limit", "3"]),
        search("search-traditional", ["法治政府建設", "--limit", "3"]),
        search("search-traditional-json", ["--json", "法治政府建設", "--limit", "3"]),
        search("search-traditional-document", ["依法治国", "--limit", "2"]),
        search("search-one-character", ["黨", "--limit", "2"]),
        search("search-and", ["法治 督察", "--limit", "3"]),
        search("search-or", ["督察", "OR", "复议", "--limit", "3"]),
        search("search-or-json", ["--json", "督察 OR 复议", "--limit", "3"]),
        search("search-exclusion", ["法治", "-政府", "--limit", "3"]),
        search("search-exclusion-json", ["--json", "法治 -政府", "--limit", "2"]),
        search("search-quotes", ["\"依法 行政\"", "--limit", "3"]),
        search("search-full-width-quotes", ["“依法 行政”", "--limit", "3"]),
        search("search-punctuation-inside", ["党委，政府", "--limit", "2"]),
        search("search-path", ["法治政府建设", "--path", "*/cixi-*", "--limit", "2"]),
        search("search-path-twice-json", ["--json", "督察", "--path", "*/cixi-*", "--path", "Corpus/xishan-2022.txt"]),
        search("search-issuer", ["法治", "--issuer", "司法局", "--limit", "2"]),
        search("search-issuer-traditional-twice", ["督察", "--issuer", "錫山", "--issuer", "司法局", "--limit", "3"]),
        search("search-number-none", ["法治", "--number", "〔2023〕"]),
        search("search-since", ["法治政府建设", "--since", "2024", "--limit", "2"]),
        search("search-until", ["法治政府建设", "--until", "2022-06", "--limit", "2"]),
        search("search-since-until-json", ["--json", "法治", "--since", "2022-01-01", "--until", "2023-12-31", "--limit", "2"]),
        search("search-limit-offset", ["法治", "--limit", "2", "--offset", "3"]),
        search("search-limit-offset-json", ["--json", "法治", "--limit", "2", "--offset", "3"]),
        search("search-limit-zero", ["复议", "--limit", "0"]),
        search("search-offset-past-end", ["复议", "--offset", "1000"]),
        search("search-digits", ["2022年", "--limit", "3"]),
        search("search-latin", ["APP"]),
        search("search-latin-full-width-json", ["--json", "ａｐｐ"]),
        search("search-latin-part-of-word", ["AP"]),
        search("search-color-always", ["督察", "--color", "always", "--limit", "1"]),
        search("search-color-never", ["督察", "--color", "never", "--limit", "1"]),
        search("search-no-match", ["量子计算机"]),
        search("search-no-match-json", ["--json", "量子计算机"]),
        search("search-offset-past-end-json", ["--json", "复议", "--offset", "1000"]),
        search("search-count", ["--count", "法治"]),
        search("search-count-json", ["--count", "--json", "法治"]),
        search("search-count-filtered", ["--count", "督察", "--path", "*/cixi-*"]),
        search("search-count-no-match", ["--count", "量子计算机"]),
        search("search-one-result", ["督察", "--path", "*/cixi-*"]),
        search("search-group", ["--group", "督察"]),
        search("search-group-offset", ["--group", "法治", "--limit", "2", "--offset", "2"]),
        search("search-group-json", ["--group", "--json", "督察", "--limit", "2"]),
        search("search-files-with-matches", ["-l", "法治"]),
        search("search-files-with-matches-after-query", ["法治", "-政府", "-l"]),
        search("search-files-with-matches-long", ["--files-with-matches", "复议", "--limit", "2"]),
        search("search-files-with-matches-json", ["-l", "--json", "督察"]),
        search("search-sort-date", ["--sort", "date", "督察"]),
        search("search-sort-path", ["--sort", "path", "复议", "--limit", "4"]),
        search("search-context", ["督察", "--context", "1", "--limit", "1"]),
        search("search-context-json", ["--json", "督察", "--context", "1", "--limit", "1"]),
    ]

    static let shows: [GoldenCase] = [
        show("show", ["Corpus/cixi-2023.txt:7:1"]),
        show("show-context", ["Corpus/cixi-2023.txt:7:1", "--context", "1"]),
        show("show-json", ["--json", "Corpus/cixi-2023.txt:7:1"]),
        show("show-line-only", ["Corpus/xishan-2022.txt:15"]),
        show("show-traditional-context", ["--context", "2", "Corpus/bayingolin-2021.txt:7"]),
    ]

    static let stats: [GoldenCase] = [
        GoldenCase(name: "stats", setting: .indexed, arguments: ["stats"]),
        GoldenCase(name: "stats-json", setting: .indexed, arguments: ["stats", "--json"]),
        GoldenCase(name: "stats-check", setting: .indexed, arguments: ["stats", "--check"]),
    ]

    static let indexRuns: [GoldenCase] = [
        GoldenCase(name: "index-first-run", setting: .corpus, arguments: ["index", "--index", "i.sqlite", "Corpus"]),
        GoldenCase(name: "index-again-unchanged", setting: .corpus, arguments: ["index", "--index", "i.sqlite", "Corpus"],
                   setup: [["index", "--index", "i.sqlite", "--quiet", "Corpus"]]),
        GoldenCase(name: "index-quiet", setting: .corpus, arguments: ["index", "--index", "i.sqlite", "--quiet", "Corpus"]),
        GoldenCase(name: "index-rebuild", setting: .corpus, arguments: ["index", "--index", "i.sqlite", "--rebuild", "Corpus"],
                   setup: [["index", "--index", "i.sqlite", "--quiet", "Corpus"]]),
        GoldenCase(name: "index-missing-path", setting: .corpus, arguments: ["index", "--index", "i.sqlite", "Nowhere"]),
        GoldenCase(name: "index-refresh-without-paths", setting: .corpus, arguments: ["index", "--index", "i.sqlite"],
                   setup: [["index", "--index", "i.sqlite", "--quiet", "Corpus"]]),
        GoldenCase(name: "index-without-paths-first-run", setting: .corpus, arguments: ["index"]),
        GoldenCase(name: "search-first-use", setting: .corpus, arguments: ["search", "法治政府建设", "--limit", "1"]),
    ]

    static let errors: [GoldenCase] = [
        GoldenCase(name: "error-no-index-search", setting: .empty, arguments: ["search", "法治"]),
        GoldenCase(name: "error-no-index-show", setting: .empty, arguments: ["show", "Corpus/cixi-2023.txt:7:1"]),
        GoldenCase(name: "error-no-index-stats", setting: .empty, arguments: ["stats"]),
        GoldenCase(name: "error-not-an-index", setting: .corpus, arguments: ["search", "--index", "Corpus/cixi-2023.txt", "法治"]),
        GoldenCase(name: "error-index-over-a-file", setting: .corpus,
                   arguments: ["index", "--index", "Corpus/cixi-2023.txt", "Corpus"]),
        GoldenCase(name: "error-unknown-encoding", setting: .corpus,
                   arguments: ["index", "--index", "i.sqlite", "--encoding", "klingon", "Corpus"]),
        show("error-citation-malformed", ["cixi-2023"]),
        show("error-citation-line-zero", ["Corpus/cixi-2023.txt:0:1"]),
        show("error-citation-unknown-document", ["Corpus/nowhere.txt:1:1"]),
        show("error-citation-no-passage", ["Corpus/cixi-2023.txt:9999:1"]),
        show("error-citation-missing", []),
        show("error-context-negative", ["--context", "-1", "Corpus/cixi-2023.txt:7:1"]),
        search("error-query-missing", []),
        search("error-query-empty", [""]),
        search("error-query-punctuation", ["，。！？"]),
        search("error-query-only-exclusions", ["-政府"]),
        search("error-date-month-13", ["法治", "--since", "2022-13"]),
        search("error-date-words", ["法治", "--until", "yesterday"]),
        search("error-date-does-not-exist", ["法治", "--since", "2023-02-30"]),
        search("error-date-empty-range", ["法治", "--since", "2024", "--until", "2023"]),
        search("error-color-unknown", ["法治", "--color", "sometimes"]),
        search("error-limit-negative", ["法治", "--limit=-1"]),
        search("error-limit-not-a-number", ["法治", "--limit", "ten"]),
        search("error-sort-unknown", ["法治", "--sort", "size"]),
        search("error-search-context-negative", ["法治", "--context", "-2"]),
        search("error-unknown-option-search", ["--bogus", "法治"]),
        GoldenCase(name: "error-unknown-option-stats", setting: .indexed, arguments: ["stats", "--bogus"]),
        GoldenCase(name: "error-unknown-option-index", setting: .empty, arguments: ["index", "--bogus"]),
        GoldenCase(name: "error-unknown-subcommand", setting: .empty, arguments: ["frobnicate"]),
    ]

    /// `suoyin verify`: places, near misses, citations, JSON, colour, and its errors.
    static let verify: [GoldenCase] = [
        verify("verify-exact", ["持续开展党政主要负责人履行推进法治政府建设第一责任人职责督察"]),
        verify("verify-other-script", ["堅持黨對法治政府建設的全面領導"]),
        verify("verify-punctuation", ["2022年，我区在推进依法行政、建设法治政府工作中"]),
        verify("verify-ellipsis", ["持续开展党政主要负责人……在依法治区考核中予以体现"]),
        verify("verify-across-lines", ["在依法治区考核中予以体现。（三）抓好法治政府建设"]),
        verify("verify-several-places", ["推进法治政府建设第一责任人职责"]),
        verify("verify-json", ["--json", "坚持党对法治政府建设的全面领导"]),
        verify("verify-citation", ["--citation", "Corpus/xishan-2022.txt:67:3", "持续开展党政主要负责人履行推进"]),
        verify("verify-citation-elsewhere", ["--citation", "Corpus/xishan-2022.txt:15:3", "持续开展党政主要负责人履行推进"]),
        verify("verify-citation-elsewhere-json", ["--json", "--citation", "Corpus/xishan-2022.txt:15:3", "持续开展党政主要负责人履行推进"]),
        verify("verify-one-character-changed", ["持续开展党政主要负责人履行推进法治政府建设第二责任人职责督察"]),
        verify("verify-one-character-changed-json", ["--json", "持续开展党政主要负责人履行推进法治政府建设第二责任人职责督察"]),
        verify("verify-not-found-color", ["--color", "always", "依法行政決定公開透明"]),
        verify("error-verify-empty", ["，。……"]),
        verify("error-verify-missing", []),
        verify("error-verify-bad-citation", ["--citation", "xishan", "法治"]),
        GoldenCase(name: "error-no-index-verify", setting: .empty, arguments: ["verify", "法治政府"]),
        GoldenCase(name: "help-verify", setting: .empty, arguments: ["verify", "--help"]),
    ]

    private static func verify(_ name: String, _ arguments: [String]) -> GoldenCase {
        GoldenCase(name: name, setting: .indexed, arguments: ["verify"] + arguments)
    }

    private static func search(_ name: String, _ arguments: [String]) -> GoldenCase {
        GoldenCase(name: name, setting: .indexed, arguments: ["search"] + arguments)
    }

    private static func show(_ name: String, _ arguments: [String]) -> GoldenCase {
        GoldenCase(name: name, setting: .indexed, arguments: ["show"] + arguments)
    }
}
