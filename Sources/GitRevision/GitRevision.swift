import Foundation
import PackagePlugin

/// Writes `gitRevision`, the short hash of the checkout being built (with
/// `-dirty` when it has uncommitted changes, empty outside a git checkout),
/// into a Swift file of the target, for `suoyin --version`.
///
/// A prebuild command, so it runs before every build; the file is rewritten
/// only when the revision changed, so an unchanged checkout recompiles nothing.
@main
struct GitRevision: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let script = """
            rev=$(git -C "$1" rev-parse --short=12 HEAD 2>/dev/null)
            if [ -n "$rev" ] && ! git -C "$1" diff --quiet HEAD -- 2>/dev/null; then rev="$rev-dirty"; fi
            mkdir -p "$2"
            line="let gitRevision = \\"$rev\\""
            [ "$(cat "$2/GitRevision.swift" 2>/dev/null)" = "$line" ] || printf '%s\\n' "$line" > "$2/GitRevision.swift"
            """
        return [.prebuildCommand(
            displayName: "Stamping the git revision into \(target.name)",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "sh", context.package.directoryURL.path, folder.path],
            outputFilesDirectory: folder)]
    }
}
