#!/usr/bin/env bash
# Tests a built Debian package the way a user meets it: extracted (dpkg -x) into a throw-away root that is then moved,
# run from there with nothing but the package's files and the libraries of its declared dependencies, and its desktop
# files, man pages and completion checked with the tools a desktop uses. Usage: test_package.sh attnscope_*.deb
# Needs: dpkg-dev, binutils, file, xvfb, desktop-file-utils, appstream, man-db, shared-mime-info (.ci/install-deps.sh).
set -euo pipefail

deb=$(realpath "${1:?usage: test_package.sh attnscope_VERSION_ARCH.deb}")
work=$(mktemp -d /tmp/attnscope-package-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
checks=0

fail() {
  echo "test_package: FAIL: $*" >&2
  exit 1
}
pass() {
  checks=$((checks + 1))
  echo "ok: $*"
}

# A root at one path, moved to another: installed files may only refer to each other relatively.
dpkg -x "$deb" "$work/extracted"
mv "$work/extracted" "$work/moved"
root=$work/moved
bin=$root/usr/bin
share=$root/usr/share
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $(basename "$deb"), version $version"
echo "Depends: $depends"

# Only the package's files: no ATTNSCOPE_RESOURCES, a fresh HOME, settings in the throw-away folder.
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
run() {
  env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime" OMP_NUM_THREADS=2 "$@"
}

# --- Files in place -----------------------------------------------------------------------------------------------
for file in usr/bin/attnscope usr/bin/attnscope-cli usr/share/attnscope/models/demo/model.safetensors \
  usr/share/attnscope/demos.json usr/share/attnscope/user-guide/README.md \
  usr/share/attnscope/user-guide/images/head-view.png usr/share/man/man1/attnscope.1 usr/share/man/man1/attnscope-cli.1 \
  usr/share/bash-completion/completions/attnscope-cli usr/share/doc/attnscope/README.md \
  usr/share/icons/hicolor/scalable/apps/io.github.attnscope.AttnScope.svg \
  usr/share/applications/io.github.attnscope.AttnScope.desktop \
  usr/share/metainfo/io.github.attnscope.AttnScope.metainfo.xml \
  usr/share/mime/packages/io.github.attnscope.AttnScope.xml; do
  [ -e "$root/$file" ] || fail "$file is missing from the package"
done
for size in 16 22 24 32 48 64 128 256; do
  png=$share/icons/hicolor/${size}x${size}/apps/io.github.attnscope.AttnScope.png
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG"
done
pass "the binaries, the engine, the demo model, man pages, completion, icons and desktop files are in the package"

# --- Relocatable: RUNPATH relative to the binary, no build or source paths -----------------------------------------
engine=$(find "$root/usr/lib" -name 'libattnscope_engine.so.*' -type f)
[ -n "$engine" ] || fail "libattnscope_engine.so.* is missing under usr/lib"
for elf in "$bin/attnscope" "$bin/attnscope-cli"; do
  dynamic=$(readelf -d "$elf")
  echo "$dynamic" | grep -q '(RPATH)' && fail "$(basename "$elf") has an RPATH; expected a RUNPATH"
  runpath=$(echo "$dynamic" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
  case "$runpath" in
    *:*) fail "$(basename "$elf") has RUNPATH '$runpath'; expected only the engine's folder" ;;
    '$ORIGIN/../lib/'*) ;;
    *) fail "$(basename "$elf") has RUNPATH '$runpath'; expected \$ORIGIN/../lib/..." ;;
  esac
  [ -e "$(dirname "$elf")/${runpath#\$ORIGIN/}/$(basename "$engine")" ] ||
    fail "$(basename "$elf"): RUNPATH $runpath does not lead to $(basename "$engine")"
done
# Debug information would name the source tree too, but CPack strips it; a path left is a path the code reads.
source=$(cd "$(dirname "$0")/../.." && pwd)
leaks=$(grep -rlF "$source" "$root" || true)
[ -z "$leaks" ] || fail "these installed files name the source tree $source: $leaks"
pass "the binaries find the engine through a relative RUNPATH, and nothing installed names the source tree"

