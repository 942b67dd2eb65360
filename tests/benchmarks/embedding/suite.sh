#!/usr/bin/env bash
# Embedding benchmark suite: attnscope-cli embed against R's uwot::umap and Rtsne::Rtsne on several kinds of data,
# the same vectors (.npy) for both sides, both on THREADS threads; prints one Markdown table for
# docs/benchmarks.md ("Embeddings", "Suite of five data kinds"). R and NumPy are only needed here:
#   apt-get install -y r-base-core r-cran-uwot r-cran-rtsne python3-numpy
#
#   tests/benchmarks/embedding/suite.sh [BUILD] [KINDS] [SIZES] [TSNE_UP_TO] [THREADS] [RUNS] [TSNE_RUNS]
#   defaults: build gaussian,manifold,qk,highdim,duplicates 20000 20000 2 3 3
#
# KINDS (make_data.R, qk_vectors.py): gaussian (64-D clusters), manifold (curved 2-3-D manifolds in 128-D), qk (the
# demo model's queries and keys over resources/corpus, every head), highdim (256-D heavy-tailed mixture),
# duplicates (70% exact copies of 500 points). t-SNE runs up to TSNE_UP_TO points, UMAP at every size.
# Times are medians over RUNS (UMAP) or TSNE_RUNS (t-SNE) runs, ours and R's alternating: ours is the whole
# `attnscope-cli embed` process (LibTorch start-up, reading and writing included; the embed call alone in
# brackets), R's the umap()/Rtsne() call. Both layouts of the median run are scored the same way: kNN-10
# preservation by `attnscope-cli embedding-quality`, trustworthiness (k = 10, 5000-point sample) by quality.py.
# METHODS (default umap,tsne) picks the methods. Before every timed run the script waits until the 1-minute load
# average is below QUIET_LOAD (default 0.6), polling every 20 s for at most QUIET_WAIT seconds (default 600), and
# logs the load it started at.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${1:-build}"
kinds="${2:-gaussian,manifold,qk,highdim,duplicates}"
sizes="${3:-20000}"
tsne_up_to="${4:-20000}"
threads="${5:-2}"
runs="${6:-3}"
tsne_runs="${7:-$runs}"
methods="${METHODS:-umap,tsne}"
quiet_load="${QUIET_LOAD:-0.6}"
quiet_wait="${QUIET_WAIT:-600}"
python=/usr/bin/python3
cli="$(cd "$build" && pwd)/engine/attnscope-cli"
out="$(cd "$build" && pwd)/benchmarks/embedding"
[ -x "$cli" ] || { echo "suite.sh: $cli not found; build the attnscope-cli target first" >&2; exit 1; }
command -v Rscript >/dev/null || { echo "suite.sh: Rscript not found (see the apt-get line above)" >&2; exit 1; }
"$python" -c "import numpy" 2>/dev/null || { echo "suite.sh: $python has no NumPy (python3-numpy)" >&2; exit 1; }
mkdir -p "$out/logs"
# Both sides use OpenMP; passive waiting stops idle threads spinning on a shared machine.
export OMP_NUM_THREADS="$threads" OPENBLAS_NUM_THREADS="$threads" RCPP_PARALLEL_NUM_THREADS="$threads" \
    OMP_WAIT_POLICY=passive
