#!/usr/bin/env bash
# Draws the link preview image public/og-image.png (1200×630): the site's name in white on the
# brand colour. Needs ImageMagick and the Noto CJK fonts (Debian: imagemagick fonts-noto-cjk).
# The image is committed; run this again only when the name or the colour changes.
set -euo pipefail
cd "$(dirname "$0")/.."

# ImageMagick 7 names its tool magick, 6 convert; CONVERT picks another binary.
convert_bin="${CONVERT:-$(command -v magick || command -v convert)}"
brand="#0f5c6e"
font="Noto-Sans-CJK-JP-Bold"
out="public/og-image.png"

"$convert_bin" -size 1200x630 "xc:$brand" \
  -fill white -font "$font" -gravity center \
  -pointsize 88 -annotate +0-60 "遠隔画像診断サービスの" \
  -pointsize 88 -annotate +0+60 "選び方ガイド" \
  -colors 16 -strip -define png:compression-level=9 \
  "PNG8:$out"

echo "$out: $(wc -c <"$out") bytes"
