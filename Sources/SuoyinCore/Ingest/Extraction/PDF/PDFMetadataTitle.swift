/// Decides whether a PDF's Info `Title` is the document's own title.
///
/// Policies:
/// - The name of the program that made the PDF is not part of a title
///   (`Microsoft Word - 关于印发……的通知.doc` gives `关于印发……的通知`), and
///   nor is a file extension at the end (`.doc`, `.docx`, `.wps`, `.pdf`, …).
/// - What is left is not a title when it is empty, holds U+FFFD or control
///   characters (a title in an encoding that was misread), holds no letter
///   and no Han character, is a placeholder (`Untitled`, `无标题`, `文档1`,
///   `附件2`, `Slide 1`, …), or is ASCII with no space (a file or template
///   name such as `Document1` or `2022_report_final`).
enum PDFMetadataTitle {
    /// The meaningful title in `raw`, or nil.
    static func meaningful(_ raw: String) -> String? {
        var title = raw.split(whereSeparator: { $0.unicodeScalars.allSatisfy(ScalarTraits.isWhitespace) })
            .joined(separator: " ")
        let lowered = title.lowercased()
        for prefix in programPrefixes where lowered.hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count))
            break
        }
        if let dot = title.lastIndex(of: "."),
           extensions.contains(title[title.index(after: dot)...].lowercased()) {
            title = String(title[..<dot])
        }
        title = title.trimmingWhitespace
        let scalars = title.unicodeScalars
        guard !title.isEmpty, title.unicodeScalars.count <= 200,
              !scalars.contains(where: { $0 == "\u{FFFD}" || $0.properties.generalCategory == .control }),
              scalars.contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        let placeholder = String(String.UnicodeScalarView(scalars.filter {
            $0.properties.isAlphabetic && $0.properties.numericType == nil
        })).lowercased()
        guard !placeholders.contains(placeholder) else { return nil }
        if scalars.allSatisfy(\.isASCII), !title.contains(" ") { return nil }
        return title
    }

    /// How programs that print to PDF start the title they make up, lower-cased.
    private static let programPrefixes = [
        "microsoft word - ", "microsoft powerpoint - ", "microsoft excel - ", "microsoft word-", "wps文字 - ",
    ]

    /// File extensions that end titles made from file names.
    private static let extensions: Set<String> = [
        "doc", "docx", "wps", "wpt", "pdf", "txt", "rtf", "odt", "ofd", "xls", "xlsx", "et", "ppt", "pptx", "dps",
        "html", "htm", "indd", "tmp", "dot", "dotx",
    ]

    /// Titles that say nothing, by their letters only, lower-cased.
    private static let placeholders: Set<String> = [
        "untitled", "untitleddocument", "document", "title", "print", "slide", "powerpointpresentation",
        "newdocument", "无标题", "无标题文档", "文档", "新建文档", "附件", "新建microsoftword文档", "标题",
    ]
}

private extension String {
    /// The string without white space (``ScalarTraits/isWhitespace(_:)``) at either end.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars.drop(while: ScalarTraits.isWhitespace)
        let end = scalars.lastIndex { !ScalarTraits.isWhitespace($0) }.map { scalars.index(after: $0) } ?? scalars.startIndex
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}
