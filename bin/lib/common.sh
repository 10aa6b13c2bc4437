# Shared by the bin/ scripts: finds a JDK 21+ and installs the desktop packages tests need.
# Sourced, not run.

LAWFUL_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

die() { printf 'lawful: %s\n' "$*" >&2; exit 2; }

java_major() { # $1: a java executable
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

# Sets JAVA_HOME to a JDK of version 21 or newer: JAVA_HOME if it qualifies, else the newest JDK
# in the system JVM folder, else java on the PATH.
select_jdk() {
  local candidates=() c best="" best_v=0 v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*/; do candidates+=("${c%/}"); done
  if command -v javac >/dev/null 2>&1; then candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"); fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c/bin/java")
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [ -n "${JAVA_HOME:-}" ] && [ "$c" = "$JAVA_HOME" ] && [ "$v" -ge 21 ]; then best=$c; break; fi
    if [ "$v" -gt "$best_v" ]; then best=$c; best_v=$v; fi
  done
  if [ -z "$best" ] || [ "$(java_major "$best/bin/java")" -lt 21 ]; then
    die "no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and the PATH). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21+ JDK, and set JAVA_HOME to it."
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Installs missing Debian packages when running as root; otherwise says which are missing.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "lawful: installing ${missing[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing packages: ${missing[*]}. Install them (as root: apt-get install ${missing[*]}) and run again."
  fi
}
