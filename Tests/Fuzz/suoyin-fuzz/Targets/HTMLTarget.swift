import Foundation
@testable import SuoyinCore

extension FuzzTarget {
    /// A web page's bytes as the loader reads them (declared charset, else
    /// detection; then extraction), checked like any document (``DocumentChecks``).
    static let html = FuzzTarget(
        name: "html",
        summary: "HTML extraction: lines, headings, title, then passages and metadata",
        maximumLength: 8192,
        dictionary: ["<p>", "</p>", "<br>", "<h1>", "</h1>", "<h3 ", "<title>", "</title>", "<script>", "</script>",
                     "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<pre>", "</pre>", "<table>", "<tr>", "<td>",
                     "<nav>", "<header>", "<footer>", "<article>", "<div class=\"", "\">", "&nbsp;", "&nbsp", "&amp",
                     "&#13;", "&#x", "&#", "&lt;", "<meta charset=\"gb2312\">", "<textarea>", "<plaintext>", "\r\n", "\r"],
        seeds: { fixtures in
            try fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/extract", extensions: [".html"])
                + fixtures.corpusPieces(length: 1024).prefix(8).map { piece in
                    Data(("<html><head><title>报告</title></head><body><h1>标题</h1><p>"
                        + String(decoding: piece, as: UTF8.self).replacingOccurrences(of: "\n", with: "</p>\n<p>")
                        + "</p></body></html>").utf8)
                }
        },
        run: { input in
            let bytes = Array(input)
            let declared = HTMLTextExtractor.declaredCharset(in: bytes).flatMap(TextEncoding.init(name:))
            let decoded = (try? TextDecoder.decode(bytes, forcedEncoding: declared)) ?? (try? TextDecoder.decode(bytes))
            guard let decoded else { return }
            DocumentChecks.check(HTMLTextExtractor.extract(from: decoded.text))
        })
}
