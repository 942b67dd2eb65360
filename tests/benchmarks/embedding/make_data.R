# Generated data of the embedding suite (suite.sh): writes N points of one kind as a float32 .npy that both
# attnscope-cli and R read. Deterministic: the same KIND, N and SEED give the same file. (The "qk" kind, a model's
# real queries and keys, comes from qk_vectors.py.)
#
#   Rscript make_data.R KIND N SEED OUT.npy        KIND: gaussian | manifold | highdim | duplicates
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "npy.R"))

random_basis <- function(rows, cols) qr.Q(qr(matrix(rnorm(rows * cols), rows, cols)))

# Structured data like a head's queries/keys (the generator compare_r.R used until the suite): 64-D, 40 clusters of
# very different sizes, each an anisotropic Gaussian (rank-8 covariance with decaying scales, random orientation)
# plus isotropic noise; some clusters overlap.
make_gaussian <- function(n, dims = 64) {
  k <- 40
  weights <- exp(rnorm(k, sd = 1))
  sizes <- as.vector(rmultinom(1, n, weights / sum(weights)))
  centres <- matrix(rnorm(k * dims, sd = 3), k, dims)
  blocks <- lapply(seq_len(k), function(c) {
    basis <- random_basis(dims, 8)
    scales <- 2 * exp(-(0:7) / 2.5) * exp(rnorm(1, sd = 0.3))
    latent <- matrix(rnorm(sizes[c] * 8), sizes[c], 8) %*% diag(scales)
    sweep(latent %*% t(basis), 2, centres[c, ], "+") + matrix(rnorm(sizes[c] * dims, sd = 0.15), sizes[c], dims)
  })
  x <- do.call(rbind, blocks)
  x[sample.int(nrow(x)), , drop = FALSE]
}

# Curved manifolds of 2-3 intrinsic dimensions, each in its own 3-D block of a 15-D space: a swiss roll, an
# S-curve, two tori of different shapes and a thick swiss roll (3 intrinsic dimensions); a random orthogonal map
# takes the 15-D space into 128-D, then N(0, 0.05^2) noise on every coordinate.
make_manifold <- function(n, dims = 128) {
  sizes <- as.vector(rmultinom(1, n, rep(1, 5)))
  swiss <- function(m, thickness) {
    t <- 1.5 * pi * (1 + 2 * runif(m))
    cbind(t * cos(t), 21 * runif(m), t * sin(t)) / 3 + thickness * matrix(rnorm(m * 3), m, 3)
  }
  s_curve <- function(m) {
    t <- 3 * pi * (runif(m) - 0.5)
    cbind(sin(t), 2 * runif(m), sign(t) * (cos(t) - 1)) * 2
  }
  torus <- function(m, big, small) {
    u <- 2 * pi * runif(m)
    v <- 2 * pi * runif(m)
    cbind((big + small * cos(v)) * cos(u), (big + small * cos(v)) * sin(u), small * sin(v))
  }
  parts <- list(swiss(sizes[1], 0), s_curve(sizes[2]), torus(sizes[3], 3, 1), torus(sizes[4], 2, 1.2),
                swiss(sizes[5], 0.6))
  blocks <- lapply(seq_along(parts), function(i) {
    block <- matrix(0, nrow(parts[[i]]), 15)
    block[, (3 * i - 2):(3 * i)] <- parts[[i]]
    block
  })
  x <- do.call(rbind, blocks) %*% t(random_basis(dims, 15)) + matrix(rnorm(n * dims, sd = 0.05), n, dims)
  x[sample.int(n), , drop = FALSE]
}

# 256-D mixture with heavy tails: 30 clusters, each a multivariate t (3 degrees of freedom: every point's offset is
# scaled by sqrt(3 / chi^2_3), so a few lie far out) in a random rank-16 subspace with decaying scales, cluster
# scales log-normal, plus isotropic noise.
make_highdim <- function(n, dims = 256) {
  k <- 30
  sizes <- as.vector(rmultinom(1, n, exp(rnorm(k, sd = 0.7))))
  centres <- matrix(rnorm(k * dims, sd = 1), k, dims)
  blocks <- lapply(seq_len(k), function(c) {
    m <- sizes[c]
    scales <- exp(-(0:15) / 5) * exp(rnorm(1, sd = 0.5))
    latent <- matrix(rnorm(m * 16), m, 16) %*% diag(scales) * sqrt(3 / rchisq(m, 3))
    sweep(latent %*% t(random_basis(dims, 16)), 2, centres[c, ], "+") + matrix(rnorm(m * dims, sd = 0.05), m, dims)
  })
  x <- do.call(rbind, blocks)
  x[sample.int(nrow(x)), , drop = FALSE]
}

# Heavy duplicates: 70% of the rows are exact copies of 500 distinct points (each used at least once), the other
# 30% are fresh points; all drawn from the gaussian kind's mixture (64-D).
make_duplicates <- function(n) {
  copies <- round(0.7 * n)
  pool <- make_gaussian(500 + n - copies)
  distinct <- pool[1:500, , drop = FALSE]
  chosen <- c(1:500, sample.int(500, copies - 500, replace = TRUE))
  x <- rbind(distinct[chosen, , drop = FALSE], pool[-(1:500), , drop = FALSE])
  x[sample.int(n), , drop = FALSE]
}

args <- commandArgs(trailingOnly = TRUE)
kind <- args[1]
n <- as.integer(args[2])
set.seed(as.integer(args[3]))
x <- switch(kind, gaussian = make_gaussian(n), manifold = make_manifold(n), highdim = make_highdim(n),
            duplicates = make_duplicates(n), stop("make_data.R: unknown kind '", kind, "'"))
write_npy(x, args[4])
