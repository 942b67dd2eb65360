#!/usr/bin/env bash
# Makes the pictures of the user guide (docs/user-guide/images/*.png) with the app itself: each one opens a model,
# runs an input, brings a view to the front and renders the whole window under Xvfb, so the guide shows what the
# current build shows. Rerun it after changing a view, then look at every picture before committing them.
#
#   docs/user-guide/make_screenshots.sh [BINARY]    BINARY: $ATTNSCOPE_BIN, else build/app/attnscope
#
# Needs xvfb-run and a Python with PIL ($PYTHON, else Debian's /usr/bin/python3 with python3-pil): pictures above
# 240 KB are reduced to 256 colours. Settings go to a throw-away .ini, so the user's own settings, recent models and
# layout are neither read nor changed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=${1:-${ATTNSCOPE_BIN:-$root/build/app/attnscope}}
[ -x "$app" ] || { echo "make_screenshots.sh: $app is not an executable; build it or pass its path" >&2; exit 2; }
python=${PYTHON:-/usr/bin/python3}
"$python" -c "import PIL" || { echo "make_screenshots.sh: $python has no PIL; set PYTHON" >&2; exit 2; }
images=$here/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$images"

demo=$root/resources/models/demo
fixtures=$root/tests/fixtures/models
induction="Alice gives Bob the book. Carol has 3 apples. Alice gives"
repeated="The lamp river 17 Hugo bright boxes sang garden lamp river 17 Hugo bright boxes sang garden"
nothing_to_copy="The quick brown fox jumps over a lazy dog near my house, and then it runs to the old river."
counting="Alice counts 3 4 5 6 7"
grammar=$(sed -n 4p "$root/resources/corpus/demo_grammar.txt")

# attnscope under Xvfb with fresh settings (the default layout, no remembered model), at the guide's window size.
attnscope() {
  rm -f "$work/settings.ini"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --settings "$work/settings.ini" "$@" \
    2> >(grep -v XDG_RUNTIME_DIR >&2)
}
shot() {
  local name=$1
  shift
  attnscope --size 1280x800 --screenshot "$images/$name.png" "$@"
  echo "$name.png"
}

# The views, on the bundled demo model (docs/demo-model.md says which heads do what).
shot head-view --model "$demo" --text "$induction" --view head --layer 1 --head 0 --token 14 --enlarge
shot model-view --model "$demo" --text "$induction" --view model --layer 1 --head 0 --enlarge
shot attention-map --model "$demo" --text "$repeated" --view map --layer 1 --head 3 --enlarge
shot head-mask --model "$demo" --text "$induction" --mask 0:0,1:0 --view mask --layer 1 --head 0 --enlarge
shot attention-sinks --model "$demo" --text "$nothing_to_copy" --view sinks --layer 1 --head 4 --enlarge
shot head-roles --model "$demo" --text "$repeated" --view roles --enlarge
shot head-importance --model "$demo" --text "$induction" --view importance --importance ablation --enlarge
shot information-flow --model "$demo" --text "$induction" --view flow --token 14 --enlarge
shot query-key-embeddings --model "$demo" --text "$grammar" --corpus demo-model --embedding umap --view embedding \
  --layer 1 --head 0 --token 6 --enlarge
shot predictions --model "$demo" --text "$counting"

# The Model dock has no --view name: a saved session whose front view is that dock brings it forward.
attnscope --model "$demo" --text "$induction" --save-session "$work/model-info.attnscope"
"$python" - "$work/model-info.attnscope" <<'EOF'
import json, sys
path = sys.argv[1]
session = json.load(open(path))
session["window"]["front_view"] = "model_info"
session["window"].pop("state", None)  # the default layout, with the dock's tab in front
json.dump(session, open(path, "w"))
EOF
shot model-info --session "$work/model-info.attnscope"

# The tasks. No model at all (resources without the demo model) shows the empty state.
mkdir -p "$work/no-resources"
ATTNSCOPE_RESOURCES=$work/no-resources shot open-a-model
shot run-sentence-pair --model "$fixtures/bert" --text "the cat sat on the mat" --pair "a dog lay on the rug" \
  --view head --layer 1 --enlarge
shot run-encoder-decoder --model "$fixtures/t5" --text "The quick brown fox jumps over the lazy dog." \
  --pair "A quick fox jumped over a dog." --view head --layer 2 --enlarge
shot run-image --model "$fixtures/vit" --image "$fixtures/vit/wide48x40.png" --view map --layer 2 --head 1
shot mask-and-compare --model "$demo" --text "$induction" --mask 0:0 --view map --layer 1 --head 0 --enlarge
shot demos  # a first start on the demo model runs the first demo
attnscope --model "$demo" --text "$repeated" --view map --layer 1 --head 3 --export "$work/export-figure.png"

# Whole windows are 1280 px wide; the exported figure is scaled to 900 px, and anything above 240 KB loses colours
# it does not need (screenshots have few) rather than pixels.
"$python" - "$images" "$work/export-figure.png" <<'EOF'
import os, sys
from PIL import Image
images, figure = sys.argv[1], sys.argv[2]
picture = Image.open(figure).convert("RGB")
picture.resize((900, round(picture.height * 900 / picture.width)), Image.LANCZOS).save(
    os.path.join(images, "export-figure.png"))
for name in sorted(os.listdir(images)):
    path = os.path.join(images, name)
    if not name.endswith(".png"):
        continue
    picture = Image.open(path).convert("RGB")
    picture.save(path, optimize=True)
    if os.path.getsize(path) > 240 * 1024:
        # Octree keeps the colour scales' hues; median cut turned viridis' yellow orange.
        picture.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(path, optimize=True)
    print(f"{name}: {picture.width}x{picture.height}, {os.path.getsize(path) // 1024} KB")
EOF
