import GRDB
import SuoyinCore

/// GRDB configurations for the benchmark's own connections to a Suoyin
/// index, set up exactly as SuoyinCore sets up its own.
enum SuoyinConnection {
    /// A configuration whose connections are prepared by SuoyinCore.
    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase(IndexDatabase.prepareConnection)
        return configuration
    }
}
