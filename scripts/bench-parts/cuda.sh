#!/usr/bin/env bash
# The GPU benchmarks (src/bench/java/torchtrek/backend/cuda/CudaBenchmarks.java): matmul beside
# cuBLAS's own rate, elementwise add beside a device-to-device copy, host-to-device transfers
# beside a raw pinned copy, and the notes' 1000x1000 mean. Without a GPU: one "# no GPU" line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/lib/jdk.sh"
torchtrek_find_jdk
if [ ! -f "$root/target/bench-classpath.txt" ] || [ ! -d "$root/target/bench-classes" ]; then
  torchtrek_require_maven
  (cd "$root" && mvn -B -q -ntp -Pbench -DskipTests process-classes) >&2
fi
exec "$JAVA_HOME/bin/java" -Xss8m --enable-native-access=ALL-UNNAMED \
  -cp "$root/target/classes:$root/target/bench-classes:$(cat "$root/target/bench-classpath.txt")" \
  torchtrek.backend.cuda.CudaBenchmarks "$@"
