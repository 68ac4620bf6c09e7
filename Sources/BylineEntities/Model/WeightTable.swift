#if canImport(Glibc)
  import Glibc
#endif

/// A table of perceptron weights: one 64-byte row of 16 floats per hashed feature.
///
/// A feature value's top `bits` bits select the row. Class `O` is the
/// reference class: row lane `i` holds `w(label i+1) − w(O)`, so `O` always
/// scores 0 and the argmax is unchanged. A row is exactly one cache line
/// (the buffer is 64-byte aligned), so scoring a token touches one line per
/// feature.
struct WeightTable: Sendable {
  /// log2 of the number of rows.
  let bits: Int
  private let buffer: AlignedFloats

  var rows: Int { 1 << bits }
  var shift: UInt64 { UInt64(64 - bits) }

  /// Builds the table from 17-class weights (`rows * 17`, row-major).
  init(bits: Int, classWeights: [Float]) {
    self.bits = bits
    let rows = 1 << bits
    buffer = AlignedFloats(count: rows * 16)
    let target = buffer.pointer
    for row in 0..<rows {
      let base = row * BILOU.count
      for lane in 0..<16 {
        target[row * 16 + lane] = classWeights[base + lane + 1] - classWeights[base]
      }
    }
  }

  /// Builds the table from 16-lane rows produced by `fill`.
  ///
  /// - Parameter fillsEveryLane: `fill` writes every lane of every row, so
  ///   the buffer is not zeroed first (loading a model then touches each
  ///   byte once instead of twice).
  init(bits: Int, fillsEveryLane: Bool = false, fill: (UnsafeMutablePointer<Float>) -> Void) {
    self.bits = bits
    buffer = AlignedFloats(count: (1 << bits) * 16, zeroed: !fillsEveryLane)
    fill(buffer.pointer)
  }

  /// The 16 lanes of `row`.
  func row(_ row: Int) -> UnsafeBufferPointer<Float> {
    UnsafeBufferPointer(start: buffer.pointer + row * 16, count: 16)
  }

  /// Calls `body` with the base of the rows.
  @inline(__always)
  func withRows<T>(_ body: (UnsafePointer<Float>) -> T) -> T {
    body(UnsafePointer(buffer.pointer))
  }
}

/// A 64-byte aligned, immutable-after-init float buffer.
final class AlignedFloats: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Float>
  let count: Int

  /// Buffers of at least this many bytes are backed by huge pages where
  /// the system allows: rows are read at random, and with 4 KB pages
  /// nearly every read of a large table also misses the TLB.
  static let hugePage = 2 << 20

  /// - Parameter zeroed: false leaves the floats uninitialized, for a caller
  ///   that writes every one before any is read.
  init(count: Int, zeroed: Bool = true) {
    self.count = count
    let bytes = max(1, count) * MemoryLayout<Float>.stride
    let huge = bytes >= Self.hugePage
    let byteCount = huge ? (bytes + Self.hugePage - 1) / Self.hugePage * Self.hugePage : bytes
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: byteCount, alignment: huge ? Self.hugePage : 64)
    #if canImport(Glibc)
      if huge { _ = madvise(raw, byteCount, MADV_HUGEPAGE) }
    #endif
    pointer =
      zeroed
      ? raw.initializeMemory(as: Float.self, repeating: 0, count: max(1, count))
      : raw.bindMemory(to: Float.self, capacity: max(1, count))
  }

  deinit { pointer.deallocate() }
}

/// The scores of labels 1...16 of one token (label `O` scores 0).
struct ClassScores {
  var lanes: SIMD16<Float> = .zero

  @inline(__always)
  mutating func add(_ rows: UnsafePointer<Float>, row: Int) {
    lanes += UnsafeRawPointer(rows + row &* 16).load(as: SIMD16<Float>.self)
  }

  /// The 16 lanes of `row`.
  @inline(__always)
  static func row(_ rows: UnsafePointer<Float>, _ row: Int) -> SIMD16<Float> {
    UnsafeRawPointer(rows + row &* 16).load(as: SIMD16<Float>.self)
  }

  private static let laneLabels = SIMD16<Int32>(
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)

  /// Added to the lanes of the last token of a sentence: rules out `B-*` and `I-*`.
  static let closingPenalty = SIMD16<Float>(
    (1...16).map { label in BILOU.closingMask & (1 << UInt32(label)) != 0 ? 0 : -Float.infinity })

  /// The best label (`O` scores 0); ties go to the lowest label id.
  ///
  /// Pure vector operations: building a lane mask from a bit set compiles to
  /// a slow per-lane loop, so constraints are applied as additive penalties.
  @inline(__always)
  func best(labels: SIMD16<Int32>) -> UInt8 {
    let top = Self.maximum(lanes)
    if top <= 0 { return 0 }
    let winners = SIMD16<Int32>(repeating: 99).replacing(
      with: labels, where: lanes .== SIMD16<Float>(repeating: top))
    typealias Quarters = (SIMD4<Int32>, SIMD4<Int32>, SIMD4<Int32>, SIMD4<Int32>)
    let quarters = unsafeBitCast(winners, to: Quarters.self)
    let half = quarters.0.replacing(with: quarters.1, where: quarters.1 .< quarters.0)
    let otherHalf = quarters.2.replacing(with: quarters.3, where: quarters.3 .< quarters.2)
    let four = half.replacing(with: otherHalf, where: otherHalf .< half)
    return UInt8(
      truncatingIfNeeded: Swift.min(Swift.min(four[0], four[1]), Swift.min(four[2], four[3])))
  }

  /// The largest lane, as four-lane vector maxima: `SIMD16.max()` compiles
  /// to a scalar loop through memory, on the decoder's critical path.
  @inline(__always)
  static func maximum(_ lanes: SIMD16<Float>) -> Float {
    typealias Quarters = (SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>)
    let quarters = unsafeBitCast(lanes, to: Quarters.self)
    let half = quarters.0.replacing(with: quarters.1, where: quarters.1 .> quarters.0)
    let otherHalf = quarters.2.replacing(with: quarters.3, where: quarters.3 .> quarters.2)
    let four = half.replacing(with: otherHalf, where: otherHalf .> half)
    return Swift.max(Swift.max(four[0], four[1]), Swift.max(four[2], four[3]))
  }

  /// The lane labels (1...16), to hoist out of loops.
  static var labels: SIMD16<Int32> { laneLabels }
}

/// The scores of all 17 labels during training (plain float weights).
struct TrainingScores {
  var lanes: SIMD16<Float> = .zero
  var last: Float = 0

  @inline(__always)
  mutating func add(_ weights: UnsafePointer<Float>, row: Int) {
    let base = weights + row &* BILOU.count
    lanes += UnsafeRawPointer(base).loadUnaligned(as: SIMD16<Float>.self)
    last += base[16]
  }

  /// The best label allowed by `mask`; ties go to the lowest label id.
  func best(in mask: UInt32) -> UInt8 {
    var best = 0
    var bestScore = -Float.infinity
    var remaining = mask
    while remaining != 0 {
      let label = remaining.trailingZeroBitCount
      remaining &= remaining - 1
      let score = label < 16 ? lanes[label] : last
      if score > bestScore {
        bestScore = score
        best = label
      }
    }
    return UInt8(best)
  }
}

extension BILOU {
  /// Labels that may end a sentence: `O`, `L-*` and `U-*`.
  static let closingMask: UInt32 = (0..<count).reduce(into: UInt32(0)) { mask, label in
    if label == 0 || (label - 1) % 4 >= 2 { mask |= 1 << UInt32(label) }
  }
}
