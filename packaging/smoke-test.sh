#!/usr/bin/env bash
# Packaging smoke test: builds the app image (packaging/build.sh app-image) and runs its launcher the way
# an installed copy runs, with no Java on PATH and no JAVA_HOME, checking outputs and exit codes:
#   --version; new + list + show on a temporary library (Chinese text included); an unknown id fails.
# On Linux with Xvfb installed it also opens the window and checks that it stays up, and runs a WebView
# with the image's own runtime (packaging/smoke/WebViewProbe.java).
#
#   packaging/smoke-test.sh [--skip-maven] [--no-gui]
#     --skip-maven   reuse target/papernotes.jar and target/lib
#     --no-gui       skip the window and WebView checks
# Ends with "N passed, N failed"; exits 1 if anything failed.
set -uo pipefail

build_args=(app-image)
gui=true
for arg in "$@"; do
  case "$arg" in
    --skip-maven) build_args+=(--skip-maven) ;;
    --no-gui) gui=false ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "smoke-test.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$SECONDS
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -z "${2:-}" ] || sed 's/^/     | /' <<<"$2"; }

echo "== building the app image"
if ! packaging/build.sh "${build_args[@]}"; then
  fail "packaging/build.sh ${build_args[*]}"
  echo "$passed passed, $failed failed"
  exit 1
fi
build_seconds=$((SECONDS - started))

case "$(uname -s)" in
  Linux) image=target/packaging/image/papernotes; launcher=$image/bin/papernotes; java_home=$image/lib/runtime ;;
  Darwin) image=target/packaging/image/PaperNotes.app; launcher=$image/Contents/MacOS/PaperNotes
    java_home=$image/Contents/runtime/Contents/Home; gui=false ;;
  *) image=target/packaging/image/PaperNotes; launcher=$image/papernotes-cli.exe; java_home=$image/runtime; gui=false ;;
esac
version=$(sed -n 's/^version=//p' target/classes/org/papernotes/version.properties | tr -d '\r')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/empty-path"
library=$work/library.db

# As an installed program starts: its own runtime only; no java on PATH, no JAVA_HOME, no CLASSPATH.
run() {
  env -i HOME="$work/home" LANG=C.UTF-8 PATH="$work/empty-path" ${DISPLAY:+DISPLAY=$DISPLAY} "$@"
}
# check NAME EXPECTED_EXIT GREP_PATTERN COMMAND...: runs COMMAND, wants the exit code and a line of
# standard output (or, for a failure, standard error) matching the pattern.
check() {
  local name=$1 want=$2 pattern=$3; shift 3
  local out err code
  out=$(run "$@" 2>"$work/stderr"); code=$?
  err=$(cat "$work/stderr")
  if [ "$code" -ne "$want" ]; then
    fail "$name: exit $code, wanted $want" "$out${err:+$'\n'$err}"
  elif ! grep -Eq -- "$pattern" <<<"$out$err"; then
    fail "$name: no line matching /$pattern/" "$out${err:+$'\n'$err}"
  else
    pass "$name"
  fi
}

echo "== command line ($launcher)"
check "--version prints the version" 0 "^papernotes ${version//./\\.}\$" "$launcher" --version
check "new adds a paper and prints its id" 0 '^[0-9]+$' \
  "$launcher" new --library "$library" --title "烟雾测试 Smoke test" --author "Ada Lovelace" --year 2024 --tag 打包
check "list shows it, Chinese intact" 0 '烟雾测试 Smoke test +\[打包\]' "$launcher" list --library "$library"
check "show prints its fields" 0 '^Year: +2024$' "$launcher" show 1 --library "$library"
check "an unknown id fails with one line" 1 'No paper with id 999' "$launcher" show 999 --library "$library"
# SQLite's native library comes from the image (lib/app/native), not from a copy sqlite-jdbc writes into the
# temporary folder at every start: with no temporary folder at all, the library still opens.
out=$(env -i HOME="$work/home" LANG=C.UTF-8 PATH="$work/empty-path" \
  JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/no-such-folder" "$launcher" list --library "$library" 2>"$work/stderr")
if grep -q '烟雾测试' <<<"$out"; then
  pass "SQLite's native library loads from the image, without a temporary folder"
else
  fail "with no temporary folder the library did not open: SQLite's native library is not loaded from the image" \
    "$out"$'\n'"$(grep -v '^\s*at ' "$work/stderr")"
fi

if $gui; then
  if ! command -v Xvfb >/dev/null; then
    echo "== window and WebView: skipped (Xvfb is not installed: apt-get install xvfb)"
  else
    display=:$((100 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
    sleep 1
    export DISPLAY=$display

    echo "== window"
    # env execs the launcher, which runs the JVM in its own process: $! is the app.
    env -i HOME="$work/home" LANG=C.UTF-8 PATH="$work/empty-path" DISPLAY="$DISPLAY" \
      "$launcher" --library "$library" >"$work/window.log" 2>&1 &
    app=$!
    sleep 8
    if kill -0 "$app" 2>/dev/null && ! grep -q 'Exception' "$work/window.log"; then
      pass "the launcher without a command opens the window and keeps it up"
    else
      fail "the window did not stay up" "$(cat "$work/window.log")"
    fi
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null

    echo "== WebView in the image's runtime"
    javac=$( [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME/bin/javac" || command -v javac )
    if [ -z "$javac" ] || ! "$javac" -d "$work/probe" --module-path target/packaging/javafx \
        --add-modules javafx.web packaging/smoke/WebViewProbe.java 2>"$work/javac.log"; then
      fail "compiling packaging/smoke/WebViewProbe.java" "$(cat "$work/javac.log" 2>/dev/null)"
    else
      # user.home points into the temporary folder, to see that JavaFX unpacked nothing there.
      out=$(run "$java_home/bin/java" -Duser.home="$work/home" -cp "$work/probe" WebViewProbe 2>&1)
      if grep -q '^webview: OK' <<<"$out"; then pass "WebView renders a page and runs JavaScript"
      else fail "WebView" "$out"; fi
      if [ -e "$work/home/.openjfx" ]; then
        fail "JavaFX unpacked native libraries into the home folder: they are missing from the runtime"
      else
        pass "JavaFX loads its native libraries from the runtime"
      fi
    fi
  fi
fi

echo "== build ${build_seconds}s, total $((SECONDS - started))s; app image $(du -sh "$image" | cut -f1)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
