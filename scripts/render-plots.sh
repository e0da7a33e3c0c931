#!/usr/bin/env bash
# Re-renders every committed figure from its script and data (`make plots`), replacing a PNG only when
# gnuplot succeeded and the new image is complete: it renders NAME.gp to a temporary file beside it,
# checks that file's PNG signature and final IEND chunk, and only then renames it over NAME.png. A script
# with an error leaves its committed image as it was; the run reports every failure and exits 1.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for script in plots/*/*.gp; do
  dir=$(dirname "$script")
  name=$(basename "$script" .gp)
  temporary="$dir/.$name.rendering.png"
  echo "gnuplot $script"
  if (cd "$dir" && gnuplot -e "outfile='.$name.rendering.png'" "$name.gp") \
    && [ "$(head -c 8 "$temporary" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
    && [ "$(tail -c 12 "$temporary" | od -An -tx1 | tr -d ' \n')" = "0000000049454e44ae426082" ]; then
    mv -f "$temporary" "$dir/$name.png"
  else
    echo "error: $script did not render a complete image; $dir/$name.png is unchanged" >&2
    rm -f "$temporary"
    status=1
  fi
done
exit $status
