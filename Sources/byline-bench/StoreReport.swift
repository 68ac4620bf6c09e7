import Foundation

/// Prints `byline-bench store` figures next to issue 4's targets.
enum StoreReport {
  /// One printed row: a name, each store's value, the target and whether the largest meets it.
  static func print(_ all: [StoreFigures]) {
    func format(_ value: Double, _ unit: String) -> String {
      value.isNaN ? "n/a" : String(format: "%.1f %@", value, unit)
    }
    let rows: [(String, (StoreFigures) -> Double, String, Double, Bool)] = [
      ("first frame, in-process (median)", { $0.firstFrame.median }, "ms", 100, true),
      ("first frame, launched on a pty (median)", { $0.firstFrameDirect.median }, "ms", 100, true),
      (
        "first frame, launched on a pty (max)", { $0.firstFrameDirect.max() ?? .nan }, "ms", 100,
        true
      ),
      ("  of which launch: byline --version (info)", { $0.launchOnly.median }, "ms", 100, true),
      ("first frame under time+script (info)", { $0.firstFrameProcess.median }, "ms", 1_000, true),
      ("  time+script running /bin/true (info)", { $0.launcher.median }, "ms", 1_000, true),
      ("byline list > /dev/null (median)", { $0.list.median }, "ms", 500, true),
      ("keypress j: update+render (median)", { $0.keypress.median }, "ms", 3, true),
      ("keypress j: update+render (max)", { $0.keypress.max() ?? .nan }, "ms", 16, true),
      ("keypress j, as the reader (median)", { $0.keypressWithLoad.median }, "ms", 3, true),
      ("keypress j, as the reader (max)", { $0.keypressWithLoad.max() ?? .nan }, "ms", 16, true),
      ("keypress j, no prefetch (median, info)", { $0.keypressColdLoad.median }, "ms", 16, true),
      ("keypress j, no prefetch (max)", { $0.keypressColdLoad.max() ?? .nan }, "ms", 16, true),
      ("open article + recognition (median)", { $0.open.median }, "ms", 10, true),
      ("open article + recognition (max)", { $0.open.max() ?? .nan }, "ms", 10, true),
      ("peak RSS, bench process (VmHWM, info)", { $0.peakInProcess }, "MiB", 100, true),
      ("peak RSS, byline list (/usr/bin/time)", { $0.peakList }, "MiB", 100, true),
      ("peak RSS, reader to first frame", { $0.peakReader }, "MiB", 100, true),
      ("peak RSS, reader until background done", { $0.peakSettled }, "MiB", 100, true),
      ("reader: launch to background done (info)", { $0.settle.median }, "ms", 30_000, true),
      ("cold index rebuild (index deleted)", { $0.rebuild }, "ms", 30_000, true),
      (
        "first frame right after an import (median)", { $0.firstFrameAfterImport.median }, "ms",
        100, true
      ),
      (
        "first frame right after an import (max)", { $0.firstFrameAfterImport.max() ?? .nan },
        "ms", 100, true
      ),
      ("peak RSS, reader right after an import", { $0.peakAfterImport }, "MiB", 100, true),
      (
        "peak RSS, reader re-analyzing every article", { $0.peakReanalysis }, "MiB", 100, true
      ),
      ("  its re-analysis, launch to done (info)", { $0.reanalysis }, "ms", 600_000, true),
      (
        "import 10,000 more into this store (info)", { $0.importRate }, "art/s", 2_000, false
      ),
      ("recognition alone, one core (open, info)", { $0.recognitionRate }, "art/s", 0, false),
      (
        "entities of every article (both cores, info)", { $0.analysisRate }, "art/s", 2_000, false
      ),
      ("entity catalog build (background)", { $0.catalogBuild }, "ms", 1_000, true),
      ("f: filter by entity (median)", { $0.entityFilter.median }, "ms", 100, true),
      ("f: filter by entity (max)", { $0.entityFilter.max() ?? .nan }, "ms", 100, true),
    ]
    let header = all.map { "\($0.articles) articles" }
    Swift.print(
      pad("figure", 42) + header.map { pad($0, 18) }.joined() + pad("target", 14) + "met")
    for (name, value, unit, target, atMost) in rows {
      let values = all.map { pad(format(value($0), unit), 18) }.joined()
      let last = all.last.map(value) ?? .nan
      // Rows marked "info" are context for the figures, not issue targets.
      let met =
        name.contains("info")
        ? "info"
        : last.isNaN ? "?" : ((atMost ? last <= target : last >= target) ? "yes" : "NO")
      let targetText = (atMost ? "≤ " : "≥ ") + format(target, unit)
      Swift.print(pad(name, 42) + values + pad(targetText, 14) + met)
    }
    for figures in all {
      Swift.print("imported \(figures.importCount) new articles into the \(figures.articles) store")
    }
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