# --- Versions agree -----------------------------------------------------------------------------------------------
cli_version=$(run "$bin/attnscope-cli" --version)
echo "$cli_version" | grep -q "^attnscope-cli $version (" || fail "attnscope-cli --version printed '$cli_version'"
app_version=$(run "$bin/attnscope" --version)
echo "$app_version" | grep -qx "AttnScope: $version" || fail "attnscope --version printed '$app_version'"
for page in attnscope attnscope-cli; do
  head -1 "$share/man/man1/$page.1" | grep -qF "\"AttnScope $version\"" ||
    fail "$page.1 does not name version $version: $(head -1 "$share/man/man1/$page.1")"
done
grep -qF "<release version=\"$version\"" "$share/metainfo/io.github.attnscope.AttnScope.metainfo.xml" ||
  fail "the metainfo's release is not $version"
pass "the package, both --version, both man pages and the metainfo say $version"

# --- The CLI on the installed demo model --------------------------------------------------------------------------
# Reference values from docs/demo-model.md: on the induction probe, head 1:4 scores 0.753, head 0:0 is the
# previous-token head (0.891). The default model (no --model) must be the installed one.
explicit=$(run "$bin/attnscope-cli" metrics --model "$share/attnscope/models/demo" --probe induction --format csv)
default=$(run "$bin/attnscope-cli" metrics --probe induction --format csv)
[ "$explicit" = "$default" ] || fail "metrics without --model differ from metrics on the installed demo model"
header=$(echo "$explicit" | head -1)
column() { echo "$header" | tr ',' '\n' | grep -nx "$1" | cut -d: -f1; }
induction_column=$(column induction)
previous_column=$(column prev_token)
[ -n "$induction_column" ] && [ -n "$previous_column" ] || fail "metrics CSV lacks induction or prev_token: $header"
row() { echo "$explicit" | awk -F, -v l="$1" -v h="$2" 'NR > 1 && $1 == l && $2 == h'; }
induction=$(row 1 4 | cut -d, -f"$induction_column")
previous=$(row 0 0 | cut -d, -f"$previous_column")
awk -v x="$induction" 'BEGIN { exit !(x > 0.745 && x < 0.76) }' ||
  fail "head 1:4's induction is $induction, expected 0.753"
awk -v x="$previous" 'BEGIN { exit !(x > 0.85) }' || fail "head 0:0's previous-token score is $previous, expected 0.891"
pass "attnscope-cli metrics on the installed demo model: head 1:4 induction $induction, 0:0 previous-token $previous"

# --- The app under Xvfb -------------------------------------------------------------------------------------------
# LD_DEBUG records the plugins and drivers the app loads at run time, for the dependency check below.
xvfb() {
  run xvfb-run -a -s "-screen 0 1920x1080x24" env LD_DEBUG=files LD_DEBUG_OUTPUT="$work/loaded" "$@"
}
xvfb "$bin/attnscope" "$share/attnscope/models/demo" --settings "$work/settings.ini" --size 1280x800 \
  --screenshot "$work/window.png" --save-session "$work/demo.attnscope" ||
  fail "attnscope MODEL_FOLDER --screenshot failed"
file "$work/window.png" | grep -q "PNG image data, 1280 x 800," || fail "the screenshot is not a 1280x800 PNG"
# A window with views, tokens and a table compresses to hundreds of kilobytes; a blank one to a few.
[ "$(stat -c %s "$work/window.png")" -gt 100000 ] || fail "the screenshot is nearly empty ($work/window.png)"
grep -q '"format": "attnscope-session"' "$work/demo.attnscope" || fail "the saved session is not a session file"
grep -qF "\"saved_by\": \"AttnScope $version\"" "$work/demo.attnscope" || fail "the session does not name $version"
pass "attnscope MODEL_FOLDER renders a 1280x800 window and saves a session naming $version"

xvfb "$bin/attnscope" "$work/demo.attnscope" --settings "$work/settings.ini" --size 1024x700 \
  --screenshot "$work/session.png" || fail "attnscope FILE.attnscope --screenshot failed"
