import Foundation

/// One index build as measured: time, throughput, memory and size.
///
/// Throughputs divide the corpus's input bytes (the files as read), so that
/// Suoyin and the baseline are compared on the same amount of text; 1 MB is
/// 1,000,000 bytes.
struct BuildMeasurement: Codable {
    var seconds: Double
    var inputBytes: Int
    var passages: Int
    var megabytesPerSecond: Double
    var passagesPerSecond: Double
    /// Peak resident size of the process during the phase (VmHWM after a reset), if known.
    var peakRSSBytes: Int?
    /// Resident size when the phase started: the peak includes it.
    var startRSSBytes: Int?
    /// Peak minus start: what the phase itself added.
    var rssGrowthBytes: Int?
    var indexBytes: Int
    /// Size of the `-wal` file left beside the index, if any.
    var walBytes: Int
    /// (index + wal) / input bytes.
    var sizeRatio: Double

    init(seconds: Double, inputBytes: Int, passages: Int, memory: MemoryWindow, indexPath: String) {
        self.seconds = seconds
        self.inputBytes = inputBytes
        self.passages = passages
        megabytesPerSecond = Double(inputBytes) / 1e6 / seconds
        passagesPerSecond = Double(passages) / seconds
        peakRSSBytes = memory.peakBytes
        startRSSBytes = memory.startBytes
        if let peak = memory.peakBytes, let start = memory.startBytes { rssGrowthBytes = peak - start }
        indexBytes = Self.size(of: indexPath)
        walBytes = Self.size(of: indexPath + "-wal")
        sizeRatio = Double(indexBytes + walBytes) / Double(max(inputBytes, 1))
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// The memory window of one phase: resident size at its start and the peak during it.
struct MemoryWindow {
    var startBytes: Int?
    var peakBytes: Int?

    /// Resets the process's peak and records the resident size now.
    static func open() -> MemoryWindow {
        let reset = MemoryProbe.resetPeak()
        return MemoryWindow(startBytes: MemoryProbe.currentBytes, peakBytes: nil, isReset: reset)
    }

    private var isReset = false

    private init(startBytes: Int?, peakBytes: Int?, isReset: Bool) {
        self.startBytes = startBytes
        self.peakBytes = peakBytes
        self.isReset = isReset
    }

    /// Records the peak since ``open()``; without a reset the peak is process-wide and left unknown.
    func closed() -> MemoryWindow {
        var window = self
        window.peakBytes = isReset ? MemoryProbe.peakBytes : nil
        return window
    }
}