log() { echo "$@" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }
late_starts=0
max_start_load=0
wait_quiet() {
    local waited=0
    while awk -v l="$(load1)" -v q="$quiet_load" 'BEGIN { exit !(l >= q) }'; do
        if [ "$waited" -ge "$quiet_wait" ]; then
            late_starts=$((late_starts + 1))
            log "  (load still $(load1) after ${waited} s; going on)"
            break
        fi
        sleep 20
        waited=$((waited + 20))
    done
    max_start_load="$(awk -v a="$max_start_load" -v b="$(load1)" 'BEGIN { print (b > a ? b : a) }')"
}
now() { date +%s.%N; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# make_vectors KIND N FILE: the data, generated once per kind and size (deterministic; seed = N).
make_vectors() {
    [ -s "$3" ] && return
    if [ "$1" = qk ]; then
        "$python" "$here/qk_vectors.py" "$cli" "$root" "$2" "$2" "$3"
    else
        Rscript "$here/make_data.R" "$1" "$2" "$2" "$3"
    fi
}

# score VECTORS LAYOUT(.csv|.npy) NPY: prints "KNN TRUST" (or "- -" when the layout cannot be scored).
score() {
    local trust knn
    trust="$("$python" "$here/quality.py" "$1" "$2" --npy-out "$3" 2>>"$out/logs/quality.log")" || { echo "- -"; return; }
    knn="$("$cli" embedding-quality --vectors "$1" --embedding "$3" 2>&1 | tail -n1)" || { echo "- -"; return; }
    echo "$(sed -n 's/.*knn_preservation=\([0-9.]*\).*/\1/p' <<<"$knn") ${trust#trustworthiness=}"
}

results="$out/suite_$(date -u +%Y%m%dT%H%M%SZ).tsv"
printf 'kind\tn\tmethod\tours_s\tours_embed_s\tr_s\tours_knn\tr_knn\tours_trust\tr_trust\tnote\n' >"$results"
log "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
for kind in ${kinds//,/ }; do
    for n in ${sizes//,/ }; do
        vectors="$out/$kind-n$n.npy"
        make_vectors "$kind" "$n" "$vectors"
        for method in ${methods//,/ }; do
            [ "$method" = tsne ] && [ "$n" -gt "$tsne_up_to" ] && continue
            count="$runs"
            [ "$method" = tsne ] && count="$tsne_runs"
            tag="$kind-n$n-$method"
            ours=() embed=() theirs=() note=""
            for run in $(seq 1 "$count"); do
                wait_quiet
                start_load="$(load1)"
                start="$(now)"
                if "$cli" embed --vectors "$vectors" --method "$method" --threads "$threads" --seed 1 --no-quality \
                    --verbose --out "$out/$tag-ours$run.csv" >"$out/logs/$tag-ours$run.log" 2>&1; then
                    ours+=("$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')")
                    embed+=("$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$out/logs/$tag-ours$run.log" | tail -n1)")
                    log "$tag run $run: ours ${ours[-1]} s (embed ${embed[-1]} s, load $start_load)"
                else
                    note+="ours failed: $(tail -n1 "$out/logs/$tag-ours$run.log"); "
                    log "$tag run $run: ours FAILED: $(tail -n1 "$out/logs/$tag-ours$run.log")"
                fi
                wait_quiet
                start_load="$(load1)"
                if Rscript "$here/run_r.R" "$method" "$vectors" "$out/$tag-r$run.npy" "$threads" \
                    >"$out/logs/$tag-r$run.log" 2>&1; then
                    theirs+=("$(sed -n 's/^seconds=\([0-9.]*\).*/\1/p' "$out/logs/$tag-r$run.log")")
                    log "$tag run $run: R ${theirs[-1]} s (load $start_load)"
                else
                    note+="R failed: $(grep -m1 -i 'error' "$out/logs/$tag-r$run.log" || tail -n1 "$out/logs/$tag-r$run.log"); "
                    log "$tag run $run: R FAILED (see $out/logs/$tag-r$run.log)"
                fi
            done
            ours_s="$(echo "${ours[*]:-}" | median)" embed_s="$(echo "${embed[*]:-}" | median)"
            r_s="$(echo "${theirs[*]:-}" | median)"
            ours_q="- -" r_q="- -"
            # Score the run whose time is the median (ours is bit-identical between runs; uwot's 2-thread SGD is not).
            for run in $(seq 1 "$count"); do
                [ -n "$ours_s" ] && [ "${ours[run - 1]:-}" = "$ours_s" ] && [ "$ours_q" = "- -" ] &&
                    ours_q="$(score "$vectors" "$out/$tag-ours$run.csv" "$out/$tag-ours$run.npy")"
                [ -n "$r_s" ] && [ "${theirs[run - 1]:-}" = "$r_s" ] && [ "$r_q" = "- -" ] &&
                    r_q="$(score "$vectors" "$out/$tag-r$run.npy" "$out/$tag-r$run.npy")"
            done
            read -r ours_knn ours_trust <<<"$ours_q"
            read -r r_knn r_trust <<<"$r_q"
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$n" "$method" "${ours_s:--}" "${embed_s:--}" \
                "${r_s:--}" "$ours_knn" "$r_knn" "$ours_trust" "$r_trust" "${note%; }" >>"$results"
            log "$tag: ours ${ours_s:-failed} s, R ${r_s:-failed} s, kNN $ours_knn / $r_knn, trust $ours_trust / $r_trust"
        done
    done
done

echo
echo "| kind | n | method | ours s (embed call) | R s | ratio | our kNN-10 | R's kNN-10 | our trust. | R's trust. | goal |"
echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
# Goal (issue #19): UMAP in at most half of uwot's time with at least its kNN preservation; t-SNE in at most half
# of Rtsne's time.
tail -n +2 "$results" | awk -F'\t' '{
    ok = ($4 != "-" && $6 != "-")
    ratio = ok ? sprintf("%.2f", $4 / $6) : "-"
    if (!ok) goal = "failed: " $11
    else if ($3 == "umap") goal = ($4 <= 0.5 * $6 && $7 >= $8) ? "met" : "missed"
    else goal = ($4 <= 0.5 * $6) ? "met" : "missed"
    ours = $4 == "-" ? "failed" : sprintf("%.1f (%.1f)", $4, $5)
    theirs = $6 == "-" ? "failed" : sprintf("%.1f", $6)
    printf "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, ours, theirs, ratio, $7, $8, $9, $10, goal
}'
echo
echo "$(Rscript -e 'cat(sprintf("uwot %s, Rtsne %s, %s", packageVersion("uwot"), packageVersion("Rtsne"), R.version.string))' 2>/dev/null); $threads threads each; medians of $runs (UMAP) / $tsne_runs (t-SNE) runs; timed runs started at a 1-minute load of at most $max_start_load ($late_starts after waiting ${quiet_wait} s); raw results: $results"
