#!/usr/bin/env bash
# Builds a libFuzzer target for the feed and HTML importers (BylineFeeds, with
# BylineStore) outside SwiftPM — swiftc -sanitize=fuzzer on a small harness —
# and runs it. CI runs a short, seeded, fixed-length run; run longer by hand:
#
#   Scripts/fuzz.sh                 # 20,000 seeded runs (CI)
#   Scripts/fuzz.sh -max_total_time=600
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="${FUZZ_DIR:-.build-fuzz}"
mkdir -p "$work/corpus"
cd "$work"

cat > harness.swift <<'SWIFT'
import BylineFeeds

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FeedConverter.fuzz(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
SWIFT

flags=(-O -sanitize=fuzzer -parse-as-library -I . -I "$root/Sources/CLibXML2" -Xcc -I/usr/include/libxml2)
swiftc "${flags[@]}" -emit-library -static -emit-module -module-name BylineStore \
  $(find "$root/Sources/BylineStore" -name '*.swift') -o libBylineStore.a
swiftc "${flags[@]}" -emit-library -static -emit-module -module-name BylineFeeds \
  $(find "$root/Sources/BylineFeeds" -name '*.swift') -o libBylineFeeds.a
swiftc "${flags[@]}" harness.swift libBylineFeeds.a libBylineStore.a -lxml2 -o fuzz-feeds

# Seed corpus: one small file of each format.
printf '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://e.org/a</link><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item></channel></rss>' > corpus/rss.xml
printf '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://e.org/"><title>T</title><entry><title type="html">A &amp;amp; B</title><link href="a"/><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content><author><name>N</name></author><updated>2003-12-13T18:30:02Z</updated></entry></feed>' > corpus/atom.xml
printf '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","content_html":"<p>x</p>","title":"A","date_published":"2020-01-01T00:00:00Z"}]}' > corpus/feed.json
printf '<!doctype html><html><head><title>T</title><meta property="og:title" content="A"></head><body><nav>n</nav><article><h1>A</h1><p>Hello <b>World</b></p><ul><li>x</li></ul></article></body></html>' > corpus/page.html
printf '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel><item rdf:about="https://e.org/1"><title>A</title></item></rdf:RDF>' > corpus/rdf.xml

if [ $# -eq 0 ]; then set -- -runs=20000 -seed=1; fi
./fuzz-feeds -max_len=16384 -rss_limit_mb=2048 -timeout=10 "$@" corpus
