import ArgumentParser
import Foundation
import SuoyinCommandLine
import SuoyinCore

/// `suoyin verify`: does a quotation stand in the collection, and where?
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a quotation stands in the documents, and say where.",
        discussion: """
            The quotation is compared after folding (either script, either
            width, any case), ignoring spaces, line ends and punctuation; an
            ellipsis (……, …, ⋯⋯ or ...) stands for an omitted stretch of the
            same document. It may run across passages and lines. When it is
            not found, the closest passages are shown with their differences:
            [-document-]{+quotation+}.

              suoyin verify 法治政府建設
              suoyin verify --citation Corpus/xishan-2022.txt:67:3 推进法治政府建设
              pbpaste | suoyin verify -

            Exit status: 0 when verified, 1 when not, 2 on errors.
            """)

    @OptionGroup var location: IndexLocation

    @Option(help: ArgumentHelp(
        "Verified only if the quotation stands here: PATH:LINE:COL as 'suoyin search' prints it (or of its first character), or PATH:LINE.",
        valueName: "citation"))
    var citation: String?

    @Flag(help: "Print one JSON object: verified, places, nearest.")
    var json = false

    @Option(help: ArgumentHelp(
        "Mark differences in colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.",
        valueName: "when"))
    var color: ColorChoice = .auto

    @Argument(help: "The quotation; - reads it from standard input.")
    var quote: String

    func run() throws {
        location.announce()
        let text = quote == "-" ? Self.standardInput() : quote
        let verification: Verification
        do {
            var parsed: Citation?
            if let citation { parsed = try Citation(parsing: citation) }
            let database = try IndexDatabase.open(at: location.path)
            verification = try Verifier(database: database).verify(text, citation: parsed)
        } catch {
            throw Console.fail(error)
        }
        if json {
            try JSONLine.encode([verification]).forEach { print($0) }
        } else {
            VerificationPrinter(colors: color.usesColor()).print(verification)
        }
        if !verification.verified { throw ExitCode(1) }
    }

    /// Standard input as text, invalid UTF-8 replaced (it then simply fails to match).
    private static func standardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
