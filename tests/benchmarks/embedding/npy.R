# .npy reading and writing for the embedding suite's R scripts: float32, C order, version 1 (what attnscope-cli
# reads, and what NumPy's np.save writes for a float32 matrix).

write_npy <- function(m, path) {
  header <- sprintf("{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }", nrow(m), ncol(m))
  pad <- (64 - (10 + nchar(header) + 1) %% 64) %% 64
  header <- paste0(header, strrep(" ", pad), "\n")
  con <- file(path, "wb")
  on.exit(close(con))
  writeBin(as.raw(c(0x93, charToRaw("NUMPY"), 1, 0)), con)
  writeBin(as.integer(nchar(header)), con, size = 2, endian = "little")
  writeBin(charToRaw(header), con)
  writeBin(as.vector(t(m)), con, size = 4, endian = "little")
}

read_npy <- function(path) {
  con <- file(path, "rb")
  on.exit(close(con))
  magic <- readBin(con, "raw", 8)
  if (!identical(magic[1:6], as.raw(c(0x93, charToRaw("NUMPY")))) || magic[7] != as.raw(1))
    stop(path, ": not a version 1 .npy file")
  length <- readBin(con, "integer", size = 2, signed = FALSE, endian = "little")
  header <- rawToChar(readBin(con, "raw", length))
  if (!grepl("'descr': '<f4'", header, fixed = TRUE) || !grepl("'fortran_order': False", header, fixed = TRUE))
    stop(path, ": expected a little-endian float32 C-order matrix, header ", header)
  shape <- as.integer(strsplit(sub(".*'shape': \\(([0-9]+), ([0-9]+)\\).*", "\\1 \\2", header), " ")[[1]])
  values <- readBin(con, "numeric", n = shape[1] * shape[2], size = 4, endian = "little")
  matrix(values, shape[1], shape[2], byrow = TRUE)
}
