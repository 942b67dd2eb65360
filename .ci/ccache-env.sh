# Sourced by run.sh and the .ci scripts: one ccache for every build folder of the project, shared between runs.
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/attnscope-ccache}
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
