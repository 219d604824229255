import Foundation
import MCP
import SuoyinCommandLine
import SuoyinCore

/// The `verify` tool: does a quotation stand in the collection, and where?
/// As `suoyin verify --json` answers it, with the text `suoyin verify` prints.
enum VerifyTool {
    static let definition = Tool(
        name: "verify",
        title: "Verify a quotation 核对引文",
        description: """
            Check that a quotation really stands in the documents, and say where: every place it stands, with its \
            citation PATH:LINE:COL, title, section, date and the document's own text (which may be in the other \
            script); when it stands nowhere, the closest passages with a similarity and a diff \
            ([-document-]{+quotation+}). Matching ignores the script (simplified or traditional), width, spaces, \
            line breaks and punctuation forms; an ellipsis (…… or ...) stands for an omitted stretch of the same \
            document; a quotation may run across passages and lines. With 'citation', it is verified only if it \
            stands there. Check every quotation before giving it as the documents' words, and cite the place \
            PATH:LINE:COL this tool gives. \
            核对引文是否确实见于文档集，并给出出处：每处的 PATH:LINE:COL、标题、章节、日期及原文（可能为另一种字体）；\
            未找到时给出最接近的段落、相似度与差异。比对不计简繁、全半角、空格、换行与标点写法；省略号（……或...）代表同一文档中\
            省略的一段；引文可跨段、跨行。给出 citation 时，只有引文恰在该处才算核实。凡作为原文引用的文字都应先核对，并注明本工具给出的 PATH:LINE:COL。
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "quote": [
                    "type": "string", "minLength": 1,
                    "description": "The quotation, e.g. 坚持党对法治政府建设的全面领导 or 加强……考核. 引文，如 坚持党对法治政府建设的全面领导、加强……考核。",
                ],
                "citation": [
                    "type": "string", "minLength": 1,
                    "description": "Where the quotation is said to stand: PATH:LINE:COL (of its passage or its first character) or PATH:LINE. 引文所称出处：PATH:LINE:COL 或 PATH:LINE。",
                ],
            ],
            "required": ["quote"],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    /// Verifies the quotation as `suoyin verify --json` does.
    static func call(_ values: [String: Value]?, index: IndexHandle) throws(MCPError) -> CallTool.Result {
        let arguments = try ToolArguments(tool: definition.name, values: values, allowed: ["quote", "citation"])
        let quote = try arguments.requiredString("quote")
        let citation = try arguments.string("citation")
        let verification: Verification
        do {
            let parsed = try citation.map { text throws(SuoyinError) in try Citation(parsing: text) }
            verification = try Verifier(database: try index.database()).verify(quote, citation: parsed)
        } catch {
            return ToolOutput.failure(error.description)
        }
        return try ToolOutput.result(verification, text: text(of: verification))
    }

    /// The verification as `suoyin verify` prints it without colour.
    private static func text(of verification: Verification) -> String {
        let printer = VerificationPrinter(colors: false)
        var lines = [printer.verdict(verification)]
        for place in verification.places {
            lines += ["", printer.header(place), "   " + TerminalText.escaped(place.text)]
        }
        if verification.more > 0 { lines += ["", "… and \(verification.more) more places."] }
        for place in verification.nearest {
            lines += ["", printer.header(place) + "  similarity " + String(format: "%.2f", place.similarity),
                      "   " + printer.diff(place.diff)]
        }
        return lines.joined(separator: "\n")
    }
}
