#!/usr/bin/env bash
# Installs the Debian 12 packages AttnScope needs to build, test and run; a no-op when all are present.
# Used by the README's commands and by .ci/run, so every machine builds with exactly the same set.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6: widgets, OpenGL widgets, SVG export, Qt Test, Linguist tools and Qt's own translations
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6openglwidgets6 qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # VTK 9 (its Qt module is built for Qt 5 and is deliberately not installed)
  libvtk9-dev
  # LibTorch (CPU) and a fast BLAS behind it; the reference BLAS is ~14x slower
  libtorch-dev libopenblas0-pthread
  # Boost, ICU, JSON, nearest neighbours
  libboost-program-options-dev libboost-iostreams-dev libboost-regex-dev libboost-filesystem-dev
  libicu-dev nlohmann-json3-dev libhnswlib-dev libstb-dev
  # tests and benchmarks; poppler-utils reads exported PDFs back (pdftotext, pdfinfo)
  libbenchmark-dev poppler-utils
  # fuzzing: clang with libFuzzer and the sanitizer runtimes (.ci/fuzz.sh)
  clang-14 libclang-rt-14-dev
  # headless rendering for screenshot tests: X server, Mesa software GL, a fixed font
  xvfb xauth libgl1-mesa-dri libegl-mesa0 fonts-dejavu-core
  # CJK glyphs for the Chinese interface: DejaVu has none, and fontconfig falls back to this font
  fonts-wqy-microhei
  # the Debian package (.ci/package.sh): Depends from dpkg-shlibdeps, icons rendered from the SVG, and the tools
  # that check the desktop entry, metainfo, MIME type and man pages
  dpkg-dev librsvg2-bin desktop-file-utils appstream shared-mime-info man-db file
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
