# Drives scripts/torchtrek in a real terminal (a tmux pane) for the demo scripts: start it, type
# into it key by key, wait for its prompts, and read the screen. Source it, then call demo_start.
# Needs tmux. The session's progress, history and exercise files go to a throw-away folder.

command -v tmux >/dev/null || { echo "$(basename "$0") needs tmux (e.g. 'sudo apt install tmux')" >&2; exit 2; }
demo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
demo_name="torchtrek-demo-$$"
demo_data=$(mktemp -d)
trap 'tmux kill-session -t "$demo_name" 2>/dev/null || true; rm -rf "$demo_data"' EXIT

# demo_start [--watch]: builds first (so the clock starts with a built TorchTrek), then opens the REPL.
demo_start() {
  "$demo_root/scripts/torchtrek" --version >/dev/null
  tmux new-session -d -s "$demo_name" -x 100 -y 40 "env TORCHTREK_DATA='$demo_data' '$demo_root/scripts/torchtrek'; sleep 30"
  tmux set-option -t "$demo_name" history-limit 5000 >/dev/null
  if [ "${1:-}" = "--watch" ]; then
    (sleep 1; tmux attach-session -r -t "$demo_name") &
  fi
  wait_prompt 0
}

screen() { tmux capture-pane -p -J -S - -t "$demo_name" | sed -e 's/[[:space:]]*$//'; }
prompts() { screen | grep -c '^>>>' || true; }

# Waits (up to 60 s) until the REPL shows one more prompt than it had before the keys were sent.
wait_prompt() {
  local before=$1 i
  for i in $(seq 600); do
    [ "$(prompts)" -gt "$before" ] && return 0
    sleep 0.1
  done
  echo "$(basename "$0"): the REPL stopped answering; its screen:" >&2
  screen >&2
  exit 1
}

# Types text as it is (tmux reads an argument ending in ';' as its own command separator: escape it).
text() {
  case "$1" in
    *\;) tmux send-keys -t "$demo_name" -l "${1%;}"; tmux send-keys -t "$demo_name" -l '\;' ;;
    *) tmux send-keys -t "$demo_name" -l "$1" ;;
  esac
}

# Types a line slowly enough to watch, then Enter, and waits for the next prompt.
line() {
  local before
  before=$(prompts)
  text "$1"
  sleep 0.3
  tmux send-keys -t "$demo_name" Enter
  wait_prompt "$before"
}

# Sends keys without Enter (Tab, Ctrl-C ...) and gives the REPL a moment.
keys() {
  tmux send-keys -t "$demo_name" "$@"
  sleep 1
}

# The whole transcript, runs of blank lines folded into one.
transcript() { screen | sed -e '/^$/N;/^\n$/D'; }
