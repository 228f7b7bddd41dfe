#!/usr/bin/env bash
# Builds PaperNotes as a self-contained application: a jlinked Java runtime with the JavaFX modules,
# an app image, and the installer of the platform it runs on.
#
#   packaging/build.sh              app image + this platform's installer (.deb / .msi / .dmg)
#   packaging/build.sh app-image    app image only
#   packaging/build.sh deb|rpm|msi|exe|dmg|pkg   app image + that installer
#   --skip-maven                    reuse target/papernotes.jar and target/lib instead of running ./mvnw
#
# Output goes to target/packaging/: image/ (the app image), installers/ (the package).
# jlink and jpackage options live in argument files beside this script; see packaging/README.md.
# Needs a JDK 17+ (jlink, jpackage, jdeps, jar: JAVA_HOME/bin or PATH). A .deb also needs fakeroot and
# dpkg-deb; an .msi needs the WiX Toolset 3; a .dmg needs macOS.
set -euo pipefail

die() { echo "build.sh: $*" >&2; exit 1; }
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

type=installer
run_maven=true
for arg in "$@"; do
  case "$arg" in
    app-image|installer|deb|rpm|msi|exe|dmg|pkg) type=$arg ;;
    --skip-maven) run_maven=false ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) die "unknown argument '$arg' (try --help)" ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packaging=packaging
out=target/packaging

case "$(uname -s)" in
  Linux) os=linux; native_type=deb; path_sep=: ; native_dir=lib ;;
  Darwin) os=macos; native_type=dmg; path_sep=: ; native_dir=lib ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; native_type=msi; path_sep=';'; native_dir=bin/javafx ;;
  *) die "unsupported system $(uname -s): jpackage builds for Linux, Windows and macOS" ;;
esac
[ "$type" = installer ] && type=$native_type

# --- tools -------------------------------------------------------------------------------------------
tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
  elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1.exe" ]; then echo "$JAVA_HOME/bin/$1.exe"
  elif command -v "$1" >/dev/null; then command -v "$1"
  fi
}
missing=()
for t in java jlink jpackage jdeps jar; do
  [ -n "$(tool $t)" ] || missing+=("$t (a JDK 17 or newer: set JAVA_HOME or put its bin/ on PATH)")
done
case "$type" in
  deb)
    command -v fakeroot >/dev/null || missing+=("fakeroot (apt-get install fakeroot)")
    command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (apt-get install dpkg)") ;;
  rpm) command -v rpmbuild >/dev/null || missing+=("rpmbuild (package rpm-build on Fedora, rpm on Debian)") ;;
  msi|exe)
    { command -v candle >/dev/null || command -v candle.exe >/dev/null; } ||
      missing+=("WiX Toolset 3 (candle, light on PATH): https://wixtoolset.org") ;;
esac
case "$os:$type" in
  linux:app-image|linux:deb|linux:rpm|windows:app-image|windows:msi|windows:exe|macos:app-image|macos:dmg|macos:pkg) ;;
  *) die "a .$type is built on its own system; on $os build: app-image or $native_type" ;;