file "$work/session.png" | grep -q "PNG image data, 1024 x 700," || fail "the session screenshot is not 1024x700"
pass "attnscope FILE.attnscope opens the saved session"
# For a person to look at: ATTNSCOPE_PACKAGE_SCREENSHOTS=folder keeps both screenshots.
if [ -n "${ATTNSCOPE_PACKAGE_SCREENSHOTS:-}" ]; then
  cp "$work/window.png" "$work/session.png" "$ATTNSCOPE_PACKAGE_SCREENSHOTS"
fi

status=0
error=$(run "$bin/attnscope" "$work/no-such-thing.txt" 2>&1 >/dev/null) || status=$?
[ "$status" -eq 2 ] || fail "attnscope with a stray argument exited $status, expected 2"
echo "$error" | head -1 | grep -qF "no-such-thing.txt" || fail "the stray argument's error does not name it: $error"
pass "any other argument is a usage error naming it"

# --- Nothing needed from outside the package and its declared dependencies ----------------------------------------
# What the binaries link (ldd), and what the app cannot draw without although it only loads it at run time (the
# LD_DEBUG record of the runs above): Qt's xcb platform and GL integration plugins, Mesa's driver and its loader.
# Other dlopen()ed objects are optional probes (Qt's libXcursor, TBB's libiomp5) that follow what else is installed.
runtime=$(sed -n 's/.*file=\(\/[^ ]*\) \[[0-9]*\];  dynamically loaded by \([^ ]*\) .*/\1 \2/p' "$work"/loaded.* |
  grep -E '/plugins/(platforms|xcbglintegrations)/|/dri/[^/]*_dri\.so ' | tr ' ' '\n' | sort -u |
  while read -r path; do if [ -f "$path" ]; then echo "$path"; fi; done)
echo "$runtime" | grep -q '/platforms/libqxcb\.so$' || fail "Qt's xcb platform plugin was not loaded"
echo "$runtime" | grep -q '/dri/[^/]*_dri\.so$' || fail "no Mesa OpenGL driver was loaded"
needed=$( (echo "$runtime"; ldd "$bin/attnscope" "$bin/attnscope-cli" $runtime | sed -n 's/.* => \(\/[^ ]*\) .*/\1/p') |
  xargs realpath --no-symlinks | sort -u)
echo "$needed" | grep -q "^$root/usr/lib/.*/libattnscope_engine.so" ||
  fail "the binaries do not link the package's engine"
outside=$(echo "$needed" | grep -v "^$root/")
# Every package in the closure of Depends, OR alternatives and providers of virtual packages included.
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances $(echo "$depends" | tr ',|' '\n\n' | sed 's/(.*)//; s/[[:space:]]//g' | grep -v '^$') 2>/dev/null |
  grep -v '^ ' | tr -d '<>' | sed 's/:amd64$//' | sort -u)
