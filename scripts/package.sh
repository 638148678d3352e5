#!/usr/bin/env bash
# Builds socready as a user would (Release, no -Werror: warnings are shown, never fatal), makes
# the Debian package with cpack, and checks its contents, its metadata and that what it installs
# runs. Usage: scripts/package.sh [BUILD_DIR]   (default build-release; the .deb is left there)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-release}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSOCREADY_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/socready_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/socready_*.deb)
echo "package: $deb"

fail() {
  echo "package: $*" >&2
  exit 1
}

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/socready ./usr/share/man/man1/socready.1.gz \
  ./usr/share/bash-completion/completions/socready ./usr/share/doc/socready/copyright; do
  grep -q " $path\$" <<<"$contents" || fail "missing $path; contents:"$'\n'"$contents"
done
# Everything under /usr, nothing of the build or the tests.
if grep -v ' \./usr/' <<<"$contents" | grep -v ' \./$' | grep -q .; then
  fail "files outside /usr:"$'\n'"$contents"
fi

[[ $(dpkg-deb -f "$deb" Package) == socready ]] || fail "wrong package name"
version=$(sed -n 's/^project(socready VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: Depends: $depends"
# The runtime libraries, found by dpkg-shlibdeps; SQLiteCpp is linked statically.
for lib in libsqlite3-0 libfmt9 libboost-program-options1.74.0 libsimdjson14 libstdc++6 libc6; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib"
done
if grep -qi sqlitecpp <<<"$depends"; then fail "Depends names SQLiteCpp"; fi

# What the package installs works: the binary, the manual page, the completion.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
[[ $("$tmp/usr/bin/socready" --version) == "socready $version" ]] || fail "--version"
if command -v man >/dev/null; then
  man -l "$tmp/usr/share/man/man1/socready.1.gz" 2>&1 >/dev/null | grep . && fail "man page warnings"
  man -l "$tmp/usr/share/man/man1/socready.1.gz" 2>/dev/null | grep -q 'socready gaps' ||
    fail "man page lacks the commands"
fi
bash -n "$tmp/usr/share/bash-completion/completions/socready" || fail "completion script"
echo "package: ok ($(dpkg-deb -f "$deb" Installed-Size) KiB installed)"