esac
[ ${#missing[@]} -eq 0 ] || die "missing tools:$(printf '\n  - %s' "${missing[@]}")"
JLINK=$(tool jlink); JPACKAGE=$(tool jpackage); JDEPS=$(tool jdeps); JAR=$(tool jar)
jdk_feature=$("$JLINK" --version | tr -d '\r' | cut -d. -f1)
[ "$jdk_feature" -ge 17 ] 2>/dev/null || die "jlink is version $("$JLINK" --version); PaperNotes needs JDK 17 or newer"

# --- the application jar and its libraries ------------------------------------------------------------
if $run_maven; then
  step "Maven: target/papernotes.jar and target/lib"
  ./mvnw -B -q package -DskipTests
fi
[ -f target/papernotes.jar ] && [ -d target/lib ] ||
  die "target/papernotes.jar or target/lib is missing: run without --skip-maven"
version=$(sed -n 's/^version=//p' target/classes/org/papernotes/version.properties | tr -d '\r')
[ -n "$version" ] || die "no version in target/classes/org/papernotes/version.properties"
# Installers want numbers only: 0.2.0-SNAPSHOT is packaged as 0.2.0.
app_version=${version%%-*}
if [ "$os" = macos ]; then
  # macOS bundles refuse a version whose first number is 0.
  app_version=${PAPERNOTES_MAC_VERSION:-$app_version}
  [ "${app_version%%.*}" -ge 1 ] ||
    die "macOS needs an app version of 1.0 or more (this is $app_version): set PAPERNOTES_MAC_VERSION=1.0.0"
fi

rm -rf "$out"
mkdir -p "$out/input/lib" "$out/javafx" "$out/manifest"
cp target/papernotes.jar "$out/input/"
# The jar's manifest names the libraries this build uses (target/lib may hold stale ones from older builds).
(cd "$out/manifest" && "$JAR" xf "$root/target/papernotes.jar" META-INF/MANIFEST.MF)
class_path_jars=$(tr -d '\r' < "$out/manifest/META-INF/MANIFEST.MF" | awk '
  /^Class-Path:/ { on = 1; sub(/^Class-Path: */, ""); printf "%s", $0; next }
  on && /^ / { sub(/^ /, ""); printf "%s", $0; next }
  { on = 0 }')
[ -n "$class_path_jars" ] || die "target/papernotes.jar has no Class-Path in its manifest"
# JavaFX comes as an empty jar plus a platform jar (classifier linux, win, mac, mac-aarch64...) per
# module: the platform jars go into the runtime, the empty ones nowhere, everything else into lib/.
for entry in $class_path_jars; do
  jar=target/$entry
  name=$(basename "$entry")
  [ -f "$jar" ] || die "$jar is missing (named in the manifest of target/papernotes.jar): run without --skip-maven"
  if [[ $name =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then cp "$jar" "$out/javafx/"
  elif [[ $name =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]]; then :
  else cp "$jar" "$out/input/lib/"
  fi
done
ls "$out"/javafx/javafx-graphics-*.jar >/dev/null 2>&1 ||
  die "no platform JavaFX jars in target/lib (expected javafx-graphics-VERSION-PLATFORM.jar)"
javafx_path=$(printf "%s$path_sep" "$out"/javafx/*.jar)

# SQLite's native library for this system goes beside the jars, in lib/app/native: sqlite-jdbc loads it from
# there (-Dorg.sqlite.lib.path in app.args) instead of writing a copy into the temporary folder at every start,
# which costs start-up time and fails where /tmp is mounted noexec. sqlite-jdbc names its own folder for it.
sqlite_jar=$(ls "$root/$out"/input/lib/sqlite-jdbc-*.jar 2>/dev/null | head -n 1)
[ -n "$sqlite_jar" ] || die "no sqlite-jdbc jar among the libraries"
sqlite_folder=$("$(tool java)" -cp "$sqlite_jar" org.sqlite.util.OSInfo | tr -d '\r')
sqlite_entries=$("$JAR" tf "$sqlite_jar" | tr -d '\r' | grep -E "^org/sqlite/native/$sqlite_folder/[^/]+$" || true)
[ -n "$sqlite_entries" ] || die "sqlite-jdbc has no native library for $sqlite_folder"
mkdir -p "$out/input/native" "$out/sqlite"
(cd "$out/sqlite" && "$JAR" xf "$sqlite_jar" $sqlite_entries)
mv "$out/sqlite/org/sqlite/native/$sqlite_folder"/* "$out/input/native/"

# --- the runtime --------------------------------------------------------------------------------------
step "jlink: runtime with the JavaFX modules"
runtime=$out/runtime
"$JLINK" @"$packaging/jlink.args" --module-path "$javafx_path" --output "$runtime"
# (Windows tools end lines with CR LF: hence the tr -d '\r' on their output.)
# JavaFX looks for its native libraries beside the runtime's own first (lib/, bin/javafx on Windows);
# jlink.args leaves them out of the module image, so they are copied there from the platform jars.
mkdir -p "$runtime/$native_dir"
for jar in "$out"/javafx/*.jar; do
  natives=$("$JAR" tf "$jar" | tr -d '\r' | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
  [ -z "$natives" ] || (cd "$runtime/$native_dir" && "$JAR" xf "$root/$jar" $natives)
done
rm -rf "$runtime/$native_dir/META-INF"
# --generate-cds-archive (jlink.args) also writes an archive for heaps over 32 GB; PaperNotes never has one.
rm -f "$runtime"/lib/server/classes_nocoops.jsa "$runtime"/bin/server/classes_nocoops.jsa

step "jdeps: every module the app uses is in the runtime"
class_path=$(printf "%s$path_sep" "$out"/input/lib/*.jar)
needed=$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$javafx_path" --class-path "$class_path" "$out/input/papernotes.jar" "$out"/input/lib/*.jar \
  2>/dev/null | tr -d '\r' | tail -n 1) || true
[ -n "$needed" ] || die "jdeps failed; run it by hand to see why"
present=$("$runtime/bin/java" --list-modules | tr -d '\r' | sed 's/@.*//')
absent=()
for module in ${needed//,/ }; do
  grep -qx "$module" <<<"$present" || absent+=("$module")
done
[ ${#absent[@]} -eq 0 ] ||
  die "the code now uses modules the runtime lacks: ${absent[*]}; add them to --add-modules in $packaging/jlink.args"
echo "app uses $needed: all in the runtime"

# --- the app image ------------------------------------------------------------------------------------
step "jpackage: app image"
# Writes the class-data-sharing archive; it lands in lib/app beside the jars (see the next section).
[ "$os" != linux ] || cp "$packaging/linux/make-cds-archive.sh" "$out/input/"
# Options that only the image takes (extra launchers), where the platform has any.
image_args=$packaging/jpackage/$os-image.args
[ -f "$image_args" ] || image_args=
mkdir -p "$out/image"
"$JPACKAGE" --type app-image @"$packaging/jpackage/app.args" @"$packaging/jpackage/about.args" \
  @"$packaging/jpackage/$os.args" ${image_args:+@"$image_args"} --app-version "$app_version" \
  --input "$out/input" --runtime-image "$runtime" --dest "$out/image"
image=$(ls -d "$out"/image/* | head -n 1)

# --- class-data sharing (Linux) ------------------------------------------------------------------------
# A training run opens the window on the demo notes, opens a paper and quits (-Dpapernotes.cdsTraining),
# recording the classes it loaded; make-cds-archive.sh turns that list into an archive the launcher maps at
# start (about a third less CPU to start). The archive names jars by absolute path, so the .deb's postinst
# writes it again in /opt/papernotes. Windows and macOS installers move the app too and have no such step
# yet: there the image stays without an archive.
if [ "$os" = linux ]; then
  step "class-data sharing: training run and archive"
  app_dir=$image/lib/app
  cds_work=$out/cds
  mkdir -p "$cds_work/home"
  display=${DISPLAY:-}
  xvfb=
  if [ -z "$display" ] && command -v Xvfb >/dev/null; then
    display=:$((100 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
  fi
  [ "$(grep '^\[' "$app_dir/papernotes.cfg" | tail -n 1)" = "[JavaOptions]" ] ||
    die "$app_dir/papernotes.cfg does not end with its [JavaOptions] section"
  if [ -z "$display" ]; then
    echo "no display and no Xvfb (apt-get install xvfb): no class-data archive, PaperNotes starts more slowly"
  else
    # Its own home: the training run's window size and preferences stay out of the builder's.
    rm -f "$cds_work"/demo.db*
    notes-db/demo/make-demo-library.sh "$cds_work/demo.db" "$image/bin/papernotes" >/dev/null
    DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$cds_work/home -Dpapernotes.cdsTraining=true \
-XX:DumpLoadedClassList=$app_dir/papernotes.classlist" "$image/bin/papernotes" --library "$cds_work/demo.db" \
      >"$cds_work/training.log" 2>&1 || die "the training run failed: $(cat "$cds_work/training.log")"
    "$app_dir/make-cds-archive.sh"
    # -Xshare:auto: an archive that does not fit (moved app, other runtime) is ignored without a message, and
    # with it the JDK's own archive: hence postinst writes it again where the .deb installs the app.
    printf '%s\n' 'java-options=-Xshare:auto' 'java-options=-XX:SharedArchiveFile=$APPDIR/papernotes.jsa' \
      'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >>"$app_dir/papernotes.cfg"
    echo "archive: $app_dir/papernotes.jsa ($(du -h "$app_dir/papernotes.jsa" | cut -f1)," \
      "$(grep -vc '^#' "$app_dir/papernotes.classlist") classes and lambdas)"
  fi
  [ -z "$xvfb" ] || kill "$xvfb"
fi
echo "app image: $image ($(du -sh "$image" | cut -f1))"

# --- the installer ------------------------------------------------------------------------------------
if [ "$type" != app-image ]; then
  step "jpackage: $type"
  mkdir -p "$out/installers"
  "$JPACKAGE" --type "$type" --app-image "$image" @"$packaging/jpackage/about.args" \
    @"$packaging/jpackage/$os.args" @"$packaging/jpackage/$os-installer.args" --app-version "$app_version" \
    --dest "$out/installers"
  for file in "$out"/installers/*; do
    echo "installer: $file ($(du -h "$file" | cut -f1))"
  done
fi
step "done"
