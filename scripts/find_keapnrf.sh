# Sourced by the scripts: sets BIN to $KEAPNRF_BIN, else the release build, else the debug build of keapnrf.
BIN="${KEAPNRF_BIN:-}"
if [ -z "$BIN" ]; then
    for candidate in .build/release/keapnrf .build/debug/keapnrf; do
        [ -x "$candidate" ] && { BIN="$candidate"; break; }
    done
fi
[ -n "$BIN" ] || { echo "build keapnrf first (swift build -c release)" >&2; exit 1; }
