import TextAnalysis

/// Recognises the names of issuing bodies (`…人民政府`, `…委员会`, `…局`,
/// `…办公室`) on signature lines, at the start of titles and in label values.
///
/// A name is 3–40 scalars of Han characters, digits, brackets and `·`, and
/// ends in one of ``suffixes``; spaces may separate joint issuers
/// (`中共某县委 某县人民政府`). Names are returned trimmed, with each run of
/// blanks inside as one space.
///
/// For example, the title `无锡市锡山区人民政府2022年法治政府建设工作报告`
/// begins with the issuer `无锡市锡山区人民政府`, and the signature line
/// `南雄市政务服务和数据管理局` is one.
enum IssuerName {
    /// How organisation names end, simplified and traditional.
    static let suffixes: [String] = [
        "政府", "委员会", "委員會", "常委会", "常委會", "办公室", "辦公室", "中心", "党组", "黨組",
        "局", "厅", "廳", "委", "部", "院", "办", "辦", "署", "处", "處", "所",
    ]

    /// Words after which a title goes on to its subject: `某市人民政府关于…`,
    /// `某区政府办公室转发…`, `某县人民政府印发…`.
    static let titleStops: [String] = ["关于", "關於", "關于", "转发", "轉發", "印发", "印發", "批转", "批轉"]

    /// Label values that name no body: the site itself or nobody.
    static let ignoredSources: Set<String> = [
        "本站", "本网", "本網", "原创", "原創", "本站原创", "本站原創", "网络", "網絡", "互联网", "互聯網", "未知",
    ]

    /// How long an organisation name may be, in scalars. Three keeps out
    /// pronoun-like `我局` and `本委`.
    static let nameLengths = 3...40

    /// Whether `name`, trimmed, reads as the name of an organisation.
    static func isOrganization(_ name: Substring) -> Bool {
        let name = trimmed(name.unicodeScalars)
        // Counting stops past the longest name, so a long line costs no more.
        guard nameLengths.contains(name.prefix(nameLengths.upperBound + 1).count),
              name.allSatisfy({ isNameScalar($0) || ScalarTraits.isWhitespace($0) })
        else { return false }
        let scalars = Array(name)
        return suffixScalars.contains { scalars.count > $0.count && scalars.suffix($0.count).elementsEqual($0) }
    }

    /// The issuer a signature line names: the line, trimmed, if it is an
    /// organisation name.
    static func signature(_ line: Substring) -> String? {
        isOrganization(line) ? normalized(line.unicodeScalars) : nil
    }

    /// The issuer a title begins with: the text before its first `关于`,
    /// `转发`, `印发`, `批转` or year, or the whole title when it has none of
    /// these, if that is an organisation name.
    ///
    /// For example, `慈溪市人民政府关于2023年度法治政府建设情况的报告` gives
    /// `慈溪市人民政府`, `巴音郭楞蒙古自治州人民政府` gives itself, and
    /// `关于印发某某办法的通知` or `法治政府建设情况报告` give `nil`.
    static func issuer(inTitle title: Substring) -> String? {
        // A name is at most 40 scalars, so a stop further in leaves none.
        let scalars = Array(title.unicodeScalars.prefix(nameLengths.upperBound + 8))
        let end = scalars.indices.first { isStop(scalars, at: $0) } ?? scalars.count
        guard end < scalars.count || title.unicodeScalars.dropFirst(scalars.count).isEmpty else { return nil }
        let head = Substring(string(scalars[..<end]))
        return isOrganization(head) ? normalized(head.unicodeScalars) : nil
    }

    /// The issuer a label value such as `市司法局 浏览次数:12` names: the
    /// value up to the first scalar no name has (a space, bar, bracket or
    /// punctuation), unless it names no body (`本站`).
    static func issuer(labelValue value: Substring) -> String? {
        // Letters too, for sources such as `Xinhua`; no brackets, which here
        // more often close the text around the label than open a name.
        let name = value.unicodeScalars.prefix(nameLengths.upperBound + 1).prefix {
            HanScript.isIdeograph($0) || ScalarTraits.isDigit($0) || ("a"..."z").contains(ChromeRule.fold($0)) || $0 == "·"
        }
        guard (2...nameLengths.upperBound).contains(name.count) else { return nil }
        let issuer = string(name)
        return ignoredSources.contains(issuer) ? nil : issuer
    }

    /// What names are written with: Han, digits, brackets and the middle dot
    /// of transliterated names. Spaces only separate joint issuers.
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        HanScript.isIdeograph(scalar) || ScalarTraits.isDigit(scalar) || "()（）·".unicodeScalars.contains(scalar)
    }

    private static let suffixScalars = suffixes.map { Array($0.unicodeScalars) }
    private static let stopScalars = titleStops.map { Array($0.unicodeScalars) }

    /// Whether a title stop word or a year (`2022`, `二〇二二年`) begins at `index`.
    private static func isStop(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if ScalarTraits.isDigit(scalars[index]) { return true }
        if stopScalars.contains(where: { scalars[index...].starts(with: $0) }) { return true }
        let year = scalars[index...].prefix(5)
        return year.count == 5 && year.last == "年"
            && year.dropLast().allSatisfy { "〇零○一二三四五六七八九".unicodeScalars.contains($0) }
    }

    private static func trimmed<C: BidirectionalCollection>(_ scalars: C) -> C.SubSequence where C.Element == Unicode.Scalar {
        let start = scalars.firstIndex { !ScalarTraits.isWhitespace($0) } ?? scalars.endIndex
        let end = scalars[start...].lastIndex { !ScalarTraits.isWhitespace($0) }.map { scalars.index(after: $0) } ?? start
        return scalars[start..<end]
    }

    /// `scalars` trimmed, with each run of whitespace inside as one space:
    /// `中共某县委\t某县人民政府` is printed `中共某县委 某县人民政府`.
    private static func normalized<C: BidirectionalCollection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in trimmed(scalars) {
            if ScalarTraits.isWhitespace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace { view.append(" ") }
                pendingSpace = false
                view.append(scalar)
            }
        }
        return String(view)
    }

    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
