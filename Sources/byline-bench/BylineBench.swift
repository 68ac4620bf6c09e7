import ArgumentParser

/// Benchmarks for byline's modules (release builds only give meaningful numbers).
@main
struct BylineBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline-bench",
    abstract: "Benchmarks for byline.",
    subcommands: [NERBench.self, StoreBench.self, ImportBench.self])
}
