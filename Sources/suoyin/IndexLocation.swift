import ArgumentParser
import SuoyinCore

/// The `--index FILE` option shared by every command.
struct IndexLocation: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp(
        "The index file. Defaults to $SUOYIN_INDEX, else Index/suoyin.sqlite.", valueName: "file"))
    var explicitPath: String?

    /// The index file to use.
    var path: String { explicitPath ?? IndexDatabase.defaultPath }
}