# One dpkg -S for all (it takes a second per call); with merged /usr a file may be registered with or without /usr.
spellings() {
  while read -r library; do
    printf '%s\t%s\n' "$library" "$library" "$(realpath "$library")" "$library"
    case "$library" in
      /usr/*) printf '%s\t%s\n' "${library#/usr}" "$library" ;;
      *) printf '/usr%s\t%s\n' "$library" "$library" ;;
    esac
  done
}
table=$(spellings <<<"$outside")
owners=$(dpkg -S $(cut -f1 <<<"$table" | sort -u) 2>/dev/null || true)
# Per library: "stray" when none of its packages is in the closure, "unowned" when no package has it.
verdicts=$(awk -F'\t' '
  FILENAME == ARGV[1] { wanted[$1] = 1; next }
  FILENAME == ARGV[2] { libraries[$1] = ($1 in libraries) ? libraries[$1] "\t" $2 : $2; seen[$2] = 1; next }
  {
    at = index($0, ": "); path = substr($0, at + 2)
    if (!(path in libraries)) next
    m = split(libraries[path], names, "\t"); n = split(substr($0, 1, at - 1), packages, ", ")
    for (j = 1; j <= m; j++) for (i = 1; i <= n; i++) {
      package = packages[i]; sub(/:amd64$/, "", package)
      if (!index(owned[names[j]] " ", " " package " ")) owned[names[j]] = owned[names[j]] " " package
      if (package in wanted) ok[names[j]] = 1
    }
  }
  END {
    for (l in seen) if (!(l in owned)) print "unowned " l; else if (!(l in ok)) print "stray " l " (" owned[l] " )"
  }
  ' <(echo "$closure") <(echo "$table") <(echo "$owners"))
unowned=$(sed -n 's/^unowned //p' <<<"$verdicts")
strays=$(sed -n 's/^stray //p' <<<"$verdicts")
[ -z "$unowned" ] || fail "needed, but in no Debian package: $(echo $unowned)"
[ -z "$strays" ] || fail "needed, but outside the declared Depends: $(echo $strays)"
pass "all $(echo "$outside" | wc -l) system libraries the binaries and their runtime plugins need come from Depends"

# --- Desktop integration ------------------------------------------------------------------------------------------
desktop=$share/applications/io.github.attnscope.AttnScope.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $desktop"
appstreamcli validate --no-net "$share/metainfo/io.github.attnscope.AttnScope.metainfo.xml" ||
  fail "appstreamcli rejected the metainfo"
grep -qx "Icon=io.github.attnscope.AttnScope" "$desktop" || fail "the desktop entry names another icon"
grep -qx "MimeType=application/x-attnscope-session;" "$desktop" || fail "the desktop entry does not open sessions"
grep -qx "Exec=attnscope %f" "$desktop" || fail "the desktop entry does not pass the file to attnscope"
# update-mime-database is what the shared-mime-info trigger runs after installing.
cp -r "$share/mime" "$work/mime"
XDG_DATA_DIRS="$work" update-mime-database "$work/mime"
grep -qx "50:application/x-attnscope-session:\*.attnscope" "$work/mime/globs2" ||
  fail "*.attnscope is not mapped to application/x-attnscope-session"
pass "the desktop entry and metainfo validate, and *.attnscope files open in attnscope"

# --- Man pages and completion, and that they list every flag --help lists -----------------------------------------
render() {
  local warnings
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=120 man --warnings -l "$1" 2>&1 >"$work/page.txt") || fail "man -l $1 failed"
  [ -z "$warnings" ] || fail "man -l $1 warned: $warnings"
  # UTF-8 man pages print '-' as a hyphen or minus sign; --help prints ASCII.
  sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g' "$work/page.txt"
}
flags_of() { grep -o -- '--[a-z][a-z0-9-]*' | sort -u; }
app_page=$(render "$share/man/man1/attnscope.1")
missing=$(comm -23 <(run "$bin/attnscope" --help | flags_of) <(echo "$app_page" | flags_of))
[ -z "$missing" ] || fail "attnscope.1 lacks flags that --help lists: $missing"
cli_page=$(render "$share/man/man1/attnscope-cli.1")
commands=$(run "$bin/attnscope-cli" --help | sed -n 's/^  \([a-z][a-z0-9-]*\)  .*/\1/p')
[ "$(echo "$commands" | wc -l)" -ge 5 ] || fail "attnscope-cli --help lists too few commands: $commands"
for command in $commands; do
  echo "$cli_page" | grep -q "^   $command$" || fail "attnscope-cli.1 has no section for $command"
  missing=$(comm -23 <(run "$bin/attnscope-cli" "$command" --help | flags_of | grep -vx -- --help) \
    <(echo "$cli_page" | flags_of))
  [ -z "$missing" ] || fail "attnscope-cli.1 lacks flags of $command: $missing"
done
completion=$(bash -c 'source "$1"; COMP_WORDS=(attnscope-cli met); COMP_CWORD=1; _attnscope_cli; echo "${COMPREPLY[*]}"
  COMP_WORDS=(attnscope-cli metrics --pro); COMP_CWORD=2; _attnscope_cli; echo "${COMPREPLY[*]}"' \
  _ "$share/bash-completion/completions/attnscope-cli")
[ "$completion" = $'metrics\n--probe --probe-length' ] || fail "the completion offered: $completion"
pass "both man pages render without warnings and list every flag --help lists; completion completes commands and flags"

echo "test_package: all $checks checks passed"
