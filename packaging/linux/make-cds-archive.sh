#!/bin/sh
# Writes papernotes.jsa, the class-data-sharing archive of the PaperNotes app image this script is in, from
# the class list recorded at build time (papernotes.classlist, see packaging/build.sh). The launcher maps the
# archive instead of loading and verifying some 5,000 classes one by one (a faster start).
# The archive names the jars by their absolute paths, so it is written where the app is: build.sh runs this
# in the app image, the .deb's postinst once more in /opt/papernotes. A stale archive is ignored (-Xshare:auto).
set -e
app=$(cd "$(dirname "$0")" && pwd)
classpath=$(sed -n 's/^app\.classpath=//p' "$app/papernotes.cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
rm -f "$app/papernotes.jsa"
"$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/papernotes.classlist" \
  -XX:SharedArchiveFile="$app/papernotes.jsa" -cp "$classpath" >"$app/papernotes.jsa.log" 2>&1 ||
  { cat "$app/papernotes.jsa.log" >&2; rm -f "$app/papernotes.jsa.log"; exit 1; }
rm -f "$app/papernotes.jsa.log"
