# Finds a JDK 21 or newer and exports JAVA_HOME to it (sourced by the other scripts).
# Looks at $JAVA_HOME, the `java` on PATH, then the usual install folders; prefers the newest.
# Fails with a message that says what to install.

torchtrek_java_major() {   # prints the major version of the java binary $1, or nothing
  # The JDK's `release` file says it without starting a JVM (which costs a student 0.1-0.3 s per launch).
  local release major
  release="$(dirname "$(dirname "$1")")/release"
  [ -r "$release" ] && major=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1)
  if [ -n "${major:-}" ]; then echo "$major"; return; fi
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

torchtrek_find_jdk() {
  local best="" best_major=0 home major candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
              "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(torchtrek_java_major "$home/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "TorchTrek needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'sudo apt install openjdk-21-jdk', 'brew install openjdk@21', or https://adoptium.net," >&2
    echo "then run this command again (or set JAVA_HOME to it)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export TORCHTREK_JAVA_MAJOR="$best_major"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's own libraries (guava) call sun.misc.Unsafe; JDK 23+ warns about it on every build.
  if [ "$best_major" -ge 23 ]; then
    case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow";; esac
  fi
}

torchtrek_require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "TorchTrek builds with Apache Maven 3.8+, which is not on PATH." >&2
    echo "Install it, e.g. 'sudo apt install maven' or 'brew install maven', then run this command again." >&2
    return 1
  fi
}

# JVM flags for TorchTrek's own memory use, printed for a java command line. Transparent huge pages
# (where the kernel offers them on request) make streaming large tensors ~1.3-1.6x faster (measured
# with scripts/bench's add/sum); the flag is left out where the kernel has them off, since the JVM
# warns about it there.
torchtrek_memory_flags() {
  local thp=/sys/kernel/mm/transparent_hugepage/enabled
  if [ -r "$thp" ] && grep -q '\[always\]\|\[madvise\]' "$thp"; then echo "-XX:+UseTransparentHugePages"; fi
}
