#!/usr/bin/env bash
# The NumPy-bridge part of scripts/bench (src/bench/java/torchtrek/numpy/NpyBenchmarks.java):
# a 256 MiB float32 .npy (64 MiB with --quick) loaded copied and memory-mapped, beside a plain
# read of the same file in the same run. Prints key<TAB>best<TAB>median<TAB>unit lines.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/lib/jdk.sh"
torchtrek_find_jdk
if [ ! -f "$root/target/bench-classpath.txt" ] || [ ! -d "$root/target/bench-classes" ]; then
  torchtrek_require_maven
  (cd "$root" && mvn -B -q -ntp -Pbench -DskipTests process-classes) >&2
fi
mkdir -p "$root/target/bench"
exec "$JAVA_HOME/bin/java" -Xss8m -Xmx2g -Dtorchtrek.bench.dir="$root/target/bench" \
  -cp "$root/target/classes:$root/target/bench-classes:$(cat "$root/target/bench-classpath.txt")" \
  torchtrek.numpy.NpyBenchmarks "$@"
