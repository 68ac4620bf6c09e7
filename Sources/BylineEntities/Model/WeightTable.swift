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
  init(bits: Int, fill: (UnsafeMutablePointer<Float>) -> Void) {
    self.bits = bits
    buffer = AlignedFloats(count: (1 << bits) * 16)
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

  init(count: Int) {
    self.count = count
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(1, count) * MemoryLayout<Float>.stride, alignment: 64)
    pointer = raw.initializeMemory(as: Float.self, repeating: 0, count: max(1, count))
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

  private static let laneBits = SIMD16<UInt32>(
    2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536)

  /// The best label allowed by `mask`; ties go to the lowest label id.
  @inline(__always)
  func best(in mask: UInt32) -> UInt8 {
    let allowed = (SIMD16<UInt32>(repeating: mask) & Self.laneBits) .!= 0
    let masked = SIMD16<Float>(repeating: -.infinity).replacing(with: lanes, where: allowed)
    let top = masked.max()
    if mask & 1 != 0 && top <= 0 { return 0 }
    for lane in 0..<16 where masked[lane] == top { return UInt8(lane + 1) }
    return 0
  }
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

  /// Adds fixed base scores (17 per token) of token `token`.
  mutating func add(base: [Float], token: Int) {
    let start = token * BILOU.count
    guard start + BILOU.count <= base.count else { return }
    for label in 0..<16 { lanes[label] += base[start + label] }
    last += base[start + 16]
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
