# Sourced by the scripts that test a server. `start_server CMD...` runs CMD in the background on a
# random port (the text PORT in its arguments becomes the port; five tries), waits until it
# accepts connections, and sets `$port` and `$server` (its PID; empty if it never came up).
start_server() {
  server=""
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    local args=()
    for a in "$@"; do args+=("${a//PORT/$port}"); done
    "${args[@]}" &
    server=$!
    for _ in $(seq 100); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      kill -0 "$server" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$server" 2>/dev/null && return 0
    server=""
  done
}
