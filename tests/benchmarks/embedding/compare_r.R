# Side-by-side benchmark of attnscope-cli embed against R's uwot::umap and Rtsne::Rtsne on the same vectors.
# Called by compare_r.sh; see docs/benchmarks.md ("Embeddings") for how to read the output.
#
#   Rscript compare_r.R CLI OUT_DIR THREADS SIZES TSNE_UP_TO
suppressPackageStartupMessages({
  library(uwot)
  library(Rtsne)
})

args <- commandArgs(trailingOnly = TRUE)
cli <- args[1]
out_dir <- args[2]
threads <- as.integer(args[3])
sizes <- as.integer(strsplit(args[4], ",")[[1]])
tsne_up_to <- as.integer(args[5])
dims <- 64
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

# A .npy v1 writer for a float32 C-order matrix (what attnscope-cli reads).
write_npy <- function(m, path) {
  header <- sprintf("{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }", nrow(m), ncol(m))
  pad <- (64 - (10 + nchar(header) + 1) %% 64) %% 64
  header <- paste0(header, strrep(" ", pad), "\n")
  con <- file(path, "wb")
  writeBin(as.raw(c(0x93, charToRaw("NUMPY"), 1, 0)), con)
  writeBin(as.integer(nchar(header)), con, size = 2, endian = "little")
  writeBin(charToRaw(header), con)
  writeBin(as.vector(t(m)), con, size = 4, endian = "little")
  close(con)
}

# Structured data like a head's queries/keys: 40 clusters of very different sizes, each an anisotropic Gaussian
# (rank-8 covariance with decaying scales, random orientation) plus isotropic noise; some clusters overlap.
make_data <- function(n, seed) {
  set.seed(seed)
  k <- 40
  weights <- exp(rnorm(k, sd = 1))
  sizes <- as.vector(rmultinom(1, n, weights / sum(weights)))
  centres <- matrix(rnorm(k * dims, sd = 3), k, dims)
  blocks <- lapply(seq_len(k), function(c) {
    basis <- qr.Q(qr(matrix(rnorm(dims * 8), dims, 8)))
    scales <- 2 * exp(-(0:7) / 2.5) * exp(rnorm(1, sd = 0.3))
    latent <- matrix(rnorm(sizes[c] * 8), sizes[c], 8) %*% diag(scales)
    sweep(latent %*% t(basis), 2, centres[c, ], "+") + matrix(rnorm(sizes[c] * dims, sd = 0.15), sizes[c], dims)
  })
  x <- do.call(rbind, blocks)
  x[sample.int(nrow(x)), , drop = FALSE]
}

run_cli <- function(args) {
  output <- suppressWarnings(system2(cli, args, stdout = TRUE, stderr = TRUE))
  status <- attr(output, "status")
  if (!is.null(status) && status != 0) stop(paste(c("attnscope-cli failed:", output), collapse = "\n"))
  output
}

quality <- function(vectors, embedding_path) {
  line <- run_cli(c("embedding-quality", "--vectors", vectors, "--embedding", embedding_path))
  as.numeric(sub(".*knn_preservation=([0-9.]+).*", "\\1", line[length(line)]))
}

ours <- function(method, vectors, tag) {
  out <- file.path(out_dir, paste0(tag, "_attnscope_", method, ".csv"))
  # Timed like the R side: the embedding call alone (the CLI's own seconds=), not process start-up (loading
  # LibTorch) or reading the file; the process's wall time is reported beside it.
  wall <- system.time(output <- run_cli(c("embed", "--vectors", vectors, "--method", method, "--threads", threads,
                                          "--seed", "1", "--no-quality", "--verbose", "--out", out)))[["elapsed"]]
  cat(paste0("  attnscope ", method, ": ", output, "\n"), sep = "")
  seconds <- as.numeric(sub(".*seconds=([0-9.]+).*", "\\1", output[length(output)]))
  y <- as.matrix(read.csv(out))
  path <- file.path(out_dir, paste0(tag, "_attnscope_", method, ".npy"))
  write_npy(y, path)
  list(seconds = seconds, wall = wall, knn = quality(vectors, path))
}

theirs <- function(method, x, vectors, tag) {
  set.seed(1)
  seconds <- system.time({
    y <- if (method == "umap") {
      umap(x, n_neighbors = 15, min_dist = 0.1, n_threads = threads, n_sgd_threads = threads, verbose = TRUE)
    } else {
      Rtsne(x, dims = 2, perplexity = 30, theta = 0.5, num_threads = threads, check_duplicates = FALSE,
            verbose = TRUE)$Y
    }
  })[["elapsed"]]
  path <- file.path(out_dir, paste0(tag, "_r_", method, ".npy"))
  write_npy(y, path)
  list(seconds = seconds, knn = quality(vectors, path))
}

rows <- list()
for (n in sizes) {
  tag <- sprintf("n%d", n)
  x <- make_data(n, seed = n)
  vectors <- file.path(out_dir, paste0(tag, ".npy"))
  write_npy(x, vectors)
  for (method in c("umap", "tsne")) {
    if (method == "tsne" && n > tsne_up_to) next
    a <- ours(method, vectors, tag)
    r <- theirs(method, x, vectors, tag)
    rows[[length(rows) + 1]] <- data.frame(
      method = method, points = n, attnscope_s = round(a$seconds, 1), attnscope_wall = round(a$wall, 1),
      r_s = round(r$seconds, 1),
      time_ratio = round(a$seconds / r$seconds, 2), attnscope_knn = round(a$knn, 3), r_knn = round(r$knn, 3))
    cat(sprintf("%-5s n=%-7d attnscope %.1f s (process %.1f s) knn %.3f | R %.1f s knn %.3f | time ratio %.2f\n",
                method, n, a$seconds, a$wall, a$knn, r$seconds, r$knn, a$seconds / r$seconds))
  }
}
table <- do.call(rbind, rows)
cat("\n| method | points | attnscope s (process) | R s | time ratio | attnscope kNN | R kNN |\n")
cat("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
for (i in seq_len(nrow(table))) {
  with(table[i, ], cat(sprintf("| %s | %d | %.1f (%.1f) | %.1f | %.2f | %.3f | %.3f |\n", method, points,
                               attnscope_s, attnscope_wall, r_s, time_ratio, attnscope_knn, r_knn)))
}
cat(sprintf("\nuwot %s, Rtsne %s, %s, %d threads each\n", packageVersion("uwot"), packageVersion("Rtsne"),
            R.version.string, threads))
