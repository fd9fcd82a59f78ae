#!/bin/sh
# Runs the service's JVM with its optimizing JIT compiler (C2) at the lowest CPU priority, as the Docker image
# does. On a 2-core server the C2 thread otherwise takes a core's worth of CPU during start-up from the thread
# that starts the service (README "Performance": ~1.5 s of a 10-12 s start); it still compiles the same
# methods, with the CPU the service leaves idle. Lowering a thread's priority needs no privilege.
#
#   scripts/run-jar.sh [JVM options] -jar target/danvan-workflow.jar [arguments]      (JAVA: another java)
(
  # $$ is this shell, which becomes the JVM at exec below. Watched for a minute: larger machines start more
  # C2 threads as compile queues grow. Builtins only in the loop, so the watching costs no CPU worth counting.
  reniced=" "
  i=0
  while [ "$i" -lt 300 ] && [ -d "/proc/$$" ]; do
    for task in /proc/$$/task/*; do
      tid=${task##*/}
      case "$reniced" in *" $tid "*) continue ;; esac
      name=""
      read -r name < "$task/comm" 2>/dev/null
      case "$name" in
        "C2 CompilerThre"*) renice -n 19 -p "$tid" >/dev/null 2>&1; reniced="$reniced$tid " ;;
      esac
    done
    sleep 0.2
    i=$((i + 1))
  done
) &
exec "${JAVA:-java}" "$@"
