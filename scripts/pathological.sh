#!/usr/bin/env bash
# Pathological input timing (issue 5): each shape at two sizes (1x and 4x), through
# `newskg extract`; prints seconds, the time ratio (linear => about 4) and peak RSS.
#
#   bash scripts/pathological.sh [SCALE]     # SCALE multiplies every size (default 1)
#
# Shapes: one long line with no sentence end, capitalised words only, repeated punctuation,
# and a large single file of ordinary news text (50 MB and 200 MB at SCALE 1).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
scale=${1:-1}
limit=${PATHOLOGICAL_TIMEOUT:-600}
cargo build --release --quiet
bin=$CARGO_TARGET_DIR/release/newskg
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# gen SHAPE BYTES FILE: writes about BYTES bytes of SHAPE to FILE.
gen() {
    python3 - "$1" "$2" "$3" tests/data/dev <<'EOF'
import os, random, sys
shape, size, out, dev = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(7)
with open(out, "w", encoding="utf-8") as f:
    written = 0
    if shape == "long-line":
        words = ["the", "minister", "said", "that", "talks", "with", "officials", "of",
                 "the", "ministry", "would", "continue", "and", "delegation", "visited"]
        while written < size:
            chunk = " ".join(rng.choice(words) for _ in range(4096)) + " "
            f.write(chunk); written += len(chunk)
    elif shape == "capitalised":
        # `size` counts words here: 100k capitalised words at 1x.
        for _ in range(size):
            f.write("".join([chr(65 + rng.randrange(26))] +
                            [chr(97 + rng.randrange(26)) for _ in range(rng.randrange(2, 9))]))
            f.write(" ")
    elif shape == "punctuation":
        unit = "!?.,;:\u2014()\"'\u201c\u201d-..."
        while written < size:
            f.write(unit * 1000); written += len(unit.encode()) * 1000
    elif shape == "big-file":
        texts = [open(os.path.join(dev, n), encoding="utf-8").read()
                 for n in sorted(os.listdir(dev)) if n.endswith(".txt")]
        while written < size:
            t = texts[rng.randrange(len(texts))] + "\n\n"
            f.write(t); written += len(t.encode())
EOF
}

# run FILE: prints "seconds rss_mb"
run() {
    local log=$work/time.log
    if ! timeout "$limit" /usr/bin/time -v "$bin" extract "$1" >/dev/null 2>"$log"; then
        echo ">${limit}s -"
        return
    fi
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    python3 -c "
w='$wall'.split(':'); s=sum(float(x)*60**i for i,x in enumerate(reversed(w)))
print(f'{s:.2f} {int(\"$rss\")/1024:.0f}')"
}

printf '%-13s %10s %9s %8s   %10s %9s %8s   %6s\n' shape "size 1x" "s" "RSS MB" "size 4x" "s" "RSS MB" ratio
for shape in long-line capitalised punctuation big-file; do
    case $shape in
        long-line) base=$((5 * 1024 * 1024)) ;;
        capitalised) base=100000 ;;
        punctuation) base=$((1024 * 1024)) ;;
        big-file) base=$((50 * 1024 * 1024)) ;;
    esac
    base=$((base * scale))
    row=()
    for mult in 1 4; do
        file=$work/$shape-$mult.txt
        gen "$shape" $((base * mult)) "$file"
        read -r secs rss < <(run "$file")
        row+=("$(du -h "$file" | cut -f1)" "$secs" "$rss")
        rm -f "$file"
    done
    ratio=$(python3 -c "
try: a, b = float('${row[1]}'), float('${row[4]}'); print(f'{b/a:.1f}')
except ValueError: print('-')")
    printf '%-13s %10s %9s %8s   %10s %9s %8s   %6s\n' "$shape" "${row[@]}" "$ratio"
done
