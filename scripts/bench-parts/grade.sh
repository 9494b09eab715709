#!/usr/bin/env bash
# Grading throughput: a generated class of 200 submissions (20 with --quick) over every exercise of
# the course: three quarters answer with the reference solutions, a quarter with the course's typical
# wrong answers, and three are hostile in their first exercise (an endless loop, halting the JVM
# through reflection, exhausting memory). `torchtrek grade` grades them with one worker per core.
#
# Prints (key, best, median, unit): grade_200_s (wall time), grade_200_per_min (submissions per
# minute) and grade_peak_rss_mb (the largest memory the grader and its workers held at once, sampled
# every 0.2 s); the keys say 20 instead of 200 with --quick. One round: a run takes minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=200
[ "${1:-}" = "--quick" ] && n=20
work="$root/target/bench/grade"
class="$work/class-$n"
log() { echo "[grade] $*" >&2; }

rm -rf "$work" && mkdir -p "$class"
exercises=$(find "$root/exercises" -mindepth 1 -maxdepth 1 -type d | sort)
count=0
for i in $(seq 1 "$n"); do
  s=$(printf 'student-%03d' "$i")
  mkdir -p "$class/$s"
  first=1
  for dir in $exercises; do
    name=$(basename "$dir")                    # NN-id
    id=${name#*-}
    file="$class/$s/$name.jsh"
    wrong=$(find "$dir/wrong" -name '*.jsh' 2>/dev/null | sort | head -n 1)
    if [ $first = 1 ] && [ $((i % 67)) = 7 ]; then
      case $((i / 67)) in
        0) printf 'int spins = 0;\nwhile (true) { spins++; }\n' >"$file" ;;
        1) printf 'Runtime.class.getMethod("halt", int.class).invoke(Runtime.getRuntime(), 3);\n' >"$file" ;;
        *) printf 'var hog = new ArrayList<long[]>();\nwhile (true) hog.add(new long[1 << 20]);\n' >"$file" ;;
      esac
    elif [ $((i % 4)) = 0 ] && [ -n "$wrong" ]; then
      cp "$wrong" "$file"
    else
      cp "$root/solutions/$id.jsh" "$file"
    fi
    first=0
    count=$((count + 1))
  done
done
log "$n submissions, $count exercise files, in $class"

# The grader's and its workers' resident memory (KB), summed over its process tree.
tree_rss_kb() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END {
      total = 0
      for (p in parent) { q = p; while (q != root && q in parent && q > 1) q = parent[q]; if (q == root) total += rss[p] }
      print total
    }'
}

"$root/scripts/torchtrek" --version >/dev/null      # builds TorchTrek first when needed, outside the timing
start=$(date +%s.%N)
"$root/scripts/torchtrek" grade "$class" --out "$work/out" >"$work/grade.log" 2>&1 &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  rss=$(tree_rss_kb "$pid")
  [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.2
done
wait "$pid" || { log "grading failed:"; tail -n 20 "$work/grade.log" >&2; exit 1; }
end=$(date +%s.%N)
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')
per_min=$(awk -v s="$seconds" -v n="$n" 'BEGIN {printf "%.1f", n * 60 / s}')
peak_mb=$(awk -v k="$peak" 'BEGIN {printf "%.0f", k / 1024}')
log "$(grep -c . "$work/out/outcomes.csv") gradebook rows; $(tail -n 1 "$work/grade.log")"
printf 'grade_%s_s\t%s\t%s\ts\n' "$n" "$seconds" "$seconds"
printf 'grade_%s_per_min\t%s\t%s\tsubmissions/min\n' "$n" "$per_min" "$per_min"
printf 'grade_peak_rss_mb\t%s\t%s\tMB\n' "$peak_mb" "$peak_mb"
