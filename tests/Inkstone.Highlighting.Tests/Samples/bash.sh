#!/usr/bin/env bash
# Train every config in a folder, one GPU each, and collect the logs.
set -euo pipefail

CONFIG_DIR="${1:-configs}"
LOG_DIR="$HOME/runs/$(date +%Y-%m-%d)"
readonly GPUS=4
mkdir -p "$LOG_DIR"

train() {
    local config="$1" gpu="$2"
    CUDA_VISIBLE_DEVICES=$gpu python train.py --config "$config" \
        --epochs 10 > "$LOG_DIR/$(basename "$config" .yaml).log" 2>&1
}

i=0
for config in "$CONFIG_DIR"/*.yaml; do
    if [[ ! -f $config ]]; then
        echo "skipping '$config'" >&2
        continue
    fi
    train "$config" $((i % GPUS)) &
    i=$((i + 1))
done
wait

cat <<EOF
Finished $i runs at `date`.
Logs: $LOG_DIR
EOF

grep -h 'val_loss' "$LOG_DIR"/*.log | sort -t= -k2 -n | head -n 3 || true
exit 0
