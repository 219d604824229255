/// The version `suoyin --version` prints: the release and the git revision
/// it was built from (written at build time by the `GitRevision` plugin).
package enum SuoyinVersion {
    /// The release, bumped by hand with each release.
    package static let release = "0.4.0"

    /// `0.4.0 (git 1a2b3c4)`, or just the release when built outside a git checkout.
    package static var description: String {
        gitRevision.isEmpty ? release : "\(release) (git \(gitRevision))"
    }
}
