/// Finds a web page's headline: its title without the site's name.
///
/// A `<title>` usually reads `标题_专题专栏_某某人民政府网`, `标题 - 某某网` or
/// `标题--某某`: the headline and then the site, after a separator (`_`, `|`,
/// `--`, or `-`, `–`, `—` with a space beside them). Policies, in order:
/// 1. A line among the first ``searchedLines`` of the text that equals the
///    `<title>` up to one of its separators (the longest such), or the whole
///    `<title>`, is the headline: title and text agree. A `<title>` cut short
///    with `...` or `…` agrees with a line it begins.
/// 2. Else the first `<h1>`, unless it is the site's name (a later part of
///    the `<title>`), as templates that put the logo in an `<h1>` have it, or
///    a numbered section (`一、总则`).
/// 3. Else the `<title>` up to its first separator, which is not in the text.
struct WebPageTitle {
    /// How many non-blank lines from the top may hold the headline.
    static let searchedLines = 40

    /// The title, and the 0-based line that is the headline if the text has it.
    static func headline<Lines: Sequence<(index: Int, text: String)>>(
        pageTitle: String?, firstH1: (line: Int, text: String)?, lines: Lines
    ) -> (title: String?, line: Int?) {
        let parts = pageTitle.map(prefixes(of:)) ?? []
        if let pageTitle {
            var searched = 0
            var best: (index: Int, text: String, length: Int)?
            for line in lines where !line.text.isEmpty {
                searched += 1
                if searched > searchedLines { break }
                for candidate in parts + [pageTitle] where agrees(line.text, with: candidate) {
                    if best.map({ candidate.count > $0.length }) ?? true { best = (line.index, line.text, candidate.count) }
                }
            }
            if let best { return (best.text, best.index) }
        }
        if let firstH1, HeadingRecognizer.heading(inLine: firstH1.text[...]) == nil,
           !(pageTitle.map { siteNames(of: $0, prefixes: parts).contains(firstH1.text) } ?? false) {
            return (firstH1.text, firstH1.line)
        }
        return (parts.first ?? pageTitle, nil)
    }

    /// Whether `line` is `candidate`, or begins with a `candidate` cut short by an ellipsis.
    private static func agrees(_ line: String, with candidate: String) -> Bool {
        if line == candidate { return true }
        for ellipsis in ["...", "…", "……"] where candidate.hasSuffix(ellipsis) {
            let stem = candidate.dropLast(ellipsis.count)
            if stem.count >= 4, line.hasPrefix(stem) { return true }
        }
        return false
    }

    /// The `<title>` up to each of its separators, trimmed, shortest first.
    static func prefixes(of title: String) -> [String] {
        var prefixes: [String] = []
        for (start, _) in separators(in: Array(title.unicodeScalars)) {
            let prefix = trimmed(Array(title.unicodeScalars)[..<start])
            if !prefix.isEmpty, prefixes.last != prefix { prefixes.append(prefix) }
        }
        return prefixes
    }

    /// The parts of the `<title>` after its first separator: the site's name and sections.
    static func siteNames(of title: String, prefixes: [String]) -> Set<String> {
        let scalars = Array(title.unicodeScalars)
        let cuts = separators(in: scalars)
        var names = Set<String>()
        for (number, cut) in cuts.enumerated() {
            let end = number + 1 < cuts.count ? cuts[number + 1].start : scalars.count
            let name = trimmed(scalars[(cut.start + cut.length)..<max(end, cut.start + cut.length)])
            if !name.isEmpty { names.insert(name) }
        }
        return names
    }

    /// Where each separator starts and how long it is.
    private static func separators(in scalars: [Unicode.Scalar]) -> [(start: Int, length: Int)] {
        var found: [(start: Int, length: Int)] = []
        var index = 0
        while index < scalars.count {
            if let length = separatorLength(scalars, at: index) {
                found.append((index, length))
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// The length of the separator at `index`, if one is there.
    private static func separatorLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let scalar = scalars[index]
        if scalar == "_" || scalar == "＿" || scalar == "|" || scalar == "｜" { return 1 }
        if scalar == "-" || scalar == "－", index + 1 < scalars.count, scalars[index + 1] == scalar { return 2 }
        if "-–—－".unicodeScalars.contains(scalar) {
            let spaceBefore = index > 0 && scalars[index - 1] == " "
            let spaceAfter = index + 1 < scalars.count && scalars[index + 1] == " "
            if spaceBefore || spaceAfter { return 1 }
        }
        return nil
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let start = scalars.firstIndex { !ScalarTraits.isWhitespace($0) } ?? scalars.endIndex
        let end = scalars[start...].lastIndex { !ScalarTraits.isWhitespace($0) }.map { $0 + 1 } ?? start
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
