#!/usr/bin/env bash
# Installs Byline under a prefix: the binary in PREFIX/bin, its data
# (themes, sample articles for --demo, the entity model) in PREFIX/share/byline,
# where the installed binary looks for them, the man page in
# PREFIX/share/man/man1 and shell completions for bash, zsh and fish.
#
#   Scripts/install.sh                  # release build, install to ~/.local
#   Scripts/install.sh --prefix /usr/local
#   Scripts/install.sh --prefix DIR --binary .build/debug/byline   # no build
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${HOME}/.local"
binary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

if [ -z "$binary" ]; then
  # The Swift runtime and Foundation linked in: the binary runs without a
  # Swift toolchain, and starts about 13 ms sooner (no shared-library lookups).
  swift build -c release --static-swift-stdlib --product byline
  binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/byline"
fi

share="$prefix/share/byline"
mkdir -p "$prefix/bin" "$share/themes" "$share/samples"
install -m 755 "$binary" "$prefix/bin/byline"
install -m 644 themes/*.toml "$share/themes/"
install -m 644 Sources/byline/Resources/samples/* "$share/samples/"
install -m 644 Sources/BylineEntities/Resources/ner-en.model "$share/ner-en.model"

# The man page and completions come from the installed binary's own command
# definitions (swift-argument-parser), so they always match it.
man1="$prefix/share/man/man1"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"
mkdir -p "$man1" "$bash_dir" "$zsh_dir" "$fish_dir"
"$prefix/bin/byline" manual --output "$man1/byline.1"
chmod 644 "$man1/byline.1"
"$prefix/bin/byline" --generate-completion-script bash > "$bash_dir/byline"
"$prefix/bin/byline" --generate-completion-script zsh > "$zsh_dir/_byline"
"$prefix/bin/byline" --generate-completion-script fish > "$fish_dir/byline.fish"
echo "Installed $prefix/bin/byline (data in $share, manual in $man1/byline.1)."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to your PATH to run byline." ;;
esac
