# test/cli/repo.sh — the repository keeps its promises: the README's install
# command names every package CI installs, and CI runs the README's test
# command.
. test/cli/lib.sh
for p in $(cat .ci/packages); do
  if grep -q "apt-get install.* $p" README.md; then ok; else bad "README install line lacks $p"; fi
done
test_cmd=$(grep -A2 '^Run the whole test suite' README.md >/dev/null; awk '/^```sh/{f=1;next} /^```/{f=0} f' README.md | sed -n 2p)
if grep -qF -- "$test_cmd" .ci/run; then ok; else bad ".ci/run does not run the README test command '$test_cmd'"; fi
finish
