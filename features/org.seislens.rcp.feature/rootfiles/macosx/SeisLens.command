#!/bin/sh
# Starts the SeisLens workbench on macOS from this installation: double-click it in Finder (it opens in
# Terminal) or run it from a shell. The Eclipse native launcher is not published on Maven Central, so the
# product starts through the Java launcher jar.
#   SEISLENS_VMARGS   extra JVM options, e.g. "-Xmx8g"
#   JAVA_HOME         a Java 21 or newer runtime; otherwise /usr/libexec/java_home, java on PATH and the
#                     JDKs under /Library/Java/JavaVirtualMachines are tried, in that order
here=$(cd "$(dirname "$0")" && pwd)

# Prints the Java specification version of the runtime $1 ("21", "25", "1.8"), or nothing.
java_major() {
  [ -x "$1" ] || return 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

# True when the runtime $1 is Java 21 or newer.
is_java21() {
  case "$(java_major "$1")" in
    ''|1.*|[0-9]|1[0-9]|20) return 1 ;;
    *) return 0 ;;
  esac
}

java=""
tried=""
for candidate in \
    "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
    "$( [ -x /usr/libexec/java_home ] && /usr/libexec/java_home -v 21+ 2>/dev/null)" \
    "$(command -v java 2>/dev/null)" \
    /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
    "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
    /opt/homebrew/opt/openjdk/bin/java; do
  [ -n "$candidate" ] || continue
  # java_home prints a folder, the other candidates are executables.
  [ -d "$candidate" ] && candidate="$candidate/bin/java"
  [ -x "$candidate" ] || continue
  tried="$tried $candidate ($(java_major "$candidate"))"
  if is_java21 "$candidate"; then
    java="$candidate"
    break
  fi
done
if [ -z "$java" ]; then
  message="SeisLens needs a Java 21 or newer runtime and found none${tried:+ (tried:$tried)}. Install one, for example Eclipse Temurin 21 or newer, or set JAVA_HOME to its folder."
  echo "SeisLens.command: $message" >&2
  if [ ! -t 2 ] && command -v osascript >/dev/null 2>&1; then
    osascript -e "display alert \"SeisLens cannot start\" message \"$message\"" >/dev/null 2>&1
  fi
  exit 2
fi
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "SeisLens.command: no launcher jar in $here/plugins: the installation is incomplete" >&2
  exit 2
fi
# The heap follows the machine: a quarter of its memory, at least 1 GB, unless SEISLENS_VMARGS names one.
heap=""
case " $SEISLENS_VMARGS " in
  *" -Xmx"*) ;;
  *)
    mem_bytes=$(sysctl -n hw.memsize 2>/dev/null)
    if [ -n "$mem_bytes" ]; then
      heap_mb=$((mem_bytes / 4194304))
      [ "$heap_mb" -lt 1024 ] && heap_mb=1024
      heap="-Xmx${heap_mb}m"
    else
      heap="-XX:MaxRAMPercentage=25"
    fi ;;
esac
# SWT on Cocoa must run on the process's first thread.
# shellcheck disable=SC2086
exec "$java" -XstartOnFirstThread -Xdock:name=SeisLens -Xms256m $heap -Dosgi.requiredJavaVersion=21 \
  --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn $SEISLENS_VMARGS \
  -jar "$launcher" -install "$here" -name SeisLens "$@"
