# The R side of the embedding suite (suite.sh): lays out a .npy with uwot::umap or Rtsne::Rtsne, parameters matched
# to attnscope-cli embed's defaults (docs/benchmarks.md, "Embeddings"), and prints "seconds=S" for the call alone
# (not R's start-up, loading the packages or reading the file), then writes the layout as .npy.
#
#   Rscript run_r.R umap|tsne VECTORS.npy OUT.npy THREADS
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "npy.R"))
suppressPackageStartupMessages({
  library(uwot)
  library(Rtsne)
})

args <- commandArgs(trailingOnly = TRUE)
method <- args[1]
threads <- as.integer(args[4])
x <- read_npy(args[2])
set.seed(1)
seconds <- system.time({
  y <- if (method == "umap") {
    # 15 neighbours, min_dist 0.1; n_epochs is uwot's default, 200 above 10 000 points, as ours.
    umap(x, n_neighbors = 15, min_dist = 0.1, n_threads = threads, n_sgd_threads = threads)
  } else if (method == "tsne") {
    # Perplexity 30, theta 0.5, 1000 iterations, exaggeration 12 for 250 (Rtsne's defaults, as ours).
    Rtsne(x, dims = 2, perplexity = 30, theta = 0.5, num_threads = threads, check_duplicates = FALSE)$Y
  } else {
    stop("run_r.R: unknown method '", method, "'")
  }
})[["elapsed"]]
if (!all(is.finite(y))) stop("the ", method, " layout holds ", sum(!is.finite(y)), " non-finite values")
write_npy(y, args[3])
cat(sprintf("seconds=%.3f uwot=%s Rtsne=%s\n", seconds, packageVersion("uwot"), packageVersion("Rtsne")))
