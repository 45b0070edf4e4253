#!/bin/sh
# Renders every app icon from public/icons/icon.svg into DIR (default: the
# Trunk staging directory's icons/). Run by scripts/post-build.sh, so the
# PNGs are never edited by hand or committed. (Trunk copies the SVG itself,
# so development builds have the favicon too.)
set -eu
src="$(dirname "$0")/../public/icons/icon.svg"
out=${1:-"$TRUNK_STAGING_DIR/icons"}
brand="#0b5394"
mkdir -p "$out"
cp "$src" "$out/icon.svg"
rsvg-convert -w 192 -h 192 "$src" -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 "$src" -o "$out/icon-512.png"
# Maskable: the icon at 80 % on a full-bleed background, inside the safe zone.
rsvg-convert -w 410 -h 410 --page-width 512 --page-height 512 --left 51 --top 51 \
  -b "$brand" "$src" -o "$out/icon-maskable-512.png"
# Apple touch icon: opaque, 180 px.
rsvg-convert -w 180 -h 180 -b "$brand" "$src" -o "$out/apple-touch-icon.png"
