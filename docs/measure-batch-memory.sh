#!/usr/bin/env bash
# Peak resident memory of a long lookup to JSON lines, against the local site in its own process (docs/batch.md).
# usage: docs/measure-batch-memory.sh [WORDS] [CONCURRENCY]        defaults: 20000 32
# Publishes a Release build to $TMPDIR/scraper-batch, starts `scraper serve`, looks up WORDS made-up words
# (word000001, ...: the site generates a 25-40 KB entry for each), samples the lookup's VmRSS every 10 s,
# and prints /usr/bin/time's peak. Run it from the repository root.
set -euo pipefail
words=${1:-20000}
concurrency=${2:-32}
dir=${TMPDIR:-/tmp}/scraper-batch
mkdir -p "$dir"
# The JIT build, as docs/batch.md measured it: the CLI project sets PublishAot for its tool package.
dotnet publish src/Scraper.Cli -c Release -p:PublishAot=false -o "$dir/bin" -v q >/dev/null
seq -f 'word%06g' 1 "$words" > "$dir/words.txt"

# A URL file left by an earlier run must not be read before this site writes its own.
rm -f "$dir/serve.url"
dotnet "$dir/bin/scraper.dll" serve --port 0 > "$dir/serve.url" 2>/dev/null &
serve=$!
trap 'kill $serve' EXIT
until [ -s "$dir/serve.url" ]; do sleep 0.2; done
url=$(head -1 "$dir/serve.url")

/usr/bin/time -v -o "$dir/time.txt" dotnet "$dir/bin/scraper.dll" lookup -f "$dir/words.txt" --base-url "$url" \
    -c "$concurrency" --format jsonl -o "$dir/out.jsonl" -q &
timer=$!
sleep 1
lookup=$(pgrep -P "$timer" | head -1)
start=$SECONDS
while kill -0 "$lookup" 2>/dev/null; do
    sleep 10
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$lookup/status" 2>/dev/null || true)
    [ -n "$rss" ] && echo "$((SECONDS - start)) s: $(wc -l < "$dir/out.jsonl") words written, ${rss} MB resident"
done
wait "$timer"
echo "words: $(wc -l < "$dir/out.jsonl") of $words"
grep -E 'Maximum resident|Elapsed \(wall' "$dir/time.txt"
