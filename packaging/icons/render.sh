#!/usr/bin/env bash
# Regenerates the raster icons from papernotes.svg: PNGs 16..512, papernotes.ico (Windows) and
# papernotes.icns (macOS). The generated files are committed, so building a package never needs these tools.
# Tools (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v rsvg-convert >/dev/null || missing+=("rsvg-convert (librsvg2-bin)")
{ command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; } || missing+=("convert (imagemagick)")
command -v png2icns >/dev/null || missing+=("png2icns (icnsutils)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "render.sh: missing tools: ${missing[*]}" >&2
  echo "  on Debian/Ubuntu: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2
  exit 1
fi

sizes=(16 24 32 48 64 128 256 512)
mkdir -p png
for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" papernotes.svg --output "png/papernotes-$size.png"
done
# The PNG that jpackage uses on Linux (window manager and desktop entry icon).
cp png/papernotes-256.png papernotes.png

# Windows: one ICO holding the sizes Explorer and the taskbar ask for.
convert png/papernotes-{16,24,32,48,64,256}.png papernotes.ico

# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512) and picks the icon type by size.
png2icns papernotes.icns png/papernotes-{16,32,48,128,256,512}.png >/dev/null

echo "render.sh: wrote png/papernotes-{$(IFS=,; echo "${sizes[*]}")}.png, papernotes.png, papernotes.ico, papernotes.icns"
