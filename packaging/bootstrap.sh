#!/usr/bin/env bash
# Clausewatch quick start for a fresh Debian 12 machine (as root, or with sudo).
#
#   packaging/bootstrap.sh run    install what is missing, build, open the demo archive
#   packaging/bootstrap.sh test   install what is missing, build, run every test
#
# Only packages that are not installed yet are fetched; `apt-get update` runs
# only when something is missing. The build goes to ./build (ccache when present).
set -euo pipefail

mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

# Every package the build, the app and the tests need, and why:
packages=(
  build-essential cmake ninja-build ccache   # compiler, build system, compile cache
  qt6-base-dev qt6-tools-dev qt6-l10n-tools  # Qt Core/Gui/Widgets/Network/Test, lupdate/lrelease
  qt6-webengine-dev qt6-pdf-dev              # WebEngine (memo PDFs, original-HTML view), QtPdf
  libsqlite3-dev libssl-dev                  # the archive (SQLite, FTS5), SHA-256/Ed25519 (OpenSSL)
  libgit2-dev libgumbo-dev libmd4c-dev       # OTA histories (git), HTML and Markdown parsing
  git sqlite3                                # test fixtures: git repositories, byte-level tampering
  poppler-utils                              # pdftotext/pdftoppm to read memos back in tests
  xvfb xauth fontconfig fonts-dejavu-core    # headless GUI tests and readable fonts
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ccache keys on relative paths below the checkout, so a fresh clone elsewhere
# (as CI makes) reuses objects compiled in another checkout.
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCW_WERROR=$werror >/dev/null
cmake --build build

if [ "$mode" = run ]; then
  exec ./build/bin/clausewatch --demo
fi

# Headless test environment: offscreen widgets, QtWebEngine as root, caches
# kept out of $HOME.
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-dev-shm-usage"
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime" XDG_CACHE_HOME="$runtime/cache" XDG_DATA_HOME="$runtime/data"
trap 'rm -rf "$runtime"' EXIT
cd build
ctest --output-on-failure -j2 --timeout 600
